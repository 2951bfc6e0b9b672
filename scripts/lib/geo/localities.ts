import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { parseCsv } from '../data/csv.ts';
import { jpPrefectureRowSchema, vnMergerRowSchema, vnProvinceRowSchema, type JpPrefectureRow, type VnMergerRow, type VnProvinceRow } from '../data/schema.ts';
import { slugify as toSlug } from '../../../src/lib/text.ts';

// One schema per table, shared with the data check (scripts/lib/data/schema.ts), so that a row the
// checker accepts is a row the geometry build accepts.
type MergerRow = VnMergerRow;
export type VnProvince = VnProvinceRow;
type JpPrefecture = JpPrefectureRow;

export interface Localities {
  merger: MergerRow[];
  vnProvinces: VnProvince[];
  jpPrefectures: JpPrefecture[];
}

/**
 * Parses CSV text with the data check's reader (BOM, CRLF, quoting) into rows checked against
 * a schema; errors name the file, line and field.
 */
export function parseTable<T>(text: string, schema: z.ZodType<T>, fileName: string): T[] {
  return parseCsv(text, fileName).rows.map(({ line, fields }) => {
    const normalised = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.normalize('NFC')]));
    const result = schema.safeParse(normalised);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${fileName}:${line}: field "${issue?.path.join('.') ?? '?'}": ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  });
}

/** Reads the three project tables in data/localities and checks they agree with each other. */
export function readLocalities(repoRoot: string): Localities {
  const dir = join(repoRoot, 'data', 'localities');
  const read = <T>(name: string, schema: z.ZodType<T>): T[] => parseTable(readFileSync(join(dir, name), 'utf8'), schema, `data/localities/${name}`);
  const localities = {
    merger: read('vn-merger-2025.csv', vnMergerRowSchema),
    vnProvinces: read('vn-provinces.csv', vnProvinceRowSchema),
    jpPrefectures: read('jp-prefectures.csv', jpPrefectureRowSchema),
  };
  checkLocalities(localities);
  return localities;
}

/** Cross-table invariants the geometry build relies on. */
function checkLocalities({ merger, vnProvinces, jpPrefectures }: Localities): void {
  const fail = (message: string): never => {
    throw new Error(`data/localities: ${message}`);
  };
  if (merger.length !== 63) fail(`vn-merger-2025.csv has ${merger.length} rows, expected 63`);
  if (new Set(merger.map((r) => r.legacy_iso)).size !== merger.length) fail('vn-merger-2025.csv repeats a legacy_iso');
  if (vnProvinces.length !== 34) fail(`vn-provinces.csv has ${vnProvinces.length} rows, expected 34`);
  for (const p of vnProvinces) {
    if (p.id !== `vn-${toSlug(p.name_en)}`) fail(`vn-provinces.csv ${p.id}: id should be "vn-${toSlug(p.name_en)}"`);
  }
  const byNameVi = new Map(vnProvinces.map((p) => [p.name_vi, p]));
  for (const row of merger) {
    const unit = byNameVi.get(row.province_vi);
    if (!unit) fail(`vn-merger-2025.csv ${row.legacy_iso}: unit "${row.province_vi}" is not in vn-provinces.csv`);
    else if (unit.name_en !== row.province_en || unit.type !== row.province_type) fail(`vn-merger-2025.csv ${row.legacy_iso}: name_en/type disagree with vn-provinces.csv ${unit.id}`);
  }
  if (jpPrefectures.length !== 47) fail(`jp-prefectures.csv has ${jpPrefectures.length} rows, expected 47`);
  for (const p of jpPrefectures) {
    if (p.iso !== `JP-${p.jis_code}` || p.id !== `jp-${p.jis_code}`) fail(`jp-prefectures.csv ${p.jis_code}: iso/id disagree with jis_code`);
  }
}

/** Maps each pre-merger ISO code to the id of the unit it belongs to. */
export function unitIdByLegacyIso({ merger, vnProvinces }: Localities): Map<string, string> {
  const idByNameVi = new Map(vnProvinces.map((p) => [p.name_vi, p.id]));
  return new Map(merger.map((r) => [r.legacy_iso, idByNameVi.get(r.province_vi) ?? '']));
}
