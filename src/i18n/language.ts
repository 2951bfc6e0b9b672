import type { en } from './languages/en';

/** Every interface string's key: English defines them (src/i18n/languages/en.ts). */
export type MessageKey = keyof (typeof en)['messages'];

/** MapLibre's cooperative-gesture hints, as its `locale` option names them. */
export type GestureLocale = Record<keyof (typeof en)['gestures'], string>;

/** A year, a month or a day; months and days count from 1. */
interface DatePatterns {
  year: (year: number) => string;
  month: (year: number, month: number) => string;
  day: (year: number, month: number, day: number) => string;
}

/** What one interface language provides: one file per language under src/i18n/languages/. */
export interface Language {
  /** BCP 47 locale for numbers and dates (`vi-VN`). */
  locale: string;
  /** The language's own name, for the language menu (`Tiếng Việt`). */
  endonym: string;
  gestures: GestureLocale;
  /**
   * Dates at the precision a source gives, as `Intl.DateTimeFormat(locale)` writes them
   * (tests/unit/i18n/dates.test.ts compares every day of several years): written out because
   * a page's first Intl date formatter costs 10–40 ms while its locale data loads.
   */
  dates: DatePatterns;
  messages: Record<MessageKey, string>;
}
