import { describe, expect, it } from 'vitest';
import { clipRingToBox, signedRingArea } from '../../scripts/lib/geo/rings';

// The neighbour fill (China, Laos, Korea…) is clipped to the map's frame so the bundle carries no
// land the reader can never see; a wrong clip shows as a missing or a spilling neighbour.
const BOX = [0, 0, 10, 10] as const;
const square = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const area = (ring: number[][]) => Math.abs(signedRingArea(ring));

describe('clipRingToBox', () => {
  it('keeps a ring inside the box unchanged', () => {
    expect(clipRingToBox(square(2, 2, 4, 4), BOX)).toEqual(square(2, 2, 4, 4));
  });

  it('drops a ring wholly outside the box', () => {
    expect(clipRingToBox(square(20, 20, 30, 30), BOX)).toEqual([]);
  });

  it('cuts a ring crossing one edge at that edge', () => {
    const clipped = clipRingToBox(square(5, 2, 15, 4), BOX);
    expect(area(clipped)).toBeCloseTo(10);
    for (const [x] of clipped) expect(x).toBeLessThanOrEqual(10);
  });

  it('clips a ring larger than the box to the box itself', () => {
    const clipped = clipRingToBox(square(-5, -5, 15, 15), BOX);
    expect(area(clipped)).toBeCloseTo(100);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
  });

  it('cuts a diagonal edge where it meets the box', () => {
    // A triangle whose hypotenuse leaves through the top edge at x = 5.
    const clipped = clipRingToBox(
      [
        [0, 0],
        [10, 0],
        [0, 20],
        [0, 0],
      ],
      BOX,
    );
    expect(clipped).toContainEqual([5, 10]);
    expect(area(clipped)).toBeCloseTo(75);
  });
});
