import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSIONED_LOADER } from '../../src/share/snippet';
import { newestLoader, subresourceIntegrity } from '../../scripts/lib/hosting/loader';

/**
 * Published snippets load public/embed.vN.js with an integrity hash: a browser refuses the file
 * if one byte changes, and the embed silently loses its loader. So a versioned loader is frozen
 * once released. To change the loader, edit public/embed.js, copy it to a new embed.v(N+1).js
 * and add that file's hash here; never edit or delete an old one.
 */
const RELEASED: Record<string, string> = {
  'embed.v1.js': 'sha384-nxiqKiPBoMLsvtAA7mMNlU48HAg/K5LkjRbr8miAqmHLIWVMkcYODvzQjcLceOAR',
};

const versions = readdirSync('public').filter((name) => /^embed\.v\d+\.js$/.test(name));

describe('versioned loaders', () => {
  it('every released loader is still there, byte for byte', () => {
    for (const [name, integrity] of Object.entries(RELEASED)) {
      expect(subresourceIntegrity(readFileSync(`public/${name}`)), name).toBe(integrity);
    }
  });

  it('every versioned loader in public/ has been recorded as released', () => {
    expect(versions.sort()).toEqual(Object.keys(RELEASED).sort());
  });

  it('the moving embed.js is the newest versioned loader, so both behave the same', () => {
    const newest = newestLoader('public');
    expect(readFileSync('public/embed.js', 'utf8')).toBe(readFileSync(`public/${newest.path}`, 'utf8'));
  });

  it('the app writes the newest loader and its hash into snippets (given to it by the build)', () => {
    expect(VERSIONED_LOADER).toEqual(newestLoader('public'));
    expect(VERSIONED_LOADER.integrity).toBe(RELEASED[VERSIONED_LOADER.path]);
  });
});
