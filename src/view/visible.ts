import { useStore } from '../state/store';
import type { Pair, Relationship } from '../data/types';
import { visiblePairs } from '../data/selectors';

let last: { pairs: readonly Pair[]; sectors: readonly string[]; relationships: readonly Relationship[]; result: Pair[] } | null = null;

/**
 * The pairs the current filters let through, derived once per change of the pairs or the
 * filters and shared by every caller (map, list, chips, panels): the store hands out new arrays
 * only when a filter changes, so identity is the cache key.
 */
export function selectVisiblePairs(pairs: readonly Pair[], sectors: readonly string[], relationships: readonly Relationship[]): Pair[] {
  if (last && last.pairs === pairs && last.sectors === sectors && last.relationships === relationships) return last.result;
  const result = sectors.length || relationships.length ? visiblePairs(pairs, { sectors, relationships }) : [...pairs];
  last = { pairs, sectors, relationships, result };
  return result;
}

/** The visible pairs of `pairs` under the store's filters (a hook: re-renders on filter change). */
export function useVisiblePairs(pairs: readonly Pair[]): Pair[] {
  const sectors = useStore((s) => s.sectors);
  const relationships = useStore((s) => s.relationships);
  return selectVisiblePairs(pairs, sectors, relationships);
}
