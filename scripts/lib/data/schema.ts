/**
 * The one place where the shape of every editable input under `data/` is written down.
 *
 * CSV rows are validated field by field (every value arrives as a string); cross-file rules such
 * as "this sector exists" live in `check.ts`, because they need more than one row. Each custom
 * message reads `what is wrong; how to fix it`, the second half of an editor-facing line.
 */
import { z } from 'zod';
import { MORE_SOURCES_SEPARATOR, PAIRS_CSV_COLUMNS } from '../../../src/data/types';
import { COUNTRIES, EVIDENCE, MUNICIPALITY_LEVELS, PREFECTURE_TYPES, RELATIONSHIPS, SIGNING_LEVELS, VN_UNIT_TYPES, type RelationKind } from '../../../src/data/vocabulary';

// ── Shared pieces ────────────────────────────────────────────────────────────────────────────

/** The relationship types an editor may use, in the order DATA.md lists them. */
const required = (what: string) => z.string().trim().min(1, `empty; ${what}`);

const optionalText = z.string().trim();

/**
 * Why `s` is not a source address we can link readers to, or null when it is one: an absolute
 * http(s) URL as the source publishes it (http is accepted and kept: some official sites have no
 * https), without spaces and without a user name or password in it.
 */
export function webUrlProblem(s: string): string | null {
  if (/\s/.test(s)) return "contains a space; copy the address from the browser's address bar";
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'not a web address; write the full http:// or https:// address of the page';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'not a web address; write the full http:// or https:// address of the page';
  }
  if (url.username !== '' || url.password !== '') {
    return 'contains a user name or password before "@"; remove it and write the page\'s public address';
  }
  return null;
}

/** True for an http(s) URL without user info (see `webUrlProblem`). */
export function isWebUrl(s: string): boolean {
  return webUrlProblem(s) === null;
}

/** A source URL cell: empty or an http(s) URL written as the source publishes it. */
const optionalWebUrl = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    const problem = s === '' ? null : webUrlProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One further source of a document: `Title <URL>`. */
export interface MoreSource {
  title: string;
  url: string;
}

/** Splits at `separator` except inside `<…>`: a URL may itself contain a `|`. */
function splitOutsideBrackets(cell: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (ch === separator && depth === 0) {
      parts.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(cell.slice(start));
  return parts;
}

const MORE_SOURCE_ENTRY = /^(.*\S)\s*<([^<>]*)>$/;
/** An `<address>` inside a title, then the separator used instead of " | " (`;` or `,`, or none). */
const JOINED_SOURCES = /<[^<>]*>\s*([;,])?\s*(?=\S)/g;

/**
 * Parses a `more_sources` cell (`Title <URL> | Title <URL>`) into entries, or the problems
 * found, each naming the entry by its position so the editor finds it in a long cell.
 */
export function parseMoreSources(cell: string): { sources: MoreSource[]; problems: string[] } {
  const sources: MoreSource[] = [];
  const problems: string[] = [];
  if (cell.trim() === '') return { sources, problems };
  splitOutsideBrackets(cell, MORE_SOURCES_SEPARATOR.trim()).forEach((raw, i) => {
    const entry = raw.trim();
    const m = MORE_SOURCE_ENTRY.exec(entry);
    if (!m) {
      problems.push(
        `source ${i + 1} "${entry}" is not "Title <URL>"; write each source as its title then its address in angle brackets, e.g. Báo An Giang <http://baoangiang.com.vn/…>, separated by " | "`,
      );
      return;
    }
    const title = (m[1] ?? '').trim();
    const url = (m[2] ?? '').trim();
    // An address inside the title means two sources were joined by something other than " | "
    // (a ";" or "," copied from notes): the app would show them as one long title.
    const joined = [...title.matchAll(JOINED_SOURCES)];
    if (joined.length > 0) {
      const separators = [...new Set(joined.map((j) => (j[1] ? `"${j[1]}"` : 'a space')))].join(' and ');
      problems.push(`source ${i + 1} holds ${joined.length + 1} sources joined by ${separators}; separate sources with " | " (space, bar, space): Title <URL> | Title <URL>`);
      return;
    }
    const problem = webUrlProblem(url);
    if (problem) problems.push(`source ${i + 1} "${url}": ${problem}`);
    else sources.push({ title, url });
  });
  return { sources, problems };
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar day or month. */
function isCalendarDate(s: string): boolean {
  const m = DATE_SHAPE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  // Day 0 of the next month is the last day of this one (UTC avoids DST surprises).
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * True when a partial date lies after `today` (`YYYY-MM-DD`). Compared at the date's own
 * precision, so `2025-11` is fine all through November 2025.
 */
function isAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

// ── data/pairs.csv ────────────────────────────────────────────────────────────────────────────

/** Public column contract (defined once, in src/data/types.ts, for the checker and the app's CSV export). */
export const PAIRS_COLUMNS = PAIRS_CSV_COLUMNS;

/** Lowercase words joined by single or double dashes, e.g. `vn-gia-lai--jp-29-yoshino`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;

/** A parsed `relation` cell: empty (not a signed text), `new`, or `renewal-of`/`same-as` another row's id. */
type Relation = { kind: '' } | { kind: 'new' } | { kind: Exclude<RelationKind, 'new'>; of: string };

const RELATION_SHAPE = /^(renewal-of|same-as)\s+(\S+)$/;

/** `new`, `renewal-of <id>` or `same-as <id>` (or empty); the id is checked against the rows in check.ts. */
const relationCell = z
  .string()
  .trim()
  .transform((s, ctx): Relation => {
    if (s === '') return { kind: '' };
    if (s === 'new') return { kind: 'new' };
    const m = RELATION_SHAPE.exec(s);
    if (m && ID_PATTERN.test(m[2] ?? '')) return { kind: m[1] as 'renewal-of' | 'same-as', of: m[2] ?? '' };
    ctx.addIssue({
      code: 'custom',
      message: 'not a relation; write "new", "renewal-of <id of the earlier row>" or "same-as <id of the row it repeats>" (e.g. renewal-of vn-da-nang--jp-14-yokohama--2013-04)',
    });
    return { kind: '' };
  });

/** Schema of one pairs.csv row; `today` (`YYYY-MM-DD`) bounds the signing date. */
export function pairRowSchema(today: string) {
  return z.object({
    id: z
      .string()
      .trim()
      .refine((s) => s === '' || ID_PATTERN.test(s), 'not a valid id; use lowercase letters, digits and dashes (e.g. "vn-gia-lai--jp-19"), or leave it empty to derive one'),
    vn_locality: required('name the Vietnamese province or city, e.g. "Gia Lai"'),
    jp_locality: required('name the Japanese prefecture or municipality, e.g. "Yamanashi"'),
    jp_prefecture: optionalText,
    relationship: z
      .string()
      .trim()
      .pipe(
        z.enum(RELATIONSHIPS, {
          error: `not a known relationship; use one of ${RELATIONSHIPS.join(', ')}`,
        }),
      ),
    signed: z
      .string()
      .trim()
      .refine((s) => s === '' || DATE_SHAPE.test(s), 'not a date; write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty')
      .refine((s) => s === '' || !DATE_SHAPE.test(s) || isCalendarDate(s), 'no such day or month; check the date in the source')
      .refine((s) => s === '' || !isCalendarDate(s) || !isAfter(s, today), `date is in the future (today is ${today}); check the year`),
    sectors: z
      .string()
      .trim()
      .transform((s) =>
        s
          .split(';')
          .map((t) => t.trim())
          .filter((t) => t !== ''),
      ),
    summary_en: required('write one or two sentences in English saying what was agreed'),
    source_title: required('copy the headline of the article or document you took the row from'),
    source_url: optionalWebUrl,
    summary_vi: optionalText,
    summary_ja: optionalText,
    vn_signatory: optionalText,
    // For editors only: validated as text, never copied into the bundle.
    notes: optionalText,
    more_sources: z.string().transform((cell, ctx) => {
      const { sources, problems } = parseMoreSources(cell);
      for (const message of problems) ctx.addIssue({ code: 'custom', message });
      return sources;
    }),
    caveat_en: optionalText,
    caveat_vi: optionalText,
    caveat_ja: optionalText,
    // Required for signed texts only; that rule needs the relationship, so it lives in check.ts.
    level: z
      .string()
      .trim()
      .pipe(
        z.enum(['', ...SIGNING_LEVELS], {
          error: `not a signing level; use one of ${SIGNING_LEVELS.join(', ')}`,
        }),
      ),
    relation: relationCell,
    evidence: z
      .string()
      .trim()
      .pipe(
        z.enum(['', ...EVIDENCE], {
          error: `not an evidence value; use one of ${EVIDENCE.join(', ')}`,
        }),
      ),
  });
}
export type PairRow = z.infer<ReturnType<typeof pairRowSchema>>;

// ── data/sectors.csv ──────────────────────────────────────────────────────────────────────────

export const SECTORS_COLUMNS = ['id', 'label_en', 'label_vi', 'label_ja', 'description_en'] as const;

export const sectorRowSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]*$/, 'not a valid sector id; use lowercase letters, digits and underscores'),
  label_en: required('give the English label'),
  label_vi: required('give the Vietnamese label'),
  label_ja: required('give the Japanese label'),
  description_en: optionalText,
});
export type SectorRow = z.infer<typeof sectorRowSchema>;

// ── data/localities/*.csv ─────────────────────────────────────────────────────────────────────

export const VN_PROVINCES_COLUMNS = ['id', 'name_vi', 'name_en', 'name_ja', 'type'] as const;

export const vnProvinceRowSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^vn-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a valid id; use "vn-" and the English name in lowercase with dashes'),
  name_vi: required('give the Vietnamese name with diacritics'),
  name_en: required('give the English name'),
  name_ja: required('give the Japanese name').regex(/[省市]$/, 'does not end in 省 (province) or 市 (city); write the Japanese name with its suffix, e.g. ザライ省'),
  type: z.enum(VN_UNIT_TYPES, { error: `not a unit type; use ${VN_UNIT_TYPES.join(' or ')}` }),
});
export type VnProvinceRow = z.infer<typeof vnProvinceRowSchema>;

export const VN_MERGER_COLUMNS = ['legacy_iso', 'legacy_name_vi', 'legacy_name_en', 'province_vi', 'province_en', 'province_type', 'legacy_name_ja'] as const;

export const vnMergerRowSchema = z.object({
  legacy_iso: z
    .string()
    .trim()
    .regex(/^VN-(\d\d|HN|SG|HP|DN|CT)$/, 'not an ISO 3166-2 code; write it like VN-31 (or VN-HN, VN-SG, VN-HP, VN-DN, VN-CT)'),
  legacy_name_vi: required('give the pre-merger Vietnamese name'),
  legacy_name_en: required('give the pre-merger English name'),
  province_vi: required('give the post-merger Vietnamese name'),
  province_en: required('give the post-merger English name'),
  province_type: z.enum(VN_UNIT_TYPES, { error: `not a unit type; use ${VN_UNIT_TYPES.join(' or ')}` }),
  // The one Japanese spelling of a former province (summaries are checked against it); may be empty.
  // Optional even as a column: the geo build reads the same schema from tables without it.
  legacy_name_ja: optionalText.refine((s) => s === '' || /[省市]$/.test(s), 'does not end in 省 or 市; write the Japanese name with its suffix, e.g. ヴィンフック省').default(''),
});
export type VnMergerRow = z.infer<typeof vnMergerRowSchema>;

export const JP_PREFECTURES_COLUMNS = ['jis_code', 'iso', 'id', 'name_en', 'name_ja', 'name_vi', 'type', 'region_en'] as const;

export const jpPrefectureRowSchema = z
  .object({
    jis_code: z
      .string()
      .trim()
      .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/, 'not a JIS prefecture code; use two digits 01–47'),
    iso: z
      .string()
      .trim()
      .regex(/^JP-\d{2}$/, 'not an ISO code; write it like JP-19'),
    id: z
      .string()
      .trim()
      .regex(/^jp-\d{2}$/, 'not a prefecture id; write it like jp-19'),
    name_en: required('give the English name'),
    name_ja: required('give the Japanese name').regex(/[都道府県]$/, 'does not end in 都, 道, 府 or 県; write the Japanese name with its suffix, e.g. 山梨県'),
    name_vi: required('give the Vietnamese name'),
    type: z.enum(PREFECTURE_TYPES, { error: 'not a prefecture type; use to, do, fu or ken' }),
    region_en: optionalText,
  })
  .superRefine((row, ctx) => {
    // The three codes are one fact written three ways; a mismatch would mis-join pairs.
    if (row.id !== `jp-${row.jis_code}`) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `does not match jis_code ${row.jis_code}; use jp-${row.jis_code}` });
    }
    if (row.iso !== `JP-${row.jis_code}`) {
      ctx.addIssue({ code: 'custom', path: ['iso'], message: `does not match jis_code ${row.jis_code}; use JP-${row.jis_code}` });
    }
  });
export type JpPrefectureRow = z.infer<typeof jpPrefectureRowSchema>;

export const JP_MUNICIPALITIES_COLUMNS = ['name_en', 'name_ja', 'prefecture', 'level', 'lon', 'lat'] as const;

/** Empty or a decimal number within `[min, max]` (Japan's extent, so swapped lon/lat is caught). */
const coordinate = (axis: 'lon' | 'lat', min: number, max: number) =>
  z
    .string()
    .trim()
    .refine(
      (s) => s === '' || (/^-?\d+(\.\d+)?$/.test(s) && Number(s) >= min && Number(s) <= max),
      `not a ${axis === 'lon' ? 'longitude' : 'latitude'} in Japan; write decimal degrees between ${min} and ${max}${axis === 'lon' ? ' (lon comes before lat)' : ''}`,
    );

export const jpMunicipalityRowSchema = z.object({
  name_en: required('give the English name without "City"/"Town", e.g. "Sakai"'),
  name_ja: required('give the Japanese name with 市/町/村/区, e.g. "堺市"'),
  prefecture: required('name its prefecture, e.g. "Osaka"'),
  level: z.enum(MUNICIPALITY_LEVELS, { error: 'not a municipality level; use city, town, village or ward' }),
  lon: coordinate('lon', 122, 154),
  lat: coordinate('lat', 20, 46),
});
export type JpMunicipalityRow = z.infer<typeof jpMunicipalityRowSchema>;

export const SECTOR_PRIORITIES_COLUMNS = ['locality', 'sector', 'source_title', 'source_url', 'evidence', 'evidence_lang', 'evidence_en', 'evidence_vi', 'evidence_ja'] as const;

export const sectorPriorityRowSchema = z.object({
  locality: required('name the province, city or prefecture'),
  sector: required('give a sector id from data/sectors.csv'),
  source_title: required('copy the headline of the source'),
  source_url: optionalWebUrl,
  evidence: required('quote or summarise the sentence that shows the priority, in the language of the source'),
  // The source's language decides which of the three reader languages need our translation.
  evidence_lang: z
    .string()
    .trim()
    .regex(/^[a-z]{2}$/, 'give the language of "evidence" as a two-letter code (vi, ja, en, fr, no…)'),
  evidence_en: z.string().trim(),
  evidence_vi: z.string().trim(),
  evidence_ja: z.string().trim(),
});

// ── data/geo/labels.json ──────────────────────────────────────────────────────────────────────

/** `{ id: [lon, lat] }`, written by `npm run geo:build`. */
export const labelsSchema = z.record(z.string(), z.tuple([z.number(), z.number()]));
export type Labels = z.infer<typeof labelsSchema>;

// ── data/forum/forum.json ─────────────────────────────────────────────────────────────────────

const nonEmpty = z.string().trim().min(1, 'empty; fill it in');
/** A key of `sources` or an http(s) URL; which one is checked in check.ts. */
const sourceRef = z.string().trim().min(1, 'empty; use a key of "sources" (e.g. "seed-002") or an http(s) URL');
/** Our translation of a reader-facing text: optional, but never an empty string. */
const ours = nonEmpty.optional();

const sourceSchema = z.strictObject({
  title: nonEmpty,
  url: z
    .string()
    .superRefine((s, ctx) => {
      const problem = webUrlProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: `${problem}, or null` });
    })
    .nullable(),
  publisher: z.string().optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2}$/, 'not a language code; use ISO 639-1, e.g. "en"')
    .optional(),
  // The language of the edition we read, when it is not the publication's own (`lang`).
  readIn: z
    .string()
    .regex(/^[a-z]{2}$/, 'not a language code; use ISO 639-1, e.g. "uk"')
    .optional(),
});

/** `{ text, text_vi?, text_ja?, source }`: a sourced sentence and our translations of it. */
// `moreSources`: other editions of the same fact after `source` (e.g. the translation first read,
// when `source` is the original-language publication found later).
const moreSources = z.array(sourceRef).optional();

const sourcedText = z.strictObject({ text: nonEmpty, text_vi: ours, text_ja: ours, source: sourceRef, moreSources });

export const forumFileSchema = z.strictObject({
  sources: z.record(z.string(), sourceSchema),
  forum: z.strictObject({
    name: nonEmpty,
    name_vi: ours,
    name_ja: ours,
    date: z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), 'not a date; write YYYY-MM-DD'),
    place: nonEmpty,
    place_vi: ours,
    place_ja: ours,
    placeLocality: nonEmpty,
    themes: z.array(sourcedText),
    organisers: sourcedText.extend({ translated: z.boolean().optional() }),
    programme: z.array(sourcedText),
    officialAgreementCount: sourcedText.extend({ value: z.number().int().nonnegative() }),
  }),
  speakers: z.array(
    z.strictObject({
      id: nonEmpty,
      name: nonEmpty,
      title: z.string(),
      title_vi: ours,
      title_ja: ours,
      locality: z.string().nullable(),
      country: z.enum(COUNTRIES, { error: 'not a country; use "vn" or "jp"' }),
    }),
  ),
  quotes: z.array(
    z.strictObject({
      id: nonEmpty,
      speaker: nonEmpty,
      // The original words as printed, in `lang`: never replaced by a translation.
      text: nonEmpty,
      lang: z.string().regex(/^[a-z]{2}$/, 'not a language code; use ISO 639-1, e.g. "en"'),
      translated: z.boolean(),
      sourceLang: z.string().nullable().optional(),
      translation_en: z.string().optional(),
      text_vi: ours,
      text_ja: ours,
      source: sourceRef,
      // Further editions of the same words, e.g. the translation they were first read in.
      moreSources: z.array(sourceRef).optional(),
      sectors: z.array(z.string()),
      localities: z.array(z.string()),
    }),
  ),
  figures: z.array(
    z.strictObject({
      id: nonEmpty,
      value: z.union([z.string(), z.number()]).transform(String),
      label: nonEmpty,
      label_vi: ours,
      label_ja: ours,
      source: sourceRef,
      moreSources,
      translated: z.boolean().optional(),
    }),
  ),
  directions: z.array(
    z.strictObject({
      id: nonEmpty,
      title: nonEmpty,
      title_vi: ours,
      title_ja: ours,
      speaker: nonEmpty,
      source: sourceRef,
      moreSources,
      translated: z.boolean().optional(),
      items: z.array(nonEmpty),
      items_vi: z.array(nonEmpty).optional(),
      items_ja: z.array(nonEmpty).optional(),
    }),
  ),
  lookingForPartners: z.array(z.strictObject({ locality: nonEmpty, text: nonEmpty, text_vi: ours, text_ja: ours, source: sourceRef, moreSources })),
});
export type ForumFile = z.infer<typeof forumFileSchema>;
