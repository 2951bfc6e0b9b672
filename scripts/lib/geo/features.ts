import type { GeoJsonProperties } from 'geojson';
import type { PolygonRings } from './rings.ts';

/** A source shape after reading and cleaning, before it goes into the topology. */
export interface InputFeature {
  id: string;
  properties: NonNullable<GeoJsonProperties>;
  polygons: PolygonRings[];
}

/** Sorts by id so that the topology, and so the output bytes, never depend on source order. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
