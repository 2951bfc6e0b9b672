import type { Bundle, CoreBundle, CorePair, Locality, Pair, Quote, Relationship, Sector, Speaker } from './types';

export interface PairFilter {
  sectors: readonly string[];
  relationships: readonly Relationship[];
}

/** A pair matches when it has any of the chosen sectors and one of the chosen types (empty = all). */
export function pairMatches(pair: CorePair, filter: PairFilter): boolean {
  if (filter.relationships.length && !filter.relationships.includes(pair.relationship)) return false;
  if (filter.sectors.length && !pair.sectors.some((s) => filter.sectors.includes(s))) return false;
  return true;
}

export function visiblePairs<P extends CorePair>(pairs: readonly P[], filter: PairFilter): P[] {
  return pairs.filter((pair) => pairMatches(pair, filter));
}

/** The localities a pair touches: its Vietnamese unit, its Japanese partner and that partner's prefecture. */
export function pairLocalityIds(pair: CorePair): string[] {
  return pair.jpId === pair.jpPrefectureId ? [pair.vnId, pair.jpId] : [pair.vnId, pair.jpId, pair.jpPrefectureId];
}

/** Pairs touching a locality (a prefecture counts its municipalities' pairs too). */
export function pairsOfLocality<P extends CorePair>(pairs: readonly P[], localityId: string): P[] {
  return pairs.filter((pair) => pairLocalityIds(pair).includes(localityId));
}

/** Number of pairs per locality id, counting a municipality's pairs for its prefecture too. */
export function partnerCounts(pairs: readonly CorePair[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    for (const id of pairLocalityIds(pair)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Number of pairs per sector among the given pairs, for the chips and the ranking. */
export function sectorCounts(pairs: readonly CorePair[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of pairs) for (const s of pair.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/** The first view's bundle with lookup maps: what the map, the chips and names read. */
export interface IndexedCore {
  bundle: CoreBundle;
  localityById: ReadonlyMap<string, Locality>;
  pairById: ReadonlyMap<string, CorePair>;
  sectorById: ReadonlyMap<string, Sector>;
  speakerById: ReadonlyMap<string, Speaker>;
}

export function indexCore(bundle: CoreBundle): IndexedCore {
  return {
    bundle,
    localityById: new Map(bundle.localities.map((l) => [l.id, l])),
    pairById: new Map(bundle.pairs.map((p) => [p.id, p])),
    sectorById: new Map(bundle.sectors.map((s) => [s.id, s])),
    speakerById: new Map(bundle.speakers.map((s) => [s.id, s])),
  };
}

/** True when `data` carries the details too (a test fixture, or the app after they arrived). */
export function hasDetails(data: IndexedCore | IndexedBundle): data is IndexedBundle {
  return 'priorities' in data.bundle;
}

/** The bundle with lookup maps, built once and handed to panels through context. */
export interface IndexedBundle extends IndexedCore {
  bundle: Bundle;
  pairById: ReadonlyMap<string, Pair>;
}

export function indexBundle(bundle: Bundle): IndexedBundle {
  // The same maps as the core's, built from the whole bundle's pairs: they hold whole pairs.
  return indexCore(bundle) as IndexedBundle;
}

/**
 * Chip counts: pairs per sector given the relationship filter only. Sectors combine with OR, so
 * a chip's count is what the map would add if it were switched on, whatever else is on.
 */
export function sectorChipCounts(pairs: readonly CorePair[], relationships: readonly Relationship[]): Map<string, number> {
  return sectorCounts(visiblePairs(pairs, { sectors: [], relationships }));
}

/** Pairs per relationship type given the sector filter only, for the relationship menu. */
export function relationshipCounts(pairs: readonly CorePair[], sectors: readonly string[]): Map<Relationship, number> {
  const counts = new Map<Relationship, number>();
  for (const pair of visiblePairs(pairs, { sectors, relationships: [] })) {
    counts.set(pair.relationship, (counts.get(pair.relationship) ?? 0) + 1);
  }
  return counts;
}

/** Quotes about any of the sectors (all quotes when none is chosen). */
export function quotesForSectors(quotes: readonly Quote[], sectors: readonly string[]): Quote[] {
  return sectors.length ? quotes.filter((q) => q.sectors.some((s) => sectors.includes(s))) : [...quotes];
}

/** Quotes by a locality's speakers or about that locality. */
export function quotesOfLocality(bundle: Pick<Bundle, 'quotes' | 'speakers'>, localityId: string): Quote[] {
  const speakers = new Set(bundle.speakers.filter((s) => s.localityId === localityId).map((s) => s.id));
  return bundle.quotes.filter((q) => speakers.has(q.speakerId) || q.localities.includes(localityId));
}

/** The other end of a pair, seen from a locality (a prefecture sees its municipality). */
export function partnerOf(pair: CorePair, localityId: string): string {
  return pair.vnId === localityId ? pair.jpId : pair.vnId;
}
