import { describe, expect, it } from 'vitest';
import { besidePoint, boxesOverlap, placeLabels, type LabelBox } from '../../../src/view/label-placement';

const box = (id: string, x: number, y: number, priority: number, width = 40, height = 14, area = 0): LabelBox => ({ id, x, y, width, height, priority, area });

/** A deterministic pseudo-random sequence (no Math.random in tests). */
function* lcg(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    yield state / 2 ** 32;
  }
}

describe('placeLabels: alternates', () => {
  // An island's name (an obstacle) over the point (100, 50) where a selected place is named.
  const island = box('island', 80, 40, Infinity, 60, 14);
  const place = { ...box('place', 80, 43, 1000, 40, 14), alternates: besidePoint(100, 50, { width: 40, height: 14 }) };

  it("moves a selected place's name to the first clear spot beside its point, above it first", () => {
    const placed = placeLabels([island, place], { width: 300, height: 200 });
    expect(placed.get('island')).toEqual({ x: 80, y: 40 });
    expect(placed.get('place')).toEqual({ x: 80, y: 50 - 12 - 14 });
  });

  it('drops a name with nowhere clear to go, as before', () => {
    const { alternates: _none, ...plain } = place;
    expect(placeLabels([island, plain], { width: 300, height: 200 }).has('place')).toBe(false);
  });
});

describe('placeLabels', () => {
  it('keeps the higher-priority label of two that overlap', () => {
    expect([...placeLabels([box('low', 0, 0, 1), box('high', 10, 5, 5)]).keys()]).toEqual(['high']);
  });

  it('breaks a priority tie by area', () => {
    expect([...placeLabels([box('small', 0, 0, 2, 40, 14, 1), box('large', 10, 5, 2, 40, 14, 9)]).keys()]).toEqual(['large']);
  });

  it('keeps labels that do not overlap', () => {
    expect(placeLabels([box('a', 0, 0, 1), box('b', 100, 0, 1)]).size).toBe(2);
  });

  it('drops labels that leave the viewport', () => {
    expect([...placeLabels([box('out', 290, 0, 9), box('in', 0, 0, 1)], { width: 300, height: 100 }).keys()]).toEqual(['in']);
  });

  it('never returns two overlapping boxes among 300 random labels', () => {
    const random = lcg(42);
    const next = () => random.next().value as number;
    const labels = Array.from({ length: 300 }, (_, i) => box(`l${i}`, next() * 360, next() * 640, Math.floor(next() * 10), 20 + next() * 80, 14));
    const kept = labels.filter((l) => placeLabels(labels, { width: 375, height: 640 }).has(l.id));
    expect(kept.length).toBeGreaterThan(10);
    for (const a of kept) for (const b of kept) if (a !== b) expect(boxesOverlap(a, b)).toBe(false);
  });

  it('never hides a label in favour of a lower-priority one it overlaps', () => {
    const random = lcg(7);
    const next = () => random.next().value as number;
    const labels = Array.from({ length: 200 }, (_, i) => box(`l${i}`, next() * 300, next() * 300, Math.floor(next() * 20)));
    const shown = placeLabels(labels);
    for (const hidden of labels.filter((l) => !shown.has(l.id))) {
      const blockers = labels.filter((l) => shown.has(l.id) && boxesOverlap(l, hidden, 2));
      expect(blockers.some((b) => b.priority >= hidden.priority)).toBe(true);
    }
  });
});

describe('placeLabels with obstacles', () => {
  it('hides a label under a control (priority Infinity), even a top-priority one', () => {
    const shown = placeLabels([box('#control', 300, 0, Infinity, 60, 60), box('tokyo', 310, 10, 1e6)], { width: 340, height: 400 });
    expect([...shown.keys()]).toEqual(['#control']);
  });
});
