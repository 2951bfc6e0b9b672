import { useMemo } from 'react';
import { countByCategory } from '../data/counting';
import { quotesForSectors } from '../data/selectors';
import { sectorChipCounts } from '../view/filter-counts';
import { NO_FILTERS } from '../view/visible';
import { formatNumber, formatPartialDate, t } from '../i18n';
import { selectLocality, toggleSector, useStore } from '../state/store';
import { useRenderFlags } from '../state/render-flags';
import { useCoreData, useData, WithDetails } from '../view/data-channel';
import { localityName, sectorLabel } from '../i18n/names';
import { OurText, pickOurs } from './OurText';
import { Quote } from './Quote';
import { SourceLink } from './SourceLink';
import { FactSources } from './FactSources';
import { PriorityEvidence } from './PriorityEvidence';
import { LookingForPartnersList } from './PossiblePartners';
import { Timeline } from './Timeline';
import { TieRankings } from './TieRankings';

/**
 * What a reader sees before choosing anything: the forum, its figures and directions, the
 * speakers' words (following the sector filter), sectors ranked by agreements, and what the map
 * counts, by the one counting rule (src/data/counting.ts), with that rule in one sentence.
 */
export function OverviewPanel() {
  const { bundle, localityById, sectorById } = useCoreData();
  const lang = useStore((s) => s.lang);
  const sectors = useStore((s) => s.sectors);
  const { forum } = bundle;
  // In an embed the timeline sits under the map, and only with `timeline=1`.
  const { embed } = useRenderFlags();

  const quotes = useMemo(() => quotesForSectors(bundle.quotes, sectors), [bundle.quotes, sectors]);
  const ranking = useMemo(() => {
    // Ties per sector, as the chips count them with no filter on: the two never disagree.
    const counts = sectorChipCounts(bundle.pairs, NO_FILTERS);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [bundle.pairs]);
  const max = ranking[0]?.[1] ?? 1;
  const sectorNames = sectors.map((id) => sectorLabel(sectorById.get(id), id, lang)).join(', ');
  const counts = useMemo(() => countByCategory(bundle.pairs), [bundle.pairs]);
  const place = localityById.get(forum.placeLocalityId);
  const name = pickOurs(forum.name, forum.nameTranslations, lang);

  return (
    <article className="panel-body" aria-labelledby="overview-heading" data-testid="panel:overview">
      <h2 id="overview-heading" lang={name.lang}>
        {name.text}
      </h2>
      {name.ours && <p className="flag">{t(lang, 'data.ourTranslation')}</p>}
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

      <section aria-labelledby="coverage-heading" className="coverage">
        <h3 id="coverage-heading" className="visually-hidden">
          {t(lang, 'overview.coverageHeading')}
        </h3>
        <p data-testid="overview-counts">{t(lang, 'overview.counts', { locality: counts.locality, council: counts.council })}</p>
        <p className="hint">
          {t(lang, 'overview.countsApart', {
            renewal: counts.renewal,
            department: counts.department,
            mixed: counts.mixed,
            joint: counts.joint_statement,
            mention: counts.mention,
            announced: counts.announced,
            others: counts.other_tie,
          })}
        </p>
        <p id="how-we-count" data-testid="how-we-count">
          <strong>{t(lang, 'overview.howWeCount')}</strong> {t(lang, 'overview.howWeCount.text')}
        </p>
        <details>
          <summary>{t(lang, 'overview.howToAdd')}</summary>
          <p>{t(lang, 'overview.howToAdd1')}</p>
          <p>{t(lang, 'overview.howToAdd2')}</p>
          <p>{t(lang, 'overview.howToAdd3')}</p>
        </details>
      </section>

      {!embed && <Timeline />}

      <LookingForPartnersList />

      <TieRankings />

      {bundle.figures.length > 0 && (
        <section aria-labelledby="figures-heading">
          <h3 id="figures-heading">{t(lang, 'overview.figures')}</h3>
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
            <h3 id={`directions-${list.id}`} lang={title.lang}>
              {title.text}
            </h3>
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
        <h3 id="quotes-heading">{t(lang, 'overview.quotes')}</h3>
        {sectors.length > 0 && <p className="hint">{t(lang, 'overview.quotesFiltered', { sectors: sectorNames })}</p>}
        {quotes.length ? quotes.map((quote) => <Quote key={quote.id} quote={quote} lang={lang} />) : <p>{t(lang, 'overview.noQuotes')}</p>}
      </section>

      <section aria-labelledby="ranking-heading">
        <h3 id="ranking-heading">{t(lang, 'overview.sectors')}</h3>
        <ol className="ranking">
          {ranking.map(([id, count]) => (
            <li key={id}>
              <button type="button" className="ranking-row" aria-pressed={sectors.includes(id)} onClick={() => toggleSector(id)}>
                <span className="ranking-label">{sectorLabel(sectorById.get(id), id, lang)}</span>
                <span className="ranking-bar" aria-hidden="true" style={{ inlineSize: `${(count / max) * 100}%` }} />
                <span className="ranking-count">{formatNumber(lang, count)}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/** Localities that name the chosen sectors among their priorities, each with its source (details data). */
function SectorPriorities({ sectors }: { sectors: readonly string[] }) {
  const { bundle, localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const priorities = useMemo(() => bundle.priorities.filter((p) => sectors.includes(p.sector)), [bundle.priorities, sectors]);
  const sectorNames = sectors.map((id) => sectorLabel(sectorById.get(id), id, lang)).join(', ');
  return (
    <>
      {priorities.length > 0 && (
        <section aria-labelledby="overview-priorities-heading">
          <h3 id="overview-priorities-heading">{t(lang, 'overview.priorities', { sectors: sectorNames })}</h3>
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
      )}
    </>
  );
}
