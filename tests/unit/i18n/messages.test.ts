import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/data/types';
import { allMessages, t } from '../../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('has every key of every message module in en, vi and ja', () => {
    const missing: string[] = [];
    allMessages().forEach((module, i) => {
      const keys = new Set(LANGS.flatMap((lang) => Object.keys(module[lang])));
      for (const key of keys) for (const lang of LANGS) if (!module[lang][key]?.trim()) missing.push(`module ${i} ${lang}: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const mismatched: string[] = [];
    for (const module of allMessages()) {
      for (const key of Object.keys(module.en)) {
        const expected = placeholders(module.en[key] ?? '');
        for (const lang of LANGS) {
          if (JSON.stringify(placeholders(module[lang][key] ?? '')) !== JSON.stringify(expected)) mismatched.push(`${lang}: ${key}`);
        }
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('writes Vietnamese with its diacritics', () => {
    expect(t('vi', 'skip.list')).toBe('Chuyển đến danh sách thỏa thuận');
  });
});
