import type { StyleSpecification } from 'maplibre-gl';
import type { GeoLayers } from '../geo/boundaries';
import type { Flavour } from '../view/palette';
import { BASEMAP_REPLACED_LAYERS, baseLayers } from './layers';

/** Short credits of data/geo/ATTRIBUTION.md, shown by the attribution control. */
const ATTRIBUTION = 'Boundaries: geoBoundaries (CC BY 4.0); 国土数値情報（行政区域データ）（国土交通省）を加工して作成; Natural Earth';

export interface StyleInput {
  geo: GeoLayers;
  flavour: Flavour;
}

/**
 * The offline base style, built from committed data only: no tiles, no glyphs, no sprites, so
 * the map makes no request to any other origin. The flows, circles and their layers are added
 * declaratively by WebGLMap as react-map-gl `<Source>`/`<Layer>`.
 */
export function buildStyle({ geo, flavour }: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'kizuna-offline',
    sources: {
      neighbours: { type: 'geojson', data: geo.neighbours },
      units: { type: 'geojson', data: geo.units, promoteId: 'id', attribution: ATTRIBUTION },
      'unit-borders': { type: 'geojson', data: geo.unitBorders },
      'legacy-borders': { type: 'geojson', data: geo.legacyBorders },
      islands: { type: 'geojson', data: geo.islands, promoteId: 'id' },
    },
    layers: baseLayers(flavour),
  };
}

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
