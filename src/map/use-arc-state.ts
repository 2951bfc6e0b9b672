import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapModel } from '../view/map-model';
import type { Hit } from '../view/projector';

type State = Record<string, boolean | number | string>;

/** Writes only what changed since the last write (feature-state calls cost per feature). */
class StateWriter {
  private last = new Map<string, string>();
  constructor(private source: string) {}
  write(map: MapLibreMap, id: string, state: State): void {
    const key = JSON.stringify(state);
    if (this.last.get(id) === key) return;
    if (!map.getSource(this.source)) return;
    map.setFeatureState({ source: this.source, id }, state);
    this.last.set(id, key);
  }
  reset(): void {
    this.last.clear();
  }
}

/**
 * The one imperative corner of the WebGL map: feature-state for arcs, units and points from the
 * view model. Overview groups are bounded (≤ 34 × 47), documents change only for the selection,
 * so a chip toggle or a click writes a bounded number of states and never re-tiles a source.
 */
export function useArcState(map: MapLibreMap | null, model: MapModel, hovered: Hit | null, unitIds: readonly string[], pointIds: readonly string[]): void {
  const writers = useRef({ groups: new StateWriter('groups'), docs: new StateWriter('docs'), units: new StateWriter('units'), points: new StateWriter('points') });
  const shownDocs = useRef(new Set<string>());

  useEffect(() => {
    if (!map) return;
    const { groups, docs, units, points } = writers.current;
    const h = model.highlight;
    const selecting = model.documents.length > 0 || h.selectedLocalities.size > 0;
    for (const g of model.groups) {
      const stats = model.opened.has(g.id) ? undefined : model.stats.get(g.id);
      groups.write(map, g.id, { count: stats?.count ?? 0, signed: stats?.signed ?? false, cat: stats?.category ?? 'other', dim: selecting });
    }
    const next = new Set(model.documents.map((p) => p.id));
    for (const id of shownDocs.current) if (!next.has(id)) docs.write(map, id, { shown: false, selected: false });
    for (const id of next) docs.write(map, id, { shown: true, selected: h.pairId === id });
    shownDocs.current = next;
    for (const id of unitIds) units.write(map, id, { selected: h.selectedLocalities.has(id), faded: Boolean(h.matchedLocalities && !h.matchedLocalities.has(id)) });
    for (const id of pointIds) points.write(map, id, { selected: h.selectedLocalities.has(id), faded: Boolean(h.matchedLocalities && !h.matchedLocalities.has(id)) });
  }, [map, model, unitIds, pointIds]);

  useEffect(() => {
    if (!map || !hovered) return;
    const source = hovered.kind === 'group' ? 'groups' : hovered.kind === 'pair' ? 'docs' : 'units';
    if (map.getSource(source)) map.setFeatureState({ source, id: hovered.id }, { hover: true });
    return () => {
      if (map.getSource(source)) map.setFeatureState({ source, id: hovered.id }, { hover: false });
    };
  }, [map, hovered]);
}
