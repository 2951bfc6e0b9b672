import type { Region } from '../data/types';
import type { Lang } from '../data/vocabulary';
import type { LonLat } from '../geo/arcs';
import { ISLAND_LABELS } from '../geo/islands';
import { t } from '../i18n';
import { labelledFlows, type FlowScene } from '../view/flows';
import { NARROW_MAP } from '../view/flow-paint';
import { columnLayout } from '../view/label-columns';
import { besidePoint, placeLabels, type LabelBox } from '../view/label-placement';
import { placeEntries, regionEntries, type LabelEntry } from '../view/model';

/** A label of the printable map, placed: its centre and what it says. */
export type SvgMapLabel = LabelBox & { text: string; cx: number; cy: number; kind: string };

/** Rough label width: CJK glyphs are about one em, Latin about 0.55 em (12 px text). */
function estimateWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 12 : 6.8;
  return width + 4;
}

/** A label as drawn: a region's name is followed by its number of ties, as on the screen. */
function shownText(entry: LabelEntry): string {
  return entry.count === undefined ? entry.text : `${entry.text} ${entry.count}`;
}

/** The names a level shows: its regions (with their ties), or its places (`placeEntries`). */
export function svgMapEntries(
  scene: FlowScene,
  radiusOf: (id: string) => number,
  regions: readonly Region[],
  localityEntries: readonly LabelEntry[],
  lang: Lang,
  width: number,
  /** The selected localities: named even where no flow joins them. */
  selected: ReadonlySet<string>,
): readonly LabelEntry[] {
  if (scene.level === 'regions') return regionEntries(regions, new Map(scene.locations.map((l) => [l.id, l.ties])), lang, radiusOf, width < NARROW_MAP);
  return placeEntries(scene, localityEntries, selected, lang);
}

/**
 * The printable map's labels, placed as on the screen without measuring (no DOM): the three
 * strongest flows' counts, the island names (always shown), region names in columns beside their
 * circles with leader lines, and the other names where they do not collide.
 */
export function svgMapLabels(
  scene: FlowScene,
  entries: readonly LabelEntry[],
  project: (point: LonLat) => [number, number],
  lang: Lang,
  size: { width: number; height: number },
  /** The selected localities: a name that collides where it is tries beside its point, as on the screen. */
  selected: ReadonlySet<string>,
): { labels: SvgMapLabel[]; leaders: { id: string; x1: number; y1: number; x2: number; y2: number }[] } {
  const boxes: SvgMapLabel[] = [];
  const add = (id: string, text: string, point: LonLat, priority: number, kind: string, area = 0) => {
    const [cx, cy] = project(point);
    const w = estimateWidth(text);
    boxes.push({ id, text, cx, cy, kind, x: cx - w / 2, y: cy - 8, width: w, height: 16, priority, area });
  };
  // Counts give way to the island names, which are always shown.
  for (const flow of labelledFlows(scene)) add(`count:${flow.id}`, String(flow.ties), flow.labelAt, Number.MAX_SAFE_INTEGER, 'count');
  // The island names win every collision (the largest area breaks the tie among obstacles).
  for (const island of ISLAND_LABELS) add(island.id, t(lang, island.key), island.point, Infinity, 'place', Number.MAX_SAFE_INTEGER);
  // Region names in columns beside their circles, with leader lines, as on the screen.
  const columns = columnLayout(
    entries.flatMap((e) => {
      if (!e.side) return [];
      const [x, y] = project(e.point);
      return [{ id: e.id, country: e.country, x, y, radius: e.side.gap, width: estimateWidth(shownText(e)), height: 16, prefer: e.side.towards }];
    }),
    size,
    { east: 0, west: 0 },
    // The island names are never pushed aside (Hoàng Sa and Trường Sa are always named).
    boxes.filter((b) => b.kind === 'place'),
  );
  const columnById = new Map(columns.map((c) => [c.id, c]));
  const shownLocations = new Set(scene.locations.map((l) => l.id));
  for (const entry of entries) {
    const column = columnById.get(entry.id);
    const [px, py] = project(entry.point);
    const w = estimateWidth(shownText(entry));
    const at = column ? { x: column.x, y: column.y } : { x: px - w / 2, y: py - 8 };
    const priority = column ? Infinity : entry.priority + (shownLocations.has(entry.id) ? 1000 : 0);
    const alternates = !column && selected.has(entry.id) ? besidePoint(px, py, { width: w, height: 16 }) : undefined;
    boxes.push({ id: entry.id, text: shownText(entry), cx: at.x + w / 2, cy: at.y + 8, kind: 'name', ...at, width: w, height: 16, priority, area: entry.area, ...(alternates ? { alternates } : {}) });
  }
  const placed = placeLabels(boxes, size);
  const labels = boxes.flatMap((b) => {
    const at = placed.get(b.id);
    return at ? [{ ...b, ...at, cx: at.x + b.width / 2, cy: at.y + b.height / 2 }] : [];
  });
  return { labels, leaders: columns.map((c) => ({ id: c.id, ...c.line })) };
}
