import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { slugify as toSlug } from '../../../src/lib/text.ts';

/** One pre-merger province and the post-1-July-2025 unit it now belongs to. */
export const mergerRowSchema = z.object({
  legacy_iso: z.string().regex(/^VN-(\d\d|HN|SG|HP|DN|CT)$/),
  legacy_name_vi: z.string().min(1),
  legacy_name_en: z.string().min(1),
  province_vi: z.string().min(1),
  province_en: z.string().min(1),
  province_type: z.enum(['city', 'province']),
});
export type MergerRow = z.infer<typeof mergerRowSchema>;

/** One of the 34 post-merger Vietnamese units. */
export const vnProvinceSchema = z.object({
  id: z.string().regex(/^vn-[a-z0-9-]+$/),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  name_ja: z.string().regex(/[省市]$/),
  type: z.enum(['city', 'province']),
});
export type VnProvince = z.infer<typeof vnProvinceSchema>;

/** One of the 47 Japanese prefectures. */
export const jpPrefectureSchema = z.object({
  jis_code: z.string().regex(/^(0[1-9]|[1-3]\d|4[0-7])$/),
  iso: z.string().regex(/^JP-\d\d$/),
  id: z.string().regex(/^jp-\d\d$/),
  name_en: z.string().min(1),
  name_ja: z.string().regex(/[都道府県]$/),
  name_vi: z.string().min(1),
  type: z.enum(['to', 'do', 'fu', 'ken']),
  region_en: z.string().min(1),
});
export type JpPrefecture = z.infer<typeof jpPrefectureSchema>;

export interface Localities {
  merger: MergerRow[];
  vnProvinces: VnProvince[];
  jpPrefectures: JpPrefecture[];
}

/** Parses CSV text into rows checked against a schema; errors name the file, line and field. */
export function parseTable<T>(text: string, schema: z.ZodType<T>, fileName: string): T[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((record, index) => {
    const normalised = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.normalize('NFC')]));
    const result = schema.safeParse(normalised);
    if (!result.success) {
      const issue = result.error.issues[0];
      // +2: one for the header line, one because lines count from 1.
      throw new Error(`${fileName}:${index + 2}: field "${issue?.path.join('.') ?? '?'}": ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  });
}

/** Reads the three project tables in data/localities and checks they agree with each other. */
export function readLocalities(repoRoot: string): Localities {
  const dir = join(repoRoot, 'data', 'localities');
  const read = <T>(name: string, schema: z.ZodType<T>): T[] =>
    parseTable(readFileSync(join(dir, name), 'utf8'), schema, `data/localities/${name}`);
  const localities = {
    merger: read('vn-merger-2025.csv', mergerRowSchema),
    vnProvinces: read('vn-provinces.csv', vnProvinceSchema),
    jpPrefectures: read('jp-prefectures.csv', jpPrefectureSchema),
  };
  checkLocalities(localities);
  return localities;
}

/** Cross-table invariants the geometry build relies on. */
export function checkLocalities({ merger, vnProvinces, jpPrefectures }: Localities): void {
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
    else if (unit.name_en !== row.province_en || unit.type !== row.province_type)
      fail(`vn-merger-2025.csv ${row.legacy_iso}: name_en/type disagree with vn-provinces.csv ${unit.id}`);
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
