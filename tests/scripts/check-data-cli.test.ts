import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'scripts', 'check-data.ts');
const hasScript = existsSync(script);
if (!hasScript) console.warn('check-data-cli: scripts/check-data.ts does not exist yet; skipping the end-to-end data check');

/** Quotes a CSV field when it needs it. */
const field = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * Copies data/ to a temporary folder and sets `column` of the first data row that sits on one
 * physical line; returns the folder, the 1-based line and column.
 */
function brokenCopy(column: string, value: string): { dir: string; line: number; col: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-check-data-'));
  cpSync(join(root, 'data'), dir, { recursive: true });
  const path = join(dir, 'pairs.csv');
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = (parse(lines[0] ?? '') as string[][])[0] ?? [];
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`pairs.csv has no ${column} column`);
  for (let i = 1; i < lines.length; i++) {
    const rows = parse(lines[i] ?? '', { relax_quotes: true }) as string[][];
    const row = rows[0];
    if (rows.length !== 1 || row?.length !== header.length) continue;
    row[index] = value;
    lines[i] = row.map(field).join(',');
    writeFileSync(path, lines.join('\n'));
    return { dir, line: i + 1, col: index + 1 };
  }
  throw new Error('no single-line row in pairs.csv');
}

describe.skipIf(!hasScript)('npx tsx scripts/check-data.ts --dir <copy with a broken pairs.csv>', () => {
  const broken = hasScript ? brokenCopy('relationship', 'sisterr') : { dir: '', line: 0, col: 0 };
  afterAll(() => {
    if (broken.dir) rmSync(broken.dir, { recursive: true, force: true });
  });
  const run = () =>
    spawnSync('npx', ['tsx', script, '--dir', broken.dir], { cwd: root, encoding: 'utf8', timeout: 60000 });
  let result: ReturnType<typeof run> | undefined;
  const once = () => (result ??= run());

  it('exits with status 1', () => {
    expect(once().status).toBe(1);
  }, 90000);

  it('names the file, line and column, the field and the value, and suggests a fix', () => {
    const { stderr, stdout } = once();
    expect(`${stdout}\n${stderr}`).toContain(
      `${join(broken.dir, 'pairs.csv')}:${broken.line}:${broken.col} relationship "sisterr": not a known relationship; did you mean "sister"?`,
    );
  }, 90000);
});
