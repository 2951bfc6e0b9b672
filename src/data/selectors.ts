import type { Bundle, Pair, Relationship } from './types';

export interface PairFilter {
  sectors: readonly string[];
  relationships: readonly Relationship[];
}

/** A pair matches when it has any of the chosen sectors and one of the chosen types (empty = all). */
export function pairMatches(pair: Pair, filter: PairFilter): boolean {
  if (filter.relationships.length && !filter.relationships.includes(pair.relationship)) return false;
  if (filter.sectors.length && !pair.sectors.some((s) => filter.sectors.includes(s))) return false;
  return true;
}

export function visiblePairs(pairs: readonly Pair[], filter: PairFilter): Pair[] {
  return pairs.filter((pair) => pairMatches(pair, filter));
}

/** The localities a pair touches: its Vietnamese unit, its Japanese partner and that partner's prefecture. */
export function pairLocalityIds(pair: Pair): string[] {
  return pair.jpId === pair.jpPrefectureId ? [pair.vnId, pair.jpId] : [pair.vnId, pair.jpId, pair.jpPrefectureId];
}

/** Pairs touching a locality (a prefecture counts its municipalities' pairs too). */
export function pairsOfLocality(pairs: readonly Pair[], localityId: string): Pair[] {
  return pairs.filter((pair) => pairLocalityIds(pair).includes(localityId));
}

/** Number of pairs per locality id, counting a municipality's pairs for its prefecture too. */
export function partnerCounts(pairs: readonly Pair[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    for (const id of pairLocalityIds(pair)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Number of pairs per sector among the given pairs, for the chips and the ranking. */
export function sectorCounts(pairs: readonly Pair[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of pairs) for (const s of pair.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

export function agreementCount(bundle: Pick<Bundle, 'pairs'>): number {
  return bundle.pairs.filter((pair) => pair.isAgreement).length;
}
