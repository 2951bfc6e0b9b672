import { describe, expect, it } from 'vitest';
import bundleJson from '../../../data/bundle.json';
import { buildSearchIndex, search, searchFold } from '../../../src/data/search';
import { LANGS } from '../../../src/data/vocabulary';
import { t } from '../../../src/i18n';
import type { Bundle } from '../../../src/data/types';
import { fixtureBundle } from '../../fixtures/bundle';

const index = buildSearchIndex(fixtureBundle);
const ids = (query: string) => search(index, query).map((r) => `${r.kind}:${r.id}`);

describe('search', () => {
  it('folds diacritics, đ, case and hiragana', () => {
    expect(searchFold('  Đà  Nẵng ')).toBe('da nang');
    expect(searchFold('だなん')).toBe('ダナン');
  });

  it('finds Vietnamese names with or without diacritics', () => {
    expect(ids('da nang')[0]).toBe('locality:vn-da-nang');
    expect(ids('Đà Nẵng')[0]).toBe('locality:vn-da-nang');
    expect(ids('Lào')[0]).toBe('locality:vn-lao-cai');
  });

  it('finds Japanese names in kanji and Vietnamese units in katakana', () => {
    expect(ids('山梨')[0]).toBe('locality:jp-19');
    expect(ids('堺')[0]).toBe('locality:jp-27-sakai');
    expect(ids('ダナン')[0]).toBe('locality:vn-da-nang');
  });

  it('finds a post-merger unit from a pre-merger name, with the reason', () => {
    const [first] = search(index, 'Binh Dinh');
    // Our sources give no Japanese name for a pre-merger province: data:build writes the English one.
    expect(first).toEqual({ kind: 'locality', id: 'vn-gia-lai', score: 4, reason: { kind: 'former', formerVi: 'Bình Định', formerJa: 'ビンディン省' } });
  });

  it('finds a tie from both its ends', () => {
    expect(ids('quang tri yamanashi')).toEqual(['tie:vn-quang-tri~jp-19']);
  });

  it('returns a tie once however many documents it has', () => {
    // Đà Nẵng–Sakai has three documents in the fixture.
    expect(ids('da nang sakai')).toEqual(['tie:vn-da-nang~jp-27-sakai']);
    expect(index.ties.get('vn-da-nang~jp-27-sakai')?.pairIds).toHaveLength(3);
  });

  it('finds every tie whose documents were signed under a pre-merger name, once each', () => {
    const signedAs = search(index, 'binh dinh').filter((r) => r.kind === 'tie');
    expect(signedAs.map((r) => r.id)).toEqual(['vn-gia-lai~jp-19', 'vn-gia-lai~jp-27-sakai']);
    expect(signedAs.every((r) => r.reason?.kind === 'signed-as')).toBe(true);
  });

  it('answers "Hanoi Fukuoka" on the real data with one row for the tie, not one per document', () => {
    const real = buildSearchIndex(bundleJson as unknown as Bundle);
    const documents = (bundleJson as unknown as Bundle).pairs.filter((p) => p.vnId === 'vn-hanoi' && p.jpId === 'jp-40');
    expect(documents.length).toBeGreaterThan(1);
    const results = search(real, 'Hanoi Fukuoka');
    expect(results.map((r) => `${r.kind}:${r.id}`)).toEqual(['tie:vn-hanoi~jp-40']);
  });

  it('ranks an exact or prefix name before a match inside a word', () => {
    expect(ids('sakai')[0]).toBe('locality:jp-27-sakai');
    expect(ids('')).toEqual([]);
  });
});

describe('the search box’s placeholder', () => {
  const real = buildSearchIndex(bundleJson as unknown as Bundle);
  it.each(LANGS)('in %s, every example it gives finds a place in the real data', (lang) => {
    const examples = t(lang, 'search.placeholder')
      .replace(/^[^:：]*[:：]\s*/, '')
      .replace(/…$/, '')
      .split(/[,、]\s*/);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(search(real, example)[0]?.kind, example).toBe('locality');
  });
});
