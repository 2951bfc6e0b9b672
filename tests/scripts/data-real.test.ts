// The committed dataset: it must pass the check, and data/bundle.json must be what a fresh
// build of it produces. Both files are committed, so a missing one is a failure, never a skip.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, serializeBundle } from '../../scripts/lib/data/bundle';
import { checkData } from '../../scripts/lib/data/check';
import { formatDiagnostic } from '../../scripts/lib/data/diagnostics';

describe('the real dataset in data/', () => {
  it('has data/pairs.csv and data/bundle.json committed', () => {
    expect(existsSync('data/pairs.csv'), 'data/pairs.csv').toBe(true);
    expect(existsSync('data/bundle.json'), 'data/bundle.json (run npm run data:build)').toBe(true);
  });

  it('passes npm run data:check', () => {
    expect(checkData('data').errors.map(formatDiagnostic)).toEqual([]);
  });

  it('has a committed data/bundle.json equal to a fresh build', () => {
    // Compared as one boolean: a diff of two 200 kB single-line strings helps nobody.
    const upToDate = readFileSync('data/bundle.json', 'utf8') === serializeBundle(buildBundle('data'));
    expect(upToDate, 'data/bundle.json is out of date; run npm run data:build').toBe(true);
  });

  it('carries no editorial text to readers: no notes, no row numbers, no checker remarks', () => {
    const text = readFileSync('data/bundle.json', 'utf8');
    const bundle = JSON.parse(text) as { pairs: Record<string, unknown>[] };
    expect(bundle.pairs.filter((p) => 'notes' in p || 'line' in p)).toEqual([]);
    expect(text.match(/Row \d+ of|data\/pairs\.csv|the checker|Reclassified from|not verified offline/g)).toBeNull();
  });

  it("gives every pair a summary in Vietnamese and Japanese (issue #12: the pair panel reads in the reader's language)", () => {
    const bundle = JSON.parse(readFileSync('data/bundle.json', 'utf8')) as { pairs: { id: string; summary: { vi?: string; ja?: string } }[] };
    expect(bundle.pairs.filter((p) => !p.summary.vi || !p.summary.ja).map((p) => p.id)).toEqual([]);
  });

  it('names a city that shares its prefecture’s name as the city, so a reader can tell the two Osakas apart', () => {
    const bundle = JSON.parse(readFileSync('data/bundle.json', 'utf8')) as { localities: { id: string; names: Record<string, string> }[] };
    const names = (id: string) => bundle.localities.find((l) => l.id === id)?.names;
    expect(names('jp-27-osaka')).toEqual({ en: 'Osaka City', vi: 'Thành phố Osaka', ja: '大阪市' });
    expect(names('jp-27')?.en).toBe('Osaka');
    expect(names('jp-27-sakai')).toEqual({ en: 'Sakai', vi: 'Sakai', ja: '堺市' });
  });

  it('a copy of data/ with CRLF line ends and a BOM gives exactly the same bundle', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kizuna-crlf-'));
    try {
      cpSync('data', copy, { recursive: true });
      const convert = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) convert(path);
          else if (name.endsWith('.csv')) writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replaceAll('\n', '\r\n')}`);
        }
      };
      convert(copy);
      expect(readFileSync(join(copy, 'pairs.csv'), 'utf8')).toContain('\r\n');
      const same = serializeBundle(buildBundle(copy)) === serializeBundle(buildBundle('data'));
      expect(same, 'the CRLF copy compiles to a different bundle').toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
