// The committed dataset: it must pass the check, and data/bundle.json must be what a fresh
// build of it produces. Both skip, with a message, until the files exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle, serializeBundle } from '../../scripts/lib/bundle';
import { checkData } from '../../scripts/lib/check';
import { formatDiagnostic } from '../../scripts/lib/data-diagnostics';

const hasPairs = existsSync('data/pairs.csv');
const hasBundle = existsSync('data/bundle.json');

describe('the real dataset in data/', () => {
  it.skipIf(!hasPairs)('passes npm run data:check (skipped: data/pairs.csv does not exist yet)', () => {
    expect(checkData('data').errors.map(formatDiagnostic)).toEqual([]);
  });

  it.skipIf(!hasPairs || !hasBundle)('has a committed data/bundle.json equal to a fresh build (skipped: no data/bundle.json yet; run npm run data:build)', () => {
    // Compared as one boolean: a diff of two 200 kB single-line strings helps nobody.
    const upToDate = readFileSync('data/bundle.json', 'utf8') === serializeBundle(buildBundle('data'));
    expect(upToDate, 'data/bundle.json is out of date; run npm run data:build').toBe(true);
  });
});
