import { describe, expect, it } from 'vitest';
import { buildFlowScene } from '../../../src/view/flows';
import { highlight, labelEntries, placeEntries, regionEntries } from '../../../src/view/model';
import { pairLabel } from '../../../src/i18n/names';
import { localities, pairs } from '../../fixtures/map/bundle';
import { fixtureBundle } from '../../fixtures/bundle';

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
      'vn-da-nang',
      'vn-ho-chi-minh-city',
      'vn-lao-cai',
      'vn-quang-tri',
      // Osaka Prefecture and Osaka City share the English name; they keep the bundle's order.
      'jp-27',
      'jp-27-osaka',
      'jp-27-sakai',
      'jp-19',
    ]);
  });

  it('ranks a locality with more partnerships higher', () => {
    const entries = new Map(labelEntries(localities, pairs, new Map(), 'en').map((e) => [e.id, e]));
    expect(entries.get('vn-da-nang')!.priority).toBeGreaterThan(entries.get('vn-quang-tri')!.priority);
  });
});

describe('placeEntries', () => {
  const entries = labelEntries(localities, pairs, new Map(), 'en');
  const scene = (scope: Parameters<typeof buildFlowScene>[0]['scope'], level: 'provinces' | 'ties' = 'provinces') => buildFlowScene({ pairs, localityById: byId, regions: [], level, scope });

  it('names every unit and prefecture over the whole map, and no municipality its flows do not end at', () => {
    expect(placeEntries(scene({ kind: 'all' }), entries, new Set(), 'en').map((e) => e.id)).toEqual(['vn-da-nang', 'vn-ho-chi-minh-city', 'vn-lao-cai', 'vn-quang-tri', 'jp-27', 'jp-19']);
  });

  it("names only the places a selection's flows join, and the selection", () => {
    const quangTri = scene({ kind: 'locality', id: 'vn-quang-tri' });
    const joined = quangTri.locations.map((l) => l.id).sort();
    expect(joined).toContain('jp-19');
    expect(
      placeEntries(quangTri, entries, new Set(['vn-quang-tri']), 'en')
        .map((e) => e.id)
        .sort(),
    ).toEqual(joined);
    // Partners are ranked and numbered by their ties with the selection, not in all the data.
    for (const e of placeEntries(quangTri, entries, new Set(['vn-quang-tri']), 'en').filter((e) => e.id !== 'vn-quang-tri')) {
      const { ties = 0, documents = 0 } = quangTri.locations.find((l) => l.id === e.id) ?? {};
      expect(Math.floor(e.priority)).toBe(ties);
      expect(e.priority - ties).toBeCloseTo(documents / (documents + 1));
      expect(e.count).toBe(String(ties));
      expect(e.ariaLabel).toBe(`${e.text} ${ties} ${ties === 1 ? 'tie' : 'ties'}`);
    }
    // A selected place with no flow under the filters is still named.
    expect(placeEntries(scene({ kind: 'locality', id: 'vn-lao-cai' }), entries, new Set(['vn-ho-chi-minh-city']), 'en').map((e) => e.id)).toContain('vn-ho-chi-minh-city');
  });
});

describe('highlight', () => {
  it('selects a selected locality alone', () => {
    const h = highlight(pairs, pairs, { kind: 'locality', id: 'vn-quang-tri' }, false);
    expect([...h.selectedLocalities]).toEqual(['vn-quang-tri']);
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

describe('regionEntries', () => {
  const { regions } = fixtureBundle;
  const ties = new Map([
    ['jp-r-kinki', 5],
    ['vn-r-southeast', 1],
  ]);
  const entries = regionEntries(regions, ties, 'en', (id) => (id === 'jp-r-kinki' ? 20 : 4));
  const entry = (id: string) => entries.find((e) => e.id === id)!;

  it('labels every region by its name in the interface language, Vietnam first, each country by name', () => {
    expect(entries).toHaveLength(regions.length);
    expect(entries.every((e) => e.kind === 'region')).toBe(true);
    expect(entries.map((e) => e.country)).toEqual([...regions.filter((r) => r.country === 'vn'), ...regions.filter((r) => r.country === 'jp')].map((r) => r.country));
    for (const region of regions) expect(entry(region.id).text).toBe(region.names.en);
    const vn = entries.filter((e) => e.country === 'vn').map((e) => e.text);
    expect(vn).toEqual([...vn].sort((a, b) => a.localeCompare(b, 'en')));
    expect(entry('jp-r-kinki').text).toMatch(/^Kinki/);
    expect(regionEntries(regions, ties, 'ja').find((e) => e.id === 'jp-r-kinki')?.text).toBe('近畿地方');
  });

  it('names its ties and ranks by them', () => {
    expect(entry('jp-r-kinki')).toMatchObject({ ariaLabel: `${entry('jp-r-kinki').text} 5 ties`, priority: 5 });
    expect(entry('vn-r-southeast')).toMatchObject({ ariaLabel: 'Southeast 1 tie', priority: 1 });
    expect(entry('jp-r-hokkaido').priority).toBe(0);
  });

  it('shows each region’s ties after its name, as numbers are written in the interface language', () => {
    expect(entry('jp-r-kinki').count).toBe('5');
    expect(entry('jp-r-hokkaido').count).toBe('0');
    const many = regionEntries(regions, new Map([['jp-r-kinki', 1234]]), 'vi');
    expect(many.find((e) => e.id === 'jp-r-kinki')?.count).toBe('1.234');
  });

  it('stands beside its circle on the side the data gives, clear of the circle', () => {
    for (const region of regions) expect(entry(region.id).side?.towards).toBe(region.labelSide);
    expect(entry('jp-r-kinki').side).toEqual({ towards: 'east', gap: 23 });
    expect(entry('vn-r-southeast').side).toEqual({ towards: 'west', gap: 7 });
    expect(entry('jp-r-kinki').point).toEqual(regions.find((r) => r.id === 'jp-r-kinki')?.point);
  });
});
