import bundleJson from '../../data/bundle.json';
import type { Bundle, Locality, Pair, Sector } from './types';
import type { Vocabulary } from '../state/url';

/** The compiled data, validated at build time by `npm run data:build`; trusted here. */
export const bundle = bundleJson as unknown as Bundle;

export const localityById: ReadonlyMap<string, Locality> = new Map(bundle.localities.map((l) => [l.id, l]));
export const pairById: ReadonlyMap<string, Pair> = new Map(bundle.pairs.map((p) => [p.id, p]));
export const sectorById: ReadonlyMap<string, Sector> = new Map(bundle.sectors.map((s) => [s.id, s]));

/** Ids a URL may name. */
export const vocabulary: Vocabulary = {
  localityIds: new Set(localityById.keys()),
  pairIds: new Set(pairById.keys()),
  sectorIds: new Set(sectorById.keys()),
  formerPairIds: new Map(Object.entries(bundle.formerPairIds)),
};
