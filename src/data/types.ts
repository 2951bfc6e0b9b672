/**
 * The shape of `data/bundle.json`, the one compiled, already-validated file the app imports.
 * `scripts/build-data.ts` writes it from the editable files under `data/`; nothing in `src/`
 * validates it again. Every field is documented in `data/README.md`.
 */

import type { Country, Evidence, Lang, MUNICIPALITY_LEVELS, PREFECTURE_TYPES, Relationship, SigningLevel } from './vocabulary';

/** A name in the three interface languages, NFC-normalised. */
type Names = Record<Lang, string>;

/**
 * `city`/`province`: Vietnam's 34 post-merger units (6 centrally-run cities, 28 provinces).
 * `prefecture`: Japan's 47. `municipality`: a Japanese city, town or village partner.
 */
export type LocalityKind = 'city' | 'province' | 'prefecture' | 'municipality';

/** Japanese subtypes: to/do/fu/ken for prefectures, city/town/village/ward for municipalities. */
type LocalitySubtype = (typeof PREFECTURE_TYPES)[number] | (typeof MUNICIPALITY_LEVELS)[number];

interface FormerProvince {
  /** ISO 3166-2 code of the pre-merger province, e.g. `VN-31`. */
  iso: string;
  names: Names;
}

export interface Locality {
  /** Stable id: `vn-gia-lai`, `jp-19`, `jp-27-sakai`. Used in URLs. */
  id: string;
  country: Country;
  kind: LocalityKind;
  subtype?: LocalitySubtype;
  names: Names;
  /** For a municipality: the id of its prefecture (`jp-27`). */
  prefectureId?: string;
  /** Label point (inside the polygon) or, for a municipality, its location. [lon, lat]. */
  point: [number, number];
  /** Vietnam only: the pre-merger provinces this unit was formed from (itself included). */
  formerProvinces?: FormerProvince[];
  /** The region it is grouped into at the opening level (a municipality: its prefecture's). */
  regionId: string;
}

/**
 * One of Vietnam's six socio-economic regions or Japan's eight regions: the locations of the
 * opening level of the map (`data/localities/regions.csv`).
 */
export interface Region {
  id: string;
  country: Country;
  names: Names;
  /** One-line names for a phone's map ("Central Coast", "Duyên hải miền Trung", "中部沿岸"). */
  shortNames: Names;
  /** Where its circle stands, chosen so neighbouring regions stay apart at the opening view. [lon, lat]. */
  point: [number, number];
  /** Which side of the map its name column takes when there is room (src/view/label-columns.ts). */
  labelSide: 'west' | 'east';
  /** Its units or prefectures. */
  members: string[];
  source: Source;
}

export interface Source {
  title: string;
  /**
   * http(s) URL as the source publishes it (http is kept, never rewritten), or null for a source
   * with none printed (the article is then named).
   */
  url: string | null;
  /** Publisher or site name when known. */
  publisher?: string;
  /** The language the publisher's name is written in, for its `lang` attribute. */
  publisherLang?: string;
  /** ISO 639-1 language of the source text when known. */
  lang?: string;
  /**
   * The language of the edition we read, when it is not `lang` (a translation of the article):
   * the app says so in the reader's language, beside the original's title.
   */
  readIn?: string;
}

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

/**
 * Text in English with our own Vietnamese and Japanese translations when written. `vi`/`ja` are
 * always our translations, so the interface labels them as such.
 */
export interface Translated {
  en: string;
  vi?: string;
  ja?: string;
}

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
  /** Arc endpoints, [lon, lat]: the Vietnamese label point, then the Japanese one. */
  from: [number, number];
  to: [number, number];
}

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
 * Our Vietnamese and Japanese translations of an English (or original-language) text from the
 * forum file. Present only where written; the interface labels them "Translated by Kizuna".
 */
export interface OurTranslations {
  vi?: string;
  ja?: string;
}

export interface Speaker {
  id: string;
  name: string;
  title: string;
  titleTranslations?: OurTranslations;
  localityId: string | null;
  country: Country;
}

export interface Quote {
  id: string;
  /** The exact words as printed in the source (or its English rendering when translated). */
  text: string;
  /** Language of `text`. */
  lang: string;
  /** True when `text` is a translation made by the article (or by us) from another language. */
  translated: boolean;
  /** Language the source article is written in, when translated. */
  sourceLang?: string;
  /** Our English rendering of a quote whose `text` is not in English, clearly marked as ours. */
  translationEn?: string;
  /** Our vi/ja translations of the quote; the original `text` is always shown beside them. */
  textTranslations?: OurTranslations;
  speakerId: string;
  sectors: string[];
  localities: string[];
  /** The publication the words are quoted from: the original language's where one was found. */
  source: Source;
  /** Other editions of the same words (e.g. the translation first read), after `source`. */
  moreSources?: Source[];
}

interface Figure {
  id: string;
  value: string;
  label: string;
  labelTranslations?: OurTranslations;
  translated?: boolean;
  source: Source;
  /** Other editions of the same fact (e.g. the translation first read), after `source`. */
  moreSources?: Source[];
}

interface DirectionList {
  id: string;
  title: string;
  titleTranslations?: OurTranslations;
  speakerId: string;
  translated?: boolean;
  items: string[];
  /** Our translations of `items`, same length and order. */
  itemsTranslations?: { vi?: string[]; ja?: string[] };
  source: Source;
  /** Other editions of the same fact (e.g. the translation first read), after `source`. */
  moreSources?: Source[];
}

interface LookingForPartners {
  localityId: string;
  text: string;
  textTranslations?: OurTranslations;
  source: Source;
  /** Other editions of the same fact (e.g. the translation first read), after `source`. */
  moreSources?: Source[];
}

/** A sourced sentence of the forum file with our translations. */
export interface SourcedText {
  text: string;
  textTranslations?: OurTranslations;
  source: Source;
  /** Other editions of the same fact (e.g. the translation first read), after `source`. */
  moreSources?: Source[];
}

export interface Forum {
  name: string;
  nameTranslations?: OurTranslations;
  date: string;
  place: string;
  placeTranslations?: OurTranslations;
  placeLocalityId: string;
  themes: SourcedText[];
  organisers: SourcedText & { translated?: boolean };
  programme: SourcedText[];
  /** The officially counted number of locality agreements ("over 110"). */
  officialAgreementCount: SourcedText & { value: number };
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

/** Pair fields only the panels, the list and the CSV read: loaded after the first view. */
export type PairDetailKey = 'summary' | 'source' | 'moreSources' | 'caveat' | 'vnSignatory';
export type PairDetails = Pick<Pair, PairDetailKey>;
/** What the map, the chips and the names need of a pair. */
export type CorePair = Omit<Pair, PairDetailKey>;

/** The bundle the first view is drawn from: everything but pair details and sector priorities. */
export type CoreBundle = Omit<Bundle, 'pairs' | 'priorities'> & { pairs: CorePair[] };

/** The rest, fetched on intent: details by pair id, and the sector priorities. */
export interface BundleDetails {
  pairs: Record<string, PairDetails>;
  priorities: SectorPriority[];
}

