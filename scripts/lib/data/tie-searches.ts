/**
 * What was searched for a place with no documented tie, so a reader of "No documented tie yet"
 * sees that the gap was looked into, when and how (`data/localities/tie-searches.csv`: one row per
 * search session, the queries as typed, and what came back as one of a few findings).
 */
import { z } from 'zod';
import type { Country } from '../../../src/data/vocabulary';
import { TIE_SEARCH_FINDINGS, type TieSearch } from '../../../src/data/types';
import { suggest, type Diagnostic } from './diagnostics';
import { loadCsv } from './load';

const TIE_SEARCH_COLUMNS = ['locality', 'searched_on', 'queries', 'finding'] as const;
/** Queries in one cell, as typed, joined by this (a comma would need quoting in every row). */
const QUERY_SEPARATOR = ' | ';

const tieSearchRowSchema = z.object({
  locality: z.string().trim().min(1, 'empty; give the id of a Vietnamese unit (vn-…) or a prefecture (jp-NN)'),
  searched_on: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date; write the day of the search as YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(d)), 'not a real day; check the month and the day'),
  queries: z.string().trim().min(1, `empty; write the queries as typed, separated by "${QUERY_SEPARATOR.trim()}"`),
  finding: z.enum(TIE_SEARCH_FINDINGS, { error: `not a finding; use ${TIE_SEARCH_FINDINGS.join(', ')}` }),
});

/**
 * Checks the table against the known units and prefectures (`localities`: id → country) and
 * returns the searches by date, or null when the table could not be read. A search dated after
 * `today` is an error: it cannot have happened yet.
 */
export function checkTieSearches(file: string, localities: ReadonlyMap<string, Country>, today: string, out: Diagnostic[]): TieSearch[] | null {
  const csv = loadCsv(file, TIE_SEARCH_COLUMNS, tieSearchRowSchema, out);
  if (!csv) return null;
  const searches: TieSearch[] = [];
  for (const { line, row } of csv.rows) {
    if (!localities.has(row.locality)) {
      const advice = suggest(row.locality, localities.keys(), 'use an id from vn-provinces.csv or jp-prefectures.csv');
      out.push({ file, line, column: 1, field: 'locality', value: row.locality, message: `not a Vietnamese unit or a prefecture; ${advice}` });
      continue;
    }
    if (row.searched_on > today) {
      out.push({ file, line, column: 2, field: 'searched_on', value: row.searched_on, message: `after today (${today}); write the day the search was made` });
      continue;
    }
    const queries = row.queries
      .split(QUERY_SEPARATOR.trim())
      .map((q) => q.trim().normalize('NFC'))
      .filter((q) => q !== '');
    searches.push({ localityId: row.locality, searchedOn: row.searched_on, queries, finding: row.finding });
  }
  return searches.sort((a, b) => a.localityId.localeCompare(b.localityId) || a.searchedOn.localeCompare(b.searchedOn));
}
