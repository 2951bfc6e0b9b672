import { useMemo } from 'react';
import { AGREEMENT_TYPES, RELATIONSHIPS, type Relationship } from '../data/vocabulary';
import { tieCount } from '../data/ties';
import { collator, formatNumber, t } from '../i18n';
import { formatYears } from '../partners/timeline';
import { clearFilters, setRelationships, toggleSector, useStore } from '../state/store';
import { useCoreData } from '../view/bundle-context';
import { sectorLabel } from '../i18n/names';
import { isFiltered, selectVisible } from '../view/visible';
import { useFilters } from '../view/shown-view';
import { relationshipCounts, sectorChipCounts } from '../view/filter-counts';
import { ChipRow } from './ChipRow';

type RelChoice = 'all' | 'agreements' | Relationship | 'custom';

function relChoice(relationships: readonly Relationship[]): RelChoice {
  if (!relationships.length) return 'all';
  if (relationships.length === AGREEMENT_TYPES.length && AGREEMENT_TYPES.every((r) => relationships.includes(r))) return 'agreements';
  if (relationships.length === 1) return relationships[0] ?? 'all';
  return 'custom';
}

/**
 * The filter bar: one toggle chip per sector with the number of ties it would show under every
 * other filter (sectors combine with OR, so that is what the status line would say with that chip
 * alone), chosen ones first, then sorted by that number; a relationship menu counted the same way;
 * a button clearing every filter, the year range included; and a status line saying how many ties
 * the filters leave. Every count comes from the one predicate in src/view/visible.ts.
 */
export function SectorChips() {
  const { bundle, sectorById } = useCoreData();
  const lang = useStore((s) => s.lang);
  const filters = useFilters();
  const { sectors, relationships, years } = filters;

  // Each count ignores its own dimension, so toggling a chip does not recount the chips (at
  // 24,000 documents that is most of a toggle's work), nor a new relationship the menu.
  const counts = useMemo(() => sectorChipCounts(bundle.pairs, { sectors: [], relationships, years }), [bundle.pairs, relationships, years]);
  const relCounts = useMemo(() => relationshipCounts(bundle.pairs, { sectors, relationships: [], years }), [bundle.pairs, sectors, years]);
  const visible = selectVisible(bundle.pairs, filters);
  const shown = useMemo(() => tieCount(visible), [visible]);
  const total = useMemo(() => tieCount(bundle.pairs), [bundle.pairs]);
  // Chosen chips first (a reader who picked "Hydrogen" from a link or the search must see it on
  // in the one-line, scrolling bar), then by count, then by label.
  const chips = useMemo(
    () =>
      bundle.sectors
        .map((sector) => ({ sector, count: counts.get(sector.id) ?? 0, on: sectors.includes(sector.id) }))
        .sort((a, b) => Number(b.on) - Number(a.on) || b.count - a.count || collator(lang).compare(a.sector.labels[lang], b.sector.labels[lang])),
    [bundle.sectors, counts, sectors, lang],
  );
  const choice = relChoice(relationships);
  const filtered = isFiltered(filters);

  const onRelationship = (value: string) => {
    if (value === 'all') setRelationships([]);
    else if (value === 'agreements') setRelationships([...AGREEMENT_TYPES]);
    else if ((RELATIONSHIPS as readonly string[]).includes(value)) setRelationships([value as Relationship]);
  };

  return (
    <section className="filters" aria-labelledby="filters-heading" data-testid="panel:filters">
      <h2 id="filters-heading" className="visually-hidden">
        {t(lang, 'filters.label')}
      </h2>
      <div className="filters-row">
        <label className="rel-filter">
          <span className="visually-hidden">{t(lang, 'filters.relationship')}</span>
          <select value={choice} onChange={(e) => onRelationship(e.target.value)}>
            <option value="all">
              {t(lang, 'filters.rel.all')} ({formatNumber(lang, relCounts.all)})
            </option>
            <option value="agreements">
              {t(lang, 'filters.rel.agreements')} ({formatNumber(lang, relCounts.agreements)})
            </option>
            {RELATIONSHIPS.map((r) => (
              <option key={r} value={r}>
                {t(lang, `rel.${r}`)} ({formatNumber(lang, relCounts.byType.get(r) ?? 0)})
              </option>
            ))}
            {choice === 'custom' && (
              <option value="custom" disabled>
                {t(lang, 'filters.rel.custom')}
              </option>
            )}
          </select>
        </label>
        <ChipRow label={t(lang, 'filters.sectors')}>
          {chips.map(({ sector, count }) => (
            <li key={sector.id}>
              <button type="button" className="chip" aria-pressed={sectors.includes(sector.id)} data-empty={count === 0 || undefined} onClick={() => toggleSector(sector.id)}>
                <span className="chip-label">{sectorLabel(sector, sector.id, lang)}</span> <span className="chip-count">{formatNumber(lang, count)}</span>
              </button>
            </li>
          ))}
        </ChipRow>
        <button type="button" className="clear" disabled={!filtered} onClick={clearFilters}>
          {t(lang, 'filters.clear')}
        </button>
      </div>
      <p className="filters-status" role="status">
        {filtered ? t(lang, 'filters.showing', { shown, total }) : ''}
        {filtered && (sectors.length > 0 || years) && (
          <span className="visually-hidden"> {[...sectors.map((id) => sectorLabel(sectorById.get(id), id, lang)), ...(years ? [formatYears(years)] : [])].join(', ')}</span>
        )}
      </p>
    </section>
  );
}
