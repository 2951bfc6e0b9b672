/** How every sourced thing of the bundle names its source and our translations (data/README.md). */
import type { Lang } from './vocabulary';

/** A name in the three interface languages, NFC-normalised. */
export type Names = Record<Lang, string>;

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

/**
 * Text in English with our own Vietnamese and Japanese translations when written. `vi`/`ja` are
 * always our translations, so the interface labels them as such.
 */
export interface Translated {
  en: string;
  vi?: string;
  ja?: string;
}

/**
 * Our Vietnamese and Japanese translations of an English (or original-language) text from the
 * forum file. Present only where written; the interface labels them "Translated by Kizuna".
 */
export interface OurTranslations {
  vi?: string;
  ja?: string;
}

