import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapModel } from '../view/map-model';
import { LAND_SOURCE } from './layers';

/**
 * The one imperative corner of the WebGL map: feature-state of the units a filter fades, written
 * only where it changed, so a filter never re-tiles the boundaries.
 */
export function useUnitState(map: MapLibreMap | null, model: MapModel, unitIds: readonly string[]): void {
  const last = useRef(new Map<string, boolean>());

  useEffect(() => {
    if (!map || !map.getSource(LAND_SOURCE)) return;
    const matched = model.highlight.matchedLocalities;
    for (const id of unitIds) {
      const faded = Boolean(matched && !matched.has(id));
      if (last.current.get(id) === faded) continue;
      map.setFeatureState({ source: LAND_SOURCE, id }, { faded });
      last.current.set(id, faded);
    }
  }, [map, model, unitIds]);
}
