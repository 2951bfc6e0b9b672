/**
 * The timeline's arithmetic: documents per year (locality agreements and other rows apart, undated
 * ones counted on their own), running totals, the year-range filter and its URL form
 * (`years=2013-2025`, or `years=2020` for one year). Pure and deterministic.
 */
import { isLocalityAgreement, type Countable } from '../data/counting';
import type { Pair } from '../data/types';

/** Inclusive [from, to] years. */
export type YearRange = readonly [number, number];

/** The years a range may name; outside them the input is refused rather than silently clamped. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

export interface YearCount {
  year: number;
  /** Locality agreements under the counting rule (src/data/counting.ts). */
  agreements: number;
  /** Every other row: renewals, council and department documents, mentions, exchanges… */
  others: number;
}

export interface YearCounts {
  /** Every year from the first to the last dated document, zeros included, ascending. */
  years: YearCount[];
  /** Documents whose source gives no date: they cannot sit on the axis, so they are counted here. */
  undated: { agreements: number; others: number };
}

export interface CumulativeCount extends YearCount {
  /** Locality agreements dated up to and including this year. */
  agreementsToDate: number;
  /** All dated ties up to and including this year. */
  totalToDate: number;
}

/** The year of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date, or null when there is none. */
export function yearOf(signed: string | null): number | null {
  if (!signed) return null;
  const year = Number(signed.slice(0, 4));
  return Number.isInteger(year) && /^\d{4}/.test(signed) ? year : null;
}

/** True when the date falls in the range; an undated document is never in a range. */
export function inYears(signed: string | null, range: YearRange): boolean {
  const year = yearOf(signed);
  return year !== null && year >= range[0] && year <= range[1];
}

function yearBucket(byYear: Map<number, YearCount>, year: number): YearCount {
  let bucket = byYear.get(year);
  if (!bucket) {
    bucket = { year, agreements: 0, others: 0 };
    byYear.set(year, bucket);
  }
  return bucket;
}

/** Rows per year, locality agreements (the one counting rule) apart from every other row. */
export function documentsPerYear(pairs: readonly (Pick<Pair, 'signed'> & Countable)[]): YearCounts {
  const byYear = new Map<number, YearCount>();
  const undated = { agreements: 0, others: 0 };
  for (const pair of pairs) {
    const year = yearOf(pair.signed);
    const bucket = year === null ? undated : yearBucket(byYear, year);
    if (isLocalityAgreement(pair)) bucket.agreements++;
    else bucket.others++;
  }
  const dated = [...byYear.keys()];
  if (dated.length === 0) return { years: [], undated };
  const first = Math.min(...dated);
  const last = Math.max(...dated);
  const years: YearCount[] = [];
  for (let year = first; year <= last; year++) years.push(byYear.get(year) ?? { year, agreements: 0, others: 0 });
  return { years, undated };
}

/** Running totals over `documentsPerYear(...).years`; undated documents are not in them. */
export function cumulative(years: readonly YearCount[]): CumulativeCount[] {
  let agreementsToDate = 0;
  let totalToDate = 0;
  return years.map((count) => {
    agreementsToDate += count.agreements;
    totalToDate += count.agreements + count.others;
    return { ...count, agreementsToDate, totalToDate };
  });
}

/** Pairs signed within the range; with no range, all pairs. Undated pairs drop out of a range. */
export function filterByYears<T extends Pick<Pair, 'signed'>>(pairs: readonly T[], range: YearRange | null): T[] {
  if (!range) return [...pairs];
  return pairs.filter((pair) => inYears(pair.signed, range));
}

export type YearsError = 'empty' | 'format' | 'out-of-range' | 'reversed';

export type ParsedYears = { ok: true; range: YearRange } | { ok: false; reason: YearsError; input: string };

/**
 * Reads the `years` URL parameter or what a reader typed: `2013-2025`, `2020`, with an en dash or
 * spaces around the dash tolerated. Refuses (with a reason, keeping the input) anything else, a
 * year outside 1900–2099 and a range whose end comes before its start: the caller shows the
 * reason instead of guessing what was meant.
 */
export function parseYears(input: string): ParsedYears {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty', input };
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(text);
  if (!match) return { ok: false, reason: 'format', input };
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if ([from, to].some((y) => y < MIN_YEAR || y > MAX_YEAR)) return { ok: false, reason: 'out-of-range', input };
  if (to < from) return { ok: false, reason: 'reversed', input };
  return { ok: true, range: [from, to] };
}

/** The URL form of a range: `2013-2025`, or `2020` when it spans one year. */
export function formatYears(range: YearRange): string {
  return range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
}
