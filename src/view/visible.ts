import { useStore } from '../state/store';
import type { CorePair, Relationship } from '../data/types';
import { visiblePairs } from '../data/selectors';
import { filterByYears, type YearRange } from '../partners/timeline';

let last: {
  pairs: readonly CorePair[];
  sectors: readonly string[];
  relationships: readonly Relationship[];
  years: YearRange | null;
  result: CorePair[];
} | null = null;

/**
 * The pairs the current filters (sectors, relationship types, year range) let through, derived
 * once per change of the pairs or the filters and shared by every caller (map, list, chips,
 * panels, timeline): the store hands out new arrays only when a filter changes, so identity is
 * the cache key. A year range drops undated pairs (their year is unknown).
 */
export function selectVisiblePairs<P extends CorePair>(
  pairs: readonly P[],
  sectors: readonly string[],
  relationships: readonly Relationship[],
  years: YearRange | null = null,
): P[] {
  // Identity of `pairs` is the key, so the cached result holds the caller's own pair type.
  if (last && last.pairs === pairs && last.sectors === sectors && last.relationships === relationships && last.years === years) return last.result as P[];
  const filtered = sectors.length || relationships.length ? visiblePairs(pairs, { sectors, relationships }) : [...pairs];
  const result = years ? filterByYears(filtered, years) : filtered;
  last = { pairs, sectors, relationships, years, result };
  return result;
}

/** The visible pairs of `pairs` under the store's filters (a hook: re-renders on filter change). */
export function useVisiblePairs<P extends CorePair>(pairs: readonly P[]): P[] {
  const sectors = useStore((s) => s.sectors);
  const relationships = useStore((s) => s.relationships);
  const years = useStore((s) => s.years);
  return selectVisiblePairs(pairs, sectors, relationships, years);
}
