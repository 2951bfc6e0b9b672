import { useMemo } from 'react';
import { countByCategory } from '../data/counting';
import { tieCount, tiesPerSide } from '../data/ties';
import { sectorChipCounts } from '../view/filter-counts';
import { NO_FILTERS } from '../view/visible';
import { formatNumber, t } from '../i18n';
import { toggleSector, useStore } from '../state/store';
import { useRenderFlags } from '../state/render-flags';
import { useCoreData } from '../view/bundle-context';
import { sectorLabel } from '../i18n/names';
import { AfterFirstView } from './AfterFirstView';
import { ForumSection } from './ForumSection';
import { LookingForPartnersList } from './PossiblePartners';
import { RegionMatrix } from './RegionMatrix';
import { StrongestTies } from './StrongestTies';
import { Timeline } from './Timeline';
import { TieRankings } from './TieRankings';

/**
 * What a reader sees before choosing anything: what the map shows (its ties, counted by the one
 * rule of src/data/counting.ts, with that rule in one sentence), the most connected places,
 * sectors ranked by ties, then the forum of 25 November 2025 as one section among others: the
 * map is every documented tie, not only the forum's. It re-renders on every filter change (the
 * sector ranking follows the chips); its sections that take no props are memoised and follow only
 * the store fields they read.
 */
export function OverviewPanel() {
  const { bundle, sectorById } = useCoreData();
  const lang = useStore((s) => s.lang);
  const sectors = useStore((s) => s.sectors);
  // In an embed the timeline sits under the map, and only with `timeline=1`.
  const { embed } = useRenderFlags();

  const ranking = useMemo(() => {
    // Ties per sector, as the chips count them with no filter on: the two never disagree.
    const counts = sectorChipCounts(bundle.pairs, NO_FILTERS);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [bundle.pairs]);
  const max = ranking[0]?.[1] ?? 1;
  const counts = useMemo(() => countByCategory(bundle.pairs), [bundle.pairs]);
  const lead = useMemo(() => {
    const sides = tiesPerSide(bundle.pairs);
    return { ties: tieCount(bundle.pairs), vn: sides.vn.size, jp: sides.jp.size };
  }, [bundle.pairs]);

  return (
    <article className="panel-body overview" aria-labelledby="overview-heading" data-testid="panel:overview">
      <h2 id="overview-heading">{t(lang, 'static.title')}</h2>
      <p className="overview-lead" data-testid="overview-lead">
        {t(lang, 'overview.lead', { ties: formatNumber(lang, lead.ties), vn: formatNumber(lang, lead.vn), jp: formatNumber(lang, lead.jp) })}
      </p>

      <RegionMatrix />

      <StrongestTies />

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

      <AfterFirstView>
        <TieRankings />
      </AfterFirstView>

      <section aria-labelledby="ranking-heading">
        <h3 id="ranking-heading">{t(lang, 'overview.sectors')}</h3>
        <p className="hint">{t(lang, 'overview.sectors.note')}</p>
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

      {!embed && (
        <AfterFirstView>
          <Timeline />
        </AfterFirstView>
      )}

      <AfterFirstView>
        <LookingForPartnersList />
      </AfterFirstView>

      <AfterFirstView>
        <ForumSection />
      </AfterFirstView>
    </article>
  );
}
