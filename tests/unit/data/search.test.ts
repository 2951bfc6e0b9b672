import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, searchFold } from '../../../src/data/search';
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

  it('finds an agreement from both its ends', () => {
    expect(ids('quang tri yamanashi')).toEqual(['pair:vn-quang-tri--jp-19']);
  });

  it('ranks an exact or prefix name before a match inside a word', () => {
    expect(ids('sakai')[0]).toBe('locality:jp-27-sakai');
    expect(ids('')).toEqual([]);
  });
});
