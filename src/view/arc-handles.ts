import { tiesOf } from '../data/ties';
import type { CorePair, Locality, Region } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import { localityName, regionName } from '../i18n/names';
import type { Flow, FlowScene } from './flows';
import type { MapModel } from './map-model';
import type { ArcHandle } from './MapHandles';
import type { Hit } from './projector';

export interface NameData {
  localityById: ReadonlyMap<string, Locality>;
  regionById: ReadonlyMap<string, Region>;
}

/** A flow end's name: a region, or a unit, prefecture or municipality. */
function endName(id: string, level: FlowScene['level'], data: NameData, lang: Lang): string {
  return level === 'regions' ? regionName(id, data.regionById, lang) : localityName(data.localityById.get(id), lang, id);
}

/** "Mekong Delta – Kinki: 12 ties, 7 signed documents": what a flow is called everywhere. */
export function flowName(flow: Flow, data: NameData, lang: Lang): string {
  return t(lang, 'map.flow.name', {
    vn: endName(flow.vnId, flow.level, data, lang),
    jp: endName(flow.jpId, flow.level, data, lang),
    ties: t(lang, flow.ties === 1 ? 'map.flow.ties.one' : 'map.flow.ties.other', { count: flow.ties }),
    signed: t(lang, flow.signedDocuments === 1 ? 'map.flow.signed.one' : 'map.flow.signed.other', { count: flow.signedDocuments }),
  });
}

/**
 * The focusable handles on the flows, in order of strength: each is named like the flow and
 * activates like a click on it. A few dozen at most, so they are simply rebuilt.
 */
export function arcHandles(model: MapModel, data: NameData, lang: Lang, onPick: (hit: Hit) => void): ArcHandle[] {
  return model.scene.flows.map((flow) => ({
    id: flow.id,
    kind: 'flow',
    name: flowName(flow, data, lang),
    mid: flow.mid,
    pressed: model.selectedFlowId === flow.id,
    onActivate: () => onPick({ kind: 'flow', id: flow.id }),
  }));
}

export interface TooltipText {
  title: string;
  lines: string[];
}

/** At most this many ties listed under a flow's name. */
const TOOLTIP_TIES = 5;

/** What the tooltip says for a flow: its name, then its strongest ties ("Cần Thơ – Osaka · 3 documents"). */
export function arcTooltip(hit: Hit, model: MapModel, data: NameData & { pairById: ReadonlyMap<string, CorePair> }, lang: Lang): TooltipText | null {
  if (hit.kind !== 'flow') return null;
  const flow = model.scene.flows.find((f) => f.id === hit.id);
  if (!flow) return null;
  const pairs = flow.pairIds.flatMap((id) => data.pairById.get(id) ?? []);
  const ties = tiesOf(pairs).sort((a, b) => b.pairIds.length - a.pairIds.length);
  const lines = ties.slice(0, TOOLTIP_TIES).map((tie) =>
    t(lang, tie.pairIds.length === 1 ? 'map.flow.tie.one' : 'map.flow.tie.other', {
      vn: localityName(data.localityById.get(tie.vnId), lang, tie.vnId),
      jp: localityName(data.localityById.get(tie.jpId), lang, tie.jpId),
      count: tie.pairIds.length,
    }),
  );
  if (ties.length > TOOLTIP_TIES) lines.push(t(lang, 'map.flow.more', { count: ties.length - TOOLTIP_TIES }));
  return { title: flowName(flow, data, lang), lines };
}
