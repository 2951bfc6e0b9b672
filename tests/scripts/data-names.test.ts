// Name resolution against the committed locality tables: every pre-merger and post-merger
// Vietnamese name in every spelling an editor might use, and every prefecture in kanji and romaji.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/data/csv';
import { buildJpGazetteer, buildVnGazetteer } from '../../scripts/lib/data/names';
import { jpMunicipalityRowSchema, jpPrefectureRowSchema, vnMergerRowSchema, vnProvinceRowSchema } from '../../scripts/lib/data/schema';
import { foldText } from '../../src/lib/text';

const rows = (path: string) => parseCsv(readFileSync(path, 'utf8'), path).rows.map((r) => r.fields);
const merger = rows('data/localities/vn-merger-2025.csv').map((r) => vnMergerRowSchema.parse(r));
const provinces = rows('data/localities/vn-provinces.csv').map((r) => vnProvinceRowSchema.parse(r));
const prefectures = rows('data/localities/jp-prefectures.csv').map((r) => jpPrefectureRowSchema.parse(r));
const municipalities = rows('tests/fixtures/data/base/localities/jp-municipalities.csv').map((r) => jpMunicipalityRowSchema.parse(r));
const { gazetteer: vn } = buildVnGazetteer(provinces, merger);
const { gazetteer: jp } = buildJpGazetteer(prefectures, municipalities);

// The expected unit comes straight from the tables, not from the resolver under test.
const unitIdFor = (provinceEn: string) => provinces.find((p) => p.name_en === provinceEn)?.id;

describe('foldText', () => {
  it('strips Vietnamese diacritics including đ, lowercases and unifies dashes', () => {
    expect(foldText('  Đắk Lắk  ')).toBe('dak lak');
    expect(foldText('Bà Rịa – Vũng Tàu')).toBe('ba ria vung tau');
    expect(foldText('Thua Thien-Hue')).toBe('thua thien hue');
  });

  it('strips romaji macrons and leaves kanji alone', () => {
    expect(foldText('Tōkyō')).toBe('tokyo');
    expect(foldText('山梨県')).toBe('山梨県');
  });
});

describe('Vietnamese names', () => {
  it('the tables hold 63 pre-merger provinces and 34 units', () => {
    expect(merger).toHaveLength(63);
    expect(provinces).toHaveLength(34);
  });

  describe.each(merger.map((m) => [m.legacy_name_vi, m] as const))('pre-merger %s', (_name, m) => {
    const expectedUnit = unitIdFor(m.province_en);
    const spellings = [
      m.legacy_name_vi,
      m.legacy_name_en,
      foldText(m.legacy_name_vi),
      m.legacy_name_vi.toUpperCase(),
      `${m.legacy_name_en} Province`,
      m.legacy_name_vi.startsWith('Thành phố') ? m.legacy_name_vi : `Tỉnh ${m.legacy_name_vi}`,
    ];
    it.each(spellings)('"%s" resolves to its post-merger unit', (spelling) => {
      expect(expectedUnit).toBeDefined();
      expect(vn.resolve(spelling)?.unit.id).toBe(expectedUnit);
    });

    it('is kept as "signed as" only when its name differs from the unit', () => {
      const renamed = foldText(m.legacy_name_vi) !== foldText(m.province_vi);
      expect(vn.resolve(m.legacy_name_vi)?.signedAs).toEqual(renamed ? { vi: m.legacy_name_vi, en: m.legacy_name_en } : null);
    });
  });

  describe.each(provinces.map((p) => [p.name_vi, p] as const))('unit %s', (_name, p) => {
    const spellings = [
      p.name_vi,
      p.name_en,
      foldText(p.name_vi),
      p.name_en.endsWith(' City') ? p.name_en : `${p.name_en} ${p.type === 'city' ? 'City' : 'Province'}`,
      p.name_vi.startsWith('Thành phố') ? `TP. ${p.name_vi.slice('Thành phố '.length)}` : `${p.type === 'city' ? 'Thành phố' : 'Tỉnh'} ${p.name_vi}`,
    ];
    it.each(spellings)('"%s" resolves with no "signed as"', (spelling) => {
      expect(vn.resolve(spelling)).toMatchObject({ unit: { id: p.id }, signedAs: null });
    });
  });

  it.each(['HCMC', 'Ho Chi Minh City', 'TP. Hồ Chí Minh', 'TP.HCM', 'Saigon', 'Sài Gòn', 'Thành phố Hồ Chí Minh'])('"%s" is Ho Chi Minh City', (s) => {
    expect(vn.resolve(s)?.unit.id).toBe('vn-ho-chi-minh-city');
  });

  it.each(['Danang', 'Ha Noi', 'Hà Nội', 'Thua Thien-Hue'])('"%s" resolves without spaces or with a dash', (s) => {
    expect(vn.resolve(s)).toBeDefined();
  });

  it('does not resolve a name that is not a province', () => {
    expect(vn.resolve('Binh Dnh')).toBeUndefined();
  });
});

describe('Japanese prefectures', () => {
  describe.each(prefectures.map((p) => [p.name_en, p] as const))('%s', (_name, p) => {
    const spellings = [p.name_ja, p.name_ja.replace(/[都府県]$/, ''), p.name_en, p.name_en.toLowerCase(), `${p.name_en} Prefecture`, `${p.name_en}-${p.type}`, p.id];
    it.each(spellings)('"%s" resolves', (spelling) => {
      expect(jp.prefecture(spelling)?.id).toBe(p.id);
    });
  });

  it.each([
    ['Tōkyō', 'jp-13'],
    ['Tokyo-to', 'jp-13'],
    ['Ōsaka-fu', 'jp-27'],
    ['Hyōgo', 'jp-28'],
    ['Kōchi', 'jp-39'],
    ['Ōita', 'jp-44'],
    ['Hokkaidō', 'jp-01'],
    ['Kyouto', 'jp-26'],
  ])('romaji with macrons or long vowels: "%s"', (spelling, id) => {
    expect(jp.prefecture(spelling)?.id).toBe(id);
  });
});

describe('Japanese municipalities', () => {
  it.each([['Sakai'], ['Sakai City'], ['Sakai-shi'], ['堺市'], ['堺']])('"%s" is jp-27-sakai', (name) => {
    expect(jp.municipalitiesNamed(name).map((m) => m.id)).toEqual(['jp-27-sakai']);
  });

  it('a name shared by two prefectures returns both, for jp_prefecture to decide', () => {
    expect(jp.municipalitiesNamed('Fuchu').map((m) => m.id)).toEqual(['jp-13-fuchu', 'jp-34-fuchu']);
  });

  it('"Osaka City" is a municipality while "Osaka" is the prefecture', () => {
    expect(jp.looksLikeMunicipality('Osaka City')).toBe(true);
    expect(jp.looksLikeMunicipality('Osaka')).toBe(false);
    expect(jp.looksLikeMunicipality('大阪府')).toBe(false);
    expect(jp.looksLikeMunicipality('大阪市')).toBe(true);
  });
});
