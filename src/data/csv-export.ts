import { countCategory, type CountCategory } from './counting';
import { MORE_SOURCES_SEPARATOR, PAIRS_CSV_COLUMNS, type Locality, type Pair } from './types';

/**
 * The public column order of `data/pairs.csv`, then `counted_as`: what the row counts as under
 * the one counting rule (src/data/counting.ts), so a spreadsheet's totals match the app's; then
 * columns for a reader: today's Vietnamese unit and readable names in the chosen language (the
 * codes stay in their own columns).
 */
export const EXPORT_COLUMNS = [
  ...PAIRS_CSV_COLUMNS,
  'counted_as',
  'vn_unit_today',
  'relationship_label',
  'sectors_label',
  'counted_as_label',
] as const;
type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Readable names in the reader's language, supplied by the caller (this module knows no language). */
export interface ExportLabels {
  locality: (id: string) => string;
  relationship: (relationship: Pair['relationship']) => string;
  sector: (id: string) => string;
  countedAs: (category: CountCategory) => string;
}

/** Byte-order mark so Excel opens the UTF-8 file with Vietnamese and Japanese intact. */
export const UTF8_BOM = '\uFEFF';

/**
 * What makes a spreadsheet run a cell, or part of it, as a formula: `=`, `+`, `-`, `@` (and
 * their full-width forms, which Japanese Excel also accepts) at the start of the cell, after
 * leading spaces, or after a `;`, tab or line break, where spreadsheets whose list separator is
 * `;` (much of Europe) or tab, or a paste, split a cell in two; and a leading tab or CR.
 */
const FORMULA = /^[\t\r]|(?:^|[;\t\r\n])\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefixes a cell that a spreadsheet could run as a formula with `'`, which shows it as text. */
function neutraliseFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/**
 * One CSV cell: formula starts neutralised, then quoted (RFC 4180) when it holds a quote, comma,
 * `;`, tab, CR or LF, so that no spreadsheet, whatever its separator, splits it.
 */
export function csvField(raw: string): string {
  const value = neutraliseFormula(raw);
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One pairs.csv-shaped row. `vn_locality` is the name signed as, else the unit's Vietnamese name.
 * `notes` stays empty: editors' notes never reach the bundle, so readers never download them.
 */
function pairToRow(pair: Pair, localityById: ReadonlyMap<string, Locality>, labels: ExportLabels): Record<ExportColumn, string> {
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
    notes: '',
    more_sources: (pair.moreSources ?? []).map((s) => `${s.title} <${s.url ?? ''}>`).join(MORE_SOURCES_SEPARATOR),
    caveat_en: pair.caveat?.en ?? '',
    caveat_vi: pair.caveat?.vi ?? '',
    caveat_ja: pair.caveat?.ja ?? '',
    level: pair.level ?? '',
    // Only signed texts carry a relation; the bundle keeps just the renewed id, so "new" is implied.
    relation: pair.level === undefined ? '' : pair.renewalOf !== undefined ? `renewal-of ${pair.renewalOf}` : 'new',
    evidence: pair.evidence ?? '',
    counted_as: countCategory(pair),
    vn_unit_today: labels.locality(pair.vnId),
    relationship_label: labels.relationship(pair.relationship),
    sectors_label: pair.sectors.map(labels.sector).join(', '),
    counted_as_label: labels.countedAs(countCategory(pair)),
  };
}

/**
 * The given pairs as CSV text in pairs.csv column order, CRLF line ends (RFC 4180), with a header
 * line. Prefix `UTF8_BOM` when writing a file for spreadsheets.
 */
export function pairsToCsv(pairs: readonly Pair[], localityById: ReadonlyMap<string, Locality>, labels: ExportLabels): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const pair of pairs) {
    const row = pairToRow(pair, localityById, labels);
    lines.push(EXPORT_COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
