import type { Locality, CorePair } from '../data/types';
import { pairLocalityIds } from '../data/selectors';
import type { LonLat } from '../geo/arcs';
import type { Selection } from '../state/types';
import { documentLines, groupGeometries, groupOf, groupStats, pointLookup, type GroupGeometry, type GroupStats } from './aggregate';
import { highlight, type Highlight } from './model';

/**
 * Everything a renderer draws, derived from the bundle, the filters and the selection: the
 * overview groups (fixed lines, per-filter stats), the documents a selection opens, and the
 * highlight. Pure; `useMapModel` memoises it.
 */
export interface MapModel {
  /** Pairs the filters let through. */
  visible: readonly CorePair[];
  filtered: boolean;
  /** Every unit–prefecture group with any document (fixed geometry). */
  groups: readonly GroupGeometry[];
  /** What the filters leave in each group (absent: nothing left, not drawn). */
  stats: ReadonlyMap<string, GroupStats>;
  /** Documents drawn one by one for the selection (empty in the overview). */
  documents: readonly CorePair[];
  /** Lines of those documents. */
  documentLines: ReadonlyMap<string, LonLat[]>;
  /** Groups whose documents are drawn instead (their overview arc is hidden). */
  opened: ReadonlySet<string>;
  highlight: Highlight;
  /** Arcs drawn: overview arcs with documents left, not opened, plus document arcs. */
  arcsDrawn: number;
}

const geometryCache = new WeakMap<readonly CorePair[], GroupGeometry[]>();

/** The overview lines of a bundle, built once per pairs array. */
export function groupsOf(pairs: readonly CorePair[], localities: readonly Locality[]): GroupGeometry[] {
  let groups = geometryCache.get(pairs);
  if (!groups) {
    groups = groupGeometries(pairs, pointLookup(localities));
    geometryCache.set(pairs, groups);
  }
  return groups;
}

/** The documents a selection opens (all of them, filters aside), so their lanes never move. */
export function selectionUniverse(pairs: readonly CorePair[], selection: Selection): CorePair[] {
  if (selection.kind === 'locality') return pairs.filter((p) => pairLocalityIds(p).includes(selection.id));
  if (selection.kind === 'pair') {
    const selected = pairs.find((p) => p.id === selection.id);
    if (!selected) return [];
    const group = groupOf(selected);
    return pairs.filter((p) => groupOf(p) === group);
  }
  return [];
}

export interface MapModelInput {
  pairs: readonly CorePair[];
  localities: readonly Locality[];
  visible: readonly CorePair[];
  filtered: boolean;
  selection: Selection;
}

export function buildMapModel({ pairs, localities, visible, filtered, selection }: MapModelInput): MapModel {
  const groups = groupsOf(pairs, localities);
  const stats = groupStats(visible);
  const universe = selectionUniverse(pairs, selection);
  const visibleIds = new Set(visible.map((p) => p.id));
  // The selected pair is always drawn, even when a filter would hide it: the reader chose it.
  const documents = universe.filter((p) => visibleIds.has(p.id) || (selection.kind === 'pair' && p.id === selection.id));
  const lines = documentLines(universe);
  const opened = new Set(universe.map(groupOf));
  let drawn = documents.length;
  for (const id of stats.keys()) if (!opened.has(id)) drawn += 1;
  return {
    visible,
    filtered,
    groups,
    stats,
    documents,
    documentLines: lines,
    opened,
    highlight: highlight(pairs, visible, selection, filtered),
    arcsDrawn: drawn,
  };
}
