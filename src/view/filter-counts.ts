import type { CorePair, Relationship } from '../data/types';
import { tieId } from '../data/ties';
import { selectVisible, type Filters } from './visible';

/**
 * The counts beside each filter control, in ties (what the status line counts), each honouring
 * every other active filter: a chip's count is what the status line would say if that chip were
 * the only sector switched on, whatever the relationship menu and the year range say. Built on
 * the one predicate, so a chip can never promise ties the map then does not show.
 */

/** Ties per sector among the documents every filter but the sectors lets through. */
export function sectorChipCounts(pairs: readonly CorePair[], filters: Filters): Map<string, number> {
  const ties = new Map<string, Set<string>>();
  for (const pair of selectVisible(pairs, { ...filters, sectors: [] })) {
    for (const sector of pair.sectors) {
      let set = ties.get(sector);
      if (!set) ties.set(sector, (set = new Set()));
      set.add(tieId(pair));
    }
  }
  return new Map([...ties].map(([sector, set]) => [sector, set.size]));
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
  const all = new Set<string>();
  const agreements = new Set<string>();
  const byType = new Map<Relationship, Set<string>>();
  for (const pair of selectVisible(pairs, { ...filters, relationships: [] })) {
    const id = tieId(pair);
    all.add(id);
    if (pair.isAgreement) agreements.add(id);
    let set = byType.get(pair.relationship);
    if (!set) byType.set(pair.relationship, (set = new Set()));
    set.add(id);
  }
  return { all: all.size, agreements: agreements.size, byType: new Map([...byType].map(([r, set]) => [r, set.size])) };
}
