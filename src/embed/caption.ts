import { countByCategory } from '../data/counting';
import { pairsOfLocality, type IndexedCore } from '../data/selectors';
import { tieCount } from '../data/ties';
import type { CorePair } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { t, type MessageKey } from '../i18n';
import { localityName, regionName, sectorLabel } from '../i18n/names';
import { formatYears } from '../partners/timeline';
import type { Selection } from '../state/types';
import { selectVisible, type Filters } from '../view/visible';

/**
 * The headline and one-line caption an embed and the downloaded figure carry when the journalist
 * wrote none: written from the view (selection and filters), in the reader's language, with counts
 * taken from the one visibility predicate (src/view/visible.ts) and the one counting rule
 * (src/data/counting.ts), so they are the numbers the panels give.
 */
export interface ViewText {
  headline: string;
  caption: string;
}

type Data = Pick<IndexedCore, 'bundle' | 'localityById' | 'pairById' | 'regionById' | 'sectorById'>;

/** The documents the view is about: those the filters let through, within the selection. */
export function shownPairs<P extends CorePair>(pairs: readonly P[], data: Pick<Data, 'localityById' | 'pairById'>, selection: Selection, filters: Filters): P[] {
  const visible = selectVisible(pairs, filters);
  switch (selection.kind) {
    case 'none':
      return visible;
    case 'locality':
      return pairsOfLocality(visible, selection.id);
    case 'pair': {
      // A selected document stands for its tie: the caption counts the tie's documents.
      const pair = data.pairById.get(selection.id);
      return pair ? visible.filter((p) => p.vnId === pair.vnId && p.jpId === pair.jpId) : [];
    }
    case 'region': {
      const regionOf = (id: string) => data.localityById.get(id)?.regionId;
      const [a = '', b] = selection.id.split('~');
      const vn = a.startsWith('vn-') ? a : null;
      const jp = b ?? (a.startsWith('jp-') ? a : null);
      return visible.filter((p) => (vn === null || regionOf(p.vnId) === vn) && (jp === null || regionOf(p.jpPrefectureId) === jp));
    }
  }
}

/** One of the plural pairs of keys (`….one` / `….other`) for `count`. */
function counted(lang: Lang, key: 'caption.partners' | 'caption.agreements' | 'count.ties' | 'count.documents', count: number): string {
  return t(lang, `${key}.${count === 1 ? 'one' : 'other'}` as MessageKey, { count });
}

function headlineOf(data: Data, selection: Selection, sectors: string, lang: Lang): string {
  switch (selection.kind) {
    case 'none':
      return sectors ? t(lang, 'caption.headline.sectors', { sectors }) : t(lang, 'static.title');
    case 'locality': {
      const locality = data.localityById.get(selection.id);
      const name = localityName(locality, lang, selection.id);
      return t(lang, locality?.country === 'jp' ? 'caption.headline.jp-locality' : 'caption.headline.vn-locality', { name });
    }
    case 'pair': {
      const pair = data.pairById.get(selection.id);
      const name = (id: string) => localityName(data.localityById.get(id), lang, id);
      return pair ? t(lang, 'caption.headline.between', { a: name(pair.vnId), b: name(pair.jpId) }) : selection.id;
    }
    case 'region': {
      const [a = '', b] = selection.id.split('~');
      if (b) return t(lang, 'caption.headline.between', { a: regionName(a, data.regionById, lang), b: regionName(b, data.regionById, lang) });
      const name = regionName(a, data.regionById, lang);
      return t(lang, a.startsWith('jp-') ? 'caption.headline.jp-region' : 'caption.headline.vn-region', { name });
    }
  }
}

/** The view's headline and caption in `lang`. */
export function describeView(data: Data, selection: Selection, filters: Filters, lang: Lang): ViewText {
  const shown = shownPairs(data.bundle.pairs, data, selection, filters);
  const sectors = filters.sectors.map((id) => sectorLabel(data.sectorById.get(id), id, lang)).join(t(lang, 'caption.list-separator'));
  const agreements = counted(lang, 'caption.agreements', countByCategory(shown).locality);
  const ties = tieCount(shown);
  const lead = selection.kind === 'locality' ? counted(lang, 'caption.partners', ties) : selection.kind === 'pair' ? counted(lang, 'count.documents', shown.length) : counted(lang, 'count.ties', ties);
  const parts = [t(lang, 'caption.counts', { lead, agreements })];
  // The overview's headline names the sectors already; every other view says them here.
  if (sectors && selection.kind !== 'none') parts.push(t(lang, 'static.subtitle.sectors', { sectors }));
  if (filters.relationships.length) {
    parts.push(t(lang, 'caption.relationships', { types: filters.relationships.map((r) => t(lang, `rel.${r}`)).join(t(lang, 'caption.list-separator')) }));
  }
  if (filters.years) parts.push(formatYears(filters.years).replace('-', '–'));
  return { headline: headlineOf(data, selection, sectors, lang), caption: parts.join(' · ') };
}
