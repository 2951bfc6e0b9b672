import { describe, expect, it } from 'vitest';
import { relationshipCounts, sectorChipCounts } from '../../../src/view/filter-counts';
import { isFiltered, isVisible, NO_FILTERS, selectVisible, type Filters } from '../../../src/view/visible';
import { fixtureBundle } from '../../fixtures/bundle';

// The fixture's ten ties (twelve documents), as a reader would name them:
//   Quảng Trị–Yamanashi sister 2023 (hydrogen, agriculture, tourism); Gia Lai–Yoshino project 2025
//   (agriculture, tourism); Gia Lai–Yamanashi MoU 2024-03 (hydrogen); Đà Nẵng–Sakai: two
//   friendships 2019 (tourism; culture) and an MoU 2019; Hồ Chí Minh City–Osaka Prefecture
//   exchange, undated; Hồ Chí Minh City–Osaka City cooperation 2011-07; Ninh Bình–Gunma cooperation
//   2025-10 (agriculture); Huế–Gifu other, undated; Gia Lai–Sakai MoU 2024-11-11 (trade,
//   education); Lào Cai–Yamanashi exchange, undated (trade, agriculture).
const { pairs } = fixtureBundle;
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe('the one "visible" predicate', () => {
  it('narrows by sector (any of), relationship (one of) and years (undated documents drop out)', () => {
    const ids = (f: Partial<Filters>) => pairs.filter((p) => isVisible(p, filters(f))).map((p) => p.id);
    expect(ids({ sectors: ['hydrogen', 'education_hr'] })).toEqual(['vn-gia-lai--jp-19', 'vn-gia-lai--jp-27-sakai', 'vn-quang-tri--jp-19']);
    expect(ids({ sectors: ['agriculture'], relationships: ['economic_exchange'] })).toEqual(['vn-lao-cai--jp-19']);
    expect(ids({ years: [2011, 2011] })).toEqual(['vn-ho-chi-minh-city--jp-27-osaka']);
    expect(ids({ years: [2019, 2020], sectors: ['hydrogen'] })).toEqual([]);
  });

  it('hands out the same array for the same filter values, even from new arrays, and keeps several', () => {
    const all = selectVisible(pairs, NO_FILTERS);
    const hydrogen = selectVisible(pairs, filters({ sectors: ['hydrogen'] }));
    expect(all).toHaveLength(pairs.length);
    expect(hydrogen).toHaveLength(2);
    // A second filter did not push the first out (a keyed cache, not one slot).
    expect(selectVisible(pairs, { sectors: [], relationships: [], years: null })).toBe(all);
    expect(selectVisible(pairs, filters({ sectors: ['hydrogen'] }))).toBe(hydrogen);
    expect(selectVisible(pairs, filters({ years: [2019, 2019] }))).not.toBe(all);
  });

  it('treats a year range alone as a filter: the map, list and figure show only that range', () => {
    const only2011 = filters({ years: [2011, 2011] });
    expect(isFiltered(only2011)).toBe(true);
    expect(selectVisible(pairs, only2011).map((p) => p.id)).toEqual(['vn-ho-chi-minh-city--jp-27-osaka']);
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });
});

describe('filter counts, in ties, honour every other filter', () => {
  it('sector dimension: the relationship menu counts under the sector filter, a tie once', () => {
    const none = relationshipCounts(pairs, NO_FILTERS);
    expect(none.all).toBe(10);
    // Đà Nẵng–Sakai's two friendship documents are one tie.
    expect(none.byType.get('friendship')).toBe(1);
    const tourism = relationshipCounts(pairs, filters({ sectors: ['tourism'] }));
    expect(tourism.all).toBe(3);
    expect(Object.fromEntries(tourism.byType)).toEqual({ sister: 1, project: 1, friendship: 1 });
    expect(tourism.agreements).toBe(2);
  });

  it('relationship dimension: a chip counts under the relationship filter', () => {
    const counts = sectorChipCounts(pairs, filters({ relationships: ['mou', 'sister'] }));
    expect(counts.get('hydrogen')).toBe(2);
    expect(counts.get('trade_investment')).toBe(1);
    // Gia Lai–Yoshino's agriculture is a project, outside the relationship filter.
    expect(counts.get('agriculture')).toBe(1);
    expect(counts.get('culture_exchange')).toBeUndefined();
  });

  it('year dimension: chips and the menu count only documents signed in the range', () => {
    const chips = sectorChipCounts(pairs, filters({ years: [2019, 2020] }));
    expect(Object.fromEntries(chips)).toEqual({ tourism: 1, culture_exchange: 1 });
    const menu = relationshipCounts(pairs, filters({ years: [2019, 2020] }));
    expect(menu.all).toBe(1);
    expect(Object.fromEntries(menu.byType)).toEqual({ friendship: 1, mou: 1 });
  });

  it('a chip ignores only its own dimension: with Hydrogen on, Tourism still says what it would add', () => {
    expect(sectorChipCounts(pairs, filters({ sectors: ['hydrogen'] })).get('tourism')).toBe(3);
    expect(relationshipCounts(pairs, filters({ relationships: ['sister'] })).all).toBe(10);
  });
});
