/**
 * Validates every input under a data folder and cross-checks them against each other. Returns all
 * errors at once (an editor fixes a spreadsheet in one pass, not one error per run), notes that
 * need no action, and, when there are no errors, the resolved model `bundle.ts` compiles.
 */
import { closest, suggest, byPosition, type Diagnostic } from './diagnostics';
import { AGREEMENT_TYPES, IS_SIGNED_TEXT, SIGNING_LEVELS } from '../../../src/data/vocabulary';
import { derivePairIds } from './ids';
import { inputPaths, loadCsv, loadJson, type InputName, type Located } from './load';
import { readDataText, parseCsv, isCsvProblem, type CsvTable } from './csv';
import { PUBLISHED_IDS_FILE, checkPublishedIds, missingRecordDiagnostic, readPublishedIds, withNewIds, type PublishedId } from './published-ids';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Country } from '../../../src/data/vocabulary';
import { checkRegions, type CompiledRegion } from './regions';
import { checkTieSearches } from './tie-searches';
import type { TieSearch } from '../../../src/data/types';
import { sectorForWord } from './sector-words';
import { OUR_LANGS, evidenceProblems, excerpt, forumTexts } from './translations';
import { buildJpGazetteer, buildVnGazetteer, type JpGazetteer, type JpMunicipality, type VnGazetteer } from './names';
import {
  JP_MUNICIPALITIES_COLUMNS,
  JP_PREFECTURES_COLUMNS,
  PAIRS_COLUMNS,
  SECTOR_PRIORITIES_COLUMNS,
  SECTORS_COLUMNS,
  VN_MERGER_COLUMNS,
  VN_PROVINCES_COLUMNS,
  forumFileSchema,
  isWebUrl,
  jpMunicipalityRowSchema,
  jpPrefectureRowSchema,
  labelsSchema,
  pairRowSchema,
  sectorPriorityRowSchema,
  sectorRowSchema,
  vnMergerRowSchema,
  vnProvinceRowSchema,
  type ForumFile,
  type Labels,
  type PairRow,
  type SectorRow,
} from './schema';

export interface CheckOptions {
  /** Swap single input files, e.g. a broken pairs.csv fixture over a valid base folder. */
  overrides?: Partial<Record<InputName, string>>;
  /** `YYYY-MM-DD`; signing dates after it are errors. Defaults to today. */
  today?: string;
  /** The published-ids record; defaults to `dir/published-ids.csv`. */
  publishedIds?: string;
  /** Start a new published-ids record although bundle.json exists (`data:build --create-ids-record`). */
  createPublishedIds?: boolean;
}

/** A pairs.csv row with both partners resolved to ids. */
export interface ResolvedPair {
  line: number;
  id: string;
  vnId: string;
  jpId: string;
  jpPrefectureId: string;
  municipality: JpMunicipality | null;
  signedAs: { vi: string; en: string } | null;
  row: PairRow;
}

interface ResolvedPriority {
  localityId: string;
  sector: string;
  /** In the source's language (`evidenceLang`). */
  evidence: string;
  evidenceLang: string;
  /** Ours, in each reader language but the source's ('' there). */
  translations: { en: string; vi: string; ja: string };
  sourceTitle: string;
  sourceUrl: string;
}

/** Everything the bundle is built from, already resolved. */
export interface DataModel {
  vn: VnGazetteer;
  jp: JpGazetteer;
  sectors: SectorRow[];
  labels: Labels;
  pairs: ResolvedPair[];
  priorities: ResolvedPriority[];
  /** Vietnam's six and Japan's eight regions, each with its members (./regions.ts). */
  regions: CompiledRegion[];
  forum: ForumFile;
  /** Resolves a locality name from forum.json (already known to resolve). */
  localityId: (name: string) => string | undefined;
  /** The published-ids record as data:build will write it (new ids added). */
  publishedIds: PublishedId[];
  /** Ids recorded before this run (null when the record file does not exist yet). */
  publishedBefore: PublishedId[] | null;
  /** Searches made for places with no documented tie (./tie-searches.ts). */
  tieSearches: TieSearch[];
}

export interface CheckResult {
  errors: Diagnostic[];
  /** Worth fixing but not blocking: a missing translation, a probable duplicate. */
  warnings: Diagnostic[];
  /** Information that needs no change, such as a pre-merger name being resolved. */
  notes: Diagnostic[];
  /** Null whenever there is an error. */
  model: DataModel | null;
  paths: Record<InputName, string>;
  /** Where the published-ids record is read from and written to. */
  publishedIdsPath: string;
}

/**
 * "Today" for the future-date rule: the date somewhere on Earth right now (UTC+14), so a
 * document signed today in Hanoi or Tokyo is never "in the future" on a UTC build machine.
 */
function defaultToday(now = Date.now()): string {
  return new Date(now + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Checks the data folder `dir` (default layout in `data-load.ts`). */
export function checkData(dir: string, options: CheckOptions = {}): CheckResult {
  const paths = inputPaths(dir, options.overrides);
  const today = options.today ?? defaultToday();
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const notes: Diagnostic[] = [];
  const publishedIdsPath = options.publishedIds ?? join(dir, PUBLISHED_IDS_FILE);

  // 1. Each file against its schema.
  const sectorsCsv = loadCsv(paths.sectors, SECTORS_COLUMNS, sectorRowSchema, errors);
  const provincesCsv = loadCsv(paths.vnProvinces, VN_PROVINCES_COLUMNS, vnProvinceRowSchema, errors);
  const mergerCsv = loadCsv(paths.vnMerger, VN_MERGER_COLUMNS, vnMergerRowSchema, errors);
  const prefecturesCsv = loadCsv(paths.jpPrefectures, JP_PREFECTURES_COLUMNS, jpPrefectureRowSchema, errors);
  const municipalitiesCsv = loadCsv(paths.jpMunicipalities, JP_MUNICIPALITIES_COLUMNS, jpMunicipalityRowSchema, errors);
  const prioritiesCsv = loadCsv(paths.sectorPriorities, SECTOR_PRIORITIES_COLUMNS, sectorPriorityRowSchema, errors);
  const pairsCsv = loadCsv(paths.pairs, PAIRS_COLUMNS, pairRowSchema(today), errors);
  const labels = loadJson(paths.labels, labelsSchema, 'run npm run geo:build to write it', errors);
  const forum = loadJson(paths.forum, forumFileSchema, 'it holds the forum, speakers and quotes; see data/README.md', errors);

  // 2. Reference tables: unique ids, expected counts, internal joins.
  const sectors = sectorsCsv?.rows ?? [];
  reportDuplicates(
    paths.sectors,
    'id',
    1,
    sectors.map((s) => ({ line: s.line, value: s.row.id })),
    errors,
  );
  const sectorIds = new Set(sectors.map((s) => s.row.id));
  // Without a readable sectors.csv every sector of every row would be "unknown": that file's one
  // error says it all, so the sector checks wait until it is back.
  const sectorsKnown = sectorsCsv !== null;

  const provinces = provincesCsv?.rows ?? [];
  const merger = mergerCsv?.rows ?? [];
  expectCount(paths.vnProvinces, provinces.length, 34, 'Vietnamese units (after the 2025 merger)', provincesCsv !== null, errors);
  expectCount(paths.vnMerger, merger.length, 63, 'pre-merger provinces', mergerCsv !== null, errors);
  reportDuplicates(
    paths.vnProvinces,
    'id',
    1,
    provinces.map((p) => ({ line: p.line, value: p.row.id })),
    errors,
  );
  const { gazetteer: vn, orphans: mergerOrphans } = buildVnGazetteer(
    provinces.map((p) => p.row),
    merger.map((m) => m.row),
  );
  for (const orphan of mergerOrphans) {
    const at = merger.find((m) => m.row === orphan);
    if (!at) continue;
    const advice = suggest(
      orphan.province_en,
      vn.units.map((u) => u.names.en),
      'add the unit there first',
    );
    errors.push(cell(paths.vnMerger, at.line, 5, 'province_en', orphan.province_en, `not a unit in ${paths.vnProvinces}; ${advice}`));
  }

  const prefectures = prefecturesCsv?.rows ?? [];
  const municipalityRows = municipalitiesCsv?.rows ?? [];
  expectCount(paths.jpPrefectures, prefectures.length, 47, 'prefectures', prefecturesCsv !== null, errors);
  reportDuplicates(
    paths.jpPrefectures,
    'id',
    3,
    prefectures.map((p) => ({ line: p.line, value: p.row.id })),
    errors,
  );
  const { gazetteer: jp, orphans: municipalityOrphans } = buildJpGazetteer(
    prefectures.map((p) => p.row),
    municipalityRows.map((m) => m.row),
  );
  for (const index of municipalityOrphans) {
    const at = municipalityRows[index];
    if (!at) continue;
    const advice = suggest(at.row.prefecture, jp.prefectureNames, `use the English name from ${paths.jpPrefectures}`);
    errors.push(cell(paths.jpMunicipalities, at.line, 3, 'prefecture', at.row.prefecture, `not a prefecture; ${advice}`));
  }
  checkMunicipalities(paths.jpMunicipalities, jp, municipalityRows, errors);
  if (labels) checkLabels(paths.labels, labels.data, vn, jp, errors);
  const regionMembers = new Map<string, Country>([...vn.units.map((u) => [u.id, 'vn'] as const), ...jp.prefectures.map((p) => [p.id, 'jp'] as const)]);
  const regions = checkRegions(paths, regionMembers, errors);
  const tieSearches = checkTieSearches(paths.tieSearches, regionMembers, today, errors);

  // 3. pairs.csv, row by row, then across rows.
  const pairs = pairsCsv ? checkPairs(paths, pairsCsv, vn, jp, sectorsKnown ? sectorIds : null, errors, warnings, notes) : [];

  // 4. Sector priorities and forum.json against the same gazetteers.
  const localityId = (name: string) => resolveLocalityId(name, vn, jp);
  const localityNames = [...vn.names, ...jp.prefectureNames, ...jp.municipalityNames];
  const priorities: ResolvedPriority[] = [];
  for (const { line, row } of prioritiesCsv?.rows ?? []) {
    const id = localityId(row.locality);
    if (id === undefined) {
      errors.push(unknownLocality(paths.sectorPriorities, line, 1, 'locality', row.locality, localityNames));
    }
    if (sectorsKnown && !sectorIds.has(row.sector)) errors.push(unknownSector(paths.sectorPriorities, line, 2, 'sector', row.sector, sectorIds));
    for (const problem of evidenceProblems(row)) {
      const column = SECTOR_PRIORITIES_COLUMNS.indexOf(problem.field) + 1;
      errors.push({ file: paths.sectorPriorities, line, column, field: problem.field, value: row[problem.field], message: problem.message });
    }
    if (id !== undefined && sectorIds.has(row.sector)) {
      priorities.push({
        localityId: id,
        sector: row.sector,
        evidence: row.evidence,
        evidenceLang: row.evidence_lang,
        translations: { en: row.evidence_en, vi: row.evidence_vi, ja: row.evidence_ja },
        sourceTitle: row.source_title,
        sourceUrl: row.source_url,
      });
    }
  }
  if (forum) {
    checkForum(paths.forum, forum, localityId, localityNames, sectorsKnown ? sectorIds : null, errors);
    checkForumTranslations(paths.forum, forum, errors, warnings);
  }

  // 5. Published ids: an edit may not change or drop a pair id that links already use.
  const publishedBefore = readPublishedIds(publishedIdsPath, errors, readTable);
  const current = pairs.map((p) => ({ id: p.id, line: p.line, vnId: p.vnId, jpId: p.jpId, derived: p.row.id === '' }));
  // Only a complete pairs.csv can say an id was dropped: a row with an error has no id yet.
  if (publishedBefore && errors.length === 0) checkPublishedIds(publishedBefore, current, publishedIdsPath, paths.pairs, errors);
  if (!publishedBefore) {
    const missing = missingRecordDiagnostic(publishedIdsPath, existsSync(join(dir, 'bundle.json')), options.createPublishedIds === true);
    if (missing) (missing.level === 'error' ? errors : warnings).push(missing.diagnostic);
  }

  errors.sort(byPosition);
  warnings.sort(byPosition);
  notes.sort(byPosition);
  const ok = errors.length === 0 && labels !== null && forum !== null && regions !== null && tieSearches !== null;
  return {
    errors,
    warnings,
    notes,
    paths,
    publishedIdsPath,
    model: ok
      ? {
          vn,
          jp,
          sectors: sectors.map((s) => s.row),
          labels: labels.data,
          pairs,
          priorities,
          regions,
          forum: forum.data,
          localityId,
          publishedIds: withNewIds(publishedBefore ?? [], current),
          publishedBefore,
          tieSearches,
        }
      : null,
  };
}

/** A CSV table, or the diagnostic saying why the file cannot be read. */
function readTable(file: string): CsvTable | Diagnostic {
  try {
    return parseCsv(readDataText(file), file);
  } catch (e) {
    if (!isCsvProblem(e)) throw e;
    return { file, line: e.line, column: e.column, field: 'file', value: '', message: e.message };
  }
}

// ── Reference tables ─────────────────────────────────────────────────────────────────────────

function expectCount(file: string, found: number, expected: number, what: string, loaded: boolean, out: Diagnostic[]): void {
  if (!loaded || found === expected) return;
  out.push({
    file,
    line: 1,
    column: 1,
    field: 'rows',
    value: String(found),
    message: `expected ${expected} ${what}; restore the missing rows or remove the extra ones`,
  });
}

function reportDuplicates(file: string, field: string, column: number, values: { line: number; value: string }[], out: Diagnostic[]): void {
  const first = new Map<string, number>();
  for (const { line, value } of values) {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, line);
    else out.push({ file, line, column, field, value, message: `already used on line ${earlier}; ids must be unique` });
  }
}

function checkMunicipalities(file: string, jp: JpGazetteer, rows: Located<{ lon: string; lat: string }>[], out: Diagnostic[]): void {
  const firstLine = new Map<string, number>();
  for (const m of jp.municipalities) {
    const at = rows[m.row];
    if (!at) continue;
    if (m.point === null) {
      const field = at.row.lon === '' ? 'lon' : 'lat';
      out.push({
        file,
        line: at.line,
        column: field === 'lon' ? 5 : 6,
        field,
        value: '',
        message: `${m.names.en} has no coordinates; fill in lon and lat in decimal degrees (e.g. from its Wikipedia page)`,
      });
    }
    const earlier = firstLine.get(m.id);
    if (earlier !== undefined) {
      out.push({ file, line: at.line, column: 1, field: 'name_en', value: m.names.en, message: `same municipality as line ${earlier} (id ${m.id}); delete one of the rows` });
    } else firstLine.set(m.id, at.line);
  }
}

function checkLabels(file: string, labels: Labels, vn: VnGazetteer, jp: JpGazetteer, out: Diagnostic[]): void {
  const ids = [...vn.units.map((u) => u.id), ...jp.prefectures.map((p) => p.id)];
  for (const id of ids) {
    if (!labels[id]) {
      out.push({ file, line: 1, column: 1, field: id, value: '', message: 'no label point for this locality; run npm run geo:build' });
    }
  }
}

// ── pairs.csv ────────────────────────────────────────────────────────────────────────────────

const COL = Object.fromEntries(PAIRS_COLUMNS.map((name, i) => [name, i + 1])) as Record<(typeof PAIRS_COLUMNS)[number], number>;

/** Both partners of one row, or undefined for the side that did not resolve (already reported). */
interface Partners {
  vnId?: string;
  signedAs?: { vi: string; en: string } | null;
  jpId?: string;
  jpPrefectureId?: string;
  municipality?: JpMunicipality | null;
}

function checkPairs(
  paths: Record<InputName, string>,
  csv: NonNullable<ReturnType<typeof loadCsv>>,
  vn: VnGazetteer,
  jp: JpGazetteer,
  /** null when sectors.csv could not be read: sectors are then not checked. */
  sectorIds: Set<string> | null,
  errors: Diagnostic[],
  warnings: Diagnostic[],
  notes: Diagnostic[],
): ResolvedPair[] {
  const file = paths.pairs;
  // Rows are addressed by their position in the file, never by line number or content.
  const valid = new Map<number, PairRow>();
  for (const located of csv.rows) valid.set(located.index, located.row as PairRow);

  const resolved: { line: number; partners: Required<Partners>; row: PairRow }[] = [];
  const spellings = japaneseSpellings(vn, paths.vnProvinces, paths.vnMerger);
  for (const [index, { line, fields, width }] of csv.table.rows.entries()) {
    if (width > csv.table.header.length) continue; // reported as a shifted row; its cells mean nothing
    const value = (name: string) => (fields[name] ?? '').trim();
    const partners: Partners = {};

    // Cross-checks run on the raw text even when another cell of the row failed its schema, so
    // an editor sees every problem of the row in one run.
    const vnName = value('vn_locality');
    if (vnName !== '') {
      const match = vn.resolve(vnName);
      if (!match) {
        errors.push(unknownLocality(file, line, COL.vn_locality, 'vn_locality', vnName, vn.names, 'Vietnamese province or city'));
      } else {
        partners.vnId = match.unit.id;
        partners.signedAs = match.signedAs;
        if (match.signedAs) {
          notes.push({
            file,
            line,
            column: COL.vn_locality,
            field: 'vn_locality',
            value: vnName,
            message: `${match.signedAs.vi} is a pre-merger province: it resolves to ${match.unit.names.vi}, nothing to change`,
          });
        }
      }
    }
    const jpName = value('jp_locality');
    if (jpName !== '') Object.assign(partners, resolveJpPartner(file, line, jpName, value('jp_prefecture'), jp, errors, notes, paths.jpMunicipalities));

    for (const sector of value('sectors')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '')) {
      if (sectorIds && !sectorIds.has(sector)) errors.push(unknownSector(file, line, COL.sectors, 'sectors', sector, sectorIds));
    }
    checkRowTranslations(file, line, value, errors, warnings);
    checkJapaneseSpellings(file, line, value, spellings, warnings);

    const row = valid.get(index);
    if (row && partners.vnId && partners.jpId && partners.jpPrefectureId && partners.signedAs !== undefined && partners.municipality !== undefined) {
      resolved.push({ line, partners: partners as Required<Partners>, row });
    }
  }

  // Ids are derived over resolved rows only; rows with errors get theirs once they are fixed.
  const ids = derivePairIds(
    resolved.map(({ partners, row }) => ({
      explicit: row.id,
      vnId: partners.vnId,
      jpId: partners.jpId,
      signed: row.signed === '' ? null : row.signed,
      relationship: row.relationship,
      sourceUrl: row.source_url,
      summaryEn: row.summary_en,
    })),
  );

  const pairs: ResolvedPair[] = resolved.map(({ line, partners, row }, i) => ({
    line,
    id: ids[i] ?? '',
    vnId: partners.vnId,
    jpId: partners.jpId,
    jpPrefectureId: partners.jpPrefectureId,
    municipality: partners.municipality,
    signedAs: partners.signedAs,
    row,
  }));
  checkPairDuplicates(file, pairs, errors);
  warnProbableDuplicates(file, pairs, warnings);
  checkSignedTexts(file, pairs, errors);
  return pairs;
}

/**
 * A document known only from a mention, or announced and not reported as signed, reads like any
 * other signed agreement unless a caveat tells readers what it is known from: for those rows the
 * caveat is required in all three languages (docs/DATA.md, "Which evidence value").
 */
const CAVEAT_REQUIRED: Readonly<Record<string, string>> = {
  mention: `Known from a list of the prefecture's partners; no report of the signing was found.`,
  announced: 'The date is the signing day announced in advance; no report of the ceremony was found.',
};

/** Our vi/ja summaries and caveats: a gap is a warning (counted), a caveat without English an error, and a mention or announced row without its caveat an error. */
function checkRowTranslations(file: string, line: number, value: (name: string) => string, errors: Diagnostic[], warnings: Diagnostic[]): void {
  const language = { vi: 'Vietnamese', ja: 'Japanese' } as const;
  const at = (field: (typeof PAIRS_COLUMNS)[number], message: string): Diagnostic => ({
    file,
    line,
    column: COL[field],
    field,
    value: value(field),
    message,
  });
  for (const lang of OUR_LANGS) {
    if (value(`summary_${lang}`) === '' && value('summary_en') !== '') {
      warnings.push(at(`summary_${lang}`, `missing; write our ${language[lang]} translation of summary_en (the app labels it as ours)`));
    }
  }
  const caveatEn = value('caveat_en');
  const evidence = value('evidence');
  const caveatExample = CAVEAT_REQUIRED[evidence];
  if (caveatExample !== undefined && caveatEn === '') {
    errors.push(at('caveat_en', `empty while evidence is ${evidence}; tell readers what the document is known from, e.g. "${caveatExample}" (docs/DATA.md, "Which evidence value")`));
  }
  for (const lang of OUR_LANGS) {
    const field = `caveat_${lang}` as const;
    if (value(field) !== '') {
      if (caveatEn === '' && caveatExample === undefined) {
        errors.push(at('caveat_en', `empty while ${field} is set; write the caveat in English too (readers of every language see it)`));
      }
    } else if (caveatExample !== undefined) {
      const of = caveatEn === '' ? 'the English caveat' : `"${excerpt(caveatEn)}"`;
      errors.push(at(field, `empty while evidence is ${evidence}; write our ${language[lang]} translation of ${of} (readers of the ${language[lang]} interface see it, labelled as ours)`));
    } else if (caveatEn !== '') {
      warnings.push(at(field, `missing while caveat_en is set; write our ${language[lang]} translation of "${excerpt(caveatEn)}"`));
    }
  }
}

// ── Signed texts: level, relation, evidence (issue 22) ─────────────────────────────────────────

/** Words that say a row is a joint statement or minutes, not an agreement. */
const JOINT_STATEMENT_WORDS = /\bjoint statements?\b|\b(working|signed) minutes\b|\bminutes of (the )?(talks|meeting|working session)|共同声明|議事録|tuyên bố chung|biên bản (làm việc|hội đàm)/i;
/** Words that say a row is known only from a list or a remark, not from a report of its signing. */
const MENTION_WORDS = /\bknown (only )?from\b|\blist(s|ed)?\b[^.]{0,80}\bamong\b/i;
/** A caveat that says the date is an announced one, or notes that say the signing was still to come: an announcement, not a report. */
const ANNOUNCED_CAVEAT_WORDS = /\bannounced\b[^.]{0,80}\b(in advance|before)\b/i;
const ANNOUNCED_NOTES_WORDS = /\b(is|are|was|were) to be (concluded|signed)\b/i;

/**
 * The columns that say what a signed text is (`level`, `relation`, `evidence`), and the rules that
 * keep the count honest: every signed text says who signed it, how it relates to other rows and
 * how we know it; a renewal or a second report names a row that exists; one signing is one row;
 * a joint statement is not an agreement; a document known from a mention is not "reported".
 */
function checkSignedTexts(file: string, pairs: ResolvedPair[], errors: Diagnostic[]): void {
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const at = (p: ResolvedPair, field: (typeof PAIRS_COLUMNS)[number], value: string, message: string): Diagnostic => cell(file, p.line, COL[field], field, value, message);
  const relationText = (p: ResolvedPair) => (p.row.relation.kind === '' || p.row.relation.kind === 'new' ? p.row.relation.kind : `${p.row.relation.kind} ${p.row.relation.of}`);

  for (const p of pairs) {
    const { row } = p;
    if (!IS_SIGNED_TEXT[row.relationship]) {
      for (const field of ['level', 'relation', 'evidence'] as const) {
        const value = field === 'relation' ? relationText(p) : row[field];
        if (value !== '') errors.push(at(p, field, value, `only for signed documents and joint statements, not for ${row.relationship}; leave it empty`));
      }
      continue;
    }
    if (row.level === '') errors.push(at(p, 'level', '', `empty; say who signed: ${SIGNING_LEVELS.join(', ')} (docs/DATA.md, "What a signed document is")`));
    if (row.relation.kind === '') errors.push(at(p, 'relation', '', 'empty; write "new", or "renewal-of <id>" when it renews or extends the document of another row'));
    if (row.evidence === '')
      errors.push(at(p, 'evidence', '', `empty; write reported (a source reports the signing), mention (known only from a later mention or a list) or announced (announced, not reported as signed)`));
    if (row.level === 'mixed' && row.caveat_en === '') {
      errors.push(at(p, 'caveat_en', '', 'empty while level is mixed; name the other parties for readers, e.g. "Also signed by Minami Kyushu University."'));
    }

    const relation = row.relation;
    if (relation.kind === 'renewal-of' || relation.kind === 'same-as') {
      const target = byId.get(relation.of);
      const samePair = pairs.filter((q) => q !== p && q.vnId === p.vnId && q.jpId === p.jpId).map((q) => q.id);
      if (!target || target === p) {
        const advice = suggest(relation.of, samePair, samePair.length > 0 ? `rows of the same pair: ${samePair.join(', ')}` : "copy the id of the earlier row from data/bundle.json or the app's link");
        errors.push(at(p, 'relation', relationText(p), `no other row has the id ${relation.of}; ${advice}`));
      } else if (target.vnId !== p.vnId || target.jpId !== p.jpId) {
        errors.push(
          at(
            p,
            'relation',
            relationText(p),
            `${relation.of} joins other localities (line ${target.line}); a ${relation.kind === 'same-as' ? 'second report' : 'renewal'} names a row of the same pair`,
          ),
        );
      } else if (target.row.relation.kind === 'same-as') {
        errors.push(at(p, 'relation', relationText(p), `line ${target.line} is itself a second report of ${target.row.relation.of}; name ${target.row.relation.of}`));
      }
    }

    if (AGREEMENT_TYPES.includes(row.relationship) && JOINT_STATEMENT_WORDS.test(row.summary_en)) {
      errors.push(at(p, 'relationship', row.relationship, 'the summary says this is a joint statement or minutes, which is not an agreement; write joint_statement'));
    }
    if (AGREEMENT_TYPES.includes(row.relationship) && row.evidence === 'reported' && MENTION_WORDS.test(`${row.summary_en} ${row.caveat_en}`)) {
      errors.push(at(p, 'evidence', row.evidence, 'the summary or caveat says the document is known only from a list or a later remark; write mention'));
    }
    if (row.evidence === 'reported' && (ANNOUNCED_CAVEAT_WORDS.test(row.caveat_en) || ANNOUNCED_NOTES_WORDS.test(row.notes))) {
      errors.push(at(p, 'evidence', row.evidence, 'the caveat or notes say the signing was announced in advance, not reported; write announced, or cite the report of the signing'));
    }
  }

  // One signing, one row: two signed texts of the same pair on the same day (or month) are one
  // document reported twice unless one is marked as the other's second report, or an editor who
  // read both wrote that they differ.
  const ordered = [...pairs].sort((a, b) => a.line - b.line);
  ordered.forEach((p, i) => {
    if (!IS_SIGNED_TEXT[p.row.relationship] || p.row.signed.length < 7 || p.row.relation.kind === 'same-as') return;
    const earlier = ordered
      .slice(0, i)
      .find((q) => IS_SIGNED_TEXT[q.row.relationship] && q.row.relation.kind !== 'same-as' && q.vnId === p.vnId && q.jpId === p.jpId && q.row.signed === p.row.signed && !declaredDistinct(p, q));
    if (!earlier) return;
    errors.push(
      at(
        p,
        'signed',
        p.row.signed,
        `same localities and signing date as line ${earlier.line} (${earlier.id}); if it is one signing reported twice, write "same-as ${earlier.id}" in relation ` +
          `(or move this row's source into line ${earlier.line}'s more_sources and delete the row); if they are two documents, write "${DISTINCT_NOTE} ${earlier.id}" in notes`,
      ),
    );
  });
}

// ── One name per place in Japanese (issue 22) ───────────────────────────────────────────────

/**
 * Katakana spellings that differ only in how a Vietnamese sound is transcribed (ヴィ/ビ, クァ/クア,
 * a middle dot or a long mark) fold to the same key, so a variant of a table's name is caught
 * without listing variants by hand.
 */
function foldKatakana(s: string): string {
  return s
    .replace(/ヴァ/g, 'バ')
    .replace(/ヴィ/g, 'ビ')
    .replace(/ヴェ/g, 'ベ')
    .replace(/ヴォ/g, 'ボ')
    .replace(/ヴ/g, 'ブ')
    .replace(/[ァィゥェォ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 1))
    .replace(/[・ー]/g, '');
}

interface Spelling {
  /** The table's name without 省/市, e.g. ヴィンフック. */
  stem: string;
  /** The whole name as the table writes it, e.g. ヴィンフック省. */
  name: string;
  table: string;
}

/** Folded key → the spellings the locality tables give (the units' and the former provinces'). */
function japaneseSpellings(vn: VnGazetteer, unitsFile: string, mergerFile: string): Map<string, Spelling[]> {
  const out = new Map<string, Spelling[]>();
  const add = (name: string, table: string) => {
    const stem = name.replace(/[省市]$/, '');
    if (stem === '' || !/^[ァ-ヺー・]+$/.test(stem)) return;
    const key = foldKatakana(stem);
    out.set(key, [...(out.get(key) ?? []), { stem, name, table }]);
  };
  for (const unit of vn.units) {
    add(unit.names.ja, unitsFile);
    for (const f of unit.former) if (f.ja !== '') add(f.ja, mergerFile);
  }
  return out;
}

/** Agency and office names our Japanese texts must write one way. */
const JAPANESE_TERMS: { wrong: RegExp; right: string; what: string }[] = [
  { wrong: /ベトナム通信(?!社)/, right: 'ベトナム通信社', what: 'the Vietnam News Agency' },
  { wrong: /[省市]の(副)?委員長/, right: '人民委員会委員長 (副委員長)', what: "the chairman of a province's or city's People's Committee" },
];

/**
 * Our Japanese summaries and caveats name a Vietnamese locality the way the locality tables do, and
 * the news agency and the People's Committee one way (warnings: a variant misleads no parser, but a
 * reader searching for ヴィンフック省 misses ビンフック省). Source titles are quotations and are not
 * checked.
 */
function checkJapaneseSpellings(file: string, line: number, value: (name: string) => string, spellings: Map<string, Spelling[]>, warnings: Diagnostic[]): void {
  for (const field of ['summary_ja', 'caveat_ja'] as const) {
    const text = value(field);
    const reported = new Set<string>();
    // A middle dot also joins two names (フート・栃木): only the name itself is compared.
    for (const run of (text.match(/[ァ-ヺー・]+/g) ?? []).map((r) => r.replace(/^・+|・+$/g, ''))) {
      const expected = spellings.get(foldKatakana(run));
      if (!expected || expected.some((e) => e.stem === run) || reported.has(run)) continue;
      reported.add(run);
      const [first] = expected;
      if (!first) continue;
      warnings.push(cell(file, line, COL[field], field, run, `spelled against the locality table; ${first.table} writes ${first.name}: write ${first.stem}`));
    }
    for (const term of JAPANESE_TERMS) {
      const found = term.wrong.exec(text);
      if (found) warnings.push(cell(file, line, COL[field], field, found[0], `write ${term.right} for ${term.what}, as everywhere else`));
    }
  }
}

/** `2019` and `2019-07-20` agree; so does an empty date with anything. */
function compatibleDates(a: string, b: string): boolean {
  if (a === '' || b === '') return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** The editor's word, in `notes`, that two rows are two documents: "not the same document as <id>". */
const DISTINCT_NOTE = 'not the same document as';

function declaredDistinct(a: ResolvedPair, b: ResolvedPair): boolean {
  // Whole ids only: "…--2024" must not match a note naming "…--2024-09-10".
  const named = (p: ResolvedPair) => [...p.row.notes.matchAll(/not the same document as ([a-z0-9-]+[a-z0-9])/gi)].map((m) => m[1]?.toLowerCase());
  return named(a).includes(b.id) || named(b).includes(a.id);
}

/**
 * Two rows with the same localities and relationship, dates that agree and different sources
 * are most likely one document reported twice. Not an error: two MoUs a year apart exist, and an
 * editor who has read both sources says so in `notes`, which ends the warning.
 */
function warnProbableDuplicates(file: string, pairs: ResolvedPair[], warnings: Diagnostic[]): void {
  const ordered = [...pairs].sort((a, b) => a.line - b.line);
  ordered.forEach((p, i) => {
    const earlier = ordered.slice(0, i).find(
      (q) =>
        q.vnId === p.vnId &&
        q.jpId === p.jpId &&
        q.row.relationship === p.row.relationship &&
        compatibleDates(q.row.signed, p.row.signed) &&
        q.row.source_url !== p.row.source_url &&
        // A row marked as another's second report is already settled.
        p.row.relation.kind !== 'same-as' &&
        q.row.relation.kind !== 'same-as' &&
        !declaredDistinct(p, q),
    );
    if (!earlier) return;
    const dates = p.row.signed === earlier.row.signed ? `both ${p.row.signed || 'undated'}` : `${earlier.row.signed || 'undated'} and ${p.row.signed || 'undated'}`;
    warnings.push({
      file,
      line: p.line,
      column: COL.vn_locality,
      field: 'vn_locality',
      value: p.row.vn_locality,
      message:
        `probably the same document as line ${earlier.line} (same localities and relationship, dates ${dates}, another source); ` +
        `if it is, delete this row and add its source to line ${earlier.line}'s more_sources as "${p.row.source_title} <${p.row.source_url || 'URL'}>" (docs/DATA.md, "A second source"); ` +
        `if they are two documents, say in summary_en how this one differs and write "${DISTINCT_NOTE} ${earlier.id}" in notes`,
    });
  });
}

/** Resolves `jp_locality` (+ `jp_prefecture`) to a prefecture or a municipality. */
function resolveJpPartner(file: string, line: number, name: string, prefectureName: string, jp: JpGazetteer, errors: Diagnostic[], notes: Diagnostic[], municipalitiesFile: string): Partners {
  /** A problem with the typed Japanese partner itself (the jp_locality cell). */
  const atLocality = (message: string): Diagnostic => cell(file, line, COL.jp_locality, 'jp_locality', name, message);
  /** A problem with the prefecture written beside it (the jp_prefecture cell). */
  const atPrefecture = (message: string): Diagnostic => cell(file, line, COL.jp_prefecture, 'jp_prefecture', prefectureName, message);
  const given = prefectureName === '' ? undefined : jp.prefecture(prefectureName);
  if (prefectureName !== '' && !given) {
    errors.push(atPrefecture(`unknown prefecture; ${suggest(prefectureName, jp.prefectureNames, 'use the English name of one of the 47 prefectures')}`));
    return {};
  }

  const prefecture = jp.looksLikeMunicipality(name) ? undefined : jp.prefecture(name);
  const candidates = jp.municipalitiesNamed(name);
  if (prefecture) {
    if (given && given.id !== prefecture.id) {
      // A city named like another prefecture (Ibaraki in Osaka, Fuchū…): the given prefecture decides.
      const city = candidates.find((m) => m.prefectureId === given.id);
      if (city) return { jpId: city.id, jpPrefectureId: city.prefectureId, municipality: city };
      errors.push(
        atLocality(
          `${prefecture.names.en} is a prefecture, and ${municipalitiesFile} has no ${name} in ${given.names.en}; ` +
            `if you mean the city or town ${name} in ${given.names.en}, add this row to ${municipalitiesFile}: ${pasteRow(name, given.names.en)}; ` +
            `if you mean ${prefecture.names.en} Prefecture, leave jp_prefecture empty`,
        ),
      );
      return {};
    }
    const city = candidates.find((m) => m.prefectureId === prefecture.id);
    if (given && (city || SAME_NAME_CAPITALS.has(prefecture.names.en))) {
      // Niigata, Oita, Shizuoka…: the prefecture and its capital share a name.
      notes.push(atLocality(`read as ${prefecture.names.en} Prefecture; for the city of the same name write "${city?.names.en ?? name} City"${city ? ` (${city.names.ja})` : ''}`));
    }
    return { jpId: prefecture.id, jpPrefectureId: prefecture.id, municipality: null };
  }

  if (candidates.length === 0 && ORGANISATION_WORDS.test(name)) {
    errors.push(
      atLocality(
        `"${name}" is an organisation, not a place; write the prefecture or city it belongs to in jp_locality ` +
          `(the map draws places) and name the partner in caveat_en, e.g. "The Japanese partner is ${name}, not the prefecture."`,
      ),
    );
    return {};
  }
  if (candidates.length === 0) {
    const prefectureOfId = (id: string) => jp.prefectures.find((p) => p.id === id)?.names.en ?? id;
    // Suggest only from the row's own prefecture: "Niki" (Hokkaido) is no help for Saiki in Oita.
    // Nor a near spelling in kanji: one character apart is another city (茨木市 is not 一関市).
    const japanese = JAPANESE_SCRIPT.test(name);
    const pool = japanese ? [] : given ? jp.municipalities.filter((m) => m.prefectureId === given.id) : jp.municipalities;
    const bare = name.replace(/\s+(city|town|village|ward)$/i, '').replace(/-(shi|machi|cho|chō|mura|son|ku)$/i, '');
    const match = closest(
      bare,
      pool.flatMap((m) => [m.names.en, m.names.ja]),
    );
    const matched = pool.find((m) => m.names.en === match || m.names.ja === match);
    const guess = matched ? `did you mean "${match}" (${prefectureOfId(matched.prefectureId)})? If not, add` : 'add';
    const askPrefecture = given ? '' : ', and write that prefecture in jp_prefecture';
    errors.push(atLocality(`${name} is not in ${municipalitiesFile}; ${guess} this row there: ${pasteRow(bare, given?.names.en ?? '<prefecture>')}${askPrefecture}`));
    return {};
  }
  const prefectureOf = (m: JpMunicipality) => jp.prefectures.find((p) => p.id === m.prefectureId)?.names.en ?? m.prefectureId;
  if (!given) {
    errors.push({
      file,
      line,
      column: COL.jp_prefecture,
      field: 'jp_prefecture',
      value: '',
      message: `${candidates[0]?.names.en ?? name} is a municipality, so its prefecture is required; write ${candidates.map((m) => `"${prefectureOf(m)}"`).join(' or ')}`,
    });
    return {};
  }
  const municipality = candidates.find((m) => m.prefectureId === given.id);
  if (!municipality) {
    errors.push(
      atPrefecture(
        `${candidates[0]?.names.en ?? name} is in ${candidates.map(prefectureOf).join(' and ')}, not ${given.names.en}; write ${candidates.map((m) => `"${prefectureOf(m)}"`).join(' or ')}`,
      ),
    );
    return {};
  }
  return { jpId: municipality.id, jpPrefectureId: municipality.prefectureId, municipality };
}

function checkPairDuplicates(file: string, pairs: ResolvedPair[], errors: Diagnostic[]): void {
  const sameAgreement = new Map<string, number>();
  const idLine = new Map<string, number>();
  for (const p of [...pairs].sort((a, b) => a.line - b.line)) {
    const key = [p.vnId, p.jpId, p.row.relationship, p.row.signed, p.row.source_url].join('\u0000');
    const earlier = sameAgreement.get(key);
    if (earlier !== undefined) {
      errors.push({
        file,
        line: p.line,
        column: COL.vn_locality,
        field: 'vn_locality',
        value: p.row.vn_locality,
        message: `same agreement as line ${earlier} (same localities, relationship, signed date and source_url); delete one of the two rows`,
      });
      continue;
    }
    sameAgreement.set(key, p.line);
    const idEarlier = idLine.get(p.id);
    if (idEarlier !== undefined) {
      errors.push({
        file,
        line: p.line,
        column: COL.id,
        field: 'id',
        value: p.row.id,
        message:
          p.row.id === ''
            ? `the derived id ${p.id} is already the id of line ${idEarlier}; give one of the two rows an id of its own`
            : `already the id of line ${idEarlier}; ids must be unique, choose another`,
      });
    } else idLine.set(p.id, p.line);
  }
}

// ── Shared lookups and messages ──────────────────────────────────────────────────────────────

/** A Vietnamese unit, prefecture or municipality id for a name from forum.json or priorities. */
function resolveLocalityId(name: string, vn: VnGazetteer, jp: JpGazetteer): string | undefined {
  const unit = vn.resolve(name);
  if (unit) return unit.unit.id;
  const prefecture = jp.looksLikeMunicipality(name) ? undefined : jp.prefecture(name);
  if (prefecture) return prefecture.id;
  const municipalities = jp.municipalitiesNamed(name);
  return municipalities.length === 1 ? municipalities[0]?.id : undefined;
}

function unknownLocality(file: string, line: number, column: number, field: string, value: string, names: string[], what = 'locality'): Diagnostic {
  return {
    file,
    line,
    column,
    field,
    value,
    message: `unknown ${what}; ${suggest(value, names, 'use a name from data/localities/ (vn-provinces.csv, vn-merger-2025.csv, jp-prefectures.csv, jp-municipalities.csv)')}`,
  };
}

function unknownSector(file: string, line: number, column: number, field: string, value: string, sectorIds: Set<string>): Diagnostic {
  const word = sectorForWord(value, sectorIds);
  const advice =
    word !== undefined
      ? `for "${value}" write "${word}" (the everyday words and their ids are in docs/DATA.md, "Sector words")`
      : suggest(value, sectorIds, `use one of ${[...sectorIds].sort().join(', ')} (see docs/DATA.md, "Sector words"), or add it to data/sectors.csv`);
  return { file, line, column, field, value, message: `unknown sector; ${advice}` };
}

/**
 * Prefectures whose capital city has the same name: "Niigata, Niigata" is ambiguous, so the
 * checker says how it was read. (Ibaraki's capital is Mito; the city Ibaraki is in Osaka.)
 */
const SAME_NAME_CAPITALS = new Set([
  'Aomori',
  'Akita',
  'Yamagata',
  'Fukushima',
  'Chiba',
  'Saitama',
  'Niigata',
  'Toyama',
  'Fukui',
  'Nagano',
  'Gifu',
  'Shizuoka',
  'Kyoto',
  'Osaka',
  'Nara',
  'Wakayama',
  'Tottori',
  'Okayama',
  'Hiroshima',
  'Yamaguchi',
  'Tokushima',
  'Kochi',
  'Fukuoka',
  'Saga',
  'Nagasaki',
  'Kumamoto',
  'Oita',
  'Miyazaki',
  'Kagoshima',
]);

/** A jp-municipalities.csv row to paste; the parts only the editor can look up are marked. */
function pasteRow(name: string, prefectureEn: string): string {
  // A name typed in Japanese goes in the name_ja column, not name_en.
  const japanese = JAPANESE_SCRIPT.test(name);
  const [en, ja] = japanese ? ['<name in English>', name] : [name, '<name in Japanese with 市/町/村>'];
  return `${en},${ja},${prefectureEn},city,<lon>,<lat> (level city/town/village; coordinates in decimal degrees from its Wikipedia page)`;
}

/** A problem in one cell of a CSV, addressed by position. */
function cell(file: string, line: number, column: number, field: string, value: string, message: string): Diagnostic {
  return { file, line, column, field, value, message };
}

/** Kana or kanji: a name typed in Japanese. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Words that name a body, not a place: such a partner is written as its place, with a caveat. */
const ORGANISATION_WORDS =
  /\b(federation|chamber|association|commerce|industry|university|college|council|assembly|union|company|corporation|agency|society|bank)\b|商工会議所|商工会|協会|連合会|大学|組合|議会|株式会社/i;

// ── forum.json ───────────────────────────────────────────────────────────────────────────────

function checkForum(
  file: string,
  forum: NonNullable<ReturnType<typeof loadJson<typeof forumFileSchema>>>,
  localityId: (name: string) => string | undefined,
  localityNames: string[],
  /** null when sectors.csv could not be read: sectors are then not checked. */
  sectorIds: Set<string> | null,
  errors: Diagnostic[],
): void {
  const { data, at } = forum;
  const sourceKeys = Object.keys(data.sources);
  const speakerIds = new Set(data.speakers.map((s) => s.id));
  const push = (path: PropertyKey[], value: string, message: string) => {
    const { line, column } = at(path);
    errors.push({ file, line, column, field: String(path.at(-1)), value, message });
  };
  const source = (path: PropertyKey[], ref: string) => {
    // hasOwn: a reference such as "constructor" must not find Object.prototype's.
    if (Object.hasOwn(data.sources, ref) || isWebUrl(ref)) return;
    push(path, ref, `unknown source; ${suggest(ref, sourceKeys, `use a key of "sources" (${sourceKeys.join(', ')}) or an http(s) URL`)}`);
  };
  const locality = (path: PropertyKey[], name: string) => {
    const id = localityId(name);
    if (id === undefined) {
      const { line, column } = at(path);
      errors.push(unknownLocality(file, line, column, String(path.at(-1)), name, localityNames));
    }
    return id;
  };
  const speaker = (path: PropertyKey[], id: string) => {
    if (!speakerIds.has(id)) push(path, id, `unknown speaker; ${suggest(id, speakerIds, 'add the speaker to "speakers" first')}`);
  };
  const unique = (list: { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) push([key, i, 'id'], item.id, `already used in "${key}"; ids must be unique`);
      seen.add(item.id);
    });
  };

  // 1. The forum itself.
  locality(['forum', 'placeLocality'], data.forum.placeLocality);
  const sources = (path: PropertyKey[], fact: { source: string; moreSources?: string[] | undefined }) => {
    source([...path, 'source'], fact.source);
    fact.moreSources?.forEach((ref, j) => source([...path, 'moreSources', j], ref));
  };
  data.forum.themes.forEach((t, i) => sources(['forum', 'themes', i], t));
  data.forum.programme.forEach((t, i) => sources(['forum', 'programme', i], t));
  sources(['forum', 'organisers'], data.forum.organisers);
  sources(['forum', 'officialAgreementCount'], data.forum.officialAgreementCount);

  // 2. Speakers, then everything that names a speaker.
  unique(data.speakers, 'speakers');
  data.speakers.forEach((s, i) => {
    if (s.locality === null) return;
    const id = locality(['speakers', i, 'locality'], s.locality);
    if (id !== undefined && !id.startsWith(`${s.country}-`)) {
      push(['speakers', i, 'locality'], s.locality, `is not in ${s.country === 'vn' ? 'Vietnam' : 'Japan'}, the speaker's country; fix "country" or "locality"`);
    }
  });
  unique(data.quotes, 'quotes');
  data.quotes.forEach((q, i) => {
    speaker(['quotes', i, 'speaker'], q.speaker);
    source(['quotes', i, 'source'], q.source);
    q.moreSources?.forEach((ref, j) => source(['quotes', i, 'moreSources', j], ref));
    q.sectors.forEach((s, j) => {
      if (sectorIds && !sectorIds.has(s)) push(['quotes', i, 'sectors', j], s, `unknown sector; ${suggest(s, sectorIds, 'use an id from data/sectors.csv')}`);
    });
    q.localities.forEach((name, j) => locality(['quotes', i, 'localities', j], name));
  });
  unique(data.figures, 'figures');
  data.figures.forEach((f, i) => sources(['figures', i], f));
  unique(data.directions, 'directions');
  data.directions.forEach((d, i) => {
    speaker(['directions', i, 'speaker'], d.speaker);
    sources(['directions', i], d);
  });
  data.lookingForPartners.forEach((l, i) => {
    locality(['lookingForPartners', i, 'locality'], l.locality);
    sources(['lookingForPartners', i], l);
  });
}

/** Our translations in forum.json: each gap a warning; a list of items of the wrong length an error. */
function checkForumTranslations(file: string, forum: NonNullable<ReturnType<typeof loadJson<typeof forumFileSchema>>>, errors: Diagnostic[], warnings: Diagnostic[]): void {
  const language = { vi: 'Vietnamese', ja: 'Japanese' } as const;
  for (const t of forumTexts(forum.data)) {
    const { line, column } = forum.at(t.path);
    for (const lang of OUR_LANGS) {
      const key = t.key[lang];
      const wrong = t.lengthMismatch?.[lang];
      if (wrong !== undefined) {
        errors.push({
          file,
          line,
          column,
          field: key,
          value: String(wrong),
          message: `has ${wrong} items but "items" has ${t.text.split('; ').length}; translate each item once, in the same order`,
        });
      } else if (!t.has[lang]) {
        warnings.push({ file, line, column, field: key, value: '', message: `missing; add our ${language[lang]} translation of "${excerpt(t.text)}" as "${key}"` });
      }
    }
  }
}
