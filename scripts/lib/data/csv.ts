/**
 * Reads a CSV file into rows that remember where they came from, so every validation message can
 * point an editor at `file:line:column`.
 *
 * The text is normalised BEFORE parsing: a UTF-8 byte-order mark is dropped and CRLF / CR line
 * ends become LF, so a file saved by Excel ("CSV UTF-8") or checked out by Git for Windows gives
 * the same rows, on the same lines, as the LF original.
 */
import { readFileSync, statSync } from 'node:fs';
import { parse, CsvError } from 'csv-parse/sync';

/** One data row: its 1-based line in the file and its fields by header name. */
interface CsvRow {
  line: number;
  fields: Record<string, string>;
  /** Number of fields actually on the line (to report rows with a stray comma). */
  width: number;
}

export interface CsvTable {
  /** The path as given, used verbatim in messages. */
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** A problem with the file's structure, before any field is looked at. */
export interface CsvProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Drops a UTF-8 BOM and turns CRLF and lone CR line ends into LF. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Reads a data file as UTF-8 text, or throws a `CsvProblem` saying why it cannot be: a folder
 * in its place, UTF-16 (what "Unicode text" in Excel writes), or bytes that are not UTF-8.
 */
export function readDataText(file: string): string {
  const fail = (message: string, line = 1): never => {
    throw { file, line, column: 1, message } satisfies CsvProblem;
  };
  if (statSync(file).isDirectory()) fail('is a folder, not a file; put the file itself at this path');
  const bytes = readFileSync(file);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.subarray(0, 200).includes(0)) {
    fail('is saved as UTF-16 ("Unicode text"); save it again as "CSV UTF-8 (comma delimited)" (or UTF-8 in your editor)');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Name the first bad line so the editor sees which text was mangled.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = at < 0 ? 1 : normaliseText(lossy.slice(0, at)).split('\n').length;
    return fail('is not UTF-8 text (probably saved as Windows-1252 or Shift_JIS); save it again as "CSV UTF-8 (comma delimited)" or UTF-8 in your editor', line);
  }
}

/** Parses CSV text. Throws `CsvProblem` on broken quoting, `;` separators or a repeated column. */
export function parseCsv(input: string, file: string): CsvTable {
  const text = normaliseText(input);
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n'));
  if (!firstLine.includes(',') && firstLine.includes(';')) {
    throw {
      file,
      line: 1,
      column: 1,
      message: 'columns are separated by ";" instead of ","; save it as "CSV UTF-8 (comma delimited)", or set the list separator to "," in your spreadsheet',
    } satisfies CsvProblem;
  }
  let parsed: { record: string[]; raw: string }[];
  try {
    parsed = parse(text, {
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (e) {
    if (e instanceof CsvError) {
      const problem: CsvProblem = {
        file,
        line: (e as CsvError & { lines?: number }).lines ?? 1,
        column: 1,
        message: `the file cannot be read as CSV (${e.message.replace(/^[^:]*: /, '')}); look for an unclosed double quote`,
      };
      throw problem;
    }
    throw e;
  }

  // Line ends are LF only now, so counting "\n" in each record's raw text gives its line: a
  // record starts after any blank lines csv-parse skipped in front of it.
  let lineAtRawStart = 1;
  const located: { line: number; record: string[] }[] = [];
  for (const { record, raw } of parsed) {
    const blankPrefix = /^(?:[ \t]*\n)*/.exec(raw)?.[0] ?? '';
    located.push({ line: lineAtRawStart + countNewlines(blankPrefix), record });
    lineAtRawStart += countNewlines(raw);
  }

  const [head, ...body] = located;
  const header = (head?.record ?? []).map((h) => h.trim());
  const firstAt = new Map<string, number>();
  header.forEach((name, i) => {
    const earlier = firstAt.get(name);
    if (earlier !== undefined && name !== '') {
      throw {
        file,
        line: 1,
        column: i + 1,
        message: `the column "${name}" appears twice (columns ${earlier + 1} and ${i + 1}); keep one and move its values there`,
      } satisfies CsvProblem;
    }
    firstAt.set(name, i);
  });
  const rows = body.map(({ line, record }) => {
    // No prototype: a header cell such as "constructor" must not read Object.prototype's.
    const fields = Object.create(null) as Record<string, string>;
    header.forEach((name, i) => {
      fields[name] = record[i] ?? '';
    });
    return { line, fields, width: record.length };
  });
  return { file, header, rows };
}

/** 1-based column of a header name, as a spreadsheet would number it (A = 1). */
export function columnOf(table: CsvTable, name: string): number {
  const i = table.header.indexOf(name);
  return i < 0 ? 1 : i + 1;
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}

/** True when `value` is a `CsvProblem` thrown by `parseCsv` or `readDataText`. */
export function isCsvProblem(value: unknown): value is CsvProblem {
  return typeof value === 'object' && value !== null && 'file' in value && 'message' in value && 'line' in value;
}
