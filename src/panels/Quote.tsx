import type { Lang, Quote as QuoteData } from '../data/types';
import { t } from '../i18n';
import { useData } from './data';
import { languageName } from './names';
import { SourceLink } from './SourceLink';

/**
 * One quote in its source language (with a `lang` attribute), flagged when the words are a
 * translation, so nobody reads a rendering as the speaker's own English.
 */
export function Quote({ quote, lang }: { quote: QuoteData; lang: Lang }) {
  const { speakerById } = useData();
  const speaker = speakerById.get(quote.speakerId);
  const showTranslation = quote.translationEn !== undefined && quote.lang !== 'en';
  return (
    <figure className="quote" data-testid={`quote:${quote.id}`}>
      <blockquote lang={quote.lang} cite={quote.source.url ?? undefined}>
        <p>{quote.text}</p>
      </blockquote>
      {quote.translated && (
        <p className="flag">
          {quote.sourceLang
            ? t(lang, 'quote.translatedFrom', { language: languageName(quote.sourceLang, lang) })
            : t(lang, 'quote.translated')}
        </p>
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
        {speaker && (
          <span className="speaker">
            <span className="speaker-name">{speaker.name}</span>, <span className="speaker-title">{speaker.title}</span>
          </span>
        )}
        <SourceLink source={quote.source} lang={lang} />
      </figcaption>
    </figure>
  );
}
