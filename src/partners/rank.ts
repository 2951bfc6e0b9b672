/**
 * Possible partners: counterparts on the other side with no tie yet, ranked by how well their
 * sector profiles match. A suggestion is computed by Kizuna from sourced data; it is never a
 * fact about the localities. The method is written out for readers in docs/PARTNERS.md.
 *
 * Score of a counterpart = sum over the sectors both profiles share (only the filtered sectors
 * when a sector filter is on) of the strongest pairing of reasons:
 *   priority × priority  = 4  (both said they want it)
 *   priority × document  = 2  (one said so, the other already works on it with someone)
 *   document × document  = 1  (both already work on it, with others)
 * plus LOOKING_BONUS when the counterpart declared at the forum that it is looking for partners.
 * A counterpart needs at least one shared sector; the bonus alone never makes a suggestion.
 * Equal scores are ordered by English name in code-point order, then by id: deterministic.
 */
import type { Locality, Pair } from '../data/types';
import { compareCodePoints, documentsOf, hasProfile, partnerSideLocality, profile, type LookingFlag, type ProfileBundle, type SectorReasons } from './profile';

export const WEIGHTS = { priorityPriority: 4, priorityDocument: 2, documentDocument: 1 } as const;
export const LOOKING_BONUS = 2;

interface SharedSector {
  sector: string;
  weight: number;
  /** Why the selected locality has this sector (each reason with its source). */
  mine: SectorReasons;
  /** Why the counterpart has it. */
  theirs: SectorReasons;
}

export interface Suggestion {
  localityId: string;
  score: number;
  /** Strongest first, then by sector id. */
  sharedSectors: SharedSector[];
  /** Set when the counterpart declared it is looking for partners (the bonus was added). */
  lookingForPartners: LookingFlag | null;
}

/**
 * Why a list is empty: `unknown-locality` (no such id), `no-profile` (nothing sourced gives the
 * locality a sector, or none of the filtered ones), `no-match` (it has a profile, but no
 * counterpart without a tie shares a sector with it). Null when there are suggestions.
 */
type EmptyReason = 'unknown-locality' | 'no-profile' | 'no-match';

export interface PartnerRanking {
  /** The locality ranked for: the selected one, or a municipality's prefecture. */
  localityId: string;
  suggestions: Suggestion[];
  reason: EmptyReason | null;
}

export interface RankOptions {
  /** Only these sectors count (empty or absent: all). */
  sectors?: readonly string[];
  /**
   * The documents that count as document sectors (the caller's visible pairs, see `ProfileOptions`).
   * Ties by any document of the bundle still exclude a counterpart.
   */
  documents?: readonly Pair[];
}

function sectorWeight(a: SectorReasons, b: SectorReasons): number {
  const aPriority = a.priorities.length > 0;
  const bPriority = b.priorities.length > 0;
  if (aPriority && bPriority) return WEIGHTS.priorityPriority;
  if (aPriority || bPriority) return WEIGHTS.priorityDocument;
  return WEIGHTS.documentDocument;
}

/** Counterparts: for a Vietnamese unit every prefecture, for a prefecture every Vietnamese unit. */
function counterparts(self: Locality, localities: readonly Locality[]): Locality[] {
  return self.country === 'vn' ? localities.filter((l) => l.kind === 'prefecture') : localities.filter((l) => l.country === 'vn');
}

/** Ids on the other side already tied to the locality by any document of any type or date. */
function tiedCounterparts(localityId: string, bundle: Pick<ProfileBundle, 'pairs'>): Set<string> {
  return new Set(documentsOf(localityId, bundle.pairs).map((pair) => (pair.vnId === localityId ? pair.jpPrefectureId : pair.vnId)));
}

export function rankPartners(localityId: string, bundle: ProfileBundle, options: RankOptions = {}): PartnerRanking {
  const self = partnerSideLocality(localityId, bundle.localities);
  if (!self) return { localityId, suggestions: [], reason: 'unknown-locality' };

  const filter = options.sectors?.length ? new Set(options.sectors) : null;
  const keep = (reasons: SectorReasons) => !filter || filter.has(reasons.sector);
  const profileOptions = options.documents ? { documents: options.documents } : {};
  const mine = new Map(
    profile(self.id, bundle, profileOptions)
      .sectors.filter(keep)
      .map((r) => [r.sector, r]),
  );
  if (mine.size === 0) return { localityId: self.id, suggestions: [], reason: 'no-profile' };

  const tied = tiedCounterparts(self.id, bundle);
  const suggestions: Suggestion[] = [];
  for (const other of counterparts(self, bundle.localities)) {
    if (tied.has(other.id)) continue;
    const theirs = profile(other.id, bundle, profileOptions);
    if (!hasProfile(theirs)) continue;
    const shared: SharedSector[] = [];
    for (const reasons of theirs.sectors) {
      const own = mine.get(reasons.sector);
      if (own) shared.push({ sector: reasons.sector, weight: sectorWeight(own, reasons), mine: own, theirs: reasons });
    }
    if (shared.length === 0) continue;
    shared.sort((a, b) => b.weight - a.weight || compareCodePoints(a.sector, b.sector));
    const bonus = theirs.lookingForPartners ? LOOKING_BONUS : 0;
    suggestions.push({
      localityId: other.id,
      score: shared.reduce((sum, s) => sum + s.weight, 0) + bonus,
      sharedSectors: shared,
      lookingForPartners: theirs.lookingForPartners,
    });
  }

  const nameOf = new Map(bundle.localities.map((l) => [l.id, l.names.en]));
  suggestions.sort((a, b) => b.score - a.score || compareCodePoints(nameOf.get(a.localityId) ?? '', nameOf.get(b.localityId) ?? '') || compareCodePoints(a.localityId, b.localityId));
  return { localityId: self.id, suggestions, reason: suggestions.length ? null : 'no-match' };
}
