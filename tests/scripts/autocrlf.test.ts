import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releasedLoaderProblems } from '../../scripts/lib/hosting/released-loaders';

/**
 * A Windows checkout (Git for Windows defaults to core.autocrlf=true) must give the same bytes
 * where bytes are checked: the released loaders (their hashes are in snippets on news sites) and
 * the generated data (data:check compares bundle.json with a fresh build). .gitattributes says
 * so; this checks out the committed HEAD that way into a temporary folder and runs both checks.
 */
const root = resolve(import.meta.dirname, '../..');
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
const head = git(root, 'rev-parse', 'HEAD');
const why = head.status !== 0 ? `no git repository here (${head.stderr.trim()})` : '';
if (why) console.warn(`skipping the core.autocrlf=true checkout test: ${why}`);

describe.skipIf(why !== '')('a checkout with core.autocrlf=true', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-autocrlf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives CRLF text files, byte-exact released loaders, and data that passes data:check', () => {
    expect(git(tmpdir(), 'clone', '--quiet', '--shared', '--no-checkout', root, dir).status).toBe(0);
    expect(git(dir, '-c', 'core.autocrlf=true', 'checkout', '--quiet', head.stdout.trim()).stderr).toBe('');
    // The conversion really happened (else this test proves nothing): README.md has CRLF now.
    expect(spawnSync('grep', ['-c', '\r$', join(dir, 'README.md')], { encoding: 'utf8' }).stdout.trim()).not.toBe('0');

    expect(releasedLoaderProblems(join(dir, 'public'))).toEqual([]);

    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const check = spawnSync('npx', ['tsx', 'scripts/check-data.ts'], { cwd: dir, encoding: 'utf8', timeout: 120000 });
    expect(`${check.stdout}\n${check.stderr}`).toContain('data: no errors');
    expect(check.status, check.stderr).toBe(0);
  }, 180000);
});
