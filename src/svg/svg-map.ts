import { geoMercator, type GeoProjection } from 'd3-geo';
import { thinPath } from '../view/thin-path';
import type { MultiPoint } from 'geojson';
import type { LonLat } from '../geo/arcs';
import type { GeoLayers } from '../geo/boundaries';
import { BOTH_COUNTRIES } from '../geo/extent';

/**
 * The printable map's boundaries as data: path strings in pixel space, from the same topology as
 * the WebGL map (`geoMercator().fitExtent` over both countries). Pure, so it is tested without a DOM.
 */

interface SvgUnit {
  id: string;
  country: 'vn' | 'jp';
  d: string;
}

/** The printable map's boundaries in pixel space, and the projection that put them there. */
export interface SvgMapModel {
  width: number;
  height: number;
  neighbours: string;
  units: SvgUnit[];
  unitBorders: string;
  legacyBorders: string;
  islands: { id: string; d: string }[];
  project: (point: LonLat) => [number, number];
}

export interface SvgMapInput {
  geo: GeoLayers;
  width: number;
  height: number;
  padding?: number;
}

/** A Mercator projection fitting both countries into the box. */
function fitProjection(width: number, height: number, padding = 12): GeoProjection {
  const [[w, s], [e, n]] = BOTH_COUNTRIES;
  const extent: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, n],
    ],
  };
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)],
    ],
    extent,
  );
}

/** Builds every boundary path of the printable map; flows come from the view model (../view/flows.ts). */
export function buildSvgMap(input: SvgMapInput): SvgMapModel {
  const { geo, width, height } = input;
  const projection = fitProjection(width, height, input.padding);
  const path = thinPath(projection).digits(1);
  const project = (point: LonLat): [number, number] => {
    const [x, y] = projection(point) ?? [NaN, NaN];
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  return {
    width,
    height,
    neighbours: path(geo.neighbours) ?? '',
    units: geo.units.features.map((f) => ({ id: f.properties.id, country: f.properties.country, d: path(f) ?? '' })),
    unitBorders: path(geo.unitBorders) ?? '',
    legacyBorders: path(geo.legacyBorders) ?? '',
    islands: geo.islands.features.map((f) => ({ id: f.properties.id, d: path(f) ?? '' })),
    project,
  };
}
