import { describe, expect, it } from 'vitest';
import { csvField, EXPORT_COLUMNS, pairsToCsv, type ExportLabels } from '../../../src/data/csv-export';
import { indexBundle } from '../../../src/data/selectors';
import type { Pair } from '../../../src/data/types';
import type { Lang } from '../../../src/data/vocabulary';
import { t } from '../../../src/i18n';
import { localityName, sectorLabel } from '../../../src/i18n/names';
import { fixtureBundle } from '../../fixtures/bundle';

const { localityById, sectorById } = indexBundle(fixtureBundle);
/** The labels the list view hands the export, in one language. */
const labels = (lang: Lang): ExportLabels => ({
  locality: (id) => localityName(localityById.get(id), lang, id),
  relationship: (r) => t(lang, `rel.${r}`),
  sector: (id) => sectorLabel(sectorById.get(id), id, lang),
  countedAs: (c) => t(lang, `count.${c}`),
});

describe('csv export', () => {
  it('keeps the public pairs.csv column order, new columns at the end', () => {
    expect(EXPORT_COLUMNS).toEqual([
      'id', 'vn_locality', 'jp_locality', 'jp_prefecture', 'relationship', 'signed', 'sectors', 'summary_en',
      'source_title', 'source_url', 'summary_vi', 'summary_ja', 'vn_signatory', 'notes',
      'more_sources', 'caveat_en', 'caveat_vi', 'caveat_ja', 'level', 'relation', 'evidence', 'counted_as',
      'vn_unit_today', 'relationship_label', 'sectors_label', 'counted_as_label',
    ]);
  });

  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('Sakai = partner')).toBe('Sakai = partner');
  });

  it('quotes cells holding ";" or a tab, which spreadsheets in many locales split on', () => {
    expect(csvField('trade; education')).toBe('"trade; education"');
    expect(csvField('a\tb')).toBe('"a\tb"');
  });

  it('neutralises a formula anywhere a spreadsheet could start a cell: after spaces, ";", a tab or a line break', () => {
    expect(csvField(' =1+1')).toBe("' =1+1");
    expect(csvField('Hai Phong;=HYPERLINK("http://evil.example")')).toBe(`"'Hai Phong;=HYPERLINK(""http://evil.example"")"`);
    expect(csvField('note;  @SUM(A1)')).toBe(`"'note;  @SUM(A1)"`);
    expect(csvField('first line\n=1+1')).toBe(`"'first line\n=1+1"`);
    expect(csvField('a\t-1')).toBe(`"'a\t-1"`);
    expect(csvField('＝1+1')).toBe("'＝1+1");
    // Ordinary text with the same characters mid-sentence stays as written.
    expect(csvField('Sakai = partner; since 2014')).toBe('"Sakai = partner; since 2014"');
    expect(csvField('trade-investment')).toBe('trade-investment');
  });

  it('neutralises a formula in a downloaded summary', () => {
    const sakai = fixtureBundle.pairs.find((p) => p.id === 'vn-lao-cai--jp-19') as Pair;
    const csv = pairsToCsv([{ ...sakai, summary: { en: '=1+2' } }], localityById, labels('en'));
    expect(csv.split('\r\n')[1]?.split(',')[7]).toBe("'=1+2");
  });

  it('says what each row counts as under the counting rule, so spreadsheet totals match the app', () => {
    const rows = pairsToCsv(fixtureBundle.pairs, localityById, labels('en')).trim().split('\r\n').slice(1);
    const column = EXPORT_COLUMNS.indexOf('counted_as');
    // Split outside quotes: a readable sectors label holds commas.
    const countedAs = (id: string) => rows.find((r) => r.startsWith(`${id},`))?.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[column];
    expect(countedAs('vn-gia-lai--jp-27-sakai')).toBe('council');
    expect(countedAs('vn-ninh-binh--jp-10-gunma-2025')).toBe('mention');
    expect(countedAs('vn-quang-tri--jp-19')).toBe('locality');
    expect(countedAs('vn-lao-cai--jp-19')).toBe('other_tie');
  });

  it('writes the name signed as, the partner and its prefecture, further sources and the caveat, never notes', () => {
    const sakai = fixtureBundle.pairs.find((p) => p.id === 'vn-gia-lai--jp-27-sakai');
    const csv = pairsToCsv(sakai ? [sakai] : [], localityById, labels('en'));
    expect(csv).toBe(
      `${EXPORT_COLUMNS.join(',')}\r\n` +
        'vn-gia-lai--jp-27-sakai,Bình Định,Sakai,Osaka,mou,2024-11-11,"trade_investment;education_hr",' +
        '"Binh Dinh and Sakai signed an MoU on exchange, ""trade, investment"" and training.",' +
        'Bình Định ký kết hợp tác với thành phố Sakai,,Bình Định và Sakai ký biên bản ghi nhớ.,,UBND tỉnh Bình Định,,' +
        'Sakai City press release <http://www.city.sakai.lg.jp/example.html>,' +
        '"Signed with the Sakai City Assembly, not the city government.",,,council,new,reported,council,Gia Lai,Memorandum of understanding,"Trade and investment, Education and human resources",Agreement between the councils\r\n',
    );
  });

  it("names today's unit and the relationship, sectors and count in the reader's language, codes kept apart", () => {
    const sakai = fixtureBundle.pairs.find((p) => p.id === 'vn-gia-lai--jp-27-sakai');
    const [header, line] = pairsToCsv(sakai ? [sakai] : [], localityById, labels('ja')).trim().split('\r\n');
    const cells = Object.fromEntries((header ?? '').split(',').map((c, i) => [c, (line ?? '').split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[i]]));
    expect(cells).toMatchObject({
      vn_locality: 'Bình Định',
      vn_unit_today: 'ザライ省',
      relationship: 'mou',
      relationship_label: '覚書（MOU）',
      // Quoted: a cell with `;` is quoted, so a spreadsheet set to `;` as separator keeps it whole.
      sectors: '"trade_investment;education_hr"',
      counted_as: 'council',
      counted_as_label: '議会間の協定',
    });
  });
});
