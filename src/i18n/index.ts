import type { Lang } from '../data/types';
import { common } from './messages/common';
import { data } from './messages/data';
import { embed } from './messages/embed';
import { hosting } from './messages/hosting';
import { map } from './messages/map';
import { partners } from './messages/partners';
import { ui } from './messages/ui';

/**
 * Interface strings, one module per part of the app (src/i18n/messages/*.ts). English defines
 * each module's keys; `complete` makes the compiler reject a module in which another language
 * lacks one of them, and `t` accepts only a `MessageKey`, so a typo is a type error rather than
 * a raw key on screen. Adding a language: see docs/I18N.md.
 */
type Dictionary = Readonly<Record<string, string>>;
type Module = Readonly<Record<Lang, Dictionary>>;

/** The keys a module's English defines. */
type EnglishKeys<M extends Module> = keyof M['en'] & string;

/** Compile-time check: every language of `module` has every key its English has. */
function complete<M extends Module>(module: M & Record<Lang, Record<EnglishKeys<M>, string>>): M {
  return module;
}

const modules = [
  complete(common),
  complete(map),
  complete(ui),
  complete(embed),
  complete(data),
  complete(partners),
  complete(hosting),
] as const;

/** Every interface string's key: the union of every module's English keys. */
export type MessageKey =
  | EnglishKeys<typeof common>
  | EnglishKeys<typeof map>
  | EnglishKeys<typeof ui>
  | EnglishKeys<typeof embed>
  | EnglishKeys<typeof data>
  | EnglishKeys<typeof partners>
  | EnglishKeys<typeof hosting>;

export function allMessages(): readonly Module[] {
  return modules;
}

function lookup(lang: Lang, key: string): string | undefined {
  for (let i = modules.length - 1; i >= 0; i--) {
    const value = (modules[i] as Module | undefined)?.[lang][key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Translates `key`, replacing `{name}` placeholders with `values`. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = lookup(lang, key) ?? lookup('en', key) ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN', ja: 'ja-JP' };

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision the source gives. */
export function formatPartialDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric' }).format(new Date(Date.UTC(year, 0, 1)));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}
