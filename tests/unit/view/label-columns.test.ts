import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../../src/view/label-placement';
import { columnLayout, type ColumnLabel } from '../../../src/view/label-columns';

/*
 * Region names stand in one column per country beside their circles (src/view/label-columns.ts),
 * which replaced the per-label alternatives of `placeLabelsAt`/`besideCorners`.
 */
const label = (id: string, country: 'vn' | 'jp', x: number, y: number, extra: Partial<ColumnLabel> = {}): ColumnLabel => ({
  id,
  country,
  x,
  y,
  radius: 10,
  width: 80,
  height: 16,
  prefer: country === 'vn' ? 'west' : 'east',
  ...extra,
});

const viewport = { width: 800, height: 400 };

describe('columnLayout', () => {
  it('puts each country’s names in a column on its preferred side, beyond the outermost circle', () => {
    const labels = [label('vn-a', 'vn', 200, 100), label('vn-b', 'vn', 220, 110, { radius: 20 }), label('jp-a', 'jp', 600, 100), label('jp-b', 'jp', 580, 105)];
    const placed = new Map(columnLayout(labels, viewport).map((p) => [p.id, p]));
    // Vietnam to the west: every label ends left of the westmost circle edge (200 − 10).
    for (const id of ['vn-a', 'vn-b']) expect(placed.get(id)!.x + 80).toBeLessThanOrEqual(190);
    // Japan to the east: every label starts right of the eastmost circle edge (600 + 10).
    for (const id of ['jp-a', 'jp-b']) expect(placed.get(id)!.x).toBeGreaterThanOrEqual(610);
    // One column: the same x for every label of a country (they are all as wide).
    expect(placed.get('vn-a')!.x).toBe(placed.get('vn-b')!.x);
    expect(placed.get('jp-a')!.x).toBe(placed.get('jp-b')!.x);
  });

  it('on a map too short for the whole column, leaves out the names that do not fit instead of drawing them over each other', () => {
    const labels = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => label(`jp-${id}`, 'jp', 600, 10 + i * 5));
    const placed = columnLayout(labels, { width: 800, height: 60 });
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(labels.length);
    for (const p of placed) expect(p.y).toBeGreaterThanOrEqual(0);
    const box = (p: { x: number; y: number }) => ({ x: p.x, y: p.y, width: 80, height: 16 });
    for (const [i, p] of placed.entries()) for (const q of placed.slice(i + 1)) expect(boxesOverlap(box(p), box(q))).toBe(false);
  });

  it('uses the other side when the preferred one has no room', () => {
    const [placed] = columnLayout([label('vn-a', 'vn', 40, 100)], viewport);
    expect(placed!.x).toBeGreaterThanOrEqual(50);
    const [east] = columnLayout([label('jp-a', 'jp', 760, 100)], viewport);
    expect(east!.x + 80).toBeLessThanOrEqual(750);
  });

  it('leaves room for the controls on the east edge', () => {
    const jp = label('jp-a', 'jp', 650, 100);
    expect(columnLayout([jp], viewport)[0]!.x).toBeGreaterThan(650);
    // With 100 px reserved there is no room east any more (650 + 10 + 10 + 80 > 800 − 100).
    expect(columnLayout([jp], viewport, { east: 100, west: 0 })[0]!.x).toBeLessThan(650);
  });

  it('stacks close circles’ names without overlap, in the circles’ order, all inside the map', () => {
    // Eight Japanese regions a few pixels apart, the last near the bottom edge.
    const labels = Array.from({ length: 8 }, (_, i) => label(`jp-${i}`, 'jp', 600 - i * 3, 330 + i * 8));
    const placed = columnLayout(labels, viewport);
    expect(placed).toHaveLength(8);
    const boxes = placed.map((p) => ({ x: p.x, y: p.y, width: 80, height: 16 }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
    const byCircle = [...placed].sort((a, b) => Number(a.id.slice(3)) - Number(b.id.slice(3)));
    expect(byCircle.map((p) => p.y)).toEqual([...byCircle.map((p) => p.y)].sort((a, b) => a - b));
    for (const p of placed) {
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y + 16).toBeLessThanOrEqual(viewport.height);
    }
  });

  it('joins each name to its circle’s edge with a leader line', () => {
    const circle = label('vn-a', 'vn', 300, 200, { radius: 12 });
    const [placed] = columnLayout([circle], viewport);
    const { x1, y1, x2, y2 } = placed!.line;
    // From the label's near (east) edge, at its middle height…
    expect(x1).toBe(placed!.x + 80);
    expect(y1).toBe(placed!.y + 8);
    // …to a point on the circle.
    expect(Math.hypot(x2 - 300, y2 - 200)).toBeCloseTo(12, 6);
  });

  it('on a phone, passes a small name in the sea (the islands) instead of climbing over the other column to the top', () => {
    // 375 × 330 map: Japan's eight names stand east of its circles at x ≈ 150–230, y 50–180;
    // Vietnam's six circles sit low on the west edge, just above the islands' name.
    const phone = { width: 375, height: 330 };
    const jp = Array.from({ length: 8 }, (_, i) => label(`jp-${i}`, 'jp', 130 - i * 4, 50 + i * 16, { width: 60, height: 14, prefer: 'west' }));
    const vn = Array.from({ length: 6 }, (_, i) => label(`vn-${i}`, 'vn', 50 + i * 3, 215 + i * 6, { width: 90, height: 14, radius: 6, prefer: 'west' }));
    const islands = { x: 60, y: 262, width: 200, height: 14 };
    const placed = columnLayout([...jp, ...vn], phone, { east: 44, west: 0 }, [islands]);
    const vnPlaced = placed.filter((p) => p.id.startsWith('vn-'));
    expect(vnPlaced).toHaveLength(6);
    // None of Vietnam's names is pulled up above Japan's column (it used to land at y = 0).
    const jpBottom = Math.max(...placed.filter((p) => p.id.startsWith('jp-')).map((p) => p.y + 14));
    const stacked = [
      ...vnPlaced.map((p) => ({ x: p.x, y: p.y, width: 90, height: 14 })),
      ...placed.filter((p) => p.id.startsWith('jp-')).map((p) => ({ x: p.x, y: p.y, width: 60, height: 14 })),
      islands,
    ];
    for (const p of vnPlaced) {
      expect(p.y).toBeGreaterThanOrEqual(jpBottom);
      expect(p.y + 14).toBeLessThanOrEqual(phone.height);
    }
    for (let i = 0; i < stacked.length; i++) for (let j = i + 1; j < stacked.length; j++) expect(boxesOverlap(stacked[i]!, stacked[j]!)).toBe(false);
  });
});

describe('columnLayout beside a box below the column (the legend)', () => {
  it('keeps the last name above the box when the column fits above it, instead of sending it below on a long line', () => {
    // Japan's circles from y 100 (the north, far apart) to 350 (close together); the legend from
    // y 380 down, across the column. Stacked from the top, the last name would reach y 393.
    const map = { width: 1000, height: 800 };
    const ys = [100, 180, 250, 270, 290, 310, 330, 350];
    const jp = ys.map((y, i) => label(`jp-${i}`, 'jp', 700 - i * 10, y, { width: 120, height: 30 }));
    const legend = { x: 760, y: 380, width: 240, height: 350 };
    const placed = columnLayout(jp, map, { east: 0, west: 0 }, [legend]);
    for (const p of placed) expect(p.y + 30).toBeLessThanOrEqual(legend.y);
    const boxes = placed.map((p) => ({ x: p.x, y: p.y, width: 120, height: 30 }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('passes below the box when the column cannot fit above it', () => {
    const map = { width: 1000, height: 800 };
    const jp = Array.from({ length: 8 }, (_, i) => label(`jp-${i}`, 'jp', 700 - i * 10, 300 + i * 8, { width: 120, height: 30 }));
    const legend = { x: 760, y: 380, width: 240, height: 100 };
    const placed = columnLayout(jp, map, { east: 0, west: 0 }, [legend]);
    expect(placed.some((p) => p.y >= legend.y + legend.height)).toBe(true);
    for (const p of placed) expect(p.y).toBeGreaterThanOrEqual(0);
  });
});
