import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { GeoLayers } from '../geo/boundaries';
import type { Flavour } from '../view/palette';
import { BASEMAP_REPLACED_LAYERS, baseLayers, LAND_SOURCE, type LandPart } from './layers';

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
      [LAND_SOURCE]: { type: 'geojson', data: landOf(geo), promoteId: 'id', attribution: ATTRIBUTION },
      'legacy-borders': { type: 'geojson', data: geo.legacyBorders },
    },
    layers: baseLayers(flavour),
  };
}

/**
 * The neighbours, units, unit borders and islands as one source, each feature tagged with its
 * `part`: MapLibre draws a source's tile clipping masks into the stencil buffer again each time
 * the drawing order moves to another source, a pass over the whole map. As four sources, a pan at
 * 10,000 agreements (1280 × 800, software WebGL) made 83 draw calls a frame and cost ~104 ms of
 * GPU-process CPU; as one, 57 and ~90 (eight fresh pages each, interleaved). Unit and island ids
 * never collide (`vn-…`/`jp-…` units, `vn-hoang-sa`).
 */
function landOf(geo: GeoLayers): FeatureCollection {
  const tagged = (part: LandPart, collection: FeatureCollection<Geometry, object | null>): Feature[] => collection.features.map((f) => ({ ...f, properties: { ...(f.properties ?? {}), part } }));
  return {
    type: 'FeatureCollection',
    features: [...tagged('neighbour', geo.neighbours), ...tagged('unit', geo.units), ...tagged('border', geo.unitBorders), ...tagged('island', geo.islands)],
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
