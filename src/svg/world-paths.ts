import { geoTransform } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { startTransition, useEffect, useState } from 'react';
import type { Country } from '../data/vocabulary';
import type { GeoLayers } from '../geo/boundaries';
import { mercator, worldSize, type Camera, type Size } from '../view/camera';
import { thinPath } from '../view/thin-path';

/**
 * The SVG first view's boundaries as path text in "world" units: Web Mercator pixels at a
 * reference zoom, centred on a fixed point. Any camera then draws them with one SVG transform
 * (`worldTransform`), so a new viewport size, a framed selection or a rotated phone never
 * projects 20,000 vertices again. The projection runs in slices with the browser's turn in
 * between: on a phone it was one task of ~300 ms at the first view (Lighthouse's 4× CPU), the
 * largest piece of the page's total blocking time.
 */
export interface WorldPaths {
  /** The zoom the vertices were projected and thinned at. */
  zoom: number;
  neighbours: string;
  units: { id: string; country: Country; d: string }[];
  unitBorders: string;
  legacyBorders: string;
  islands: { id: string; d: string }[];
  /** The land's clip box in world px: x0 west, x1 east, y0 north, y1 south. */
  extent: { x0: number; y0: number; x1: number; y1: number };
}

/** Where world units are 0,0: the middle of the two countries' box, so coordinates stay short. */
const ORIGIN: [number, number] = [124, 28.5];

/** Vertices are thinned to half a pixel at the reference zoom (src/view/thin-path.ts). */
const THIN_PX = 0.5;

/**
 * The reference zoom for a camera zoom: the nearest half step, so a phone (zoom ~2.5) does not
 * carry a desktop's vertices and a small resize reuses what is there.
 */
export function referenceZoom(zoom: number): number {
  return Math.round(zoom * 2) / 2;
}

/** The SVG transform that draws world paths (projected at `zoom`) under `camera` in a `size` viewport. */
export function worldTransform(zoom: number, camera: Camera, size: Size): { k: number; x: number; y: number } {
  const world = worldSize(camera.zoom);
  const [ox, oy] = mercator(ORIGIN);
  const [cx, cy] = mercator(camera.center);
  return { k: 2 ** (camera.zoom - zoom), x: (ox - cx) * world + size.width / 2, y: (oy - cy) * world + size.height / 2 };
}

type Part = Polygon | LineString;

/** A geometry as its polygons or lines, each small enough to project within one slice. */
function parts(geometry: Geometry | null): Part[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon':
    case 'LineString':
      return [geometry];
    case 'MultiPolygon':
      return (geometry as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    case 'MultiLineString':
      return (geometry as MultiLineString).coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
    case 'GeometryCollection':
      return geometry.geometries.flatMap(parts);
    default:
      return [];
  }
}

const featureParts = (fc: FeatureCollection) => fc.features.flatMap((f: Feature) => parts(f.geometry));

/** Hands the main thread back to the browser (input, paint) before the next slice. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Slices of at most this many milliseconds: well under the 50 ms that make a task "long". */
const SLICE_MS = 8;

export interface Slicing {
  /** Awaited between slices: the browser's turn. A rejection stops the projection. */
  turn: () => Promise<void>;
  /** Longest slice, in ms. */
  sliceMs: number;
}

/** Projects `geo` into world paths at `zoom`, in slices (`slicing`). */
export async function projectWorld(geo: GeoLayers, zoom: number, { turn, sliceMs }: Slicing = { turn: nextTurn, sliceMs: SLICE_MS }): Promise<WorldPaths> {
  const world = worldSize(zoom);
  const [ox, oy] = mercator(ORIGIN);
  // Web Mercator as a plain planar transform: the boundaries lie between 88° and 163° E, so d3's
  // spherical clipping at the antimeridian and its adaptive resampling (for long edges that curve
  // under the projection) change nothing here, yet they were most of the first view's script
  // (~300 of ~1,900 ms to map ready in the embed, profiled on the bench machine).
  const projection = geoTransform({
    point(lon, lat) {
      // `mercator` written out (no clamping needed this far from the poles): two numbers per
      // vertex instead of two arrays, for some 20,000 vertices, less for the collector to sweep.
      const y = (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
      this.stream.point(((lon + 180) / 360 - ox) * world, (y - oy) * world);
    },
  });
  const path = thinPath(projection, THIN_PX).digits(1);
  let sliceStart = performance.now();
  const draw = async (pieces: Part[]) => {
    let d = '';
    for (const piece of pieces) {
      if (performance.now() - sliceStart > sliceMs) {
        await turn();
        sliceStart = performance.now();
      }
      d += path(piece) ?? '';
    }
    return d;
  };
  const [west, south, east, north] = geo.extent;
  const toWorld = (lon: number, lat: number) => {
    const [x, y] = mercator([lon, lat]);
    return [(x - ox) * world, (y - oy) * world] as const;
  };
  const [x0, y0] = toWorld(west, north);
  const [x1, y1] = toWorld(east, south);
  const units: WorldPaths['units'] = [];
  for (const f of geo.units.features) units.push({ id: f.properties.id, country: f.properties.country, d: await draw(parts(f.geometry)) });
  const islands: WorldPaths['islands'] = [];
  for (const f of geo.islands.features) islands.push({ id: f.properties.id, d: await draw(parts(f.geometry)) });
  return {
    zoom,
    neighbours: await draw(featureParts(geo.neighbours)),
    units,
    unitBorders: await draw(featureParts(geo.unitBorders)),
    legacyBorders: await draw(featureParts(geo.legacyBorders)),
    islands,
    extent: { x0, y0, x1, y1 },
  };
}

/**
 * The world paths for `geo` at the reference zoom of `cameraZoom`, projected in slices. While a
 * new reference zoom is being projected, the previous paths stay (any camera can draw them).
 */
export function useWorldPaths(geo: GeoLayers | null, cameraZoom: number | null): WorldPaths | null {
  const [paths, setPaths] = useState<{ geo: GeoLayers; world: WorldPaths } | null>(null);
  const zoom = cameraZoom === null ? null : referenceZoom(cameraZoom);
  useEffect(() => {
    if (!geo || zoom === null) return;
    let live = true;
    // A superseded projection stops at its next slice.
    const turn = () => (live ? nextTurn() : Promise.reject(new Error('superseded')));
    projectWorld(geo, zoom, { turn, sliceMs: SLICE_MS }).then(
      (world) => live && startTransition(() => setPaths({ geo, world })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [geo, zoom]);
  return paths && paths.geo === geo ? paths.world : null;
}
