import type { LonLat } from '../geo/arcs';
import { columnLayout, type ColumnLabel, type PlacedColumnLabel } from './label-columns';
import { besidePoint, placeLabels, type LabelBox } from './label-placement';
import type { LabelEntry } from './model';
import type { Projector } from './projector';

/** Room kept free on the east edge for the map's zoom and layer controls. */
const CONTROLS_WIDTH = 48;

export interface FixedLabel {
  id: string;
  text: string;
  point: LonLat;
  /** `count`: a flow's number of ties, centred on its midpoint; `place`: starts at the point. */
  kind: 'place' | 'count';
}

type Size = { width: number; height: number };

/** A location's circle as drawn, its radius in pixels. */
export interface LabelCircle {
  id: string;
  point: LonLat;
  radius: number;
}

/** Space between a circle's edge and a place's name beside it. */
const CIRCLE_GAP = 4;

/**
 * Space between a circle's edge and an island's name moved past it: wider, since the name is not
 * the circle's (at 4 px a first-time reader took "Hoang Sa Islands (Da Nang)" for Đà Nẵng's label).
 */
const ISLAND_GAP = 14;

/**
 * Where an island's name starts: 8 px left of its islands, or past the edge of a circle it would
 * touch (on a phone, the Hoàng Sa islands lie a circle's width from Đà Nẵng).
 */
function islandNameStart(point: LonLat, size: Size, projector: Pick<Projector, 'project'>, drawn: readonly ScreenCircle[]): { x: number; y: number } {
  const [px, py] = projector.project(point);
  const y = py - size.height / 2;
  let x = px - 8;
  for (const { at, r } of [...drawn].sort((a, b) => a.at[0] - b.at[0])) {
    const [cx, cy] = at;
    const touches = cx - r < x + size.width && cx + r + ISLAND_GAP > x && cy + r > y && cy - r < y + size.height;
    if (touches) x = cx + r + ISLAND_GAP;
  }
  return { x, y };
}

/**
 * Where a name may stand round its circle, just clear of it, best first: on the side away from
 * the flows (they arrive at Japan from the west and at Vietnam from the east), then the other
 * side, then above and below, and centred on the point last. Both countries run north–south, so
 * above and below a circle lie the neighbours' circles: a first-time reader took "Niigata", moved
 * above its own circle, for the name of Hokkaido's. Centred, a partner's name had covered its own
 * circle and its neighbours' ("Kanagawa" over Tokyo's and Chiba's). A place beside which
 * another circle lies nearer than its own is skipped, and so is the centre where it would cover
 * another circle: the name would read as that circle's. With no place left, the name gives way.
 */
function aroundCircle(country: LabelEntry['country'], own: ScreenCircle, size: Size, others: readonly ScreenCircle[]): { x: number; y: number }[] {
  const [px, py] = own.at;
  const [above, below, east, west] = besidePoint(px, py, size, own.r + CIRCLE_GAP);
  const centred = { x: px - size.width / 2, y: py - size.height / 2 };
  const beside = country === 'jp' ? [east, west, above, below] : [west, east, above, below];
  const gapTo = (c: ScreenCircle, at: { x: number; y: number }) => {
    const dx = Math.max(at.x - c.at[0], 0, c.at[0] - (at.x + size.width));
    const dy = Math.max(at.y - c.at[1], 0, c.at[1] - (at.y + size.height));
    return Math.hypot(dx, dy) - c.r;
  };
  const clearBeside = beside.filter((at) => others.every((c) => c === own || gapTo(c, at) > gapTo(own, at)));
  // Centred, the name covers its own circle: only where it covers no other.
  return others.every((c) => c === own || gapTo(c, centred) > 0) ? [...clearBeside, centred] : clearBeside;
}

/** A circle as drawn on the screen: its centre and radius in pixels. */
interface ScreenCircle {
  at: [number, number];
  r: number;
}

export interface MapLabelLayoutInput {
  /** The labels in the page, by id (a locality or region entry, or a fixed label). */
  ids: Iterable<string>;
  entryById: ReadonlyMap<string, LabelEntry>;
  fixedById: ReadonlyMap<string, FixedLabel>;
  /** Each label's measured size; a label not measured yet is left out. */
  sizes: ReadonlyMap<string, Size>;
  /** Boxes labels must avoid: the controls, the legend, the sheets (./obstacles.ts). */
  obstacles: readonly LabelBox[];
  projector: Pick<Projector, 'project' | 'viewport'>;
  /**
   * Localities whose labels win collisions (the selection and the places its flows join): each
   * name stands beside its circle, and moves round it rather than vanish.
   */
  boosted: ReadonlySet<string>;
  /** The circles drawn: an island's name starts past any it would touch. */
  circles: readonly LabelCircle[];
}

export interface MapLabelLayout {
  /** Region names placed in a column beside their circle, with a leader line. */
  columns: ReadonlyMap<string, PlacedColumnLabel>;
  /** Every other label's top-left corner, centred on its point. */
  atPoint: ReadonlyMap<string, { x: number; y: number }>;
  /** Labels that do not collide (a column is always shown). */
  shown: ReadonlySet<string>;
}

/**
 * Where the map's DOM labels stand at the projector's camera: region names first, in their
 * columns (./label-columns.ts), as obstacles to the rest; every other label centred on its point
 * (archipelago names start just left of their islands, or past a circle there); then a greedy
 * collision pass keeps the ones of highest priority (./label-placement.ts), the names of a
 * selection and of the places its flows join standing round their circles. Reads no layout:
 * sizes are measured before.
 */
export function layoutMapLabels({ ids, entryById, fixedById, sizes, obstacles, projector, boosted, circles }: MapLabelLayoutInput): MapLabelLayout {
  const onScreen = new Map(circles.map((c): [string, ScreenCircle] => [c.id, { at: projector.project(c.point), r: c.radius }]));
  const drawn = [...onScreen.values()];
  const viewport = projector.viewport();
  const labelIds = [...ids];
  const columnLabels: ColumnLabel[] = [];
  for (const id of labelIds) {
    const entry = entryById.get(id);
    const size = sizes.get(id);
    if (!entry?.side || !size) continue;
    const [x, y] = projector.project(entry.point);
    columnLabels.push({ id, country: entry.country, x, y, radius: entry.side.gap, ...size, prefer: entry.side.towards });
  }
  // The island names are obstacles too: Hoàng Sa and Trường Sa are always named.
  const islands = [...fixedById.values()].flatMap((f) => {
    const size = sizes.get(f.id);
    if (f.kind !== 'place' || !size) return [];
    return [{ ...islandNameStart(f.point, size, projector, drawn), ...size }];
  });
  const columns = new Map(columnLayout(columnLabels, viewport, { east: CONTROLS_WIDTH, west: 0 }, [...obstacles, ...islands]).map((p) => [p.id, p]));
  const boxes: LabelBox[] = [...obstacles];
  for (const [id, p] of columns) {
    const size = sizes.get(id);
    if (size) boxes.push({ id, x: p.x, y: p.y, width: size.width, height: size.height, priority: Infinity });
  }
  const atPoint = new Map<string, { x: number; y: number }>();
  for (const id of labelIds) {
    if (columns.has(id)) continue;
    const entry = entryById.get(id);
    const fixed = fixedById.get(id);
    const point = entry?.point ?? fixed?.point;
    const size = sizes.get(id);
    if (!point || !size) continue;
    const [px, py] = projector.project(point);
    const centred = { x: px - size.width / 2, y: py - size.height / 2 };
    const around = entry && boosted.has(id) ? aroundCircle(entry.country, onScreen.get(id) ?? { at: [px, py], r: 0 }, size, drawn) : null;
    const [first = centred, ...alternates] = around ?? [entry || fixed?.kind === 'count' ? centred : islandNameStart(point, size, projector, drawn)];
    atPoint.set(id, first);
    // No place round its circle reads as this name's own: hidden (still focusable, ./MapLabels.tsx).
    if (around?.length === 0) continue;
    // Island names always show; flow counts give way to them, locality names to both.
    const priority = entry ? entry.priority + (boosted.has(id) ? 1000 : 0) : fixed?.kind === 'place' ? Infinity : Number.MAX_SAFE_INTEGER;
    boxes.push({ id, ...first, width: size.width, height: size.height, priority, area: entry?.area ?? 0, ...(alternates.length ? { alternates } : {}) });
  }
  const placed = placeLabels(boxes, viewport);
  for (const [id, at] of placed) if (atPoint.has(id)) atPoint.set(id, at);
  return { columns, atPoint, shown: new Set(placed.keys()) };
}
