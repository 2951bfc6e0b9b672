import coreJson from 'virtual:kizuna/bundle-core';
import { mergeBundle } from './split';
import type { Bundle, CoreBundle, CorePair, Locality, Sector } from './types';
import type { Vocabulary } from '../state/url';

/**
 * The compiled data, validated at build time by `npm run data:build`; trusted here. The first
 * view gets the core (scripts/lib/bundle-parts.ts); `loadBundle()` fetches the details once.
 */
export const bundle: CoreBundle = coreJson;

export const localityById: ReadonlyMap<string, Locality> = new Map(bundle.localities.map((l) => [l.id, l]));
export const pairById: ReadonlyMap<string, CorePair> = new Map(bundle.pairs.map((p) => [p.id, p]));
export const sectorById: ReadonlyMap<string, Sector> = new Map(bundle.sectors.map((s) => [s.id, s]));

/** Ids a URL may name. */
export const vocabulary: Vocabulary = {
  localityIds: new Set(localityById.keys()),
  pairIds: new Set(pairById.keys()),
  sectorIds: new Set(sectorById.keys()),
  formerPairIds: new Map(Object.entries(bundle.formerPairIds)),
};

/** The whole bundle: the core with its details (a chunk of its own). Callers go through panels/data.tsx `loadDetails()`, which fetches once. */
export async function loadBundle(): Promise<Bundle> {
  const module = await import('virtual:kizuna/bundle-details');
  return mergeBundle(bundle, module.default);
}
