import type { Lang } from '../data/types';
import { common } from './messages/common';
import { data } from './messages/data';
import { embed } from './messages/embed';
import { hosting } from './messages/hosting';
import { map } from './messages/map';
import { partners } from './messages/partners';
import { ui } from './messages/ui';

/**
 * Interface strings, one module per part of the app (src/i18n/messages/*.ts), each with the
 * same keys in en, vi and ja. A missing key falls back to English, then to the key itself,
 * and a unit test fails on any key that is missing in one language.
 */
type Dictionary = Record<string, string>;
type Messages = Record<Lang, Dictionary>;

const modules: Messages[] = [common, map, ui, embed, data, partners, hosting];

export function allMessages(): readonly Messages[] {
  return modules;
}

function lookup(lang: Lang, key: string): string | undefined {
  for (let i = modules.length - 1; i >= 0; i--) {
    const value = modules[i]?.[lang][key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Translates `key`, replacing `{name}` placeholders with `values`. */
export function t(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
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
