import { memo } from 'react';
import type { Quote as QuoteData } from '../data/types';
import type { Country, Lang } from '../data/vocabulary';
import { t } from '../i18n';
import { useForumData } from '../view/bundle-context';
import { languageName } from '../i18n/names';
import { SourceLink } from './SourceLink';

/** The language a speaker of each country speaks in: the original words are in it. */
const SPEAKER_LANG: Readonly<Record<Country, string>> = { vn: 'vi', jp: 'ja' };

/**
 * One quote in its source language (with a `lang` attribute), flagged when the words are a
 * translation, so nobody reads a rendering as the speaker's own English.
 * Memoised: the overview re-renders on every filter; a quote shown before and after is unchanged.
 */
export const Quote = memo(function Quote({ quote, lang }: { quote: QuoteData; lang: Lang }) {
  const { speakerById } = useForumData();
  const speaker = speakerById.get(quote.speakerId);
  // The original words always show; the reader's-language rendering is added beside them: ours
  // in vi/ja, the English one (also ours) otherwise.
  const ours = lang !== 'en' && lang !== quote.lang ? quote.textTranslations?.[lang] : undefined;
  const showTranslation = ours === undefined && quote.translationEn !== undefined && quote.lang !== 'en';
  // Data-driven: whenever the words are not in the speaker's own language, no report in that
  // language was found, and the source line says so before naming the edition quoted.
  const notOriginal = speaker && quote.lang !== SPEAKER_LANG[speaker.country] ? SPEAKER_LANG[speaker.country] : undefined;
  const speakerTitle = speaker ? ((lang !== 'en' ? speaker.titleTranslations?.[lang] : undefined) ?? speaker.title) : '';
  return (
    <figure className="quote" data-testid={`quote:${quote.id}`}>
      <blockquote lang={quote.lang} cite={quote.source.url ?? undefined}>
        <p>{quote.text}</p>
      </blockquote>
      {quote.translated && <p className="flag">{quote.sourceLang ? t(lang, 'quote.translatedFrom', { language: languageName(quote.sourceLang, lang) }) : t(lang, 'quote.translated')}</p>}
      {ours !== undefined && (
        <>
          <blockquote lang={lang} className="quote-translation">
            <p>{ours}</p>
          </blockquote>
          <p className="flag">{t(lang, 'data.ourTranslation')}</p>
        </>
      )}
      {showTranslation && (
        <>
          <blockquote lang="en" className="quote-translation">
            <p>{quote.translationEn}</p>
          </blockquote>
          <p className="flag">{t(lang, 'quote.translationOurs', { language: languageName(quote.lang, lang) })}</p>
        </>
      )}
      <figcaption>
        {notOriginal && (
          <p className="flag" data-testid="quote-not-original">
            {t(lang, 'quote.originalNotFound', { speaker: languageName(notOriginal, lang), edition: languageName(quote.lang, lang) })}
          </p>
        )}
        {speaker && (
          <span className="speaker">
            <span className="speaker-name">{speaker.name}</span>, <span className="speaker-title">{speakerTitle}</span>
          </span>
        )}
        <SourceLink source={quote.source} lang={lang} />
        {quote.moreSources?.map((source, i) => (
          <span key={i} className="quote-more-source">
            {' '}
            {t(lang, 'quote.alsoIn')} <SourceLink source={source} lang={lang} />
          </span>
        ))}
      </figcaption>
    </figure>
  );
});
