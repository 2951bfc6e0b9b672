/** The documents between localities (data/pairs.csv), and the split of their fields between the first view and the details. */
import type { Evidence, Relationship, SigningLevel } from './vocabulary';
import type { Source, Translated } from './source-types';

/** The public column contract of `data/pairs.csv`; new optional columns may only be appended. */
export const PAIRS_CSV_COLUMNS = [
  'id',
  'vn_locality',
  'jp_locality',
  'jp_prefecture',
  'relationship',
  'signed',
  'sectors',
  'summary_en',
  'source_title',
  'source_url',
  'summary_vi',
  'summary_ja',
  'vn_signatory',
  'notes',
  'more_sources',
  'caveat_en',
  'caveat_vi',
  'caveat_ja',
  'level',
  'relation',
  'evidence',
] as const;

/** `more_sources` entries are separated by this (a URL never contains a space). */
export const MORE_SOURCES_SEPARATOR = ' | ';

export interface Pair {
  /** Stable id, from the `id` column or derived from both localities; used in URLs. */
  id: string;
  /** Post-merger Vietnamese unit id. */
  vnId: string;
  /** The Japanese partner: a prefecture id or a municipality id. */
  jpId: string;
  /** The partner's prefecture (equal to jpId when the partner is a prefecture). */
  jpPrefectureId: string;
  relationship: Relationship;
  /** True for sister, friendship, cooperation_agreement, mou, letter_of_intent. */
  isAgreement: boolean;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or null when the source gives no date. */
  signed: string | null;
  /** Who signed (signed texts only: agreements, joint statements): see `SIGNING_LEVELS`. */
  level?: SigningLevel;
  /** How we know the document (signed texts only): reported, a later mention, announced. */
  evidence?: Evidence;
  /** The id of the pair this document renews or extends, when it is a renewal. */
  renewalOf?: string;
  sectors: string[];
  /** English summary always; vi/ja (our translations) when the editor wrote them. */
  summary: Translated;
  source: Source;
  /** Further sources for the same document (`more_sources`), in the editor's order. */
  moreSources?: Source[];
  /** A caveat written for readers (e.g. "This MoU ended in 2022."); vi/ja are our translations. */
  caveat?: Translated;
  /**
   * The pre-merger name the Vietnamese side signed as, when it differs from the post-merger
   * unit (e.g. `Bình Định` for a pair now under `vn-gia-lai`), in Vietnamese with diacritics.
   */
  signedAs: { vi: string; en: string } | null;
  vnSignatory?: string;
}

/** Pair fields only the panels, the list and the CSV read: loaded after the first view. */
export type PairDetailKey = 'summary' | 'source' | 'moreSources' | 'caveat' | 'vnSignatory';
export type PairDetails = Pick<Pair, PairDetailKey>;
/** What the map, the chips and the names need of a pair. */
export type CorePair = Omit<Pair, PairDetailKey>;

