import type { Source } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import { languageName } from '../i18n/names';
import { SourceLink } from './SourceLink';

/** The languages the forum's facts were first published in: Vietnam's and Japan's. */
const ORIGINAL_LANGS: ReadonlySet<string> = new Set(['vi', 'ja']);

/**
 * A forum fact's sources: the original-language publication first, then the other editions.
 * Data-driven like a quote's note: when the first source is not a Vietnamese or Japanese
 * publication read as published, no original was found, and the line says so in the reader's
 * language, naming the edition cited.
 */
export function FactSources({ source, moreSources, lang }: { source: Source; moreSources?: readonly Source[] | undefined; lang: Lang }) {
  const edition = source.readIn ?? (source.lang !== undefined && !ORIGINAL_LANGS.has(source.lang) ? source.lang : undefined);
  return (
    <>
      {edition && (
        <span className="flag" data-testid="fact-not-original">
          {t(lang, 'fact.originalNotFound', { edition: languageName(edition, lang) })}{' '}
        </span>
      )}
      <SourceLink source={source} lang={lang} />
      {moreSources?.map((more, i) => (
        <span key={i} className="quote-more-source">
          {' '}
          {t(lang, 'quote.alsoIn')} <SourceLink source={more} lang={lang} />
        </span>
      ))}
    </>
  );
}
