import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export interface BaseLayersInput {
  land: FeatureCollection;
}

export const COLORS = {
  sea: '#dbe7ef',
  land: '#f3f1ec',
  landOutline: '#c9c4b8',
} as const;

/**
 * The offline style, built from committed data only: no tiles, no glyphs, no sprites,
 * so the map makes no request to any other origin.
 */
export function buildStyle({ land }: BaseLayersInput): StyleSpecification {
  return {
    version: 8,
    name: 'kizuna-offline',
    sources: {
      land: { type: 'geojson', data: land, attribution: 'Natural Earth' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': COLORS.land } },
      { id: 'land-outline', type: 'line', source: 'land', paint: { 'line-color': COLORS.landOutline, 'line-width': 0.6 } },
    ],
  };
}
