import type { FeatureCollection, Point } from 'geojson';
import { bundle } from '../data/load';
import { partnerCounts } from '../data/selectors';
import { arcMidpoint, buildArcFeatures, type LonLat } from '../geo/arcs';
import type { PointProperties } from './build-style';

/** Arcs of every pair in the bundle, fanned once (filters only hide arcs, never move them). */
export const ARCS = buildArcFeatures(bundle.pairs);

/** Arc lines by pair id, for picking the arc nearest the pointer. */
export const ARC_LINES: ReadonlyMap<string, LonLat[]> = new Map(ARCS.features.map((f) => [f.properties.id, f.geometry.coordinates as LonLat[]]));

/** Arc midpoints by pair id, where the keyboard handles sit. */
export const ARC_MIDPOINTS: ReadonlyMap<string, LonLat> = new Map(
  ARCS.features.map((f) => [f.properties.id, arcMidpoint(f.geometry.coordinates as LonLat[])]),
);

/** Partnerships per locality (a prefecture counts its municipalities' too). */
export const COUNTS = partnerCounts(bundle.pairs);

/** Japanese municipal partners, drawn as points. */
export const POINTS: FeatureCollection<Point, PointProperties> = {
  type: 'FeatureCollection',
  features: bundle.localities
    .filter((l) => l.kind === 'municipality')
    .map((l) => ({ type: 'Feature', id: l.id, properties: { id: l.id }, geometry: { type: 'Point', coordinates: l.point } })),
};
