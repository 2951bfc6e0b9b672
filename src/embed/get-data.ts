import { pairsToCsv, UTF8_BOM } from '../data/csv-export';
import type { IndexedBundle } from '../data/selectors';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import { localityName, sectorLabel } from '../i18n/names';
import type { Selection } from '../state/types';
import type { Filters } from '../view/visible';
import { shownPairs } from './caption';

/**
 * "Get the data": the documents the embed shows (the same pairs its caption counts), in the
 * list view's CSV format (src/data/csv-export.ts) with names in the reader's language.
 */
export function shownCsv(data: IndexedBundle, selection: Selection, filters: Filters, lang: Lang): string {
  const { bundle, localityById, sectorById } = data;
  const pairs = shownPairs(bundle.pairs, data, selection, filters);
  return pairsToCsv(pairs, localityById, {
    locality: (id) => localityName(localityById.get(id), lang, id),
    relationship: (r) => t(lang, `rel.${r}`),
    sector: (id) => sectorLabel(sectorById.get(id), id, lang),
    countedAs: (c) => t(lang, `count.${c}`),
  });
}

/** `kizuna-<selection>-<lang>.csv`, like the image files. */
export function csvFileName(selection: Selection, lang: Lang): string {
  const what = selection.kind === 'none' ? 'overview' : selection.id.replace(/[^a-z0-9-]/gi, '');
  return `kizuna-${what}-${lang}.csv`;
}

/** The CSV as a file a spreadsheet opens as UTF-8. */
export function csvBlob(csv: string): Blob {
  return new Blob([UTF8_BOM, csv], { type: 'text/csv;charset=utf-8' });
}
