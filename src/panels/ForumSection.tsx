import { memo, useMemo } from 'react';
import { quotesForSectors } from '../data/selectors';
import { formatPartialDate, t } from '../i18n';
import { localityName, sectorLabel, sectorList } from '../i18n/names';
import { selectLocality, useStore } from '../state/store';
import { useShownFilters } from '../view/shown-view';
import { useData, useForumData } from '../view/bundle-context';
import { WithDetails } from '../view/data-channel';
import { OurText, pickOurs } from './OurText';
import { PriorityEvidence } from './PriorityEvidence';
import { Quote } from './Quote';
import { SourceLink } from './SourceLink';
import { FactSources } from './FactSources';

/**
 * The forum of 25 November 2025, as its own section of the overview: its facts, figures,
 * directions, the speakers' words (following the sector filter) and who named the chosen sectors.
 * It comes after what the map shows, and says that the map is not limited to the forum's ties.
 */
export const ForumSection = memo(function ForumSection() {
  const { bundle, localityById, sectorById } = useForumData();
  const lang = useStore((s) => s.lang);
  const { sectors } = useShownFilters();
  const { forum } = bundle;
  const quotes = useMemo(() => quotesForSectors(bundle.quotes, sectors), [bundle.quotes, sectors]);
  const sectorNames = sectorList(sectors, sectorById, lang);
  const place = localityById.get(forum.placeLocalityId);
  const name = pickOurs(forum.name, forum.nameTranslations, lang);

  return (
    <section aria-labelledby="forum-heading" className="forum" data-testid="overview:forum">
      <h3 id="forum-heading" lang={name.lang}>
        {name.text}
      </h3>
      {name.ours && <p className="flag">{t(lang, 'data.ourTranslation')}</p>}
      <p className="hint">{t(lang, 'overview.forum.note')}</p>
      <dl className="facts">
        <dt>{t(lang, 'overview.date')}</dt>
        <dd>{forum.date ? formatPartialDate(lang, forum.date) : '—'}</dd>
        <dt>{t(lang, 'overview.place')}</dt>
        <dd>{place ? localityName(place, lang) : <OurText text={forum.place} translations={forum.placeTranslations} lang={lang} />}</dd>
        <dt>{t(lang, 'overview.theme')}</dt>
        <dd>
          <ul className="plain">
            {forum.themes.map((theme, i) => (
              <li key={i}>
                “<OurText text={theme.text} translations={theme.textTranslations} lang={lang} />” <FactSources source={theme.source} moreSources={theme.moreSources} lang={lang} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t(lang, 'overview.organisers')}</dt>
        <dd>
          <OurText text={forum.organisers.text} translations={forum.organisers.textTranslations} lang={lang} />
          {forum.organisers.translated && <span className="flag"> {t(lang, 'flag.translated')}</span>}{' '}
          <FactSources source={forum.organisers.source} moreSources={forum.organisers.moreSources} lang={lang} />
        </dd>
        <dt>{t(lang, 'overview.programme')}</dt>
        <dd>
          <ul className="plain">
            {forum.programme.map((item, i) => (
              <li key={i}>
                <OurText text={item.text} translations={item.textTranslations} lang={lang} /> <FactSources source={item.source} moreSources={item.moreSources} lang={lang} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      {bundle.figures.length > 0 && (
        <section aria-labelledby="figures-heading">
          <h4 id="figures-heading">{t(lang, 'overview.figures')}</h4>
          <ul className="figures">
            {bundle.figures.map((figure) => (
              <li key={figure.id}>
                <span className="figure-value">{figure.value}</span>{' '}
                <span className="figure-label">
                  <OurText text={figure.label} translations={figure.labelTranslations} lang={lang} />
                </span>
                {figure.translated && <span className="flag"> {t(lang, 'flag.translated')}</span>} <FactSources source={figure.source} moreSources={figure.moreSources} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {bundle.directions.map((list) => {
        // Items are translated as a list: all of them in the reader's language, or none.
        const items = lang === 'en' ? undefined : list.itemsTranslations?.[lang];
        const title = pickOurs(list.title, list.titleTranslations, lang);
        return (
          <section key={list.id} aria-labelledby={`directions-${list.id}`}>
            <h4 id={`directions-${list.id}`} lang={title.lang}>
              {title.text}
            </h4>
            {list.translated && <p className="flag">{t(lang, 'flag.translated')}</p>}
            <ol className="directions" lang={items ? lang : 'en'}>
              {(items ?? list.items).map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ol>
            {(items || title.ours) && <p className="flag">{t(lang, 'data.ourTranslation')}</p>}
            <FactSources source={list.source} moreSources={list.moreSources} lang={lang} />
          </section>
        );
      })}

      {sectors.length > 0 && (
        <WithDetails>
          <SectorPriorities sectors={sectors} />
        </WithDetails>
      )}

      <section aria-labelledby="quotes-heading">
        <h4 id="quotes-heading">{t(lang, 'overview.quotes')}</h4>
        {sectors.length > 0 && <p className="hint">{t(lang, 'overview.quotesFiltered', { sectors: sectorNames })}</p>}
        {quotes.length ? quotes.map((quote) => <Quote key={quote.id} quote={quote} lang={lang} />) : <p>{t(lang, 'overview.noQuotes')}</p>}
      </section>
    </section>
  );
});

/** Localities that name the chosen sectors among their priorities, each with its source (details data). */
function SectorPriorities({ sectors }: { sectors: readonly string[] }) {
  const { bundle, localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const priorities = useMemo(() => bundle.priorities.filter((p) => sectors.includes(p.sector)), [bundle.priorities, sectors]);
  const sectorNames = sectorList(sectors, sectorById, lang);
  if (priorities.length === 0) return null;
  return (
    <section aria-labelledby="overview-priorities-heading">
      <h4 id="overview-priorities-heading">{t(lang, 'overview.priorities', { sectors: sectorNames })}</h4>
      <ul className="priorities">
        {priorities.map((p, i) => (
          <li key={i}>
            <button type="button" className="link-button" onClick={() => selectLocality(p.localityId)}>
              {localityName(localityById.get(p.localityId), lang, p.localityId)}
            </button>{' '}
            <span className="meta">
              {sectorLabel(sectorById.get(p.sector), p.sector, lang)}: <PriorityEvidence priority={p} lang={lang} />
            </span>
            <SourceLink source={p.source} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  );
}
