/**
 * The record of every pair id ever published (`data/published-ids.csv`). A pair id is part of
 * every shared `?pair=` link, so an edit that changes or drops one must be deliberate: either the
 * old id is frozen in the row's `id` column, or the record says what became of it (renamed or
 * merged into another id, or removed), and old links follow the record.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Diagnostic } from './diagnostics';
import type { CsvTable } from './csv';
import { ID_PATTERN } from './schema';

export const PUBLISHED_IDS_FILE = 'published-ids.csv';
const PUBLISHED_IDS_COLUMNS = ['id', 'became'] as const;
/** `became` value for a pair taken off the map. */
export const REMOVED = 'removed';

/** One published id; `now` is '' while a row still has it, else its new id or `removed`. */
export interface PublishedId {
  id: string;
  now: string;
  line: number;
}

/** A current pair as far as the record cares. */
export interface CurrentPair {
  id: string;
  line: number;
  vnId: string;
  jpId: string;
  /** True when the row's `id` column is empty (so the id is derived). */
  derived: boolean;
}

/** Reads the record; a missing file is an empty record (data:build creates it). */
export function readPublishedIds(file: string, errors: Diagnostic[], parse: (file: string) => CsvTable | Diagnostic): PublishedId[] | null {
  if (!existsSync(file)) return null;
  const table = parse(file);
  if (!('rows' in table)) {
    errors.push(table);
    return [];
  }
  const headerOk = PUBLISHED_IDS_COLUMNS.every((name, i) => table.header[i] === name);
  if (!headerOk) {
    errors.push({
      file,
      line: 1,
      column: 1,
      field: 'header',
      value: table.header.join(','),
      message: `expected the header ${PUBLISHED_IDS_COLUMNS.join(',')}; restore it from git`,
    });
    return [];
  }
  return table.rows.map((r) => ({ id: (r.fields.id ?? '').trim(), now: (r.fields.became ?? '').trim(), line: r.line }));
}

/**
 * Checks the current pairs against the record. Each message names the exact fix: freeze the old
 * id in the row's `id` column, or record what became of it.
 */
export function checkPublishedIds(record: readonly PublishedId[], pairs: readonly CurrentPair[], recordFile: string, pairsFile: string, errors: Diagnostic[]): void {
  const current = new Map(pairs.map((p) => [p.id, p]));
  const recorded = new Set<string>();
  const seen = new Map<string, number>();
  const push = (entry: PublishedId, field: string, value: string, message: string) => errors.push({ file: recordFile, line: entry.line, column: field === 'id' ? 1 : 2, field, value, message });

  for (const entry of record) {
    recorded.add(entry.id);
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) {
      push(entry, 'id', entry.id, `already recorded on line ${earlier}; delete this line`);
      continue;
    }
    seen.set(entry.id, entry.line);
    if (!ID_PATTERN.test(entry.id)) {
      push(entry, 'id', entry.id, 'not a pair id; restore this line from git');
      continue;
    }
    const live = current.get(entry.id);
    if (entry.now === '') {
      if (live) continue;
      push(entry, 'id', entry.id, lostIdMessage(entry.id, pairs, record, pairsFile));
    } else if (live) {
      push(entry, 'became', entry.now, `but line ${live.line} of ${pairsFile} has the id ${entry.id} again; empty "became" on this line`);
    } else if (entry.now !== REMOVED && !current.has(entry.now)) {
      push(entry, 'became', entry.now, `no row of ${pairsFile} has this id; write the id the pair has now (see the pair's link in the app) or "${REMOVED}"`);
    }
  }
}

/** The fix for a published id that no row produces: point at the likely row when there is one. */
function lostIdMessage(id: string, pairs: readonly CurrentPair[], record: readonly PublishedId[], pairsFile: string): string {
  const known = new Set(record.map((r) => r.id));
  const prefix = id.split('--').slice(0, 2).join('--');
  const candidates = pairs.filter((p) => !known.has(p.id) && `${p.vnId}--${p.jpId}` === prefix);
  const record_ = `or, if the pair was merged or renamed on purpose, write its new id in the "became" column of this line ("${REMOVED}" if it left the map)`;
  if (candidates.length === 1 && candidates[0]) {
    const c = candidates[0];
    return `published, but line ${c.line} of ${pairsFile} now gets the id ${c.id}; to keep old links working write ${id} in that row's id column, ${record_}`;
  }
  if (candidates.length > 1) {
    // A row added for the same pair renames both; the row that had the id is the older one,
    // which an editor appends above (rows are added at the end).
    const [oldest] = [...candidates].sort((x, y) => x.line - y.line);
    const lines = candidates.map((c) => `line ${c.line} (${c.id})`).join(', ');
    if (oldest) {
      return `published, but no row has it any more: ${lines} of ${pairsFile} now share its pair; to keep old links working write ${id} in the id column of the row that had it, most likely line ${oldest.line}, ${record_}`;
    }
  }
  return `published, but no row of ${pairsFile} has this id any more; write ${id} in the id column of the row that had it, ${record_}`;
}

/** The record after publishing `pairs`: old lines kept, new ids added, sorted by id. */
export function withNewIds(record: readonly PublishedId[], pairs: readonly CurrentPair[]): PublishedId[] {
  const known = new Set(record.map((r) => r.id));
  const added = pairs.filter((p) => !known.has(p.id)).map((p) => ({ id: p.id, now: '', line: 0 }));
  return [...record, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The record as CSV text (LF, no quoting needed: ids and `became` are plain). */
function serializePublishedIds(record: readonly PublishedId[]): string {
  return `${PUBLISHED_IDS_COLUMNS.join(',')}\n${record.map((r) => `${r.id},${r.now}\n`).join('')}`;
}

/** The record's new text when it differs from the file (null: nothing to write). */
export function publishedIdsUpdate(file: string, record: readonly PublishedId[]): string | null {
  const text = serializePublishedIds(record);
  return existsSync(file) && readFileSync(file, 'utf8') === text ? null : text;
}

/**
 * What a missing record means. While `data/bundle.json` exists, ids have been published: without
 * the record the id guard is off and the next build would silently drop old ids and their
 * redirects, breaking shared links, so it is an error unless the editor asks to start a new record
 * (`create`). Before any bundle exists it is only a warning: the first data:build creates it.
 */
export function missingRecordDiagnostic(file: string, bundleExists: boolean, create: boolean): { level: 'error' | 'warning'; diagnostic: Diagnostic } | null {
  const at = { file, line: 1, column: 1, field: 'file', value: '' };
  if (!bundleExists) {
    return { level: 'warning', diagnostic: { ...at, message: 'the record of published pair ids does not exist yet; npm run data:build creates it' } };
  }
  if (create) return null;
  return {
    level: 'error',
    diagnostic: {
      ...at,
      message:
        `the record of published pair ids is missing, but bundle.json has been published: without it, old ids and their redirects would be dropped and shared links would break; ` +
        `restore it (git checkout -- ${file}), or, only if no link to this data was ever shared, start a new record with npm run data:build -- --create-ids-record`,
    },
  };
}
