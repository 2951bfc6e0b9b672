import type { Lang, Source } from '../data/types';
import { t } from '../i18n';

/**
 * A fact's source: a link opening in a new tab, or the source's title as text when it has no URL.
 * `bare` drops the "Source:" prefix where a column header already says it.
 */
export function SourceLink({ source, lang, bare = false }: { source: Source; lang: Lang; bare?: boolean }) {
  const title = source.publisher && !source.title.includes(source.publisher) ? `${source.title} (${source.publisher})` : source.title;
  return (
    <span className="source">
      {!bare && <span className="source-label">{t(lang, 'source.label')}: </span>}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank" lang={source.lang}>
          {title}
          <span className="visually-hidden"> {t(lang, 'source.newTab')}</span>
        </a>
      ) : (
        <cite lang={source.lang}>{title}</cite>
      )}
    </span>
  );
}
