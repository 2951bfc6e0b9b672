import { PAIRS_CSV_COLUMNS, type Locality, type Pair } from './types';

/** The public column order of `data/pairs.csv`. */
export const EXPORT_COLUMNS = PAIRS_CSV_COLUMNS;

/** Byte-order mark so Excel opens the UTF-8 file with Vietnamese and Japanese intact. */
export const UTF8_BOM = '\uFEFF';

/** Quotes a field per RFC 4180: wrap in quotes when it holds a quote, comma, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One pairs.csv-shaped row. `vn_locality` is the name signed as, else the unit's Vietnamese name. */
export function pairToRow(pair: Pair, localityById: ReadonlyMap<string, Locality>): Record<(typeof EXPORT_COLUMNS)[number], string> {
  const name = (id: string, lang: 'en' | 'vi') => localityById.get(id)?.names[lang] ?? id;
  return {
    id: pair.id,
    vn_locality: pair.signedAs?.vi ?? name(pair.vnId, 'vi'),
    jp_locality: name(pair.jpId, 'en'),
    jp_prefecture: name(pair.jpPrefectureId, 'en'),
    relationship: pair.relationship,
    signed: pair.signed ?? '',
    sectors: pair.sectors.join(';'),
    summary_en: pair.summary.en,
    source_title: pair.source.title,
    source_url: pair.source.url ?? '',
    summary_vi: pair.summary.vi ?? '',
    summary_ja: pair.summary.ja ?? '',
    vn_signatory: pair.vnSignatory ?? '',
    notes: pair.notes ?? '',
  };
}

/**
 * The given pairs as CSV text in pairs.csv column order, CRLF line ends (RFC 4180), with a header
 * line. Prefix `UTF8_BOM` when writing a file for spreadsheets.
 */
export function pairsToCsv(pairs: readonly Pair[], localityById: ReadonlyMap<string, Locality>): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const pair of pairs) {
    const row = pairToRow(pair, localityById);
    lines.push(EXPORT_COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
