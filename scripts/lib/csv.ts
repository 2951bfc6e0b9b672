/**
 * Reads a CSV file into rows that remember where they came from, so every validation message can
 * point an editor at `file:line:column`.
 */
import { readFileSync } from 'node:fs';
import { parse, CsvError } from 'csv-parse/sync';

/** One data row: its 1-based line in the file and its fields by header name. */
export interface CsvRow {
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

/** Parses CSV text. Throws `CsvProblem` on broken quoting; a UTF-8 BOM is accepted. */
export function parseCsv(text: string, file: string): CsvTable {
  let parsed: { record: string[]; raw: string }[];
  try {
    parsed = parse(text, {
      bom: true,
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

  // csv-parse's own `info.lines` miscounts quoted CRLF line breaks, so count newlines in the raw
  // text ourselves: a record starts after any blank lines that csv-parse skipped in front of it.
  let lineAtRawStart = 1;
  const located: { line: number; record: string[] }[] = [];
  for (const { record, raw } of parsed) {
    const blankPrefix = /^(?:[ \t]*\r?\n)*/.exec(raw)?.[0] ?? '';
    located.push({ line: lineAtRawStart + countNewlines(blankPrefix), record });
    lineAtRawStart += countNewlines(raw);
  }

  const [head, ...body] = located;
  const header = (head?.record ?? []).map((h) => h.trim());
  const rows = body.map(({ line, record }) => {
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      fields[name] = record[i] ?? '';
    });
    return { line, fields, width: record.length };
  });
  return { file, header, rows };
}

/** Reads and parses a CSV file; `file` is the path shown in messages. */
export function readCsv(file: string): CsvTable {
  return parseCsv(readFileSync(file, 'utf8'), file);
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

/** True when `value` is a `CsvProblem` thrown by `parseCsv`. */
export function isCsvProblem(value: unknown): value is CsvProblem {
  return typeof value === 'object' && value !== null && 'file' in value && 'message' in value && 'line' in value;
}
