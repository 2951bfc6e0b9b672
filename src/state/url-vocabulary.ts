import type { CoreBundle } from '../data/types';

/** What the URL may name: ids from the bundle, so stale or forged links are ignored, not misapplied. */
export interface Vocabulary {
  localityIds: ReadonlySet<string>;
  pairIds: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
  /** Region ids (`vn-r-…`, `jp-r-…`); a link may name one or a Vietnamese–Japanese pair of them. */
  regionIds?: ReadonlySet<string>;
  /**
   * Pair ids published earlier that no pair has now (data/published-ids.csv): the id the pair
   * became, or null when it was removed. An old shared link follows it.
   */
  formerPairIds?: ReadonlyMap<string, string | null>;
}

/** The ids a bundle lets a URL name. */
export function vocabularyOf(bundle: Pick<CoreBundle, 'localities' | 'pairs' | 'sectors'> & Partial<Pick<CoreBundle, 'formerPairIds' | 'regions'>>): Vocabulary {
  return {
    regionIds: new Set((bundle.regions ?? []).map((r) => r.id)),
    localityIds: new Set(bundle.localities.map((l) => l.id)),
    pairIds: new Set(bundle.pairs.map((p) => p.id)),
    sectorIds: new Set(bundle.sectors.map((s) => s.id)),
    formerPairIds: new Map(Object.entries(bundle.formerPairIds ?? {})),
  };
}

/** A region id, or a Vietnamese region and a Japanese one joined by `~`. */
export function isRegionSelection(id: string, vocabulary: Vocabulary): boolean {
  const known = vocabulary.regionIds ?? new Set<string>();
  const [a, b, extra] = id.split('~');
  if (extra !== undefined || a === undefined || !known.has(a)) return false;
  if (b === undefined) return true;
  return a.startsWith('vn-') && b.startsWith('jp-') && known.has(b);
}

/**
 * Where a `?pair=` id leads: itself when current, the id it became when renamed or merged, or
 * `removed` / `unknown` (reported to the reader either way).
 */
export function resolvePairId(id: string, vocabulary: Vocabulary): { id: string } | 'removed' | 'unknown' {
  if (vocabulary.pairIds.has(id)) return { id };
  const former = vocabulary.formerPairIds;
  if (!former?.has(id)) return 'unknown';
  const now = former.get(id);
  if (now === null || now === undefined) return 'removed';
  return vocabulary.pairIds.has(now) ? { id: now } : 'unknown';
}
