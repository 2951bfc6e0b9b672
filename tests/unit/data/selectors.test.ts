import { describe, expect, it } from 'vitest';
import {
  pairLocalityIds,
  pairsOfLocality,
  partnerCounts,
  relationshipCounts,
  sectorChipCounts,
  visiblePairs,
} from '../../../src/data/selectors';
import { selectVisiblePairs } from '../../../src/view/visible';
import { fixtureBundle } from '../../fixtures/bundle';

// What the filters, the chip counts and the partner counts show a reader, on the fixture bundle:
// Quảng Trị–Yamanashi (sister; hydrogen, agriculture, tourism), Lào Cai–Yamanashi (economic
// exchange; trade, agriculture), Gia Lai–Sakai (MoU; trade, education), Đà Nẵng–Sakai
// (cooperation agreement; education, tourism). Sakai is a municipality of Osaka (jp-27).
const { pairs } = fixtureBundle;
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('filters', () => {
  it('sectors combine with OR, relationships narrow with AND', () => {
    expect(ids(visiblePairs(pairs, { sectors: ['hydrogen', 'education_hr'], relationships: [] }))).toEqual([
      'vn-quang-tri--jp-19',
      'vn-gia-lai--jp-27-sakai',
      'vn-da-nang--jp-27-sakai',
    ]);
    expect(ids(visiblePairs(pairs, { sectors: ['agriculture'], relationships: ['economic_exchange'] }))).toEqual(['vn-lao-cai--jp-19']);
  });

  it('no filter shows every pair, and the shared selector hands out the same array until a filter changes', () => {
    const sectors: string[] = [];
    const relationships: never[] = [];
    const first = selectVisiblePairs(pairs, sectors, relationships);
    expect(first).toHaveLength(pairs.length);
    expect(selectVisiblePairs(pairs, sectors, relationships)).toBe(first);
    expect(selectVisiblePairs(pairs, ['hydrogen'], relationships)).toHaveLength(1);
  });
});

describe('counts', () => {
  it('a municipality partner counts for its prefecture too', () => {
    expect(pairLocalityIds(pairs[2]!)).toEqual(['vn-gia-lai', 'jp-27-sakai', 'jp-27']);
    const counts = partnerCounts(pairs);
    expect(counts.get('jp-27')).toBe(2);
    expect(counts.get('jp-27-sakai')).toBe(2);
    expect(counts.get('jp-19')).toBe(2);
    expect(ids(pairsOfLocality(pairs, 'jp-27'))).toEqual(['vn-gia-lai--jp-27-sakai', 'vn-da-nang--jp-27-sakai']);
  });

  it('a chip counts what switching it on would add, under the relationship filter only', () => {
    const counts = sectorChipCounts(pairs, ['sister', 'mou']);
    expect(counts.get('trade_investment')).toBe(1);
    expect(counts.get('tourism')).toBe(1);
    expect(counts.has('education_hr')).toBe(true);
  });

  it('the relationship menu counts under the sector filter only', () => {
    const counts = relationshipCounts(pairs, ['agriculture']);
    expect(Object.fromEntries(counts)).toEqual({ sister: 1, economic_exchange: 1 });
  });
});
