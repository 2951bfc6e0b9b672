import type { TieSearch } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { formatPartialDate, t } from '../i18n';

/** The language a query was typed in, for its `lang` attribute: kana/kanji, Vietnamese letters, or English. */
function queryLang(query: string): Lang {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(query)) return 'ja';
  if (/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu.test(query)) return 'vi';
  return 'en';
}

/**
 * The searches recorded for one place with no documented tie: when, what was typed (in its own
 * language) and what came back, so "none yet" reads as looked into, not as overlooked.
 */
export function TieSearchList({ searches, lang }: { searches: readonly TieSearch[]; lang: Lang }) {
  if (searches.length === 0) return null;
  return (
    <details className="tie-searches" data-testid="tie-searches">
      <summary>{t(lang, 'noTie.searches', { count: searches.length })}</summary>
      <ul>
        {searches.map((search) => (
          <li key={`${search.searchedOn}:${search.queries.join('|')}`}>
            <time dateTime={search.searchedOn}>{formatPartialDate(lang, search.searchedOn)}</time>
            {t(lang, 'noTie.search.where')}
            {search.queries.map((query, i) => (
              <span key={query}>
                {i > 0 && ', '}
                <q lang={queryLang(query)}>{query}</q>
              </span>
            ))}
            {'. '}
            {t(lang, `noTie.finding.${search.finding}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
