import { describe, expect, it } from 'vitest';
import { highlight, isDimmed, labelEntries, selectionPoints } from '../../../src/view/model';
import { pairLabel } from '../../../src/i18n/names';
import { localities, pairs } from '../../fixtures/map/bundle';

const byId = new Map(localities.map((l) => [l.id, l]));
const find = (id: string) => pairs.find((p) => p.id === id) ?? pairs[0]!;

describe('pairLabel', () => {
  it('names both ends, the prefecture of a municipal partner and the relationship, in the interface language', () => {
    expect(pairLabel(find('vn-da-nang--jp-27-sakai--2019-mou'), byId, 'en')).toBe('Da Nang – Sakai (Osaka): memorandum of understanding, 2019');
    expect(pairLabel(find('vn-da-nang--jp-27-sakai--2019-mou'), byId, 'ja')).toBe('ダナン市 – 堺市（大阪府）：覚書（MOU）（2019年）');
    expect(pairLabel(find('vn-lao-cai--jp-19'), byId, 'vi')).toBe('Lào Cai – Yamanashi: giao lưu kinh tế');
  });
});

describe('labelEntries', () => {
  it('lists Vietnam first, then Japan, each by name', () => {
    expect(labelEntries(localities, pairs, new Map(), 'en').map((e) => e.id)).toEqual([
      'vn-da-nang', 'vn-ho-chi-minh-city', 'vn-lao-cai', 'vn-quang-tri',
      // Osaka Prefecture and Osaka City share the English name; they keep the bundle's order.
      'jp-27', 'jp-27-osaka', 'jp-27-sakai', 'jp-19',
    ]);
  });

  it('ranks a locality with more partnerships higher', () => {
    const entries = new Map(labelEntries(localities, pairs, new Map(), 'en').map((e) => [e.id, e]));
    expect(entries.get('vn-da-nang')!.priority).toBeGreaterThan(entries.get('vn-quang-tri')!.priority);
  });
});

describe('highlight', () => {
  it('dims the arcs of other localities when one is selected', () => {
    const h = highlight(pairs, pairs, { kind: 'locality', id: 'vn-quang-tri' }, false);
    expect(isDimmed('vn-quang-tri--jp-19', h)).toBe(false);
    expect(isDimmed('vn-lao-cai--jp-19', h)).toBe(true);
  });

  it('selects both ends (and the prefecture) of a selected pair', () => {
    const h = highlight(pairs, pairs, { kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' }, false);
    expect([...h.selectedLocalities].sort()).toEqual(['jp-27', 'jp-27-sakai', 'vn-da-nang']);
  });

  it('marks the localities touched by the visible pairs when a filter is on', () => {
    const h = highlight(pairs, [find('vn-quang-tri--jp-19')], { kind: 'none' }, true);
    expect([...(h.matchedLocalities ?? [])].sort()).toEqual(['jp-19', 'vn-quang-tri']);
  });
});

describe('selectionPoints', () => {
  it('brings a pair’s two ends into view', () => {
    const pair = find('vn-lao-cai--jp-19');
    expect(selectionPoints({ pairs, localities }, { kind: 'pair', id: pair.id })).toEqual([pair.from, pair.to]);
  });
});
