import { countCategory } from '../data/counting';
import { formatPartialDate, t } from '../i18n';
import { selectLocality, useStore } from '../state/store';
import { useData } from '../view/bundle-context';
import { localityName, nativeName, sectorList, signedAsNote } from '../i18n/names';
import { SourceLink } from './SourceLink';
import { TieDocuments } from './TieDocuments';
import type { Translated } from '../data/types';
import type { Lang } from '../data/vocabulary';

/** The text in the reader's language when written, else the English; vi/ja are ours. */
function inReaderLang(text: Translated, lang: Lang): { text: string; lang: Lang } {
  const written = text[lang];
  return written ? { text: written, lang } : { text: text.en, lang: 'en' };
}

/** One document: both ends, what kind of document it is, when, on what, where that is written, and the rest of its tie. */
export function PairPanel({ id }: { id: string }) {
  const { pairById, localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const pair = pairById.get(id);
  if (!pair) return null;

  const vn = localityById.get(pair.vnId);
  const jp = localityById.get(pair.jpId);
  const prefecture = pair.jpPrefectureId !== pair.jpId ? localityById.get(pair.jpPrefectureId) : undefined;
  const summaryLang = pair.summary[lang] ? lang : 'en';
  const summary = pair.summary[summaryLang] ?? pair.summary.en;
  const caveat = pair.caveat && inReaderLang(pair.caveat, lang);
  const vnName = localityName(vn, lang, pair.vnId);
  // What the row counts as under the one rule, so a renewal or a mention never reads as a new agreement.
  const counted = countCategory(pair);
  const jpName = localityName(jp, lang, pair.jpId);

  return (
    <article className="panel-body" aria-labelledby="pair-heading" data-testid="panel:pair">
      <h2 id="pair-heading">
        {vnName} – {jpName}
      </h2>
      <ul className="pair-ends">
        {[vn, jp, prefecture].map(
          (end) =>
            end && (
              <li key={end.id}>
                <button type="button" className="link-button" onClick={() => selectLocality(end.id)}>
                  {localityName(end, lang)}
                </button>{' '}
                {nativeName(end).text !== localityName(end, lang) && (
                  <span className="native" lang={nativeName(end).lang}>
                    {nativeName(end).text}
                  </span>
                )}
              </li>
            ),
        )}
      </ul>
      {pair.signedAs && <p className="merger-note">{signedAsNote(pair, localityById, lang)}</p>}
      <dl className="facts">
        <dt>{t(lang, 'pair.relationship')}</dt>
        <dd>
          {t(lang, `rel.${pair.relationship}`)}
          <span className={counted === 'locality' || counted === 'council' ? 'badge' : 'badge badge-muted'} data-testid="pair-counted-as">
            {t(lang, `count.${counted}`)}
          </span>
        </dd>
        <dt>{t(lang, 'pair.date')}</dt>
        <dd>{pair.signed ? formatPartialDate(lang, pair.signed) : t(lang, 'pair.noDate')}</dd>
        {pair.sectors.length > 0 && (
          <>
            <dt>{t(lang, 'pair.sectors')}</dt>
            <dd>{sectorList(pair.sectors, sectorById, lang)}</dd>
          </>
        )}
        {pair.vnSignatory && (
          <>
            <dt>{t(lang, 'pair.signatory')}</dt>
            <dd lang="vi">{pair.vnSignatory}</dd>
          </>
        )}
      </dl>
      <p className="summary" lang={summaryLang}>
        {summary}
      </p>
      {summaryLang !== lang && <p className="flag">{t(lang, 'pair.summaryInEnglish')}</p>}
      {summaryLang !== 'en' && <p className="flag">{t(lang, 'data.ourTranslation')}</p>}
      {caveat && (
        <p className="caveat" data-testid="pair:caveat">
          <strong>{t(lang, 'data.caveat')}:</strong> <span lang={caveat.lang}>{caveat.text}</span>
          {caveat.lang !== 'en' && <span className="flag"> ({t(lang, 'data.ourTranslation')})</span>}
        </p>
      )}
      <p>
        <SourceLink source={pair.source} lang={lang} />
      </p>
      {pair.moreSources && pair.moreSources.length > 0 && (
        <>
          <p className="more-sources-label">{t(lang, 'data.moreSources')}:</p>
          <ul className="plain more-sources">
            {pair.moreSources.map((source, i) => (
              <li key={i}>
                <SourceLink source={source} lang={lang} bare />
              </li>
            ))}
          </ul>
        </>
      )}
      <TieDocuments pair={pair} />
    </article>
  );
}
