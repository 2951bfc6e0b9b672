import { memo } from 'react';
import type { Source } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import { languageName } from '../i18n/names';

/**
 * True when `url` may become a link a reader clicks: an absolute http: or https: URL with no
 * user name or password. Anything else (javascript:, data:, a relative path, user:pass@host)
 * is shown as text: the bundle is checked at build time, but a link is the last line of defence.
 */
function isLinkable(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * A fact's source: a link opening in a new tab, or the source's title as text when it has no
 * URL we may link to. `bare` drops the "Source:" prefix where a column header already says it.
 * Memoised: panels re-render on every filter, and a source seldom changes with it.
 */
export const SourceLink = memo(function SourceLink({ source, lang, bare = false }: { source: Source; lang: Lang; bare?: boolean }) {
  // The publisher is a name beside the headline, outside its `lang`: the headline is in the
  // source's language, the parentheses around the name are the reader's.
  const publisher = source.publisher && !source.title.includes(source.publisher) ? source.publisher : undefined;
  const title = source.title;
  return (
    <span className="source">
      {!bare && <span className="source-label">{t(lang, 'source.label')}: </span>}
      {source.url && isLinkable(source.url) ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank" lang={source.lang}>
          {title}
          <span className="visually-hidden"> {t(lang, 'source.newTab')}</span>
        </a>
      ) : (
        <cite lang={source.lang}>{title}</cite>
      )}
      {publisher && (
        <span className="source-publisher">
          {' '}
          (<span lang={source.publisherLang}>{publisher}</span>)
        </span>
      )}
      {source.readIn && <span className="flag"> {t(lang, 'source.readIn', { language: languageName(source.readIn, lang) })}</span>}
    </span>
  );
});
