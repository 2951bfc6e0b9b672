import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { CorePair, Locality, Region } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { clearSelection, selectLocality, selectPair, selectRegion, useStore } from '../state/store';
import type { Selection } from '../state/types';
import { arcTooltip } from '../view/arc-handles';
import type { FlowScene } from '../view/flows';
import type { MapModel } from '../view/map-model';
import type { ArcHandle } from '../view/MapHandles';
import type { Tooltip } from '../view/MapTooltip';
import type { Hit, Projector } from '../view/projector';

/**
 * What a click selects: a place itself; a flow one level down (a region pair opens its provinces,
 * a unit × prefecture flow its ties, a tie its documents, the first shown in the panel); nothing
 * clears. Null: the flow is gone (a filter changed under the pointer), so nothing changes.
 */
export function pickedSelection(hit: Hit | null, scene: FlowScene): Selection | null {
  if (!hit) return { kind: 'none' };
  if (hit.kind === 'locality') return { kind: 'locality', id: hit.id };
  if (hit.kind === 'region') return { kind: 'region', id: hit.id };
  const flow = scene.flows.find((f) => f.id === hit.id);
  if (!flow) return null;
  if (flow.level === 'regions') return { kind: 'region', id: flow.id };
  const first = flow.pairIds[0];
  return first ? { kind: 'pair', id: first } : null;
}

const sameHit = (a: Hit, b: Hit) => a.kind === b.kind && a.id === b.id;

function applySelection(selection: Selection | null): void {
  if (!selection) return;
  if (selection.kind === 'none') clearSelection();
  else if (selection.kind === 'locality') selectLocality(selection.id);
  else if (selection.kind === 'region') selectRegion(selection.id);
  else selectPair(selection.id);
}

export interface PointerData {
  localityById: ReadonlyMap<string, Locality>;
  pairById: ReadonlyMap<string, CorePair>;
  regionById: ReadonlyMap<string, Region>;
}

/**
 * Picks, hovers and the tooltip, the same for both renderers: the pointer's hit, or a focused
 * flow handle (its tooltip then sits by the flow's midpoint).
 */
export function useMapPointer(containerRef: RefObject<HTMLDivElement | null>, model: MapModel, projector: Projector | null, data: PointerData, lang: Lang) {
  const [pointer, setPointer] = useState<{ hit: Hit; x: number; y: number } | null>(null);
  const [focusedHandle, setFocusedHandle] = useState<ArcHandle | null>(null);
  // A place's name under the pointer or focused lights its flows as its circle does: a reader
  // follows "Kinki" from its name in the column, not only from a circle among its neighbours.
  const [label, setLabel] = useState<Hit | null>(null);
  const onPick = useCallback((hit: Hit | null) => applySelection(pickedSelection(hit, model.scene)), [model]);
  const onHover = useCallback(
    (hit: Hit | null, clientX: number, clientY: number) => {
      const origin = containerRef.current?.getBoundingClientRect();
      // The same place keeps the same hit: the maps redraw their flows when the hovered place
      // changes, and a new object per pointer move made MapLibre re-tile them on every move.
      setPointer((previous) => (hit && origin ? { hit: previous && sameHit(previous.hit, hit) ? previous.hit : hit, x: clientX - origin.left, y: clientY - origin.top } : null));
    },
    [containerRef],
  );
  const handleHit = useMemo<Hit | null>(() => (focusedHandle ? { kind: focusedHandle.kind, id: focusedHandle.id } : null), [focusedHandle]);
  // Last, what a panel points at (a row or cell of the region table): the map itself comes first.
  const pointedAt = useStore((s) => s.pointedAt);
  const hovered: Hit | null = pointer?.hit ?? label ?? handleHit ?? pointedAt;
  const { localityById, pairById, regionById } = data;
  const tooltip = useMemo<Tooltip | null>(() => {
    const focused = !pointer && focusedHandle && projector ? focusedHandle : null;
    const hit = pointer?.hit ?? (focused ? { kind: 'flow' as const, id: focused.id } : null);
    if (!hit) return null;
    const [fx = 0, fy = 0] = focused && projector ? projector.project(focused.mid) : [];
    const at = pointer ? { x: pointer.x, y: pointer.y } : { x: fx + 8, y: fy + 28 };
    const text = arcTooltip(hit, model, { localityById, pairById, regionById }, lang);
    return text && { ...at, ...text };
  }, [pointer, focusedHandle, projector, model, lang, localityById, pairById, regionById]);
  return { onPick, onHover, hovered, tooltip, setFocusedHandle, onHoverLabel: setLabel };
}
