import type { Bundle, CoreBundle, CorePair, ForumTexts, Locality, Pair, Quote, Region, Sector, Speaker } from './types';

/** The localities a pair touches: its Vietnamese unit, its Japanese partner and that partner's prefecture. */
export function pairLocalityIds(pair: CorePair): string[] {
  return pair.jpId === pair.jpPrefectureId ? [pair.vnId, pair.jpId] : [pair.vnId, pair.jpId, pair.jpPrefectureId];
}

/** Pairs touching a locality (a prefecture counts its municipalities' pairs too). */
export function pairsOfLocality<P extends CorePair>(pairs: readonly P[], localityId: string): P[] {
  return pairs.filter((pair) => pairLocalityIds(pair).includes(localityId));
}

/** The map's bundle with lookup maps: what the map, the chips and names read. */
export interface IndexedCore {
  bundle: CoreBundle;
  localityById: ReadonlyMap<string, Locality>;
  regionById: ReadonlyMap<string, Region>;
  pairById: ReadonlyMap<string, CorePair>;
  sectorById: ReadonlyMap<string, Sector>;
}

export function indexCore(bundle: CoreBundle): IndexedCore {
  return {
    bundle,
    localityById: new Map(bundle.localities.map((l) => [l.id, l])),
    regionById: new Map((bundle.regions ?? []).map((r) => [r.id, r])),
    pairById: new Map(bundle.pairs.map((p) => [p.id, p])),
    sectorById: new Map(bundle.sectors.map((s) => [s.id, s])),
  };
}

/** The core with the forum's texts: what the full app's first view (its overview panel) reads. */
export interface IndexedTexts extends IndexedCore {
  bundle: CoreBundle & ForumTexts;
  speakerById: ReadonlyMap<string, Speaker>;
}

export function indexTexts(core: IndexedCore, texts: ForumTexts): IndexedTexts {
  return { ...core, bundle: { ...core.bundle, ...texts }, speakerById: new Map(texts.speakers.map((s) => [s.id, s])) };
}

/** True when `data` carries the forum's texts too (the full app, a test fixture, the whole bundle). */
export function hasTexts(data: IndexedCore): data is IndexedTexts {
  return 'speakerById' in data;
}

/** True when `data` carries the details too (a test fixture, or the app after they arrived). */
export function hasDetails(data: IndexedCore): data is IndexedBundle {
  return hasTexts(data) && 'priorities' in data.bundle;
}

/** The bundle with lookup maps, built once and handed to panels through context. */
export interface IndexedBundle extends IndexedTexts {
  bundle: Bundle;
  pairById: ReadonlyMap<string, Pair>;
}

export function indexBundle(bundle: Bundle): IndexedBundle {
  // The same maps as the core's, built from the whole bundle's pairs: they hold whole pairs.
  return indexTexts(indexCore(bundle), bundle) as IndexedBundle;
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
