import { useMemo, useState } from 'react';
import { countByCategory } from '../data/counting';
import { pairsToCsv } from '../data/csv-export';
import type { Locality, Pair, Sector } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { collator, formatNumber, formatPartialDate, t } from '../i18n';
import { selectPair, setView, useStore } from '../state/store';
import { useData } from '../view/bundle-context';
import { localityName, sectorLabel, sectorList, signedAsName } from '../i18n/names';
import { SourceLink } from './SourceLink';
import { useVisiblePairs } from '../view/shown-view';
import { TieRankings } from './TieRankings';
import { saveCsv, SelectedPartners } from './ListPartners';
import { GroupByTieToggle, TieGroupRow } from './TieGroupRow';
import { firstGroups, groupByTie } from '../data/ties';

export type SortKey = 'vn' | 'jp' | 'relationship' | 'date' | 'sectors' | 'source';
const COLUMNS: readonly SortKey[] = ['vn', 'jp', 'relationship', 'date', 'sectors', 'source'];

interface Row {
  pair: Pair;
  vn: string;
  /** "signed as Quảng Nam", for a document a merged province signed. */
  signedAs: string | null;
  jp: string;
  relationship: string;
  sectors: string;
}

function buildRow(pair: Pair, lang: Lang, localityById: ReadonlyMap<string, Locality>, sectorById: ReadonlyMap<string, Sector>): Row {
  const jp = localityName(localityById.get(pair.jpId), lang, pair.jpId);
  const prefecture = pair.jpPrefectureId !== pair.jpId ? localityById.get(pair.jpPrefectureId) : undefined;
  return {
    pair,
    vn: localityName(localityById.get(pair.vnId), lang, pair.vnId),
    signedAs: pair.signedAs && t(lang, 'pair.signedAsShort', { name: signedAsName(pair.signedAs.vi, localityById.get(pair.vnId), lang) }),
    jp: prefecture ? `${jp} (${localityName(prefecture, lang)})` : jp,
    relationship: t(lang, `rel.${pair.relationship}`),
    sectors: sectorList(pair.sectors, sectorById, lang),
  };
}

function compare(a: Row, b: Row, key: SortKey, texts: Intl.Collator): number {
  switch (key) {
    case 'date':
      // Undated rows last whatever the direction is handled by the caller.
      return (a.pair.signed ?? '').localeCompare(b.pair.signed ?? '');
    case 'source':
      return texts.compare(a.pair.source.title, b.pair.source.title);
    default:
      return texts.compare(a[key], b[key]);
  }
}

/**
 * Rows drawn at first, and added by each "Show more". The real data fits in one page; with 10,000
 * agreements, drawing every row made 100,000 elements, and each selection waited on them.
 */
export const LIST_PAGE = 250;

/**
 * The agreements matching the filters as a sortable table, with a CSV download (of every row,
 * shown or not): the map's text alternative. Drawn a page at a time.
 */
export function ListView() {
  const { bundle, localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'ascending' | 'descending' }>({ key: 'vn', dir: 'ascending' });
  const [byTie, setByTie] = useState(false);
  // Kept across sorting and filtering: a reader who asked for more rows keeps them.
  const [limit, setLimit] = useState(LIST_PAGE);

  const pairs = useVisiblePairs(bundle.pairs);
  const rows = useMemo(() => {
    const texts = collator(lang);
    const built = pairs.map((p) => buildRow(p, lang, localityById, sectorById));
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return built.sort((a, b) => {
      if (sort.key === 'date' && !a.pair.signed !== !b.pair.signed) return a.pair.signed ? -1 : 1;
      return sign * compare(a, b, sort.key, texts) || texts.compare(a.vn, b.vn) || a.pair.id.localeCompare(b.pair.id);
    });
  }, [pairs, lang, localityById, sectorById, sort]);

  // Grouped, a tie sits where its first row sorts, its documents in the sort order beneath it.
  const groups = useMemo(() => (byTie ? [...groupByTie(rows, (row) => row.pair).values()] : []), [byTie, rows]);
  const shownGroups = useMemo(() => firstGroups(groups, limit), [groups, limit]);
  const shownRows = byTie ? shownGroups.reduce((total, group) => total + group.length, 0) : Math.min(limit, rows.length);
  // Totals by the one counting rule, over the rows the filters leave: the same numbers as the overview's.
  const counts = useMemo(() => countByCategory(pairs), [pairs]);
  const apart = counts.renewal + counts.department + counts.mixed + counts.joint_statement + counts.mention + counts.announced;

  const onSort = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }));

  const download = () => {
    const csv = pairsToCsv(
      rows.map((r) => r.pair),
      localityById,
      {
        locality: (id) => localityName(localityById.get(id), lang, id),
        relationship: (r) => t(lang, `rel.${r}`),
        sector: (id) => sectorLabel(sectorById.get(id), id, lang),
        countedAs: (c) => t(lang, `count.${c}`),
      },
    );
    saveCsv(csv, 'kizuna-agreements.csv');
  };

  const renderRow = (row: Row) => (
    <tr key={row.pair.id} onClick={() => selectPair(row.pair.id)} data-pair-id={row.pair.id}>
      <td>
        <button
          type="button"
          className="link-button"
          onClick={(e) => {
            e.stopPropagation();
            selectPair(row.pair.id);
          }}
        >
          {row.vn}
        </button>
        {row.signedAs && <span className="meta"> {row.signedAs}</span>}
      </td>
      <td>{row.jp}</td>
      <td>{row.relationship}</td>
      <td>{row.pair.signed ? formatPartialDate(lang, row.pair.signed) : '—'}</td>
      <td>{row.sectors}</td>
      <td onClick={(e) => e.stopPropagation()}>
        <SourceLink source={row.pair.source} lang={lang} bare />
      </td>
    </tr>
  );

  return (
    <section className="list-view" aria-labelledby="list-caption" data-testid="panel:list">
      <div className="list-actions">
        <button type="button" onClick={() => setView('map')}>
          {t(lang, 'list.backToMap')}
        </button>
        <button type="button" onClick={download} disabled={!rows.length} aria-describedby="csv-note">
          {t(lang, 'list.download')}
        </button>
        <span id="csv-note" className="hint">
          {t(lang, 'list.downloadNote')}
        </span>
        <GroupByTieToggle on={byTie} onChange={setByTie} />
      </div>
      <p className="hint" data-testid="list-totals">
        {t(lang, 'list.totals', { locality: counts.locality, council: counts.council, apart, others: counts.other_tie })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="list-caption" id="agreements-list">
        <table>
          <caption id="list-caption">{t(lang, 'list.caption', { count: formatNumber(lang, rows.length) })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? sort.dir : 'none'}>
                  <button type="button" className="sort" onClick={() => onSort(key)}>
                    {t(lang, `list.${key}`)}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.key === key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          {byTie ? (
            shownGroups.map((group) => (
              <tbody key={group[0]!.pair.id}>
                <TieGroupRow vn={group[0]!.vn} jp={group[0]!.jp} pairs={group.map((row) => row.pair)} columns={COLUMNS.length} />
                {group.map(renderRow)}
              </tbody>
            ))
          ) : (
            <tbody>{rows.slice(0, limit).map(renderRow)}</tbody>
          )}
        </table>
        {!rows.length && <p>{t(lang, 'list.empty')}</p>}
      </div>
      {shownRows < rows.length && (
        <p className="list-more" data-testid="list-more">
          <button type="button" onClick={() => setLimit(shownRows + LIST_PAGE)} aria-describedby="list-shown">
            {t(lang, 'list.more', { count: formatNumber(lang, Math.min(LIST_PAGE, rows.length - shownRows)) })}
          </button>{' '}
          <span id="list-shown" className="hint">
            {t(lang, 'list.shown', { shown: formatNumber(lang, shownRows), total: formatNumber(lang, rows.length) })}
          </span>
        </p>
      )}
      <SelectedPartners />
      <TieRankings />
    </section>
  );
}
