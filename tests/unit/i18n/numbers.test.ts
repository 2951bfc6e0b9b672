import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/data/vocabulary';
import { documentsLabel, tiesLabel } from '../../../src/i18n/counts';
import { formatNumber, t } from '../../../src/i18n';

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
});
