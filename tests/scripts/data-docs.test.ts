// docs/DATA.md is the one place the pairs.csv columns and the sector words are written for
// editors: keep it equal to what the checker does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECTOR_WORDS } from '../../scripts/lib/data/sector-words';
import { PAIRS_CSV_COLUMNS } from '../../src/data/types';

const doc = readFileSync('docs/DATA.md', 'utf8');

describe('docs/DATA.md', () => {
  it('prints the same sector-word table the checker uses', () => {
    const section = doc.slice(doc.indexOf('## Sector words'), doc.indexOf('\n## ', doc.indexOf('## Sector words') + 1));
    const rows = [...section.matchAll(/^\| `([a-z_]+)` \| (.+) \|$/gm)];
    const documented = Object.fromEntries(rows.flatMap(([, id, words]) => [...(words ?? '').matchAll(/`([^`]+)`/g)].map((w) => [w[1], id])));
    expect(documented).toEqual(SECTOR_WORDS);
  });

  it('documents every pairs.csv column, in order, in its column table', () => {
    const table = doc.slice(doc.indexOf('### `data/pairs.csv`'), doc.indexOf('`relationship` values'));
    const documented = [...table.matchAll(/^\| `([a-z_]+)`(?:, `([a-z_]+)`)? \|/gm)].flatMap((m) => [m[1], m[2]]).filter(Boolean);
    expect(documented).toEqual([...PAIRS_CSV_COLUMNS]);
  });

  it('has the sections an editor is sent to', () => {
    for (const heading of ['## Before you add a row', '## A second source', '## http-only sites', '## Check it in the app', '## Sector words']) {
      expect(doc).toContain(heading);
    }
  });
});
