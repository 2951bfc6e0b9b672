import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { BoundaryTopology } from './topology.ts';
import { polygonsOf, signedRingArea } from './rings.ts';
import { round } from './stable-json.ts';

export type Labels = Record<string, [number, number]>;

/** polylabel precision in degrees (~100 m): far finer than any label needs. */
const PRECISION = 0.001;

/**
 * One label point per area: the pole of inaccessibility of its largest polygon, which,
 * unlike a centroid, is always inside (a centroid of Quảng Ninh or Okinawa lands in the sea).
 */
function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const polygons = polygonsOf(f.geometry);
  const largest = polygons.reduce((best, p) => (Math.abs(signedRingArea(p[0] ?? [])) > Math.abs(signedRingArea(best[0] ?? [])) ? p : best));
  const [x = 0, y = 0] = polylabel(largest as number[][][], PRECISION);
  const point: [number, number] = [round(x, 4), round(y, 4)];
  if (!geoContains(f, point)) throw new Error(`label for ${String(f.id)} at ${point.join(',')} is outside its polygon`);
  return point;
}

/** Labels for the 34 units, the 47 prefectures and the two island districts, keyed by id. */
export function computeLabels(topo: BoundaryTopology): Labels {
  const labels: Labels = {};
  for (const key of ['vn', 'jp', 'islands'] as const) {
    const collection = feature(topo, topo.objects[key]);
    for (const f of collection.features as Feature<Polygon | MultiPolygon>[]) labels[String(f.id)] = labelPoint(f);
  }
  return labels;
}
