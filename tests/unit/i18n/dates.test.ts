import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/data/vocabulary';
import { formatPartialDate, locale } from '../../../src/i18n';

/*
 * Each language writes its dates itself (src/i18n/languages/*.ts `dates`), because a page's first
 * Intl date formatter costs tens of milliseconds. These hold them to what Intl writes, so a reader
 * sees the same text, and a new language cannot get its order or its month names wrong.
 */
const intl = (lang: (typeof LANGS)[number], options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' });

describe('dates in the interface language', () => {
  it.each(LANGS)('writes every day, month and year from 1990 to 2030 as Intl does in %s', (lang) => {
    const year = intl(lang, { year: 'numeric' });
    const month = intl(lang, { year: 'numeric', month: 'long' });
    const day = intl(lang, { year: 'numeric', month: 'long', day: 'numeric' });
    for (let y = 1990; y <= 2030; y++) {
      expect(formatPartialDate(lang, String(y))).toBe(year.format(Date.UTC(y, 0, 1)));
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0');
        expect(formatPartialDate(lang, `${y}-${mm}`)).toBe(month.format(Date.UTC(y, m - 1, 1)));
        const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
        for (let d = 1; d <= days; d++) expect(formatPartialDate(lang, `${y}-${mm}-${String(d).padStart(2, '0')}`)).toBe(day.format(Date.UTC(y, m - 1, d)));
      }
    }
  });

  it('gives back a text that is not a date as it is', () => {
    expect(formatPartialDate('en', 'undated')).toBe('undated');
  });
});
