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
  /** Other top-left corners to try, in order, when the first place is taken or off-screen. */
  alternatives?: readonly { x: number; y: number }[];
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
export function comparePriority(a: LabelBox, b: LabelBox): number {
  return (a.priority === b.priority ? 0 : b.priority > a.priority ? 1 : -1) || (b.area ?? 0) - (a.area ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Returns the ids of the labels to show. `gap` is extra clear space between kept boxes (px).
 * Labels whose box leaves the viewport are dropped.
 */
export function placeLabels(labels: readonly LabelBox[], viewport?: Viewport, gap = 2): Set<string> {
  return new Set(placeLabelsAt(labels, viewport, gap).keys());
}

/** Like `placeLabels`, with where each kept label went (its first place or an alternative). */
export function placeLabelsAt(labels: readonly LabelBox[], viewport?: Viewport, gap = 2): Map<string, { x: number; y: number }> {
  const kept: LabelBox[] = [];
  const at = new Map<string, { x: number; y: number }>();
  const fits = (box: LabelBox) =>
    !(viewport && box.priority !== Infinity && (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height)) &&
    !kept.some((other) => boxesOverlap(box, other, gap));
  for (const label of [...labels].sort(comparePriority)) {
    for (const place of [{ x: label.x, y: label.y }, ...(label.alternatives ?? [])]) {
      const box = { ...label, ...place };
      if (!fits(box)) continue;
      kept.push(box);
      at.set(label.id, place);
      break;
    }
  }
  return at;
}

export type LabelSide = 'west' | 'east' | 'north' | 'south';
const OPPOSITE: Record<LabelSide, LabelSide> = { west: 'east', east: 'west', north: 'south', south: 'north' };

/**
 * Top-left corners for a label of `size` beside the point (x, y), `gap` px away: on `side` first,
 * then the opposite side, then the other two (a long region name west of Vietnam on a narrow map
 * goes east instead).
 */
export function besideCorners(x: number, y: number, side: LabelSide, gap: number, size: { width: number; height: number }): { x: number; y: number }[] {
  const order: LabelSide[] = side === 'west' || side === 'east' ? [side, OPPOSITE[side], 'south', 'north'] : [side, OPPOSITE[side], 'east', 'west'];
  return order.map((s) => {
    const cx = x + (s === 'east' ? gap + size.width / 2 : s === 'west' ? -(gap + size.width / 2) : 0);
    const cy = y + (s === 'south' ? gap + size.height / 2 : s === 'north' ? -(gap + size.height / 2) : 0);
    return { x: cx - size.width / 2, y: cy - size.height / 2 };
  });
}
