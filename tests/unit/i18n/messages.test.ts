import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/data/vocabulary';
import { allLanguages, gestureLocale, t } from '../../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('has every key in every language, none empty, and no key English lacks', () => {
    const languages = allLanguages();
    const missing: string[] = [];
    const keys = new Set(LANGS.flatMap((lang) => Object.keys(languages[lang].messages)));
    for (const key of keys) {
      for (const lang of LANGS) if (!(languages[lang].messages as Record<string, string>)[key]?.trim()) missing.push(`${lang}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const mismatched: string[] = [];
    const languages = allLanguages();
    const messages = (lang: (typeof LANGS)[number]) => languages[lang].messages as Record<string, string>;
    for (const key of Object.keys(messages('en'))) {
      const expected = placeholders(messages('en')[key] ?? '');
      for (const lang of LANGS) {
        if (JSON.stringify(placeholders(messages(lang)[key] ?? '')) !== JSON.stringify(expected)) mismatched.push(`${lang}: ${key}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('writes Vietnamese with its diacritics', () => {
    expect(t('vi', 'skip.list')).toBe('Chuyển đến danh sách thỏa thuận');
  });

  it('gives MapLibre its gesture hints in the reader’s language', () => {
    expect(gestureLocale('vi')['CooperativeGesturesHandler.MobileHelpText']).toBe('Dùng hai ngón tay để di chuyển bản đồ');
    expect(gestureLocale('ja')['CooperativeGesturesHandler.WindowsHelpText']).toContain('Ctrl');
  });
});
