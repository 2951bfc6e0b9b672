import type { CorePair } from '../data/types';
import type { Relationship } from '../data/vocabulary';
import { inYears, type YearRange } from '../partners/timeline';

/** The store's filters: what decides whether a document is on the map, in the list and in every count. */
export interface Filters {
  sectors: readonly string[];
  relationships: readonly Relationship[];
  years: YearRange | null;
}

export const NO_FILTERS: Filters = { sectors: [], relationships: [], years: null };

/**
 * The one predicate for "visible": a document is shown when it has any of the chosen sectors
 * (sectors combine with OR), one of the chosen relationship types, and a date inside the year
 * range (an undated document drops out of a range: its year is unknown). An empty choice is no
 * filter. The map, the list, the chips, the menu, the status line and the panels all ask this.
 */
export function isVisible(pair: CorePair, filters: Filters): boolean {
  if (filters.relationships.length && !filters.relationships.includes(pair.relationship)) return false;
  if (filters.sectors.length && !pair.sectors.some((s) => filters.sectors.includes(s))) return false;
  if (filters.years && !inYears(pair.signed, filters.years)) return false;
  return true;
}

export function isFiltered(filters: Filters): boolean {
  return filters.sectors.length > 0 || filters.relationships.length > 0 || filters.years !== null;
}

/**
 * Whether the map veils the units the filters leave out: sectors and relationship types do, the
 * year range does not (as the map has always drawn it). The map and the region table ask this,
 * so both name the same cached model.
 */
export function veilsUnits(filters: Filters): boolean {
  return filters.sectors.length > 0 || filters.relationships.length > 0;
}

/** A key naming the filters' values (not their arrays' identities, which a URL load renews). */
function filtersKey(filters: Filters): string {
  return `${filters.sectors.join(',')}|${filters.relationships.join(',')}|${filters.years ? filters.years.join('-') : ''}`;
}

// Results by pairs array, then by filter values. Keyed rather than one slot: the chips ask for
// the pairs under "every filter but sectors" and "every filter but relationships" in the same
// render as the map asks for all of them, and one slot would recompute each of them every time.
// Bounded per array, since dragging the year range walks through many keys.
const MAX_ENTRIES_PER_ARRAY = 24;
const cache = new WeakMap<readonly CorePair[], Map<string, readonly CorePair[]>>();

/**
 * The pairs the filters let through, in their order. The same filter values on the same array
 * give back the same array, so callers may use its identity as a memo key.
 */
export function selectVisible<P extends CorePair>(pairs: readonly P[], filters: Filters): P[] {
  let byKey = cache.get(pairs);
  if (!byKey) cache.set(pairs, (byKey = new Map()));
  const key = filtersKey(filters);
  const hit = byKey.get(key);
  // The cache is keyed by `pairs` itself, so a hit holds the caller's own pair type.
  if (hit) return hit as P[];
  const result = isFiltered(filters) ? pairs.filter((pair) => isVisible(pair, filters)) : [...pairs];
  if (byKey.size >= MAX_ENTRIES_PER_ARRAY) byKey.delete(byKey.keys().next().value as string);
  byKey.set(key, result);
  return result;
}
