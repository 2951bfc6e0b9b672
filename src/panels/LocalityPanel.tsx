import { useMemo } from 'react';
import { countByCategory, countCategory } from '../data/counting';
import { pairMatches, pairsOfLocality, partnerOf, quotesOfLocality } from '../data/selectors';
import { formatNumber, formatPartialDate, t } from '../i18n';
import { selectPair, useStore } from '../state/store';
import { followToLocality, LOCALITY_HEADING_ID } from './follow';
import { useData } from './data';
import { kindLabel, localityName, nativeName, sectorLabel } from '../i18n/names';
import { Quote } from './Quote';
import { OurText } from './OurText';
import { PossiblePartners } from './PossiblePartners';
import { filterByYears } from '../partners/timeline';
import { SourceLink } from './SourceLink';
import type { Lang } from '../data/types';

const MERGER_DATE = '2025-07-01';

/** One locality: names, type, what it was formed from, partners, sector priorities, quotes. */
export function LocalityPanel({ id }: { id: string }) {
  const { bundle, localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const sectors = useStore((s) => s.sectors);
  const relationships = useStore((s) => s.relationships);
  const years = useStore((s) => s.years);
  const locality = localityById.get(id);

  const pairs = useMemo(() => pairsOfLocality(bundle.pairs, id), [bundle.pairs, id]);
  const shown = useMemo(() => filterByYears(pairs.filter((p) => pairMatches(p, { sectors, relationships })), years), [pairs, sectors, relationships, years]);
  const priorities = useMemo(() => bundle.priorities.filter((p) => p.localityId === id), [bundle.priorities, id]);
  const quotes = useMemo(() => quotesOfLocality(bundle, id), [bundle, id]);
  const looking = useMemo(() => bundle.lookingForPartners.filter((l) => l.localityId === id), [bundle.lookingForPartners, id]);
  if (!locality) return null;

  const native = nativeName(locality);
  const name = localityName(locality, lang);
  const prefecture = locality.prefectureId ? localityById.get(locality.prefectureId) : undefined;
  const formedFrom = locality.formerProvinces ?? [];

  return (
    <article className="panel-body" aria-labelledby={LOCALITY_HEADING_ID} data-testid="panel:locality">
      <h2 id={LOCALITY_HEADING_ID} tabIndex={-1}>
        {name}
        {native.text !== name && (
          <>
            {' '}
            <span className="native" lang={native.lang}>
              {native.text}
            </span>
          </>
        )}
      </h2>
      <p className="kind">
        {kindLabel(locality, lang)}
        {prefecture ? ` · ${localityName(prefecture, lang)}` : ''} · {t(lang, `country.${locality.country}`)}
      </p>

      {looking.map((item, i) => (
        <p key={i} className="looking" data-testid="looking-for-partners">
          <strong className="badge">{t(lang, 'locality.looking')}</strong> <OurText text={item.text} translations={item.textTranslations} lang={lang} />{' '}
          <SourceLink source={item.source} lang={lang} />
        </p>
      ))}

      {formedFrom.length > 1 && (
        <section aria-labelledby="formed-heading">
          <h3 id="formed-heading">{t(lang, 'locality.formedFrom', { date: formatPartialDate(lang, MERGER_DATE) })}</h3>
          <ul className="inline-list">
            {formedFrom.map((f) => (
              <li key={f.iso} lang={lang === 'ja' ? 'ja' : 'vi'}>
                {lang === 'ja' ? f.names.ja : f.names.vi}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="partners-heading">
        <h3 id="partners-heading">
          {t(lang, 'locality.partners')} ({formatNumber(lang, pairs.length)})
        </h3>
        {shown.length < pairs.length && (
          <p className="hint">{t(lang, 'locality.partnersFiltered', { shown: shown.length, total: pairs.length })}</p>
        )}
        {pairs.length === 0 && <p>{t(lang, 'locality.noPartners')}</p>}
        {pairs.length > 0 && <CountsLine pairs={pairs} lang={lang} />}
        <ul className="partners">
          {shown.map((pair) => {
            const other = localityById.get(partnerOf(pair, id));
            // A prefecture also lists its municipalities' partners: name the municipality too.
            const via = pair.vnId !== id && pair.jpId !== id ? localityById.get(pair.jpId) : undefined;
            return (
              <li key={pair.id}>
                <button type="button" className="link-button" onClick={() => selectPair(pair.id)}>
                  {localityName(other, lang, pair.id)}
                  {via ? ` (${localityName(via, lang, pair.jpId)})` : ''}
                </button>
                <span className="meta">
                  {t(lang, `rel.${pair.relationship}`)}
                  {countCategory(pair) !== 'locality' && countCategory(pair) !== 'other_tie' ? ` · ${t(lang, `count.${countCategory(pair)}`)}` : ''}
                  {pair.signed ? ` · ${formatPartialDate(lang, pair.signed)}` : ''}
                  {pair.signedAs ? ` · ${t(lang, 'pair.signedAsShort', { name: pair.signedAs.vi })}` : ''}
                </span>
                {pair.sectors.length > 0 && (
                  <span className="meta">{pair.sectors.map((s) => sectorLabel(sectorById.get(s), s, lang)).join(', ')}</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {(locality.country === 'vn' || locality.kind === 'prefecture' || locality.kind === 'municipality') && <PossiblePartners id={id} />}

      {priorities.length > 0 && (
        <section aria-labelledby="priorities-heading">
          <h3 id="priorities-heading">{t(lang, 'locality.priorities')}</h3>
          <ul className="priorities">
            {priorities.map((p, i) => (
              <li key={i}>
                <strong>{sectorLabel(sectorById.get(p.sector), p.sector, lang)}</strong>: <span lang="en">{p.evidence}</span>{' '}
                <SourceLink source={p.source} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {quotes.length > 0 && (
        <section aria-labelledby="locality-quotes-heading">
          <h3 id="locality-quotes-heading">{t(lang, 'locality.quotes')}</h3>
          {quotes.map((quote) => (
            <Quote key={quote.id} quote={quote} lang={lang} />
          ))}
        </section>
      )}

      {prefecture && (
        <p>
          <button type="button" className="link-button" onClick={() => followToLocality(prefecture.id)}>
            {localityName(prefecture, lang)}
          </button>
        </p>
      )}
    </article>
  );
}

/** This locality's rows totalled by the one counting rule, as the overview and the list total them. */
function CountsLine({ pairs, lang }: { pairs: readonly Parameters<typeof countCategory>[0][]; lang: Lang }) {
  const counts = countByCategory(pairs);
  const apart = counts.renewal + counts.department + counts.mixed + counts.joint_statement + counts.mention + counts.announced;
  return (
    <p className="hint" data-testid="locality-counts">
      {t(lang, 'list.totals', { locality: counts.locality, council: counts.council, apart, others: counts.other_tie })}
    </p>
  );
}
