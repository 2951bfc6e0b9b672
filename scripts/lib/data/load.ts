/**
 * Reads every input file and validates it against `schema.ts`, turning parse and schema
 * failures into editor-facing diagnostics instead of exceptions, so one run reports everything.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { columnOf, isCsvProblem, normaliseText, parseCsv, readDataText, type CsvTable } from './csv';
import { closest, type Diagnostic } from './diagnostics';
import { jsonPositions, positionOf } from './json-positions';
import { textProblem } from './text';

/** Input files, relative to the data folder. */
export const INPUT_FILES = {
  pairs: 'pairs.csv',
  sectors: 'sectors.csv',
  vnProvinces: 'localities/vn-provinces.csv',
  vnMerger: 'localities/vn-merger-2025.csv',
  jpPrefectures: 'localities/jp-prefectures.csv',
  jpMunicipalities: 'localities/jp-municipalities.csv',
  sectorPriorities: 'localities/sector-priorities.csv',
  regions: 'localities/regions.csv',
  localityRegions: 'localities/locality-regions.csv',
  tieSearches: 'localities/tie-searches.csv',
  labels: 'geo/labels.json',
  forum: 'forum/forum.json',
} as const;
export type InputName = keyof typeof INPUT_FILES;

/** Paths of all inputs under `dir`; `overrides` swaps single files (tests use it for fixtures). */
export function inputPaths(dir: string, overrides: Partial<Record<InputName, string>> = {}): Record<InputName, string> {
  const paths = {} as Record<InputName, string>;
  for (const name of Object.keys(INPUT_FILES) as InputName[]) {
    paths[name] = overrides[name] ?? join(dir, INPUT_FILES[name]);
  }
  return paths;
}

/** A validated row and where it came from. `raw` keeps the text as typed, for messages. */
export interface Located<T> {
  line: number;
  /** 0-based position among the file's data rows: rows are addressed by it, never by line. */
  index: number;
  row: T;
  raw: Record<string, string>;
}

function missingFile(file: string, hint: string): Diagnostic {
  return { file, line: 1, column: 1, field: 'file', value: '', message: `the file is missing; ${hint} (deleted by mistake? git checkout -- ${file} brings it back)` };
}

/**
 * Reads a CSV, checks its header starts with `columns` in order, validates each row with
 * `schema`. Returns the rows that passed (null when the file could not be used at all).
 */
export function loadCsv<S extends z.ZodType>(file: string, columns: readonly string[], schema: S, out: Diagnostic[]): { table: CsvTable; rows: Located<z.output<S>>[] } | null {
  if (!existsSync(file)) {
    out.push(missingFile(file, `create it with the header ${columns.join(',')}`));
    return null;
  }
  let table: CsvTable;
  try {
    table = parseCsv(readDataText(file), file);
  } catch (e) {
    if (!isCsvProblem(e)) throw e;
    out.push({ file, line: e.line, column: e.column, field: 'row', value: '', message: e.message });
    return null;
  }
  let headerOk = true;
  columns.forEach((name, i) => {
    const found = table.header[i];
    if (found !== name) {
      headerOk = false;
      out.push({
        file,
        line: 1,
        column: i + 1,
        field: 'header',
        value: found ?? '',
        message: `expected the column "${name}" here; the header must start with ${columns.join(',')}`,
      });
    }
  });
  if (!headerOk) return { table, rows: [] };

  const rows: Located<z.output<S>>[] = [];
  for (const [index, { line, fields, width }] of table.rows.entries()) {
    checkCellText(file, table, line, fields, out);
    if (width > table.header.length) {
      out.push({
        file,
        line,
        column: table.header.length + 1,
        field: 'row',
        value: '',
        message: `has ${width} fields but the header has ${table.header.length}; put a value that contains a comma in double quotes`,
      });
      continue;
    }
    const parsed = schema.safeParse(fields);
    if (parsed.success) {
      rows.push({ line, index, row: parsed.data, raw: fields });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? columns[0]);
      const value = (fields[field] ?? '').trim();
      out.push({ file, line, column: columnOf(table, field), field, value, message: withSuggestion(issue, value) });
    }
  }
  return { table, rows };
}

/**
 * Reports each cell of a row with control characters, bidi controls or an absurd length
 * (data-text.ts), at the cell's own line when earlier cells span several lines, and replaces it
 * with its cleaned text so the checks that follow neither repeat the problem nor print a
 * megabyte.
 */
function checkCellText(file: string, table: CsvTable, line: number, fields: Record<string, string>, out: Diagnostic[]): void {
  let linesBefore = 0;
  for (const name of table.header) {
    const value = fields[name] ?? '';
    const problem = textProblem(value);
    if (problem) {
      out.push({ file, line: line + linesBefore + problem.linesBefore, column: columnOf(table, name), field: name, value: problem.shown, message: problem.message });
      fields[name] = problem.cleaned;
    }
    linesBefore += value.split('\n').length - 1;
  }
}

/** The same for every string in a JSON file, located at the value; returns the cleaned JSON. */
function checkJsonText(file: string, json: unknown, at: (path: readonly PropertyKey[]) => { line: number; column: number }, out: Diagnostic[]): unknown {
  const walk = (node: unknown, path: PropertyKey[]): unknown => {
    if (typeof node === 'string') {
      const problem = textProblem(node);
      if (!problem) return node;
      const { line, column } = at(path);
      out.push({ file, line, column, field: String(path.at(-1) ?? 'json'), value: problem.shown, message: problem.message });
      return problem.cleaned;
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, [...path, key])]));
    }
    return node;
  };
  return walk(json, []);
}

/** For a value outside a fixed list, replaces the list with "did you mean" when one is close. */
function withSuggestion(issue: z.core.$ZodIssue, value: string): string {
  if (issue.code === 'invalid_value' && value !== '') {
    const options = issue.values.map(String);
    const match = closest(value, options);
    if (match !== undefined) return `${issue.message.split(';')[0]}; did you mean "${match}"?`;
  }
  return issue.message;
}

/**
 * Reads a JSON file and validates it with `schema`; issues are located at the offending value.
 * Returns the parsed data and a locator for later cross-checks (null when unusable).
 */
export function loadJson<S extends z.ZodType>(
  file: string,
  schema: S,
  hint: string,
  out: Diagnostic[],
): { data: z.output<S>; at: (path: readonly PropertyKey[]) => { line: number; column: number } } | null {
  if (!existsSync(file)) {
    out.push(missingFile(file, hint));
    return null;
  }
  let text: string;
  try {
    text = normaliseText(readDataText(file));
  } catch (e) {
    if (!isCsvProblem(e)) throw e;
    out.push({ file, line: e.line, column: e.column, field: 'file', value: '', message: e.message });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const offset = Number(/position (\d+)/.exec(String(e))?.[1] ?? 0);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    out.push({ file, line, column, field: 'json', value: '', message: `not valid JSON (${(e as Error).message}); look for a missing comma or quote` });
    return null;
  }
  const positions = jsonPositions(text);
  const at = (path: readonly PropertyKey[]) => positionOf(positions, path);
  json = checkJsonText(file, json, at, out);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const { line, column } = at([...issue.path, key]);
          out.push({ file, line, column, field: key, value: '', message: 'not a known field here; check its spelling against data/README.md' });
        }
        continue;
      }
      const { line, column } = at(issue.path);
      const raw = valueAt(json, issue.path);
      const field = String(issue.path.at(-1) ?? 'json');
      const value = raw === undefined ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);
      const message = raw === undefined ? `missing; add "${field}"` : withSuggestion(issue, value);
      out.push({ file, line, column, field, value, message });
    }
    return null;
  }
  return { data: parsed.data, at };
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let node = json;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
