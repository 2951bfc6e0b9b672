import type { Lang } from '../data/types';
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

export function locale(lang: Lang): string {
  return LANGUAGES[lang].locale;
}

/** The language's own name, for the language menu. */
export function endonym(lang: Lang): string {
  return LANGUAGES[lang].endonym;
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision the source gives. */
export function formatPartialDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return new Intl.DateTimeFormat(locale(lang), { year: 'numeric' }).format(new Date(Date.UTC(year, 0, 1)));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(lang), options).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** MapLibre's cooperative-gesture hints in the interface language (its `locale` option object). */
export function gestureLocale(lang: Lang): GestureLocale {
  return LANGUAGES[lang].gestures;
}
