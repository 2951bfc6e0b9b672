// Checks the committed boundaries in data/geo against the committed tables in data/localities.
// Reads only files under data/ (never ../shared), so it runs anywhere the repo is checked out.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readText = (path: string): string => readFileSync(`${root}${path}`, 'utf8');
const readCsv = (path: string): Record<string, string>[] => parse(readText(path), { columns: true }) as Record<string, string>[];

type Area = Feature<Polygon | MultiPolygon, Record<string, string>>;
type ObjectName = 'vn' | 'vn_legacy' | 'jp' | 'islands' | 'neighbours';
const topology = JSON.parse(readText('data/geo/boundaries.topo.json')) as Topology<Record<ObjectName, GeometryCollection>>;
const features = (name: ObjectName): Area[] => (feature(topology, topology.objects[name]) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>).features as Area[];
const vn = features('vn');
const legacy = features('vn_legacy');
const jp = features('jp');
const islands = features('islands');
const labels = JSON.parse(readText('data/geo/labels.json')) as Record<string, [number, number]>;
const merger = readCsv('data/localities/vn-merger-2025.csv');
const vnProvinces = readCsv('data/localities/vn-provinces.csv');

const ids = (list: Area[]): string[] => list.map((f) => String(f.id));
const byId = (list: Area[], id: string): Area => {
  const found = list.find((f) => f.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
};
const polygonsOf = (f: Area): Position[][][] => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
const largestPolygon = (f: Area): Position[][] => polygonsOf(f).reduce((a, b) => (geoArea({ type: 'Polygon', coordinates: b }) > geoArea({ type: 'Polygon', coordinates: a }) ? b : a));

const CITIES = ['vn-can-tho', 'vn-da-nang', 'vn-hai-phong', 'vn-hanoi', 'vn-ho-chi-minh-city', 'vn-hue'];

describe('Vietnam: 34 post-merger units', () => {
  it('has exactly the 34 units of vn-provinces.csv, with their names and types', () => {
    expect(vn).toHaveLength(34);
    const expected = vnProvinces.map((p) => ({ id: p.id, name_vi: p.name_vi, name_en: p.name_en, name_ja: p.name_ja, type: p.type })).sort((a, b) => (a.id! < b.id! ? -1 : 1));
    expect(vn.map(({ id, properties: { area_km2: _area, ...names } }) => ({ id, ...names }))).toEqual(expected);
  });

  it('has 6 centrally-run cities and 28 provinces', () => {
    expect(ids(vn.filter((f) => f.properties.type === 'city'))).toEqual(CITIES);
    expect(vn.filter((f) => f.properties.type === 'province')).toHaveLength(28);
  });

  it('uses the documented ids: vn- + slug of the English name', () => {
    for (const f of vn) {
      const slug = f.properties
        .name_en!.normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
      expect(f.id).toBe(`vn-${slug}`);
    }
    expect(ids(vn)).toEqual(expect.arrayContaining(['vn-gia-lai', 'vn-lao-cai', 'vn-quang-ninh', 'vn-dak-lak', ...CITIES]));
  });

  it('has names in Japanese ending in 市 for cities and 省 for provinces', () => {
    for (const f of vn) expect(f.properties.name_ja).toMatch(f.properties.type === 'city' ? /市$/ : /省$/);
    expect(byId(vn, 'vn-hanoi').properties.name_ja).toBe('ハノイ市');
  });
});

describe('Vietnam: 63 pre-merger provinces', () => {
  it('has the 63 ISO codes of the merger table as ids', () => {
    expect(ids(legacy).sort()).toEqual(merger.map((r) => r.legacy_iso).sort());
    expect(new Set(ids(legacy)).size).toBe(63);
  });

  it('puts every pre-merger province in exactly one existing unit, as the merger table says', () => {
    const unitIdByNameVi = new Map(vnProvinces.map((p) => [p.name_vi, p.id]));
    for (const row of merger) {
      const f = byId(legacy, row.legacy_iso!);
      expect(f.properties.unit, row.legacy_iso).toBe(unitIdByNameVi.get(row.province_vi!));
      expect(ids(vn)).toContain(f.properties.unit);
    }
    expect(byId(legacy, 'VN-31').properties.unit).toBe('vn-gia-lai');
    expect(byId(legacy, 'VN-43').properties.unit).toBe('vn-ho-chi-minh-city');
  });

  it('leaves every unit with at least one member', () => {
    const used = new Set(legacy.map((f) => f.properties.unit));
    expect([...used].sort()).toEqual(ids(vn));
  });
});

describe('Japan: 47 prefectures', () => {
  it('has ids jp-01 … jp-47', () => {
    expect(ids(jp)).toEqual(Array.from({ length: 47 }, (_, i) => `jp-${String(i + 1).padStart(2, '0')}`));
  });

  it('has the right to/do/fu/ken types', () => {
    const special = jp.filter((f) => f.properties.type !== 'ken').map((f) => `${f.id}:${f.properties.type}`);
    expect(special).toEqual(['jp-01:do', 'jp-13:to', 'jp-26:fu', 'jp-27:fu']);
  });

  it('has names in the three languages', () => {
    expect(byId(jp, 'jp-19').properties).toEqual({ name_en: 'Yamanashi', name_ja: '山梨県', name_vi: 'Yamanashi', type: 'ken', area_km2: expect.any(Number) });
  });
});

describe('island districts', () => {
  it('has Hoàng Sa under Đà Nẵng and Trường Sa under Khánh Hòa', () => {
    expect(islands.map((f) => [f.id, f.properties.parent, f.properties.name_vi])).toEqual([
      ['vn-hoang-sa', 'vn-da-nang', 'Quần đảo Hoàng Sa'],
      ['vn-truong-sa', 'vn-khanh-hoa', 'Quần đảo Trường Sa'],
    ]);
  });

  it("carries none of Natural Earth's attributes", () => {
    for (const f of islands) expect(Object.keys(f.properties).sort()).toEqual(['name_en', 'name_ja', 'name_vi', 'parent']);
  });
});

describe('geometry', () => {
  it('winds every ring the d3 way (no area near 4π)', () => {
    for (const f of [...vn, ...legacy, ...jp, ...islands, ...features('neighbours')]) {
      expect(geoArea(f), String(f.id ?? f.properties.name)).toBeLessThan(1); // a reversed ring gives ≈ 4π ≈ 12.6
    }
  });

  it('gives each unit the area of its members, within 0.5 %', () => {
    for (const unit of vn) {
      const members = legacy.filter((f) => f.properties.unit === unit.id);
      const sum = members.reduce((total, f) => total + geoArea(f), 0);
      expect(Math.abs(geoArea(unit) - sum) / sum, String(unit.id)).toBeLessThan(0.005);
    }
  });

  it('gives each unit and prefecture its area as drawn, in km² (the map ranks place labels by it)', () => {
    const km2 = (f: Area) => geoArea(f) * 6371.0088 ** 2;
    for (const f of [...vn, ...jp]) expect(Math.abs(Number(f.properties.area_km2) - km2(f)), String(f.id)).toBeLessThanOrEqual(0.5);
    // Hokkaido is Japan's largest prefecture (about 83,400 km²), Tokyo about 2,200 km².
    const byId = new Map(jp.map((f) => [f.id, Number(f.properties.area_km2)]));
    expect(byId.get('jp-01')).toBeGreaterThan(80000);
    expect(byId.get('jp-13')).toBeLessThan(2500);
  });

  it('covers the 63 provinces with the 34 units', () => {
    const total = (list: Area[]): number => list.reduce((t, f) => t + geoArea(f), 0);
    expect(Math.abs(total(vn) - total(legacy)) / total(legacy)).toBeLessThan(0.001);
    // An inner point of each old province must lie in its new unit.
    for (const f of legacy) {
      const [x = 0, y = 0] = polylabel(largestPolygon(f) as number[][][], 0.001);
      expect(geoContains(byId(vn, f.properties.unit!), [x, y]), String(f.id)).toBe(true);
    }
  });

  it('keeps every coordinate inside the two countries’ boxes (islands included)', () => {
    const boxes: [Area[], [number, number, number, number]][] = [
      [
        [...vn, ...legacy, ...islands],
        [102, 7, 118, 23.5],
      ],
      [jp, [122.9, 20, 154.1, 45.6]],
    ];
    for (const [list, [w, s, e, n]] of boxes)
      for (const f of list)
        for (const polygon of polygonsOf(f))
          for (const ring of polygon)
            for (const [x = NaN, y = NaN] of ring) {
              expect(x >= w && x <= e && y >= s && y <= n, `${String(f.id)} ${x},${y}`).toBe(true);
            }
  });
});

describe('labels.json', () => {
  it('has one point per unit, prefecture and island district', () => {
    expect(Object.keys(labels).sort()).toEqual([...ids(islands), ...ids(jp), ...ids(vn)].sort());
  });

  it('puts every point inside its polygon', () => {
    for (const f of [...vn, ...jp, ...islands]) {
      const point = labels[String(f.id)];
      expect(point && geoContains(f, point), String(f.id)).toBe(true);
    }
  });

  it('rounds to 4 decimals', () => {
    for (const [lon, lat] of Object.values(labels)) {
      expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
      expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
    }
  });
});
