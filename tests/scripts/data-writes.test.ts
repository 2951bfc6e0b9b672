import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataCli } from '../../scripts/build-data';
import { checkDataCli } from '../../scripts/check-data';
import { writeFilesAtomic } from '../../scripts/lib/data/atomic-write';
import { checkData } from '../../scripts/lib/data/check';
import { runCliInProcess } from './cli-in-process';

/**
 * data:build writes bundle.json (what every reader gets) and published-ids.csv (what keeps shared
 * links working). A write that fails half-way must leave both as they were, and a deleted record
 * must stop the build instead of silently dropping old ids.
 */
const root = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-writes-'));
  temps.push(dir);
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  return join(dir, 'data');
}

const strays = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
// In-process (tests/scripts/cli-in-process.ts); check-data-cli.test.ts spawns each CLI once, end to end.
const build = (...args: string[]) => runCliInProcess(buildDataCli, args);
const check = (...args: string[]) => runCliInProcess(checkDataCli, args);

describe('atomic writes', () => {
  it('given a disk that fills up half-way through the second file, then both targets keep their old bytes and no temporary file is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-atomic-'));
    temps.push(dir);
    writeFileSync(join(dir, 'bundle.json'), 'old bundle\n');
    writeFileSync(join(dir, 'published-ids.csv'), 'id,became\nold,\n');
    let calls = 0;
    const fullDisk = {
      write: (fd: number, data: Buffer) => {
        calls++;
        if (calls === 2) {
          writeFileSync(fd, data.subarray(0, data.length >> 1));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        writeFileSync(fd, data);
      },
    };
    expect(() =>
      writeFilesAtomic(
        [
          { path: join(dir, 'bundle.json'), text: 'new bundle\n'.repeat(100) },
          { path: join(dir, 'published-ids.csv'), text: 'id,became\nold,\nnew,\n' },
        ],
        fullDisk,
      ),
    ).toThrow(/ENOSPC/);
    expect(readFileSync(join(dir, 'bundle.json'), 'utf8')).toBe('old bundle\n');
    expect(readFileSync(join(dir, 'published-ids.csv'), 'utf8')).toBe('id,became\nold,\n');
    expect(strays(dir)).toEqual([]);
  });

  it('given a write that succeeds, then the targets hold the new text and no temporary file is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-atomic-'));
    temps.push(dir);
    writeFileSync(join(dir, 'a.json'), 'old');
    writeFilesAtomic([
      { path: join(dir, 'a.json'), text: 'new' },
      { path: join(dir, 'b.csv'), text: 'b' },
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe('b');
    expect(strays(dir)).toEqual([]);
  });

  // A real full disk: a tmpfs just larger than a copy of data/, filled to the last byte. Needs
  // root and permission to mount (a CI container may refuse it), so it says why when it cannot run.
  const mountPoint = join(tmpdir(), `kizuna-full-disk-${process.pid}`);
  const dataBytes = readdirSync(join(root, 'data'), { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(root, 'data', name)))
    .reduce((sum, stat) => sum + (stat.isFile() ? stat.size : 4096), 0);
  const canMount = (() => {
    if (process.getuid?.() !== 0) return 'not root';
    mkdirSync(mountPoint, { recursive: true });
    const size = `${Math.ceil((dataBytes + 512 * 1024) / 1024)}k`;
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint], { encoding: 'utf8' });
    return mounted.status === 0 ? '' : `mount refused: ${mounted.stderr.trim()}`;
  })();
  if (canMount) console.warn(`skipping the real full-disk test of data:build (${canMount})`);
  afterAll(() => {
    if (!canMount) spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it.skipIf(canMount !== '')(
    'given a full disk, when data:build runs, then it fails naming ENOSPC, says nothing was written, and bundle.json is intact',
    () => {
      const data = join(mountPoint, 'data');
      cpSync(join(root, 'data'), data, { recursive: true });
      // A stale, smaller bundle: the new one cannot fit even where the old one was.
      writeFileSync(join(data, 'bundle.json'), '{"version":"stale"}\n');
      const before = readFileSync(join(data, 'bundle.json'));
      // Fill what is left of the disk.
      const filler = join(mountPoint, 'filler');
      try {
        writeFileSync(filler, Buffer.alloc(dataBytes + 1024 * 1024));
      } catch {
        // ENOSPC: the file holds whatever fitted.
      }
      const result = build('--dir', data);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/ENOSPC.*nothing was written\. Free some disk space/);
      expect(readFileSync(join(data, 'bundle.json')).equals(before)).toBe(true);
      expect(strays(data)).toEqual([]);
    },
    120000,
  );
});

describe('a deleted published-ids record', () => {
  it('given data/ with bundle.json but no published-ids.csv, then the check fails at that file and says how to restore it', () => {
    const data = dataCopy();
    rmSync(join(data, 'published-ids.csv'));
    const result = checkData(data);
    expect(result.model).toBeNull();
    const error = result.errors.find((e) => e.file === join(data, 'published-ids.csv'));
    expect(error?.message).toMatch(/missing.*shared links would break; restore it \(git checkout -- .*published-ids\.csv\).*--create-ids-record/);
  });

  it('given the same folder, when data:build runs without the flag, then it stops and writes nothing; with --create-ids-record it writes the record', () => {
    const data = dataCopy();
    const record = readFileSync(join(data, 'published-ids.csv'), 'utf8');
    rmSync(join(data, 'published-ids.csv'));
    const bundle = readFileSync(join(data, 'bundle.json'), 'utf8');

    const refused = build('--dir', data);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('published-ids.csv:1:1 file "": the record of published pair ids is missing');
    expect(existsSync(join(data, 'published-ids.csv'))).toBe(false);
    expect(readFileSync(join(data, 'bundle.json'), 'utf8')).toBe(bundle);

    const created = build('--dir', data, '--create-ids-record');
    expect(created.status, created.stderr).toBe(0);
    // Every id still produced by a row is recorded again (removed ones cannot be known any more).
    const ids = (text: string) =>
      text
        .split('\n')
        .slice(1)
        .filter((line) => line.endsWith(','))
        .map((line) => line.slice(0, -1));
    expect(ids(readFileSync(join(data, 'published-ids.csv'), 'utf8'))).toEqual(ids(record));
    expect(check('--dir', data).status).toBe(0);
  }, 180000);

  it('given a new data folder with no bundle yet, then a missing record is only a warning', () => {
    const data = dataCopy();
    rmSync(join(data, 'published-ids.csv'));
    rmSync(join(data, 'bundle.json'));
    const result = checkData(data);
    expect(result.errors).toEqual([]);
    expect(result.warnings.some((w) => w.file === join(data, 'published-ids.csv') && /does not exist yet/.test(w.message))).toBe(true);
  });
});
