import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataCli } from '../../scripts/check-data';
import { runCliInProcess } from './cli-in-process';

const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'scripts', 'check-data.ts');

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

describe('npx tsx scripts/check-data.ts --dir <copy with a broken pairs.csv>', () => {
  const broken = brokenCopy('relationship', 'sisterr');
  afterAll(() => {
    if (broken.dir) rmSync(broken.dir, { recursive: true, force: true });
  });
  const run = () => spawnSync('npx', ['tsx', script, '--dir', broken.dir], { cwd: root, encoding: 'utf8', timeout: 60000 });
  let result: ReturnType<typeof run> | undefined;
  const once = () => (result ??= run());

  it('exits with status 1', () => {
    expect(once().status).toBe(1);
  }, 90000);

  it('names the file, line and column, the field and the value, and suggests a fix', () => {
    const { stderr, stdout } = once();
    expect(`${stdout}\n${stderr}`).toContain(`${join(broken.dir, 'pairs.csv')}:${broken.line}:${broken.col} relationship "sisterr": not a known relationship; did you mean "sister"?`);
  }, 90000);
});

describe('npx tsx scripts/build-data.ts --out <missing folder>', () => {
  it('data:build --out into a missing folder exits with status 2, says so in one line on stderr and writes nothing', () => {
    const out = join(tmpdir(), `kizuna-no-such-folder-${process.pid}`, 'bundle.json');
    const result = spawnSync('npx', ['tsx', join(root, 'scripts', 'build-data.ts'), '--out', out], { cwd: root, encoding: 'utf8', timeout: 60000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${out}: the folder ${dirname(out)} does not exist; create it first (mkdir -p ${dirname(out)}) or choose another --out\n`);
    expect(existsSync(dirname(out))).toBe(false);
  }, 90000);
});

// The same CLIs run in-process (tests/scripts/cli-in-process.ts): what they print and the status they end with.
describe('the data CLIs answer bad input in one line, never a stack trace', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-cli-'));
    dirs.push(dir);
    cpSync(join(root, 'data'), dir, { recursive: true });
    return dir;
  };

  it('fails when bundle.json is stale, saying what to run', () => {
    const dir = copy();
    // The inputs pass the check; the bundle beside them is not what data:build writes from them.
    writeFileSync(join(dir, 'bundle.json'), '{}\n');
    const result = runCliInProcess(checkDataCli, ['--dir', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'bundle.json')} is out of date (the map would not show your edits); run npm run data:build and commit it`);
  });

  it('--dir naming a file, or a missing folder', () => {
    const file = join(copy(), 'pairs.csv');
    expect(runCliInProcess(checkDataCli, ['--dir', file])).toEqual({ status: 2, stdout: '', stderr: `${file}: is a file, not a folder; give the data folder with --dir\n` });
    expect(runCliInProcess(checkDataCli, ['--dir', `${file}-nope`])).toEqual({ status: 2, stdout: '', stderr: `${file}-nope: no such folder; give the data folder with --dir (default: data)\n` });
  });

  it('a folder in place of forum.json is a message, not a stack trace', () => {
    const dir = copy();
    rmSync(join(dir, 'forum', 'forum.json'));
    cpSync(join(dir, 'localities'), join(dir, 'forum', 'forum.json'), { recursive: true });
    const result = runCliInProcess(checkDataCli, ['--dir', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'forum', 'forum.json')}:1:1 file "": is a folder, not a file; put the file itself at this path`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
