/** The forum file (data/forum/forum.json): speakers, their quotes, figures, directions and the forum itself. */
import type { Country } from './vocabulary';
import type { OurTranslations, Source } from './source-types';

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

export interface Figure {
  id: string;
  value: string;
  label: string;
  labelTranslations?: OurTranslations;
  translated?: boolean;
  source: Source;
  /** Other editions of the same fact (e.g. the translation first read), after `source`. */
  moreSources?: Source[];
}

export interface DirectionList {
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

export interface LookingForPartners {
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

