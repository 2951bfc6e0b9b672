import { useMemo } from 'react';
import { sectorChipCounts, relationshipCounts } from '../data/selectors';
import { AGREEMENT_TYPES, type Relationship } from '../data/types';
import { collator, formatNumber, t } from '../i18n';
import { RELATIONSHIPS } from '../state/url';
import { setRelationships, setSectors, toggleSector, useStore } from '../state/store';
import { useCoreData } from './data';
import { sectorLabel } from '../i18n/names';
import { useVisiblePairs } from '../view/visible';

type RelChoice = 'all' | 'agreements' | Relationship | 'custom';

function relChoice(relationships: readonly Relationship[]): RelChoice {
  if (!relationships.length) return 'all';
  if (relationships.length === AGREEMENT_TYPES.length && AGREEMENT_TYPES.every((r) => relationships.includes(r))) return 'agreements';
  if (relationships.length === 1) return relationships[0] ?? 'all';
  return 'custom';
}

/**
 * The filter bar: one toggle chip per sector with the number of agreements it would show given
 * the relationship filter (sectors combine with OR), chosen ones first, then sorted by that
 * number; a relationship menu;
 * and a button clearing both. The map and the panels read the same store fields.
 */
export function SectorChips() {
  const { bundle, sectorById } = useCoreData();
  const lang = useStore((s) => s.lang);
  const sectors = useStore((s) => s.sectors);
  const relationships = useStore((s) => s.relationships);

  const counts = useMemo(() => sectorChipCounts(bundle.pairs, relationships), [bundle.pairs, relationships]);
  const relCounts = useMemo(() => relationshipCounts(bundle.pairs, sectors), [bundle.pairs, sectors]);
  const shown = useVisiblePairs(bundle.pairs).length;
  // Chosen chips first (a reader who picked "Hydrogen" from a link or the search must see it on
  // in the one-line, scrolling bar), then by count, then by label.
  const chips = useMemo(
    () =>
      bundle.sectors
        .map((sector) => ({ sector, count: counts.get(sector.id) ?? 0, on: sectors.includes(sector.id) }))
        .sort(
          (a, b) =>
            Number(b.on) - Number(a.on) || b.count - a.count || collator(lang).compare(a.sector.labels[lang], b.sector.labels[lang]),
        ),
    [bundle.sectors, counts, sectors, lang],
  );
  const agreementsCount = AGREEMENT_TYPES.reduce((sum, r) => sum + (relCounts.get(r) ?? 0), 0);
  const choice = relChoice(relationships);
  const filtered = sectors.length > 0 || relationships.length > 0;

  const onRelationship = (value: string) => {
    if (value === 'all') setRelationships([]);
    else if (value === 'agreements') setRelationships([...AGREEMENT_TYPES]);
    else if ((RELATIONSHIPS as readonly string[]).includes(value)) setRelationships([value as Relationship]);
  };

  return (
    <section className="filters" aria-labelledby="filters-heading" data-testid="panel:filters">
      <h2 id="filters-heading" className="visually-hidden">{t(lang, 'filters.label')}</h2>
      <div className="filters-row">
        <label className="rel-filter">
          <span className="visually-hidden">{t(lang, 'filters.relationship')}</span>
          <select value={choice} onChange={(e) => onRelationship(e.target.value)}>
            <option value="all">{t(lang, 'filters.rel.all')} ({formatNumber(lang, [...relCounts.values()].reduce((a, b) => a + b, 0))})</option>
            <option value="agreements">{t(lang, 'filters.rel.agreements')} ({formatNumber(lang, agreementsCount)})</option>
            {RELATIONSHIPS.map((r) => (
              <option key={r} value={r}>
                {t(lang, `rel.${r}`)} ({formatNumber(lang, relCounts.get(r) ?? 0)})
              </option>
            ))}
            {choice === 'custom' && <option value="custom" disabled>{t(lang, 'filters.rel.custom')}</option>}
          </select>
        </label>
        <ul className="chips" aria-label={t(lang, 'filters.sectors')}>
          {chips.map(({ sector, count }) => (
            <li key={sector.id}>
              <button
                type="button"
                className="chip"
                aria-pressed={sectors.includes(sector.id)}
                data-empty={count === 0 || undefined}
                onClick={() => toggleSector(sector.id)}
              >
                <span className="chip-label">{sectorLabel(sector, sector.id, lang)}</span>{' '}
                <span className="chip-count">{formatNumber(lang, count)}</span>
              </button>
            </li>
          ))}
        </ul>
        <button
            type="button"
            className="clear"
            disabled={!filtered}
            onClick={() => {
              setSectors([]);
              setRelationships([]);
            }}
          >
            {t(lang, 'filters.clear')}
          </button>
      </div>
      <p className="filters-status" role="status">
        {filtered ? t(lang, 'filters.showing', { shown, total: bundle.pairs.length }) : ''}
        {filtered && sectors.length > 0 && (
          <span className="visually-hidden"> {sectors.map((id) => sectorLabel(sectorById.get(id), id, lang)).join(', ')}</span>
        )}
      </p>
    </section>
  );
}
