import type { Lang, Locality, CorePair } from '../data/types';
import { pairLocalityIds, partnerCounts } from '../data/selectors';
import type { Selection } from '../state/types';
import { collator, t } from '../i18n';
import { localityName, pairLabel } from '../i18n/names';
import type { LonLat } from '../geo/arcs';

/**
 * Pure view model shared by the WebGL map and the SVG map: which labels exist and in what
 * order, what a pair is called, and what the current selection and filters highlight.
 */

export interface LabelEntry {
  id: string;
  country: 'vn' | 'jp';
  kind: Locality['kind'];
  text: string;
  /** Accessible name: the name and the number of partnerships. */
  ariaLabel: string;
  point: LonLat;
  priority: number;
  area: number;
}

/**
 * Label entries in tab order: Vietnam then Japan, each by name in the interface language.
 * Priority is the partner count; Vietnam's cities get a small bonus so they win ties.
 */
export function labelEntries(
  localities: readonly Locality[],
  pairs: readonly CorePair[],
  areas: ReadonlyMap<string, number>,
  lang: Lang,
): LabelEntry[] {
  const counts = partnerCounts(pairs);
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
  /** When a locality is selected: its pairs (the others are dimmed). */
  relatedPairs: Set<string> | null;
  /** When a filter is active: the localities touched by a visible pair (the others are faded). */
  matchedLocalities: Set<string> | null;
}

/** What the selection and the filters highlight. */
export function highlight(pairs: readonly CorePair[], visible: readonly CorePair[], selection: Selection, filtered: boolean): Highlight {
  const result: Highlight = { pairId: null, selectedLocalities: new Set(), relatedPairs: null, matchedLocalities: null };
  if (selection.kind === 'pair') {
    const pair = pairs.find((p) => p.id === selection.id);
    result.pairId = selection.id;
    if (pair) for (const id of pairLocalityIds(pair)) result.selectedLocalities.add(id);
  } else if (selection.kind === 'locality') {
    result.selectedLocalities.add(selection.id);
    result.relatedPairs = new Set(pairs.filter((p) => pairLocalityIds(p).includes(selection.id)).map((p) => p.id));
  }
  if (filtered) result.matchedLocalities = new Set(visible.flatMap(pairLocalityIds));
  return result;
}

/** True when an arc should be drawn faint under the current highlight. */
export function isDimmed(pairId: string, h: Highlight): boolean {
  if (h.pairId) return pairId !== h.pairId;
  if (h.relatedPairs) return !h.relatedPairs.has(pairId);
  return false;
}

/** The points a selection should bring into view: a locality and its partners, or both ends of a pair. */
export function selectionPoints(bundle: { pairs: readonly CorePair[]; localities: readonly Locality[] }, selection: Selection): LonLat[] {
  if (selection.kind === 'pair') {
    const pair = bundle.pairs.find((p) => p.id === selection.id);
    return pair ? [pair.from, pair.to] : [];
  }
  if (selection.kind === 'locality') {
    const locality = bundle.localities.find((l) => l.id === selection.id);
    const own = bundle.pairs.filter((p) => pairLocalityIds(p).includes(selection.id));
    return [...(locality ? [locality.point] : []), ...own.flatMap((p) => [p.from, p.to])];
  }
  return [];
}

/** "Đà Nẵng – Osaka: 3 documents", for an overview arc. */
export function groupName(vnId: string, jpId: string, count: number, localities: ReadonlyMap<string, Locality>, lang: Lang): string {
  const name = (id: string) => localityName(localities.get(id), lang, id);
  return t(lang, count === 1 ? 'map.group.one' : 'map.group.other', { vn: name(vnId), jp: name(jpId), count });
}

/** The documents of an overview arc as lines for its tooltip: at most `limit`, then "and n more". */
export function groupDocumentLines(
  pairIds: readonly string[],
  pairs: ReadonlyMap<string, CorePair>,
  localities: ReadonlyMap<string, Locality>,
  lang: Lang,
  limit = 5,
): string[] {
  const lines = pairIds.slice(0, limit).flatMap((id) => {
    const pair = pairs.get(id);
    return pair ? [pairLabel(pair, localities, lang)] : [];
  });
  if (pairIds.length > limit) lines.push(t(lang, 'map.group.more', { count: pairIds.length - limit }));
  return lines;
}
