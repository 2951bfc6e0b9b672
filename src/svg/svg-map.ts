import { geoMercator, type GeoProjection } from 'd3-geo';
import { thinPath } from '../view/thin-path';
import type { Feature, LineString, MultiPoint } from 'geojson';
import type { Locality, CorePair } from '../data/types';
import { buildArcFeatures, arcMidpoint, type LonLat } from '../geo/arcs';
import type { GeoLayers } from '../geo/boundaries';
import { ARC_COLORS, fillColor, isSolidCategory, type RelationshipCategory } from '../geo/encoding';
import { BOTH_COUNTRIES } from '../geo/extent';
import { partnerCounts } from '../data/selectors';

/**
 * The SVG map as data: path strings in pixel space, from the same topology and bundle as the
 * WebGL map (`geoMercator().fitExtent` over both countries). Pure, so it is tested without a DOM.
 */

export interface SvgUnit {
  id: string;
  country: 'vn' | 'jp';
  d: string;
  count: number;
  fill: string;
}

export interface SvgArc {
  id: string;
  d: string;
  category: RelationshipCategory;
  solid: boolean;
  color: string;
  mid: [number, number];
}

export interface SvgMapModel {
  width: number;
  height: number;
  neighbours: string;
  units: SvgUnit[];
  unitBorders: string;
  legacyBorders: string;
  islands: { id: string; d: string }[];
  arcs: SvgArc[];
  points: { id: string; x: number; y: number }[];
  project: (point: LonLat) => [number, number];
}

export interface SvgMapInput {
  geo: GeoLayers;
  pairs: readonly CorePair[];
  localities: readonly Locality[];
  width: number;
  height: number;
  /** Pairs the filters let through (drawn); all pairs count for the fills. */
  visible: readonly CorePair[];
  padding?: number;
}

/** A Mercator projection fitting both countries into the box. */
export function fitProjection(width: number, height: number, padding = 12): GeoProjection {
  const [[w, s], [e, n]] = BOTH_COUNTRIES;
  const extent: MultiPoint = { type: 'MultiPoint', coordinates: [[w, s], [e, n]] };
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)],
    ],
    extent,
  );
}

/** Builds every path of the SVG map. Arcs are fanned over all pairs, so filtering never moves an arc. */
export function buildSvgMap(input: SvgMapInput): SvgMapModel {
  const { geo, pairs, localities, width, height, visible } = input;
  const projection = fitProjection(width, height, input.padding);
  const path = thinPath(projection).digits(1);
  const counts = partnerCounts(pairs);
  const visibleIds = new Set(visible.map((p) => p.id));
  const arcFeatures = buildArcFeatures(pairs).features.filter((f) => visibleIds.has(f.properties.id));
  const project = (point: LonLat): [number, number] => {
    const [x, y] = projection(point) ?? [NaN, NaN];
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  return {
    width,
    height,
    neighbours: path(geo.neighbours) ?? '',
    units: geo.units.features.map((f) => {
      const count = counts.get(f.properties.id) ?? 0;
      return { id: f.properties.id, country: f.properties.country, d: path(f) ?? '', count, fill: fillColor(count) };
    }),
    unitBorders: path(geo.unitBorders) ?? '',
    legacyBorders: path(geo.legacyBorders) ?? '',
    islands: geo.islands.features.map((f) => ({ id: f.properties.id, d: path(f) ?? '' })),
    arcs: arcFeatures.map((f: Feature<LineString, (typeof arcFeatures)[number]['properties']>) => {
      const { id, category } = f.properties;
      return {
        id,
        d: path(f) ?? '',
        category,
        solid: isSolidCategory(category),
        color: ARC_COLORS[category],
        mid: project(arcMidpoint(f.geometry.coordinates as LonLat[])),
      };
    }),
    points: localities
      .filter((l) => l.kind === 'municipality')
      .map((l) => {
        const [x, y] = project(l.point);
        return { id: l.id, x, y };
      }),
    project,
  };
}
