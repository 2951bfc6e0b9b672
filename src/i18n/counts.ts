import type { Lang } from '../data/vocabulary';
import { formatPartialDate, t } from './index';

/**
 * Counts that say what they count ("24 partners · 35 documents"): one wording per unit, so a
 * panel, the search and the rankings never call a tie a document or the other way round.
 */

/** "1 document", "35 documents" in the interface language. */
export function documentsLabel(lang: Lang, count: number): string {
  return count === 1 ? t(lang, 'count.documents.one') : t(lang, 'count.documents.other', { count });
}

/** "1 tie", "21 ties" in the interface language. */
export function tiesLabel(lang: Lang, count: number): string {
  return count === 1 ? t(lang, 'count.ties.one') : t(lang, 'count.ties.other', { count });
}

/** A tie's dates at the source's precision: "2019", "2010 to May 2019", or "Undated". */
export function dateSpan(lang: Lang, first: string | null, latest: string | null): string {
  if (!first || !latest) return t(lang, 'date.undated');
  if (first === latest) return formatPartialDate(lang, first);
  return t(lang, 'list.tie.dates', { first: formatPartialDate(lang, first), latest: formatPartialDate(lang, latest) });
}
