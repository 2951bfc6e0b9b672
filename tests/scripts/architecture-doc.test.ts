import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * docs/ARCHITECTURE.md is the page a newcomer reads once: its folder table must name every
 * folder of src/ (and no folder that is gone) with its job, and its layer table must say what
 * ESLint enforces (the LAYERS table in eslint.config.js).
 */

const DOC = readFileSync('docs/ARCHITECTURE.md', 'utf8');

function section(title: string): string {
  const start = DOC.indexOf(`## ${title}`);
  if (start < 0) throw new Error(`docs/ARCHITECTURE.md has no "## ${title}" section`);
  const end = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, end < 0 ? undefined : end);
}

/** The cells of each table row of a section (header and separator rows left out). */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )
    .slice(1);
}

const srcFolders = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('docs/ARCHITECTURE.md', () => {
  const folderRows = rows(section('Folders')).filter(([folder]) => /^`src\/[\w-]+\/`$/.test(folder ?? ''));

  it('lists exactly the folders of src/ in its folder table', () => {
    const listed = folderRows.map(([folder]) => (folder ?? '').slice('`src/'.length, -'/`'.length)).sort();
    expect(listed).toEqual(srcFolders);
  });

  it('gives each folder its job in one line of more than a word or two', () => {
    const thin = folderRows.filter(([, job]) => (job ?? '').split(/\s+/).length < 4).map(([folder]) => folder);
    expect(thin).toEqual([]);
  });

  it('states the layers ESLint enforces, lowest first', () => {
    const config = readFileSync('eslint.config.js', 'utf8');
    const literal = /const LAYERS = (\[\[.*?\]\]);/.exec(config)?.[1];
    if (!literal) throw new Error('no LAYERS table in eslint.config.js');
    const enforced = (JSON.parse(literal.replaceAll("'", '"')) as string[][]).map((layer) => [...layer].sort());
    const documented = rows(section('Layers: who may import whom')).map(([, folders]) => [...(folders ?? '').matchAll(/`src\/([\w-]+)\/`/g)].map((m) => m[1] ?? '').sort());
    expect(documented).toEqual(enforced);
  });
});
