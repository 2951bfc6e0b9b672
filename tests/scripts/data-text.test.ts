import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/lib/data/check';
import { formatDiagnostic } from '../../scripts/lib/data/diagnostics';
import { MAX_CELL_LENGTH, textProblem } from '../../scripts/lib/data/text';

/**
 * Invisible characters and absurd lengths in the data reach every reader; the checker names the
 * file, line, column and field, shows the value with the character spelled out, and says what to
 * do. Each case edits a copy of the real data/.
 */
const root = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const quote = (v: string) => (/[",\n\r\t;]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** A copy of data/ with `cell` of the n-th single-line data rows replaced; returns each edit's line. */
function copyWith(edits: { column: string; value: string }[]): { dir: string; lines: number[]; columns: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-text-'));
  temps.push(dir);
  cpSync(join(root, 'data'), dir, { recursive: true });
  const path = join(dir, 'pairs.csv');
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = (parse(lines[0] ?? '') as string[][])[0] ?? [];
  const at: number[] = [];
  let next = 1;
  for (const edit of edits) {
    while (next < lines.length && ((parse(lines[next] ?? '', { relax_quotes: true }) as string[][])[0]?.length ?? 0) !== header.length) next++;
    const row = (parse(lines[next] ?? '') as string[][])[0] ?? [];
    row[header.indexOf(edit.column)] = edit.value;
    lines[next] = row.map(quote).join(',');
    at.push(next);
    next++;
  }
  writeFileSync(path, lines.join('\n'));
  // Lines shift by the line breaks written into earlier rows.
  let shift = 0;
  const fileLines = at.map((i, k) => {
    const line = i + 1 + shift;
    shift += (edits[k]?.value.split('\n').length ?? 1) - 1;
    return line;
  });
  return { dir, lines: fileLines, columns: edits.map((e) => header.indexOf(e.column) + 1) };
}

describe('the checker rejects invisible characters and absurd cells', () => {
  const edits = [
    { column: 'summary_en', value: 'Signed in Hai Phong\u0007 in 2014.' },
    { column: 'source_title', value: 'Press release \u202Efdp.exe' },
    { column: 'summary_en', value: 'First line of the summary.\nSecond\tline.' },
    { column: 'caveat_en', value: 'x'.repeat(1_000_000) },
    { column: 'summary_en', value: 'A summary on two lines.\nThe second is fine.' },
  ];
  const copy = copyWith(edits);
  const started = Date.now();
  const result = checkData(copy.dir);
  const elapsed = Date.now() - started;
  const file = join(copy.dir, 'pairs.csv');
  const messages = result.errors.filter((e) => e.file === file).map(formatDiagnostic);
  const [bell, bidi, tab, long] = copy.lines;
  const col = copy.columns;

  it('given a control character, then file:line:column field, the value with the character spelled out, and the fix', () => {
    expect(messages).toContain(
      `${file}:${bell}:${col[0]} summary_en "Signed in Hai Phong<U+0007> in 2014.": contains a control character (U+0007) at character 20, invisible in a spreadsheet; delete it (often pasted from another program)`,
    );
  });

  it('given a right-to-left override, then it is named as a bidirectional control, and the value shown cannot reorder the terminal line', () => {
    const line = messages.find((m) => m.startsWith(`${file}:${bidi}:${col[1]} source_title`));
    expect(line).toBe(
      `${file}:${bidi}:${col[1]} source_title "Press release <U+202E>fdp.exe": contains the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 15, which can make the text display in another order than it reads; delete it`,
    );
  });

  it('given a tab on the second line of a multi-line cell, then the message points at that line', () => {
    expect(messages).toContain(
      `${file}:${(tab ?? 0) + 1}:${col[2]} summary_en "First line of the summary.\\nSecond<U+0009>line.": contains a tab (U+0009) at character 34, invisible in a spreadsheet; delete it (often pasted from another program), or use a space`,
    );
  });

  it('given a megabyte cell, then one short message with its length, fast, and the value is cut in the message', () => {
    const line = messages.find((m) => m.startsWith(`${file}:${long}:${col[3]} caveat_en`));
    expect(line).toBe(
      `${file}:${long}:${col[3]} caveat_en "${'x'.repeat(60)}…": is 1000000 characters long, more than the ${MAX_CELL_LENGTH} a cell may have; shorten it, or look for a double quote left open that swallowed the following rows`,
    );
    expect(messages.join('\n').length).toBeLessThan(5000);
    expect(elapsed).toBeLessThan(15000);
  });

  it('given a line break in a text cell and nothing else wrong, then that cell is not reported', () => {
    expect(messages.filter((m) => m.includes('The second is fine'))).toEqual([]);
    expect(messages).toHaveLength(4);
    expect(result.model).toBeNull();
  });

  it('given a bidi override in forum.json, then it is located at the JSON value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-text-'));
    temps.push(dir);
    cpSync(join(root, 'data'), dir, { recursive: true });
    const forum = join(dir, 'forum', 'forum.json');
    const text = readFileSync(forum, 'utf8');
    const target = 'Accompanying Comprehensive Development';
    writeFileSync(forum, text.replace(target, `Accompanying \\u202eComprehensive Development`));
    const line = text.slice(0, text.indexOf(target)).split('\n').length;
    const errors = checkData(dir)
      .errors.filter((e) => e.file === forum)
      .map(formatDiagnostic);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(
      `${forum}:${line}:17 text "Accompanying <U+202E>Comprehensive Development - Creating a …": contains the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 14, which can make the text display in another order than it reads; delete it`,
    );
  });
});

describe('textProblem', () => {
  it('allows line breaks and ordinary Vietnamese and Japanese text; rejects C1 controls and isolates', () => {
    expect(textProblem('Hải Phòng\n北九州市')).toBeNull();
    expect(textProblem('Bình Định\u0085')?.message).toMatch(/U\+0085/);
    expect(textProblem('\u2067abc\u2069')?.message).toMatch(/RIGHT-TO-LEFT ISOLATE/);
    expect(textProblem('a'.repeat(MAX_CELL_LENGTH))).toBeNull();
  });
});
