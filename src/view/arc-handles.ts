import type { CorePair, Locality } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { arcMidpoint } from '../geo/arcs';
import { pairLabel } from '../i18n/names';
import type { MapModel } from './map-model';
import type { ArcHandle } from './MapLabels';
import { groupDocumentLines, groupName } from './model';
import type { Hit } from './projector';

/**
 * The focusable handles on the arcs, in tab order: the documents a selection opened, then the
 * overview arcs still closed. Each activates like a click on its arc.
 */
export function arcHandles(model: MapModel, localityById: ReadonlyMap<string, Locality>, lang: Lang, onPick: (hit: Hit) => void): ArcHandle[] {
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
    return [{ id: g.id, kind: 'group', name: groupName(g.vnId, g.jpId, stats.count, localityById, lang), mid: g.mid, pressed: false, onActivate: () => onPick({ kind: 'group', id: g.id }) }];
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
