/**
 * The officials' cumulative count of locality agreements ("over 110"), placed on the timeline so a
 * reader can compare it with the documents the map has a source for. The count is cumulative to
 * its date, not a number of documents signed in that year.
 */
import type { Bundle, OurTranslations, Source } from '../data/types';
import type { CumulativeCount } from './timeline';
import { yearOf } from './timeline';

export interface OfficialCountMark {
  /** The year the count was stated in. */
  year: number;
  /** ISO date the count was stated on. */
  date: string;
  value: number;
  /** The words of the source ("over 110 cooperation agreements …"). */
  text: string;
  /** Our Vietnamese and Japanese translations of `text`, for readers of those languages. */
  textTranslations?: OurTranslations;
  source: Source;
}

/** The official counts the bundle holds, oldest first (today: the forum's, 25 Nov 2025). */
export function officialCountMarks(bundle: Pick<Bundle, 'forum'>): OfficialCountMark[] {
  const { forum } = bundle;
  const year = yearOf(forum.date);
  if (year === null) return [];
  const { value, text, textTranslations, source } = forum.officialAgreementCount;
  return [{ year, date: forum.date, value, text, ...(textTranslations && { textTranslations }), source }];
}

/**
 * How many locality agreements (the counting rule) the map has, dated up to the mark's year, to set
 * beside the officials' figure, which does not say how it counts. Undated documents are left out
 * (their year is unknown).
 */
export function documentedAtMark(mark: OfficialCountMark, series: readonly CumulativeCount[]): { documented: number; official: number } {
  let documented = 0;
  for (const point of series) if (point.year <= mark.year) documented = point.agreementsToDate;
  return { documented, official: mark.value };
}
