/**
 * The regions the opening map groups localities into: Vietnam's six socio-economic regions and
 * Japan's eight regions. Two editable tables (`data/localities/regions.csv`, one row per region
 * with its source; `data/localities/locality-regions.csv`, one row per unit or prefecture), checked
 * here: every Vietnamese unit and every prefecture sits in exactly one region of its own country,
 * and a unit formed from provinces of two regions says why it sits where it does.
 */
import { z } from 'zod';
import { COUNTRIES, type Country } from '../../../src/data/vocabulary';
import { suggest, type Diagnostic } from './diagnostics';
import { loadCsv } from './load';
import { webUrlProblem } from './schema';

const REGIONS_COLUMNS = ['id', 'country', 'name_en', 'name_vi', 'name_ja', 'short_en', 'short_vi', 'short_ja', 'lon', 'lat', 'label_side', 'source_title', 'source_url'] as const;
const LABEL_SIDES = ['west', 'east'] as const;
const LOCALITY_REGIONS_COLUMNS = ['locality', 'region', 'reason'] as const;

const required = (what: string) => z.string().trim().min(1, `empty; ${what}`);

const regionRowSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^(vn|jp)-r-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a region id; write "vn-r-" or "jp-r-" and the English name in lowercase with dashes'),
  country: z.enum(COUNTRIES, { error: `not a country; use ${COUNTRIES.join(' or ')}` }),
  name_en: required('give the English name'),
  name_vi: required('give the Vietnamese name'),
  name_ja: required('give the Japanese name'),
  // Names short enough for a phone's map, one line each.
  short_en: required('give a short English name (a phone shows it)').max(20, 'too long for a phone; at most 20 characters'),
  short_vi: required('give a short Vietnamese name (a phone shows it)').max(20, 'too long for a phone; at most 20 characters'),
  short_ja: required('give a short Japanese name (a phone shows it)').max(8, 'too long for a phone; at most 8 characters'),
  // Where the circle stands: chosen inside the region so that neighbouring regions' circles and
  // labels do not overlap at the opening view (Vietnam is narrow; its regions' centres are close).
  lon: z.coerce
    .number({ error: 'not a number; write the longitude in degrees, e.g. 105.8' })
    .min(100, 'outside Vietnam and Japan; longitudes run from 102 to 146')
    .max(150, 'outside Vietnam and Japan; longitudes run from 102 to 146'),
  lat: z.coerce
    .number({ error: 'not a number; write the latitude in degrees, e.g. 21.0' })
    .min(8, 'outside Vietnam and Japan; latitudes run from 8 to 46')
    .max(46, 'outside Vietnam and Japan; latitudes run from 8 to 46'),
  label_side: z.enum(LABEL_SIDES, { error: `not a side; use ${LABEL_SIDES.join(', ')} (the side of the map its name column takes when there is room)` }),
  source_title: required('name the document that lists the region and its members'),
  source_url: z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      const problem = s === '' ? null : webUrlProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});

const localityRegionRowSchema = z.object({
  locality: required('give the id of a Vietnamese unit (vn-…) or a prefecture (jp-NN)'),
  region: required('give a region id from data/localities/regions.csv'),
  reason: z.string().trim(),
});

export interface CompiledRegion {
  id: string;
  country: Country;
  point: [number, number];
  labelSide: (typeof LABEL_SIDES)[number];
  names: { en: string; vi: string; ja: string };
  shortNames: { en: string; vi: string; ja: string };
  source: { title: string; url: string | null };
  /** Unit or prefecture ids, in the table's order. */
  members: string[];
}

export interface RegionPaths {
  regions: string;
  localityRegions: string;
}

/**
 * Checks both tables against the known units and prefectures (`localities`: id → country) and
 * returns the regions with their members, or null when a table could not be read.
 */
export function checkRegions(paths: RegionPaths, localities: ReadonlyMap<string, Country>, out: Diagnostic[]): CompiledRegion[] | null {
  const regionsCsv = loadCsv(paths.regions, REGIONS_COLUMNS, regionRowSchema, out);
  const membersCsv = loadCsv(paths.localityRegions, LOCALITY_REGIONS_COLUMNS, localityRegionRowSchema, out);
  if (!regionsCsv || !membersCsv) return null;

  const regions = new Map<string, CompiledRegion>();
  for (const { line, row } of regionsCsv.rows) {
    if (regions.has(row.id)) {
      out.push({ file: paths.regions, line, column: 1, field: 'id', value: row.id, message: 'already used above; region ids must be unique' });
      continue;
    }
    if (!row.id.startsWith(`${row.country}-`)) {
      out.push({ file: paths.regions, line, column: 2, field: 'country', value: row.country, message: `does not match the id ${row.id}; use ${row.id.slice(0, 2)}` });
    }
    regions.set(row.id, {
      id: row.id,
      country: row.country,
      point: [row.lon, row.lat],
      labelSide: row.label_side,
      names: { en: row.name_en.normalize('NFC'), vi: row.name_vi.normalize('NFC'), ja: row.name_ja.normalize('NFC') },
      shortNames: { en: row.short_en.normalize('NFC'), vi: row.short_vi.normalize('NFC'), ja: row.short_ja.normalize('NFC') },
      source: { title: row.source_title.normalize('NFC'), url: row.source_url === '' ? null : row.source_url },
      members: [],
    });
  }

  const placed = new Map<string, number>();
  for (const { line, row } of membersCsv.rows) {
    const country = localities.get(row.locality);
    if (country === undefined) {
      const advice = suggest(row.locality, localities.keys(), 'use an id from vn-provinces.csv or jp-prefectures.csv (municipalities follow their prefecture)');
      out.push({ file: paths.localityRegions, line, column: 1, field: 'locality', value: row.locality, message: `not a Vietnamese unit or a prefecture; ${advice}` });
      continue;
    }
    const earlier = placed.get(row.locality);
    if (earlier !== undefined) {
      out.push({ file: paths.localityRegions, line, column: 1, field: 'locality', value: row.locality, message: `already placed on line ${earlier}; a locality sits in one region` });
      continue;
    }
    const region = regions.get(row.region);
    if (!region) {
      const advice = suggest(row.region, regions.keys(), `use an id from ${paths.regions}`);
      out.push({ file: paths.localityRegions, line, column: 2, field: 'region', value: row.region, message: `not a region; ${advice}` });
      continue;
    }
    if (region.country !== country) {
      const ownCountry = [...regions.values()].filter((r) => r.country === country).map((r) => r.id);
      out.push({ file: paths.localityRegions, line, column: 2, field: 'region', value: row.region, message: `a region of the other country; use one of ${ownCountry.join(', ')}` });
      continue;
    }
    placed.set(row.locality, line);
    region.members.push(row.locality);
  }
  for (const id of localities.keys()) {
    if (!placed.has(id)) {
      out.push({ file: paths.localityRegions, line: 1, column: 1, field: 'locality', value: id, message: 'has no region; add a row "locality,region,reason" for it' });
    }
  }
  for (const region of regions.values()) {
    if (region.members.length === 0) {
      out.push({
        file: paths.regions,
        line: 1,
        column: 1,
        field: 'id',
        value: region.id,
        message: `has no member in ${paths.localityRegions}; place its units or prefectures there, or remove the region`,
      });
    }
  }
  return [...regions.values()];
}
