/**
 * The shape of `data/bundle.json`, the one compiled, already-validated file the app imports.
 * `scripts/build-data.ts` writes it from the editable files under `data/`; nothing in `src/`
 * validates it again. Every field is documented in `data/README.md`.
 */

import type { Lang } from './vocabulary';
import type { DirectionList, Figure, Forum, LookingForPartners, Quote, Speaker } from './forum-types';
import type { CorePair, Pair, PairDetails } from './pair-types';
import type { Locality, Region } from './place-types';
import type { Names, Source } from './source-types';

// The bundle's parts, by domain; importers name this one module.
export type { Forum, Quote, SourcedText, Speaker } from './forum-types';
export { MORE_SOURCES_SEPARATOR, PAIRS_CSV_COLUMNS, type CorePair, type Pair, type PairDetailKey, type PairDetails } from './pair-types';
export type { Locality, LocalityKind, Region } from './place-types';
export type { OurTranslations, Source, Translated } from './source-types';

export interface Sector {
  id: string;
  labels: Names;
  description: string;
}

export interface SectorPriority {
  localityId: string;
  sector: string;
  /** The words of the source, in its language (`evidenceLang`, ISO 639-1). */
  evidence: string;
  evidenceLang: string;
  /** Our translations into each interface language but the source's. */
  evidenceTranslations: Partial<Record<Lang, string>>;
  source: Source;
}

/**
 * What a search for a place's missing ties found: nothing at all; only visits or talks, no signed
 * document between localities; only documents with other partners (ministries, associations).
 */
export const TIE_SEARCH_FINDINGS = ['nothing', 'contacts', 'other_partners'] as const;
type TieSearchFinding = (typeof TIE_SEARCH_FINDINGS)[number];

/** One recorded search for a place with no documented tie (`data/localities/tie-searches.csv`). */
export interface TieSearch {
  localityId: string;
  /** ISO day of the search. */
  searchedOn: string;
  /** As typed, in the language they were typed in. */
  queries: string[];
  finding: TieSearchFinding;
}

export interface Bundle {
  /** ISO date the bundle was built from data/ (content hash, not wall-clock, for stable diffs). */
  version: string;
  localities: Locality[];
  regions: Region[];
  pairs: Pair[];
  sectors: Sector[];
  priorities: SectorPriority[];
  speakers: Speaker[];
  quotes: Quote[];
  figures: Figure[];
  directions: DirectionList[];
  lookingForPartners: LookingForPartners[];
  forum: Forum;
  /** Sources for the article seeds, by id (`seed-000` … `seed-004`). */
  sources: Record<string, Source>;
  /**
   * Pair ids published earlier that no row produces any more (data/published-ids.csv): the id
   * the pair has now (renamed or merged), or null when it was removed. Old links resolve here.
   */
  formerPairIds: Record<string, string | null>;
  /** Searches made for places with no documented tie, by locality then date. */
  tieSearches: TieSearch[];
}

/** The forum's texts, read by panels only (the overview, a locality's quotes and partners). */
export type ForumTextKey = 'speakers' | 'quotes' | 'figures' | 'directions' | 'lookingForPartners' | 'forum' | 'sources' | 'tieSearches';
export type ForumTexts = Pick<Bundle, ForumTextKey>;

/** The bundle the map is drawn from: everything but pair details, sector priorities and the forum's texts. */
export type CoreBundle = Omit<Bundle, 'pairs' | 'priorities' | ForumTextKey> & { pairs: CorePair[] };

/** The rest, fetched on intent: details by pair id, and the sector priorities. */
export interface BundleDetails {
  pairs: Record<string, PairDetails>;
  priorities: SectorPriority[];
}

