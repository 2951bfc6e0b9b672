import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import boundariesUrl from '../../data/geo/boundaries.topo.json?url';
import type { Country } from '../data/vocabulary';

/**
 * The committed boundaries (data/geo/boundaries.topo.json, documented in data/geo/README.md)
 * turned into the GeoJSON both renderers draw. Pure: no fetch here except in `loadGeo`.
 */

export interface UnitProperties {
  id: string;
  country: Country;
  name_en: string;
  name_vi: string;
  name_ja: string;
  type: string;
  /** The shape's area as drawn, km² (scripts/lib/geo/topology.ts). */
  area_km2: number;
  /** Partnerships of this unit, filled in by the renderer from the bundle. */
  count?: number;
}

export interface IslandProperties {
  id: string;
  name_en: string;
  name_vi: string;
  name_ja: string;
  parent: string;
}

export type Area = Polygon | MultiPolygon;

export type BoundaryObjects = {
  vn: GeometryCollection;
  jp: GeometryCollection;
  vn_legacy: GeometryCollection;
  islands: GeometryCollection;
  neighbours: GeometryCollection;
};

export type BoundaryTopology = Topology<BoundaryObjects>;

export interface GeoLayers {
  /** Vietnam's 34 units then Japan's 47 prefectures. */
  units: FeatureCollection<Area, UnitProperties>;
  /** Borders between units of one country (drawn thin and white). */
  unitBorders: FeatureCollection<MultiLineString>;
  /** Pre-merger province borders that now run inside a post-merger unit (the dashed overlay). */
  legacyBorders: FeatureCollection<MultiLineString>;
  islands: FeatureCollection<Area, IslandProperties>;
  neighbours: FeatureCollection<Area>;
  /** [west, south, east, north]: the box the neighbours' land is clipped to (past it, no land is drawn). */
  extent: [number, number, number, number];
}

function collection<P>(topology: BoundaryTopology, key: keyof BoundaryObjects, extra: (g: GeometryObject) => Partial<P> = () => ({})) {
  const fc = feature(topology, topology.objects[key]) as FeatureCollection<Area, P>;
  const geometries = topology.objects[key].geometries;
  fc.features = fc.features.map((f, i) => {
    const g = geometries[i];
    const id = g?.id === undefined ? undefined : String(g.id);
    return { ...f, id, properties: { ...(f.properties ?? {}), ...(id ? { id } : {}), ...(g ? extra(g) : {}) } as P };
  });
  return fc;
}

function lines(geometry: MultiLineString): FeatureCollection<MultiLineString> {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}

type Props = Record<string, unknown> | null | undefined;
const propsOf = (g: GeometryObject): Props => (g as { properties?: Props }).properties;

/** Turns the topology into the layers the maps draw. */
export function geoLayers(topology: BoundaryTopology): GeoLayers {
  const vn = collection<UnitProperties>(topology, 'vn', () => ({ country: 'vn' as const }));
  const jp = collection<UnitProperties>(topology, 'jp', () => ({ country: 'jp' as const }));
  const inner = (a: GeometryObject, b: GeometryObject) => a !== b;
  const vnBorders = mesh(topology, topology.objects.vn, inner);
  const jpBorders = mesh(topology, topology.objects.jp, inner);
  const legacy = mesh(topology, topology.objects.vn_legacy, (a, b) => a !== b && propsOf(a)?.unit === propsOf(b)?.unit);
  return {
    units: { type: 'FeatureCollection', features: [...vn.features, ...jp.features] },
    unitBorders: lines({ type: 'MultiLineString', coordinates: [...vnBorders.coordinates, ...jpBorders.coordinates] }),
    legacyBorders: lines(legacy),
    islands: collection<IslandProperties>(topology, 'islands'),
    neighbours: feature(topology, topology.objects.neighbours) as FeatureCollection<Area>,
    extent: [...(topology.bbox ?? [-180, -85, 180, 85])].slice(0, 4) as GeoLayers['extent'],
  };
}

/** Every unit's area (km², measured by the geo build) by id, for label priority. */
export function unitAreas(units: FeatureCollection<Area, UnitProperties>): Map<string, number> {
  return new Map(units.features.map((f: Feature<Area, UnitProperties>) => [f.properties.id, f.properties.area_km2]));
}

let pending: Promise<GeoLayers> | null = null;

/**
 * How long the boundaries may take before the request is aborted and the map says they did not
 * load (with Try again): a stalled connection otherwise left an empty map area, indefinitely.
 * The file is about 0.3 MB compressed; 20 s is a very slow mobile connection.
 */
export const BOUNDARIES_TIMEOUT_MS = 20000;

/**
 * Fetches the boundaries once (a hashed same-origin asset, so it is cached and CSP-clean) and
 * converts them; later callers share the same promise. A stall counts as a failure after
 * BOUNDARIES_TIMEOUT_MS (headers and body alike).
 */
export function loadGeo(): Promise<GeoLayers> {
  if (pending) return pending;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`boundaries: no answer within ${BOUNDARIES_TIMEOUT_MS / 1000} s`)), BOUNDARIES_TIMEOUT_MS);
  pending = fetch(boundariesUrl, { signal: controller.signal })
    .then((response) => {
      if (!response.ok) throw new Error(`boundaries: HTTP ${response.status}`);
      return response.json() as Promise<BoundaryTopology>;
    })
    .then(geoLayers)
    .catch((error: unknown) => {
      pending = null;
      throw error;
    })
    .finally(() => clearTimeout(timer));
  return pending;
}
