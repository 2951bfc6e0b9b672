import { describe, expect, it } from 'vitest';
import { pairLocalityIds, pairsOfLocality } from '../../../src/data/selectors';
import { selectVisible } from '../../../src/view/visible';
import { tieCounts } from '../../../src/data/ties';
import { fixtureBundle } from '../../fixtures/bundle';

// What the filters, the chip counts and the partner counts show a reader, on the fixture bundle
// (compiled from tests/fixtures/data/base/pairs.csv; pairs come in id order):
//   Đà Nẵng–Sakai: friendship 2019 (tourism), friendship 2019 (culture), MoU 2019 (no sector);
//   Gia Lai–Yamanashi MoU (hydrogen); Gia Lai–Sakai MoU (trade, education);
//   Gia Lai–Yoshino project (agriculture, tourism); Hồ Chí Minh City–Osaka Prefecture exchange and
//   –Osaka City cooperation agreement (no sector); Huế–Gifu other; Lào Cai–Yamanashi economic
//   exchange (trade, agriculture); Ninh Bình–Gunma cooperation agreement (agriculture);
//   Quảng Trị–Yamanashi sister (hydrogen, agriculture, tourism).
// Sakai and Osaka City are municipalities of Osaka (jp-27).
const { pairs } = fixtureBundle;
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('filters', () => {
  it('sectors combine with OR, relationships narrow with AND', () => {
    expect(ids(selectVisible(pairs, { sectors: ['hydrogen', 'education_hr'], relationships: [], years: null }))).toEqual([
      'vn-gia-lai--jp-19',
      'vn-gia-lai--jp-27-sakai',
      'vn-quang-tri--jp-19',
    ]);
    expect(ids(selectVisible(pairs, { sectors: ['agriculture'], relationships: ['economic_exchange'], years: null }))).toEqual(['vn-lao-cai--jp-19']);
  });
});

describe('counts', () => {
  it('a municipality partner counts for its prefecture too', () => {
    const giaLaiSakai = pairs.find((p) => p.id === 'vn-gia-lai--jp-27-sakai');
    expect(giaLaiSakai && pairLocalityIds(giaLaiSakai)).toEqual(['vn-gia-lai', 'jp-27-sakai', 'jp-27']);
    // Ties, not documents: Đà Nẵng–Sakai's three documents are one tie; a prefecture counts its
    // municipalities' ties (Sakai's two, Osaka City's one) and its own with Hồ Chí Minh City.
    const counts = tieCounts(pairs);
    expect(counts.get('jp-27-sakai')).toBe(2);
    expect(counts.get('jp-27-osaka')).toBe(1);
    expect(counts.get('jp-27')).toBe(4);
    expect(counts.get('jp-19')).toBe(3);
    expect(counts.get('vn-da-nang')).toBe(1);
    expect(ids(pairsOfLocality(pairs, 'jp-27'))).toEqual([
      'vn-da-nang--jp-27-sakai--2019-friendship',
      'vn-da-nang--jp-27-sakai--2019-friendship-2',
      'vn-da-nang--jp-27-sakai--2019-mou',
      'vn-gia-lai--jp-27-sakai',
      'vn-ho-chi-minh-city--jp-27',
      'vn-ho-chi-minh-city--jp-27-osaka',
    ]);
  });
});
