import type { Bundle, CoreBundle, CorePair, Locality, Pair, Quote, Region, Sector, Speaker } from './types';

/** The localities a pair touches: its Vietnamese unit, its Japanese partner and that partner's prefecture. */
export function pairLocalityIds(pair: CorePair): string[] {
  return pair.jpId === pair.jpPrefectureId ? [pair.vnId, pair.jpId] : [pair.vnId, pair.jpId, pair.jpPrefectureId];
}

/** Pairs touching a locality (a prefecture counts its municipalities' pairs too). */
export function pairsOfLocality<P extends CorePair>(pairs: readonly P[], localityId: string): P[] {
  return pairs.filter((pair) => pairLocalityIds(pair).includes(localityId));
}

/** The first view's bundle with lookup maps: what the map, the chips and names read. */
export interface IndexedCore {
  bundle: CoreBundle;
  localityById: ReadonlyMap<string, Locality>;
  regionById: ReadonlyMap<string, Region>;
  pairById: ReadonlyMap<string, CorePair>;
  sectorById: ReadonlyMap<string, Sector>;
  speakerById: ReadonlyMap<string, Speaker>;
}

export function indexCore(bundle: CoreBundle): IndexedCore {
  return {
    bundle,
    localityById: new Map(bundle.localities.map((l) => [l.id, l])),
    regionById: new Map((bundle.regions ?? []).map((r) => [r.id, r])),
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
