import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/data/vocabulary';
import { documentsLabel, tiesLabel } from '../../../src/i18n/counts';
import { formatNumber, locale, t } from '../../../src/i18n';

/*
 * Counts reach thousands with the synthetic data sets (and the real map's totals will): a reader
 * of Vietnamese reads 24.000 where a reader of English reads 24,000. The fixture bundle's counts
 * are all below 1,000, so without these a count written with String() would go unnoticed.
 */
const GROUPED: Record<Lang, string> = { en: '24,680', vi: '24.680', ja: '24,680' };

describe('numbers in the interface language', () => {
  it('has the grouping of every interface language', () => {
    expect(Object.keys(GROUPED).sort()).toEqual([...LANGS].sort());
  });

  it.each(LANGS)('groups thousands the %s way, alone and inside counted phrases', (lang) => {
    expect(formatNumber(lang, 24_680)).toBe(GROUPED[lang]);
    expect(documentsLabel(lang, 24_680)).toContain(GROUPED[lang]);
    expect(tiesLabel(lang, 24_680)).toContain(GROUPED[lang]);
    expect(t(lang, 'list.caption', { count: 24_680 })).toContain(GROUPED[lang]);
  });

  it.each(LANGS)('writes every whole number below 1,000 as Intl does in %s', (lang) => {
    const intl = new Intl.NumberFormat(locale(lang));
    for (let n = 0; n < 1000; n++) expect(formatNumber(lang, n)).toBe(intl.format(n));
    expect(formatNumber(lang, 1000)).toBe(intl.format(1000));
    expect(formatNumber(lang, 2.5)).toBe(intl.format(2.5));
  });
});
