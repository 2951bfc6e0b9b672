import type { CorePair, Locality } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { arcMidpoint } from '../geo/arcs';
import { pairLabel } from '../i18n/names';
import type { MapModel } from './map-model';
import type { ArcHandle } from './MapLabels';
import { groupDocumentLines, groupName } from './model';
import type { Hit } from './projector';

interface GroupHandleCache {
  lang: Lang;
  localityById: ReadonlyMap<string, Locality>;
  /** By arc id and count: the count is in the handle's name. */
  handles: Map<string, ArcHandle>;
}
const groupCaches = new WeakMap<(hit: Hit) => void, GroupHandleCache>();

/** The overview handles made for this `onPick`, kept while the language and the data stay. */
function groupCacheFor(onPick: (hit: Hit) => void, lang: Lang, localityById: ReadonlyMap<string, Locality>): Map<string, ArcHandle> {
  let cache = groupCaches.get(onPick);
  if (!cache || cache.lang !== lang || cache.localityById !== localityById) {
    cache = { lang, localityById, handles: new Map() };
    groupCaches.set(onPick, cache);
  }
  return cache.handles;
}

/**
 * The focusable handles on the arcs, in tab order: the documents a selection opened, then the
 * overview arcs still closed. Each activates like a click on its arc. An overview arc keeps its
 * handle (the same object) while its name stays the same, so a filter or a selection re-renders
 * only the handles that changed: at 10,000 agreements, about a thousand of them.
 */
export function arcHandles(model: MapModel, localityById: ReadonlyMap<string, Locality>, lang: Lang, onPick: (hit: Hit) => void): ArcHandle[] {
  const groupCache = groupCacheFor(onPick, lang, localityById);
  const docs: ArcHandle[] = model.documents.map((pair) => ({
    id: pair.id,
    kind: 'pair',
    name: pairLabel(pair, localityById, lang),
    mid: arcMidpoint(model.documentLines.get(pair.id) ?? [pair.from, pair.to]),
    pressed: model.highlight.pairId === pair.id,
    onActivate: () => onPick({ kind: 'pair', id: pair.id }),
  }));
  const groups: ArcHandle[] = model.groups.flatMap((g) => {
    const stats = model.stats.get(g.id);
    if (!stats || model.opened.has(g.id)) return [];
    const key = `${g.id} ${stats.count}`;
    let handle = groupCache.get(key);
    if (!handle) {
      handle = { id: g.id, kind: 'group', name: groupName(g.vnId, g.jpId, stats.count, localityById, lang), mid: g.mid, pressed: false, onActivate: () => onPick({ kind: 'group', id: g.id }) };
      // Bounded: at most one entry per arc and count seen (34 × 47 arcs, a few counts each).
      if (groupCache.size > 20000) groupCache.clear();
      groupCache.set(key, handle);
    }
    return [handle];
  });
  return [...docs, ...groups];
}

export interface TooltipText {
  title: string;
  lines: string[];
}

/** What the tooltip says for an arc: an overview arc lists its documents; a document arc its label. */
export function arcTooltip(
  hit: Hit,
  model: MapModel,
  data: { localityById: ReadonlyMap<string, Locality>; pairById: ReadonlyMap<string, CorePair> },
  lang: Lang,
): TooltipText | null {
  if (hit.kind === 'group') {
    const stats = model.stats.get(hit.id);
    const group = model.groups.find((g) => g.id === hit.id);
    if (!stats || !group) return null;
    return { title: groupName(group.vnId, group.jpId, stats.count, data.localityById, lang), lines: groupDocumentLines(stats.pairIds, data.pairById, data.localityById, lang) };
  }
  if (hit.kind === 'pair') {
    const pair = data.pairById.get(hit.id);
    return pair ? { title: pairLabel(pair, data.localityById, lang), lines: [] } : null;
  }
  return null;
}
