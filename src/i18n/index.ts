/** The interface in the reader's language: `t()` over one file per language, and the locale-aware formatting of numbers and dates. */
import type { Lang } from '../data/vocabulary';
import type { GestureLocale, Language, MessageKey } from './language';
import { en } from './languages/en';
import { ja } from './languages/ja';
import { vi } from './languages/vi';

export type { GestureLocale, Language, MessageKey } from './language';

/**
 * The interface languages, one file each (src/i18n/languages/*.ts). English defines the keys;
 * every other file `satisfies Language`, so a missing or misspelt key is a compile error, and
 * this `Record<Lang, …>` makes a language added to `LANGS` fail to compile until its file is
 * registered here. Adding a language: docs/I18N.md.
 */
const LANGUAGES: Record<Lang, Language> = { en, vi, ja };

/** Every language's strings, for the tests that compare them. */
export function allLanguages(): Readonly<Record<Lang, Language>> {
  return LANGUAGES;
}

/** Translates `key`, replacing `{name}` placeholders with `values`. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = LANGUAGES[lang].messages[key] ?? LANGUAGES.en.messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** Names in a run, as the language writes a list: "Tourism, Hydrogen"; 「観光、水素」. */
export function joinList(lang: Lang, items: readonly string[]): string {
  return items.join(t(lang, 'list.separator'));
}

export function locale(lang: Lang): string {
  return LANGUAGES[lang].locale;
}

/** The language's own name, for the language menu. */
export function endonym(lang: Lang): string {
  return LANGUAGES[lang].endonym;
}

// Building an Intl formatter costs far more than formatting with one (a profile of the list view
// found most of its render time in constructors): one per language and precision, made once.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const collators = new Map<Lang, Intl.Collator>();

/** The language's collator, made once (`a.localeCompare(b, lang)` builds one per call). */
export function collator(lang: Lang): Intl.Collator {
  let made = collators.get(lang);
  if (!made) collators.set(lang, (made = new Intl.Collator(locale(lang))));
  return made;
}

export function formatNumber(lang: Lang, value: number): string {
  // A whole number below 1,000 has no grouping, and every interface language writes Latin digits
  // (tests/unit/i18n/numbers.test.ts checks each against Intl): the first view's counts are all
  // such numbers, and the first Intl formatter of a page costs ~0.1 s (its locale data loads).
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(locale(lang))));
  return format.format(value);
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision the source gives. */
export function formatPartialDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  const { dates } = LANGUAGES[lang];
  if (month === undefined) return dates.year(year);
  return day === undefined ? dates.month(year, month) : dates.day(year, month, day);
}

/** MapLibre's cooperative-gesture hints in the interface language (its `locale` option object). */
export function gestureLocale(lang: Lang): GestureLocale {
  return LANGUAGES[lang].gestures;
}
