import { useMemo } from 'react';
import type { countCategory } from '../data/counting';
import { countByCategory } from '../data/counting';
import { pairsOfLocality, quotesOfLocality } from '../data/selectors';
import { formatPartialDate, t } from '../i18n';
import { useStore } from '../state/store';
import { followToLocality, LOCALITY_HEADING_ID } from './follow';
import { useData } from '../view/bundle-context';
import { formerProvinceName, kindLabel, localityName, nativeName, sectorLabel } from '../i18n/names';
import { Quote } from './Quote';
import { OurText } from './OurText';
import { PossiblePartners } from './PossiblePartners';
import { LocalityPartners } from './LocalityPartners';
import { SourceLink } from './SourceLink';
import { PriorityEvidence } from './PriorityEvidence';
import type { Lang } from '../data/vocabulary';

const MERGER_DATE = '2025-07-01';

/** One locality: names, type, what it was formed from, partners, sector priorities, quotes. */
export function LocalityPanel({ id }: { id: string }) {
  const { bundle, localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const locality = localityById.get(id);

  const pairs = useMemo(() => pairsOfLocality(bundle.pairs, id), [bundle.pairs, id]);
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
          <strong className="badge">{t(lang, 'locality.looking')}</strong> <OurText text={item.text} translations={item.textTranslations} lang={lang} /> <SourceLink source={item.source} lang={lang} />
        </p>
      ))}

      {formedFrom.length > 1 && (
        <section aria-labelledby="formed-heading">
          <h3 id="formed-heading">{t(lang, 'locality.formedFrom', { date: formatPartialDate(lang, MERGER_DATE) })}</h3>
          <ul className="inline-list">
            {formedFrom.map((f) => (
              <li key={f.iso} lang={lang === 'ja' ? 'ja' : 'vi'}>
                {formerProvinceName(f, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <LocalityPartners id={id} />
      {pairs.length > 0 && <CountsLine pairs={pairs} lang={lang} />}

      {(locality.country === 'vn' || locality.kind === 'prefecture' || locality.kind === 'municipality') && <PossiblePartners id={id} />}

      {priorities.length > 0 && (
        <section aria-labelledby="priorities-heading">
          <h3 id="priorities-heading">{t(lang, 'locality.priorities')}</h3>
          <ul className="priorities">
            {priorities.map((p, i) => (
              <li key={i}>
                <strong>{sectorLabel(sectorById.get(p.sector), p.sector, lang)}</strong>: <PriorityEvidence priority={p} lang={lang} /> <SourceLink source={p.source} lang={lang} />
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
