/**
 * Greedy label placement: labels are considered from the highest priority down, and a label is
 * kept only when its box overlaps no kept box (and lies inside the viewport, when one is given).
 * Pure, so the WebGL map (on every frame of a move) and the SVG map share it.
 */

export interface LabelBox {
  id: string;
  /** Box in screen pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher wins. `Infinity` marks an obstacle (a control): always kept, even off-screen. */
  priority: number;
  /** Tie-breaker: larger wins (unit area). */
  area?: number;
  /** Other top-left corners to try, in order, when the box collides where it is (the selection's own name). */
  alternates?: readonly { x: number; y: number }[];
}

export interface Viewport {
  width: number;
  height: number;
}

/** Two boxes overlap when they share any area larger than a hair (touching edges is fine). */
export function boxesOverlap(a: Omit<LabelBox, 'id' | 'priority'>, b: Omit<LabelBox, 'id' | 'priority'>, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Sort order: priority, then area, then id (so the result never depends on input order). */
function comparePriority(a: LabelBox, b: LabelBox): number {
  return (a.priority === b.priority ? 0 : b.priority > a.priority ? 1 : -1) || (b.area ?? 0) - (a.area ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The labels to show, each with the top-left corner it is shown at: its own, or the first of its
 * `alternates` that is clear. `gap` is extra clear space between kept boxes (px). Labels whose
 * box leaves the viewport are dropped.
 */
export function placeLabels(labels: readonly LabelBox[], viewport?: Viewport, gap = 2): Map<string, { x: number; y: number }> {
  const kept: LabelBox[] = [];
  const fits = (box: LabelBox) =>
    !(viewport && box.priority !== Infinity && (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height)) &&
    !kept.some((other) => boxesOverlap(box, other, gap));
  for (const label of [...labels].sort(comparePriority)) {
    const placed = [label, ...(label.alternates ?? []).map((at) => ({ ...label, ...at }))].find(fits);
    if (placed) kept.push(placed);
  }
  return new Map(kept.map((label) => [label.id, { x: label.x, y: label.y }]));
}

/** Room between a point and a name moved off it: clear of the point's circle at most zooms. */
const BESIDE_GAP = 12;

/** Top-left corners of a label above, below, right of and left of the point (px, py), `room` px away. */
export function besidePoint(px: number, py: number, size: { width: number; height: number }, room = BESIDE_GAP): [above: Corner, below: Corner, east: Corner, west: Corner] {
  const centred = { x: px - size.width / 2, y: py - size.height / 2 };
  return [
    { x: centred.x, y: py - room - size.height },
    { x: centred.x, y: py + room },
    { x: px + room, y: centred.y },
    { x: px - room - size.width, y: centred.y },
  ];
}

type Corner = { x: number; y: number };

/** Which side of its circle a region's name stands on (src/view/label-columns.ts). */
export type LabelSide = 'west' | 'east';
