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
 * Returns the ids of the labels to show. `gap` is extra clear space between kept boxes (px).
 * Labels whose box leaves the viewport are dropped.
 */
export function placeLabels(labels: readonly LabelBox[], viewport?: Viewport, gap = 2): Set<string> {
  const kept: LabelBox[] = [];
  for (const label of [...labels].sort(comparePriority)) {
    if (viewport && label.priority !== Infinity && (label.x < 0 || label.y < 0 || label.x + label.width > viewport.width || label.y + label.height > viewport.height)) continue;
    if (kept.some((other) => boxesOverlap(label, other, gap))) continue;
    kept.push(label);
  }
  return new Set(kept.map((label) => label.id));
}

/** Which side of its circle a region's name stands on (src/view/label-columns.ts). */
export type LabelSide = 'west' | 'east';
