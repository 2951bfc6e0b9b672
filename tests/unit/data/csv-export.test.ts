import { describe, expect, it } from 'vitest';
import { csvField, EXPORT_COLUMNS, pairsToCsv } from '../../../src/data/csv-export';
import { indexBundle } from '../../../src/data/selectors';
import { fixtureBundle } from '../../fixtures/bundle';

const { localityById } = indexBundle(fixtureBundle);

describe('csv export', () => {
  it('keeps the public pairs.csv column order', () => {
    expect(EXPORT_COLUMNS).toEqual([
      'id', 'vn_locality', 'jp_locality', 'jp_prefecture', 'relationship', 'signed', 'sectors', 'summary_en',
      'source_title', 'source_url', 'summary_vi', 'summary_ja', 'vn_signatory', 'notes',
    ]);
  });

  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes the name signed as, the partner and its prefecture, and empty optional fields', () => {
    const sakai = fixtureBundle.pairs.find((p) => p.id === 'vn-gia-lai--jp-27-sakai');
    const csv = pairsToCsv(sakai ? [sakai] : [], localityById);
    expect(csv).toBe(
      `${EXPORT_COLUMNS.join(',')}\r\n` +
        'vn-gia-lai--jp-27-sakai,Bình Định,Sakai,Osaka,mou,2024-11-11,trade_investment;education_hr,' +
        '"Binh Dinh and Sakai signed an MoU on exchange, ""trade, investment"" and training.",' +
        'Bình Định ký kết hợp tác với thành phố Sakai,,Bình Định và Sakai ký biên bản ghi nhớ.,,UBND tỉnh Bình Định,' +
        '"Signed with the Sakai City Assembly, not the city government."\r\n',
    );
  });
});
