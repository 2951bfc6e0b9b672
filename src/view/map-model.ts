import type { CorePair, Locality, Region } from '../data/types';
import type { Selection } from '../state/types';
import { buildFlowScene, type Flow, type FlowLevel, type FlowScene, type FlowScope } from './flows';
import { highlight, type Highlight } from './model';

/**
 * Everything a renderer draws, derived from the bundle, the filters, the selection and whether
 * the reader has zoomed in: the level of detail, its flows and locations, and the highlight.
 * Pure; ./use-map-model.ts caches it per view, for the map area and every renderer.
 */
export interface MapModel {
  /** Pairs the filters let through. */
  visible: readonly CorePair[];
  filtered: boolean;
  scene: FlowScene;
  highlight: Highlight;
  /** The flow of the selected pair's tie (ties level), drawn pressed. */
  selectedFlowId: string | null;
  /** Strokes drawn: one per flow. */
  arcsDrawn: number;
}

/** The level and scope a selection (or, without one, the zoom) asks for. */
export function levelFor(selection: Selection, pairById: ReadonlyMap<string, CorePair>, zoomedIn: boolean): { level: FlowLevel; scope: FlowScope } {
  switch (selection.kind) {
    case 'pair': {
      const pair = pairById.get(selection.id);
      if (pair) return { level: 'ties', scope: { kind: 'group', vnId: pair.vnId, jpPrefectureId: pair.jpPrefectureId } };
      break;
    }
    case 'locality':
      return { level: 'provinces', scope: { kind: 'locality', id: selection.id } };
    case 'region': {
      const [a = '', b] = selection.id.split('~');
      const vn = a.startsWith('vn-') ? a : null;
      const jp = b ?? (a.startsWith('jp-') ? a : null);
      return { level: 'provinces', scope: { kind: 'regions', vn, jp } };
    }
    case 'none':
      break;
  }
  return zoomedIn ? { level: 'provinces', scope: { kind: 'all' } } : { level: 'regions', scope: { kind: 'all' } };
}

export interface MapModelInput {
  pairs: readonly CorePair[];
  pairById: ReadonlyMap<string, CorePair>;
  localityById: ReadonlyMap<string, Locality>;
  regions: readonly Region[];
  visible: readonly CorePair[];
  filtered: boolean;
  selection: Selection;
  /** The reader zoomed in past the provinces threshold (ignored while a selection sets the level). */
  zoomedIn: boolean;
}

export function buildMapModel({ pairs, pairById, localityById, regions, visible, filtered, selection, zoomedIn }: MapModelInput): MapModel {
  const { level, scope } = levelFor(selection, pairById, zoomedIn);
  // The selected pair is always drawn, even when a filter would hide it: the reader chose it.
  const selectedPair = selection.kind === 'pair' ? pairById.get(selection.id) : undefined;
  const drawn = selectedPair && !visible.includes(selectedPair) ? [...visible, selectedPair] : visible;
  const scene = buildFlowScene({ pairs: drawn, localityById, regions, level, scope });
  const selectedFlowId = selectedPair ? (scene.flows.find((f: Flow) => f.pairIds.includes(selectedPair.id))?.id ?? null) : null;
  return {
    visible,
    filtered,
    scene,
    highlight: highlight(pairs, visible, selection, filtered),
    selectedFlowId,
    arcsDrawn: scene.flows.length,
  };
}
