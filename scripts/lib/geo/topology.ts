import type { Feature, FeatureCollection, Polygon as GeoPolygon, MultiPolygon as GeoMultiPolygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { Filter } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { InputFeature } from './features.ts';
import type { VnProvince } from './localities.ts';
import { signedRingArea, toGeometry } from './rings.ts';

export interface BoundaryInputs {
  vnLegacy: InputFeature[];
  jp: InputFeature[];
  islands: InputFeature[];
  neighbours: InputFeature[];
}

export interface SimplifyOptions {
  /** Visvalingam weight (planar triangle area, degrees²) below which a vertex is removed. */
  minWeight: number;
  /** Same, for arcs drawn only by the muted neighbours, which can be coarser. */
  neighbourMinWeight: number;
  /** Rings smaller than this (degrees²) after simplification are dropped, islands excepted. */
  minRingArea: number;
  /** Grid size for quantize(); coordinates become integers on an n × n grid over the bbox. */
  quantization: number;
}

type AreaObject = GeometryCollection<Record<string, string | number>>;
export type BoundaryTopology = Topology<{
  vn: AreaObject;
  vn_legacy: AreaObject;
  jp: AreaObject;
  islands: AreaObject;
  neighbours: AreaObject;
}>;

function toCollection(features: InputFeature[], withIds = true): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f): Feature => ({
      type: 'Feature',
      ...(withIds ? { id: f.id } : {}),
      properties: f.properties,
      geometry: toGeometry(f.polygons) as GeoPolygon | GeoMultiPolygon,
    })),
  };
}

/** Arc indexes (non-negative) used by every polygon of an object. */
function arcsOf(object: GeometryCollection): Set<number> {
  const out = new Set<number>();
  const visit = (g: GeometryObject): void => {
    if (g.type === 'Polygon') g.arcs.flat().forEach((a) => out.add(a < 0 ? ~a : a));
    else if (g.type === 'MultiPolygon') g.arcs.flat(2).forEach((a) => out.add(a < 0 ? ~a : a));
    else if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
  };
  visit(object);
  return out;
}

/**
 * Builds the one topology behind boundaries.topo.json:
 * 1. all source shapes go into one topology, so neighbours share arcs;
 * 2. Visvalingam simplification on those shared arcs (islets pinned, they are few and tiny);
 * 3. rings that collapsed or are too small to see are dropped;
 * 4. the 34 units are merged from the 63 provinces on the same arcs (inner borders vanish,
 *    and no sliver can appear because both sides are the same arc);
 * 5. quantization and a final rewind to d3-geo's winding.
 */
export function buildBoundaryTopology(inputs: BoundaryInputs, units: readonly VnProvince[], options: SimplifyOptions): BoundaryTopology {
  // 1. One topology for everything.
  const raw = topology({
    vn_legacy: toCollection(inputs.vnLegacy),
    jp: toCollection(inputs.jp),
    islands: toCollection(inputs.islands),
    neighbours: toCollection(inputs.neighbours, false),
  }) as unknown as BoundaryTopology;

  // 2. Simplify. Pinning means giving the islets' vertices infinite weight; the neighbours'
  //    own arcs get a coarser threshold by zeroing the weights below it.
  const weighted = presimplify(raw, planarTriangleArea);
  const islandArcs = arcsOf(weighted.objects.islands);
  for (const index of islandArcs) for (const point of weighted.arcs[index] ?? []) point[2] = Infinity;
  const ownArcs = new Set([...arcsOf(weighted.objects.vn_legacy), ...arcsOf(weighted.objects.jp), ...islandArcs]);
  for (const index of arcsOf(weighted.objects.neighbours)) {
    if (ownArcs.has(index)) continue;
    for (const point of weighted.arcs[index] ?? []) if ((point[2] ?? 0) < options.neighbourMinWeight) point[2] = 0;
  }
  const simplified = simplify(weighted, options.minWeight);

  // 3. Drop collapsed and invisible rings. filter() passes arc indexes at run time,
  //    although its type declaration says coordinates.
  const keepRing = (ring: number[]): boolean => ring.every((a) => islandArcs.has(a < 0 ? ~a : a)) || planarRingArea(ringCoordinates(simplified, ring)) >= options.minRingArea;
  const filtered = filter(simplified, keepRing as unknown as Filter) as unknown as BoundaryTopology;

  // 4. Merge the 34 units on the shared arcs.
  const legacy = filtered.objects.vn_legacy.geometries;
  const vn: GeometryObject[] = [...units]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((unit) => {
      const members = legacy.filter((g) => (g.properties as Record<string, string> | undefined)?.unit === unit.id) as (Polygon | MultiPolygon)[];
      if (members.length === 0) throw new Error(`unit ${unit.id} has no pre-merger province`);
      return {
        ...mergeArcs(filtered, members),
        id: unit.id,
        properties: { name_vi: unit.name_vi, name_en: unit.name_en, name_ja: unit.name_ja, type: unit.type },
      };
    });
  const merged: BoundaryTopology = {
    ...filtered,
    objects: { ...filtered.objects, vn: { type: 'GeometryCollection', geometries: vn } },
  };

  // 5. Quantize, then make every ring wind the way d3-geo expects.
  return withAreas(rewindTopology(quantize(merged, options.quantization) as BoundaryTopology));
}

/** The mean Earth radius (IUGG), km: geoArea gives steradians. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Each unit's and prefecture's area (km², of the shape as drawn) as `area_km2`: the map ranks
 * place labels by it, and a spherical integral over every shape cost readers ~50 ms the first
 * time the map went below the regions.
 */
function withAreas(topo: BoundaryTopology): BoundaryTopology {
  const measure = (key: 'vn' | 'jp'): AreaObject => ({
    ...topo.objects[key],
    geometries: topo.objects[key].geometries.map((g) => {
      const area = Math.round(geoArea(feature(topo, g)) * EARTH_RADIUS_KM ** 2);
      return { ...g, properties: { ...g.properties, area_km2: area } };
    }),
  });
  return { ...topo, objects: { ...topo.objects, vn: measure('vn'), jp: measure('jp') } };
}

function ringCoordinates(topo: Topology, ring: number[]): [number, number][] {
  const polygon = feature(topo, { type: 'Polygon', arcs: [ring] }).geometry as GeoPolygon;
  return (polygon.coordinates[0] ?? []) as [number, number][];
}

/** A ring written the other way round: reversed arc order, each arc flipped (~i). */
function reverseRing(ring: number[]): number[] {
  return [...ring].reverse().map((a) => ~a);
}

/**
 * Exterior rings clockwise, holes counter-clockwise. mergeArcs keeps the direction of the
 * arcs it stitches, which is right when the inputs were, but checking costs nothing.
 */
function rewindTopology(topo: BoundaryTopology): BoundaryTopology {
  const fixPolygon = (rings: number[][]): number[][] =>
    rings.map((ring, index) => {
      const clockwise = signedRingArea(ringCoordinates(topo, ring)) < 0;
      return clockwise === (index === 0) ? ring : reverseRing(ring);
    });
  const fix = (g: GeometryObject): GeometryObject => {
    if (g.type === 'Polygon') return { ...g, arcs: fixPolygon(g.arcs) };
    if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map(fixPolygon) };
    return g;
  };
  const objects = Object.fromEntries(Object.entries(topo.objects).map(([key, o]) => [key, { ...o, geometries: o.geometries.map(fix) }])) as BoundaryTopology['objects'];
  return { ...topo, objects };
}
