import { describe, expect, it } from 'vitest';
import { parseTable } from '../../scripts/lib/geo/localities';
import { vnMergerRowSchema, vnProvinceRowSchema } from '../../scripts/lib/data/schema';

// The data check and the geo build read data/localities with one schema, so an editor's row is
// accepted or refused the same way by `npm run data:check` and `npm run geo:build`.
describe('one locality schema for the data check and the geo build', () => {
  const header = 'id,name_vi,name_en,name_ja,type\n';

  it('the geo build reads a valid row as the checker does', () => {
    const rows = parseTable(`${header}vn-gia-lai,Gia Lai,Gia Lai,ザライ省,province\n`, vnProvinceRowSchema, 'vn-provinces.csv');
    expect(rows).toEqual([{ id: 'vn-gia-lai', name_vi: 'Gia Lai', name_en: 'Gia Lai', name_ja: 'ザライ省', type: 'province' }]);
  });

  it('a Japanese name without 省/市 is refused by both, naming the file, line and field', () => {
    const row = { id: 'vn-gia-lai', name_vi: 'Gia Lai', name_en: 'Gia Lai', name_ja: 'ザライ', type: 'province' };
    expect(vnProvinceRowSchema.safeParse(row).success).toBe(false);
    expect(() => parseTable(`${header}vn-gia-lai,Gia Lai,Gia Lai,ザライ,province\n`, vnProvinceRowSchema, 'vn-provinces.csv')).toThrow(/vn-provinces\.csv:2: field "name_ja"/);
  });

  it('an ISO code the geo sources do not use is refused by the checker too', () => {
    const row = { legacy_iso: 'VN-ZZ', legacy_name_vi: 'X', legacy_name_en: 'X', province_vi: 'Gia Lai', province_en: 'Gia Lai', province_type: 'province' };
    expect(vnMergerRowSchema.safeParse(row).success).toBe(false);
    expect(vnMergerRowSchema.safeParse({ ...row, legacy_iso: 'VN-HN' }).success).toBe(true);
  });

  it('the geo build reads CRLF files with a BOM like the checker', () => {
    const text = `\ufeff${header.replace('\n', '\r\n')}vn-gia-lai,Gia Lai,Gia Lai,ザライ省,province\r\n`;
    expect(parseTable(text, vnProvinceRowSchema, 'vn-provinces.csv')).toHaveLength(1);
  });
});
