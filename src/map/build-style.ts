import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { ArcProperties } from '../geo/arcs';
import type { GeoLayers } from '../geo/boundaries';
import { BASEMAP_REPLACED_LAYERS, allLayers, arcFilter } from './layers';

/** Short credits of data/geo/ATTRIBUTION.md, shown by the attribution control. */
export const ATTRIBUTION =
  'Boundaries: geoBoundaries (CC BY 4.0); 国土数値情報（行政区域データ）（国土交通省）を加工して作成; Natural Earth';

export interface PointProperties {
  id: string;
}

export interface StyleInput {
  geo: GeoLayers;
  /** Partnerships per locality id (fills the units). */
  counts: ReadonlyMap<string, number>;
  arcs: FeatureCollection<LineString, ArcProperties>;
  /** Municipal partners. */
  points: FeatureCollection<Point, PointProperties>;
  /** Ids of the pairs the filters let through; null = all. */
  visiblePairIds?: readonly string[] | null;
  premerger?: boolean;
}

/**
 * The offline style, built from committed data only: no tiles, no glyphs, no sprites, so the
 * map makes no request to any other origin. Built once per data load; filters, selection and
 * hover change through `setFilter`, feature-state and layout properties.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { geo, counts, arcs, points } = input;
  const visible = input.visiblePairIds ?? null;
  const units = {
    ...geo.units,
    features: geo.units.features.map((f) => ({ ...f, properties: { ...f.properties, count: counts.get(f.properties.id) ?? 0 } })),
  };
  const layers = allLayers().map((layer): LayerSpecification => {
    if (layer.id === 'legacy-borders-line') return { ...layer, layout: { ...layer.layout, visibility: input.premerger ? 'visible' : 'none' } } as LayerSpecification;
    const filter = arcLayerFilter(layer.id, visible);
    return filter ? ({ ...layer, filter } as LayerSpecification) : layer;
  });
  return {
    version: 8,
    name: 'kizuna-offline',
    sources: {
      neighbours: { type: 'geojson', data: geo.neighbours },
      units: { type: 'geojson', data: units, promoteId: 'id', attribution: ATTRIBUTION },
      'unit-borders': { type: 'geojson', data: geo.unitBorders },
      'legacy-borders': { type: 'geojson', data: geo.legacyBorders },
      islands: { type: 'geojson', data: geo.islands, promoteId: 'id' },
      arcs: { type: 'geojson', data: arcs, promoteId: 'id' },
      points: { type: 'geojson', data: points, promoteId: 'id' },
    },
    layers,
  };
}

/** The filter an arc layer needs for the visible ids, or null for a layer that is not an arc layer. */
export function arcLayerFilter(layerId: string, visibleIds: readonly string[] | null): FilterSpecification | null {
  switch (layerId) {
    case 'arcs-solid':
      return arcFilter('solid', visibleIds);
    case 'arcs-dashed':
      return arcFilter('dashed', visibleIds);
    case 'arcs-halo':
    case 'arcs-hit':
      return arcFilter('all', visibleIds);
    default:
      return null;
  }
}

/** Ids of the layers whose filter follows the visible pairs. */
export const FILTERED_ARC_LAYERS = ['arcs-halo', 'arcs-solid', 'arcs-dashed', 'arcs-hit'] as const;

/**
 * Puts our layers on top of a remote basemap style: its sources, glyphs and sprite are kept,
 * our own sea and neighbouring land are left out (the basemap draws them).
 */
export function overlayOnBasemap(base: StyleSpecification, ours: StyleSpecification): StyleSpecification {
  return {
    ...base,
    sources: { ...base.sources, ...ours.sources },
    layers: [...base.layers, ...ours.layers.filter((layer) => !BASEMAP_REPLACED_LAYERS.has(layer.id))],
  };
}
