import type { Locality, CorePair, Region } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { pairLocalityIds } from '../data/selectors';
import { tieCounts } from '../data/ties';
import type { Selection } from '../state/types';
import { collator, formatNumber, t } from '../i18n';
import { localityName } from '../i18n/names';
import type { LonLat } from '../geo/arcs';
import type { FlowScene } from './flows';
import type { LabelSide } from './label-placement';

/**
 * Pure view model shared by the WebGL map and the SVG map: which labels exist and in what
 * order, what a pair is called, and what the current selection and filters highlight.
 */

export interface LabelEntry {
  id: string;
  country: 'vn' | 'jp';
  kind: Locality['kind'] | 'region';
  text: string;
  /** Accessible name: the name and the number of ties. */
  ariaLabel: string;
  /**
   * The number of ties, formatted, shown after a region's name: circle areas rank the regions,
   * the number lets a reader say which is first without comparing areas.
   */
  count?: string;
  point: LonLat;
  priority: number;
  area: number;
  /**
   * Set for labels beside a circle: the label stands `gap` px to that side of its point, so it
   * never covers the circle or the flows leaving it (Vietnam's regions to the west, Japan's to the east).
   */
  side?: { towards: LabelSide; gap: number };
}

/**
 * Label entries in tab order: Vietnam then Japan, each by name in the interface language.
 * Priority is the number of ties; Vietnam's cities get a small bonus so they win equal counts.
 */
export function labelEntries(localities: readonly Locality[], pairs: readonly CorePair[], areas: ReadonlyMap<string, number>, lang: Lang): LabelEntry[] {
  const counts = tieCounts(pairs);
  const texts = collator(lang);
  const entries = localities.map((locality): LabelEntry => {
    const count = counts.get(locality.id) ?? 0;
    const text = localityName(locality, lang);
    return {
      id: locality.id,
      country: locality.country,
      kind: locality.kind,
      text,
      ariaLabel: t(lang, count === 1 ? 'map.label.aria.one' : 'map.label.aria.other', { name: text, count }),
      point: locality.point,
      priority: count + (locality.kind === 'city' ? 0.5 : 0) - (locality.kind === 'municipality' ? 0.25 : 0),
      area: areas.get(locality.id) ?? 0,
    };
  });
  return entries.sort((a, b) => (a.country === b.country ? texts.compare(a.text, b.text) : a.country === 'vn' ? -1 : 1));
}

export interface Highlight {
  /** The selected pair, if any. */
  pairId: string | null;
  /** Localities drawn as selected (the selected locality, or both ends of the selected pair). */
  selectedLocalities: Set<string>;
  /** When a filter is active: the localities touched by a visible pair (the others are faded). */
  matchedLocalities: Set<string> | null;
}

/** What the selection and the filters highlight. */
export function highlight(pairs: readonly CorePair[], visible: readonly CorePair[], selection: Selection, filtered: boolean): Highlight {
  const result: Highlight = { pairId: null, selectedLocalities: new Set(), matchedLocalities: null };
  if (selection.kind === 'pair') {
    const pair = pairs.find((p) => p.id === selection.id);
    result.pairId = selection.id;
    if (pair) for (const id of pairLocalityIds(pair)) result.selectedLocalities.add(id);
  } else if (selection.kind === 'locality') {
    result.selectedLocalities.add(selection.id);
  }
  if (filtered) result.matchedLocalities = new Set(visible.flatMap(pairLocalityIds));
  return result;
}

/**
 * The places a level below the regions names, on the screen and in the printable map alike. Over
 * the whole map: every unit and prefecture, and the municipalities its flows end at. For a
 * selection: only the places its flows join, and the selection itself. A first-time reader of
 * Kinki's flows asked why Iwate and Okinawa were named there; names outside the selection drew
 * the eye away from it.
 */
export function placeEntries(scene: FlowScene, entries: readonly LabelEntry[], selected: ReadonlySet<string>, lang: Lang): LabelEntry[] {
  const located = new Map(scene.locations.map((l) => [l.id, l]));
  if (scene.scope.kind === 'all') return entries.filter((e) => e.kind !== 'municipality' || located.has(e.id));
  return entries
    .filter((e) => located.has(e.id) || selected.has(e.id))
    .map((e) => {
      const location = located.get(e.id);
      if (!location || selected.has(e.id)) return e;
      // Ranked by their ties in this scene, not in all the data (Đà Nẵng's four ties with Chiba
      // had lost its name to Kanagawa, which has more ties in all but three with Đà Nẵng), then by
      // their documents (Osaka's six, Sakai's among them, before Okayama's two). And named with
      // that number: the flows' own counts stand where the flows still run bundled.
      const priority = location.ties + location.documents / (location.documents + 1);
      return { ...e, priority, ...withCount(lang, e.text, location.ties) };
    });
}

/** A label's number after its name, and its accessible name starting with both, as WCAG 2.5.3 asks. */
function withCount(lang: Lang, text: string, count: number): Pick<LabelEntry, 'ariaLabel' | 'count'> {
  const shown = formatNumber(lang, count);
  return { ariaLabel: t(lang, count === 1 ? 'map.label.aria.counted.one' : 'map.label.aria.counted', { name: text, count: shown }), count: shown };
}

/** Region labels for the regions level: name and ties, in the same tab order as the localities. */
export function regionEntries(
  regions: readonly Region[],
  ties: ReadonlyMap<string, number>,
  lang: Lang,
  radius: (id: string) => number = () => 0,
  /** A narrow map: the one-line short names. */
  short = false,
): LabelEntry[] {
  const texts = collator(lang);
  return regions
    .map((region): LabelEntry => {
      const text = (short ? region.shortNames : region.names)[lang];
      const count = ties.get(region.id) ?? 0;
      return {
        id: region.id,
        country: region.country,
        kind: 'region',
        text,
        ...withCount(lang, text, count),
        point: region.point,
        priority: count,
        area: 0,
        side: { towards: region.labelSide, gap: radius(region.id) + 3 },
      };
    })
    .sort((a, b) => (a.country === b.country ? texts.compare(a.text, b.text) : a.country === 'vn' ? -1 : 1));
}
