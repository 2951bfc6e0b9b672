import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSIONED_LOADER } from '../../src/share/snippet';
import { newestLoader, subresourceIntegrity } from '../../scripts/lib/hosting/loader';
import { kizunaLoader } from '../../scripts/lib/hosting/plugin';
import { DRAFT_LOADER, RELEASED_LOADERS, releasedLoaderProblems } from '../../scripts/lib/hosting/released-loaders';

/**
 * Published snippets load public/embed.vN.js with an integrity hash: a browser refuses the file
 * if one byte changes, and the embed silently loses its loader. So a versioned loader is frozen
 * once released (the record: scripts/lib/hosting/released-loaders.ts, which says how to add one).
 */
const versions = readdirSync('public').filter((name) => /^embed\.v\d+\.js$/.test(name));
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('versioned loaders', () => {
  it('every released loader is still there, byte for byte', () => {
    for (const [name, integrity] of Object.entries(RELEASED_LOADERS)) {
      expect(subresourceIntegrity(readFileSync(`public/${name}`)), name).toBe(integrity);
    }
    expect(releasedLoaderProblems('public')).toEqual([]);
  });

  it('every versioned loader in public/ is recorded as released, or is the one draft, and the draft is the newest', () => {
    expect(versions.sort()).toEqual([...Object.keys(RELEASED_LOADERS), ...(DRAFT_LOADER ? [DRAFT_LOADER] : [])].sort());
    if (DRAFT_LOADER) expect(newestLoader('public').path).toBe(DRAFT_LOADER);
  });

  it('the moving embed.js is the newest versioned loader, so both behave the same', () => {
    const newest = newestLoader('public');
    expect(readFileSync('public/embed.js', 'utf8')).toBe(readFileSync(`public/${newest.path}`, 'utf8'));
  });

  it('the app writes the newest loader and its hash into snippets (given to it by the build)', () => {
    expect(VERSIONED_LOADER).toEqual(newestLoader('public'));
    expect(VERSIONED_LOADER.integrity).toBe(subresourceIntegrity(readFileSync(`public/${VERSIONED_LOADER.path}`)));
  });

  it('given a released loader changed by one byte (or with CRLF line ends), then the build refuses to start and names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-loader-'));
    temps.push(dir);
    cpSync('public', join(dir, 'public'), { recursive: true });
    const v1 = join(dir, 'public', 'embed.v1.js');
    writeFileSync(v1, readFileSync(v1, 'utf8').replace(/\n/g, '\r\n'));
    const plugin = kizunaLoader();
    const config = plugin.config as (config: object, env: object) => unknown;
    expect(() => config({ root: dir }, { mode: 'production', command: 'build' })).toThrow(/Refusing to build: .*embed\.v1\.js differs from the released file/);
  });
});
