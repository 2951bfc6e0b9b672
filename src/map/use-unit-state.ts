import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapModel } from '../view/map-model';
import type { Hit } from '../view/projector';

/**
 * The one imperative corner of the WebGL map: feature-state of the units (selected, faded by a
 * filter, hovered), written only where it changed, so a filter never re-tiles the boundaries.
 */
export function useUnitState(map: MapLibreMap | null, model: MapModel, hovered: Hit | null, unitIds: readonly string[]): void {
  const last = useRef(new Map<string, string>());

  useEffect(() => {
    if (!map || !map.getSource('units')) return;
    const h = model.highlight;
    for (const id of unitIds) {
      const state = { selected: h.selectedLocalities.has(id), faded: Boolean(h.matchedLocalities && !h.matchedLocalities.has(id)) };
      const key = JSON.stringify(state);
      if (last.current.get(id) === key) continue;
      map.setFeatureState({ source: 'units', id }, state);
      last.current.set(id, key);
    }
  }, [map, model, unitIds]);

  useEffect(() => {
    if (!map || hovered?.kind !== 'locality' || !map.getSource('units')) return;
    map.setFeatureState({ source: 'units', id: hovered.id }, { hover: true });
    return () => {
      if (map.getSource('units')) map.setFeatureState({ source: 'units', id: hovered.id }, { hover: false });
    };
  }, [map, hovered]);
}
