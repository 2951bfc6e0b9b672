import type { CorePair } from '../data/types';
import type { Relationship } from '../data/vocabulary';
import { tieId } from '../data/ties';
import { isVisible, type Filters } from './visible';

/**
 * The counts beside each filter control, in ties (what the status line counts), each honouring
 * every other active filter: a chip's count is what the status line would say if that chip were
 * the only sector switched on, whatever the relationship menu and the year range say. Built on
 * the one predicate, so a chip can never promise ties the map then does not show.
 */

// Each document's tie as a small integer, once per pairs array: the counts run on every filter
// change, and sets of numbers cost a fraction of sets of "vn~jp" strings at 24,000 documents.
const tieIndexes = new WeakMap<readonly CorePair[], Int32Array>();

function tieIndex(pairs: readonly CorePair[]): Int32Array {
  let index = tieIndexes.get(pairs);
  if (index) return index;
  const ids = new Map<string, number>();
  index = new Int32Array(pairs.length);
  pairs.forEach((pair, i) => {
    const id = tieId(pair);
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = ids.size));
    index![i] = n;
  });
  tieIndexes.set(pairs, index);
  return index;
}

function add<K>(sets: Map<K, Set<number>>, key: K, tie: number): void {
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set()));
  set.add(tie);
}

const sizes = <K>(sets: Map<K, Set<number>>) => new Map([...sets].map(([key, set]) => [key, set.size]));

/** Ties per sector among the documents every filter but the sectors lets through. */
export function sectorChipCounts(pairs: readonly CorePair[], filters: Filters): Map<string, number> {
  const index = tieIndex(pairs);
  const others = { ...filters, sectors: [] };
  const ties = new Map<string, Set<number>>();
  pairs.forEach((pair, i) => {
    if (isVisible(pair, others)) for (const sector of pair.sectors) add(ties, sector, index[i]!);
  });
  return sizes(ties);
}

export interface RelationshipCounts {
  /** Ties with any document, for "All relationships". */
  all: number;
  /** Ties with a signed document, for "Signed agreements only". */
  agreements: number;
  /** Ties with a document of each type. */
  byType: Map<Relationship, number>;
}

/** Ties per relationship type among the documents every filter but the relationships lets through. */
export function relationshipCounts(pairs: readonly CorePair[], filters: Filters): RelationshipCounts {
  const index = tieIndex(pairs);
  const others = { ...filters, relationships: [] };
  const all = new Set<number>();
  const agreements = new Set<number>();
  const byType = new Map<Relationship, Set<number>>();
  pairs.forEach((pair, i) => {
    if (!isVisible(pair, others)) return;
    const tie = index[i]!;
    all.add(tie);
    if (pair.isAgreement) agreements.add(tie);
    add(byType, pair.relationship, tie);
  });
  return { all: all.size, agreements: agreements.size, byType: sizes(byType) };
}
