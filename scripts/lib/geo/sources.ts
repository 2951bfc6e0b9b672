import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { InputFeature } from './features.ts';
import { byId } from './features.ts';
import { ISLAND_DISTRICTS } from './islands.ts';
import type { Localities } from './localities.ts';
import { unitIdByLegacyIso } from './localities.ts';
import type { Box, PolygonRings } from './rings.ts';
import { bboxOf, clipPolygonsToBox, dropSmallPolygons, polygonsOf, rewindForD3 } from './rings.ts';

/** Source files, relative to the shared geo folder (see ../shared/geo/SOURCES.md). */
export const SOURCE_FILES = {
  vietnam: 'geoboundaries/geoBoundaries-VNM-ADM1.geojson',
  japan: 'smartnews-n03/prefectures-s0010.topojson',
  islands: 'natural-earth/ne10m-v4-paracel-spratly.geojson',
} as const;

/** Neighbouring land is kept only inside this lon/lat box around the two countries. */
const NEIGHBOUR_BOX: Box = [88, -12, 165, 56];
/** world-atlas ids (ISO 3166-1 numeric) of the two countries we draw ourselves. */
const OWN_COUNTRY_IDS = new Set(['704', '392']);

type AreaFeature = Feature<Polygon | MultiPolygon | null>;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function areaPolygons(f: AreaFeature, file: string): PolygonRings[] {
  if (!f.geometry) throw new Error(`${file}: feature without geometry`);
  return polygonsOf(f.geometry);
}

/**
 * Vietnam's 63 pre-merger provinces from geoBoundaries, joined to the merger table by ISO
 * code (never by name). VN-43 comes as two features (mainland and Côn Đảo) and is joined
 * into one. The schematic Hoàng Sa / Trường Sa islets inside Đà Nẵng and Khánh Hòa are
 * removed: the islands object draws the archipelagos once, from Natural Earth.
 */
export function readVnLegacy(sharedGeoDir: string, localities: Localities, minIsletArea: number): InputFeature[] {
  const collection = readJson<FeatureCollection<Polygon | MultiPolygon | null>>(join(sharedGeoDir, SOURCE_FILES.vietnam));
  const unitByIso = unitIdByLegacyIso(localities);
  const polygonsByIso = new Map<string, PolygonRings[]>();
  for (const f of collection.features) {
    const iso = String(f.properties?.shapeISO ?? '');
    if (!unitByIso.has(iso)) throw new Error(`${SOURCE_FILES.vietnam}: shapeISO "${iso}" is not in vn-merger-2025.csv`);
    polygonsByIso.set(iso, [...(polygonsByIso.get(iso) ?? []), ...areaPolygons(f, SOURCE_FILES.vietnam)]);
  }
  return localities.merger
    .map((row) => {
      const polygons = polygonsByIso.get(row.legacy_iso);
      if (!polygons) throw new Error(`${SOURCE_FILES.vietnam}: no feature with shapeISO ${row.legacy_iso}`);
      const island = ISLAND_DISTRICTS.find((d) => d.legacyIso === row.legacy_iso);
      const mainland = island ? polygons.filter((p) => bboxOf([p])[0] < island.schematicWestOf) : polygons;
      return {
        id: row.legacy_iso,
        properties: { name_vi: row.legacy_name_vi, name_en: row.legacy_name_en, unit: unitByIso.get(row.legacy_iso) ?? '' },
        polygons: dropSmallPolygons(mainland, minIsletArea).map(rewindForD3),
      };
    })
    .sort(byId);
}

/** Japan's 47 prefectures from the smartnews N03 TopoJSON, joined by Japanese name. */
export function readJapan(sharedGeoDir: string, localities: Localities, minIsletArea: number): InputFeature[] {
  const topology = readJson<Topology<{ prefectures: GeometryCollection<{ N03_001: string }> }>>(join(sharedGeoDir, SOURCE_FILES.japan));
  const collection = feature(topology, topology.objects.prefectures) as FeatureCollection<Polygon | MultiPolygon | null>;
  const byNameJa = new Map(localities.jpPrefectures.map((p) => [p.name_ja, p]));
  const features = collection.features.map((f): InputFeature => {
    const nameJa = String(f.properties?.N03_001 ?? '').normalize('NFC');
    const prefecture = byNameJa.get(nameJa);
    if (!prefecture) throw new Error(`${SOURCE_FILES.japan}: N03_001 "${nameJa}" is not in jp-prefectures.csv`);
    return {
      id: prefecture.id,
      properties: { name_en: prefecture.name_en, name_ja: prefecture.name_ja, name_vi: prefecture.name_vi, type: prefecture.type },
      polygons: dropSmallPolygons(areaPolygons(f, SOURCE_FILES.japan), minIsletArea).map(rewindForD3),
    };
  });
  if (new Set(features.map((f) => f.id)).size !== 47) throw new Error(`${SOURCE_FILES.japan}: expected 47 distinct prefectures`);
  return features.sort(byId);
}

/** The Hoàng Sa and Trường Sa islets from Natural Earth, every islet kept however small. */
export function readIslands(sharedGeoDir: string): InputFeature[] {
  const collection = readJson<FeatureCollection<Polygon | MultiPolygon | null>>(join(sharedGeoDir, SOURCE_FILES.islands));
  return ISLAND_DISTRICTS.map((district) => {
    const islets = collection.features.find((f) => f.properties?.kind === 'islets' && f.properties.name === district.neName);
    if (!islets) throw new Error(`${SOURCE_FILES.islands}: no islets feature named "${district.neName}"`);
    return {
      id: district.id,
      properties: { ...district.properties },
      polygons: areaPolygons(islets, SOURCE_FILES.islands).map(rewindForD3),
    };
  }).sort(byId);
}

/**
 * Other countries' land from world-atlas (Natural Earth 1:50m), clipped to NEIGHBOUR_BOX so
 * that Russia or Australia do not drag their whole outline into the first-view download.
 */
export function readNeighbours(minIsletArea: number): InputFeature[] {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon | null>;
  const out: InputFeature[] = [];
  for (const f of collection.features) {
    if (!f.geometry || OWN_COUNTRY_IDS.has(String(f.id))) continue;
    const name = String(f.properties?.name ?? '');
    const polygons = dropSmallPolygons(clipPolygonsToBox(polygonsOf(f.geometry), NEIGHBOUR_BOX), minIsletArea);
    if (polygons.length > 0) out.push({ id: name, properties: { name }, polygons: polygons.map(rewindForD3) });
  }
  return out.sort(byId);
}
