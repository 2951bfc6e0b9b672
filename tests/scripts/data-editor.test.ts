// Editor-grade checks (issue #12, item 6): each mistake a new editor made gets one exact,
// actionable line, and files saved by Excel or Windows read exactly like the LF originals.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../scripts/lib/data/bundle';
import { checkData, type CheckOptions } from '../../scripts/lib/data/check';
import { formatDiagnostic } from '../../scripts/lib/data/diagnostics';
import { summarise } from '../../scripts/lib/data/stats';
import { parseMoreSources } from '../../scripts/lib/data/schema';

const BASE = 'tests/fixtures/data/base';
const TODAY = '2025-12-01';
const HEADER = readFileSync(`${BASE}/pairs.csv`, 'utf8').split('\n')[0] ?? '';

const tmp = mkdtempSync(join(tmpdir(), 'kizuna-editor-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** Writes `content` to a fresh temporary file and returns its path. */
function file(content: string | Buffer, name = 'pairs.csv'): string {
  const dir = join(tmp, String(n++));
  mkdirSync(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
/** A pairs.csv with the base header and these rows (21 columns each). */
function pairsFile(rows: string[]): string {
  return file(`${HEADER}\n${rows.join('\n')}\n`);
}
/** A row: the given columns, the rest empty. */
function row(cells: Partial<Record<string, string>>): string {
  const columns = HEADER.split(',');
  return columns
    .map((c) => cells[c] ?? '')
    .map((v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v))
    .join(',');
}
const ok = {
  vn_locality: 'Da Nang',
  jp_locality: 'Yamanashi',
  relationship: 'mou',
  summary_en: 'An MoU.',
  source_title: 'T',
  source_url: 'https://example.org/x',
  level: 'government',
  relation: 'new',
  evidence: 'reported',
};

const check = (options: CheckOptions) => checkData(BASE, { today: TODAY, ...options });
const errors = (options: CheckOptions) => check(options).errors.map(formatDiagnostic);
const warnings = (options: CheckOptions) => check(options).warnings.map(formatDiagnostic);
const notes = (options: CheckOptions) => check(options).notes.map(formatDiagnostic);

describe('line endings and byte-order mark', () => {
  it('the committed CRLF + BOM fixture really has CRLF line ends and a BOM', () => {
    const bytes = readFileSync('tests/fixtures/data/crlf-bom/pairs.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
  });

  it('a CRLF + BOM pairs.csv gives exactly the same bundle as the LF one', () => {
    const lf = buildBundle(BASE, { today: TODAY });
    const crlf = buildBundle(BASE, { today: TODAY, overrides: { pairs: 'tests/fixtures/data/crlf-bom/pairs.csv' } });
    expect(crlf).toEqual(lf);
    // Not vacuous: every pair keeps its own summary (the old bug gave all of them the last row's).
    expect(new Set(crlf.pairs.map((p) => p.summary.en)).size).toBe(crlf.pairs.length);
  });

  it('a CRLF + BOM file reports its mistakes on the same lines as the LF one', () => {
    const lf = errors({ overrides: { pairs: 'tests/fixtures/data/errors/five-mistakes.csv' } });
    const crlf = errors({ overrides: { pairs: 'tests/fixtures/data/crlf-bom/five-mistakes.csv' } });
    expect(crlf.map((e) => e.replace('crlf-bom/', 'errors/'))).toEqual(lf);
    expect(crlf[0]).toMatch(/five-mistakes\.csv:3:7 sectors "tourisme"/);
  });

  it('old Mac CR-only line ends read the same too', () => {
    const text = readFileSync(`${BASE}/pairs.csv`, 'utf8').replaceAll('\n', '\r');
    expect(buildBundle(BASE, { today: TODAY, overrides: { pairs: file(text) } })).toEqual(buildBundle(BASE, { today: TODAY }));
  });
});

describe('files that are not UTF-8 comma-separated CSV', () => {
  it('UTF-16 ("Unicode text")', () => {
    const path = file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]));
    expect(errors({ overrides: { pairs: path } })).toEqual([`${path}:1:1 row "": is saved as UTF-16 ("Unicode text"); save it again as "CSV UTF-8 (comma delimited)" (or UTF-8 in your editor)`]);
  });

  it('semicolon-separated (a spreadsheet with a European list separator)', () => {
    const path = file(`${HEADER.replaceAll(',', ';')}\n`);
    expect(errors({ overrides: { pairs: path } })).toEqual([
      `${path}:1:1 row "": columns are separated by ";" instead of ","; save it as "CSV UTF-8 (comma delimited)", or set the list separator to "," in your spreadsheet`,
    ]);
  });

  it('Windows-1252 bytes, naming the first line that is not UTF-8', () => {
    const path = file(Buffer.concat([Buffer.from(`${HEADER}\n${row(ok)}\n`), Buffer.from([0x43, 0xe0, 0x20, 0x4d, 0x61, 0x75, 0x0a])]));
    expect(errors({ overrides: { pairs: path } })).toEqual([
      `${path}:3:1 row "": is not UTF-8 text (probably saved as Windows-1252 or Shift_JIS); save it again as "CSV UTF-8 (comma delimited)" or UTF-8 in your editor`,
    ]);
  });

  it('a header column written twice', () => {
    const path = file(`${HEADER},notes\n`);
    expect(errors({ overrides: { pairs: path } })).toEqual([`${path}:1:22 row "": the column "notes" appears twice (columns 14 and 22); keep one and move its values there`]);
  });

  it('a folder where the file should be', () => {
    const dir = join(tmp, 'folder-instead');
    mkdirSync(join(dir, 'pairs.csv'), { recursive: true });
    expect(errors({ overrides: { pairs: join(dir, 'pairs.csv') } })).toEqual([`${dir}/pairs.csv:1:1 row "": is a folder, not a file; put the file itself at this path`]);
  });
});

describe('cells', () => {
  it('names the trimmed value of a relationship with trailing spaces, and accepts a correct one', () => {
    const path = pairsFile([row({ ...ok, relationship: 'sisterr  ' }), row({ ...ok, relationship: 'friendship ', signed: '2001' })]);
    expect(errors({ overrides: { pairs: path } })).toEqual([`${path}:2:5 relationship "sisterr": not a known relationship; did you mean "sister"?`]);
  });

  it('accepts an http source as published and keeps it unchanged in the bundle', () => {
    const path = pairsFile([row({ ...ok, source_url: 'http://baoangiang.com.vn/a.html' })]);
    const bundle = buildBundle(BASE, { today: TODAY, overrides: { pairs: path } });
    expect(bundle.pairs[0]?.source.url).toBe('http://baoangiang.com.vn/a.html');
  });

  it('reads more_sources into a list of {title, url}, each title marked with its language', () => {
    const path = pairsFile([
      row({
        ...ok,
        more_sources: 'Kobe City page <https://www.city.kobe.lg.jp/a> | Báo An Giang <http://baoangiang.com.vn/b> | 神戸市 <https://www.city.kobe.lg.jp/c> | Le Courrier <https://fr.vietnamplus.vn/d>',
      }),
    ]);
    const bundle = buildBundle(BASE, { today: TODAY, overrides: { pairs: path } });
    expect(bundle.pairs[0]?.moreSources).toEqual([
      { title: 'Kobe City page', url: 'https://www.city.kobe.lg.jp/a', lang: 'en' },
      { title: 'Báo An Giang', url: 'http://baoangiang.com.vn/b', lang: 'vi' },
      { title: '神戸市', url: 'https://www.city.kobe.lg.jp/c', lang: 'ja' },
      { title: 'Le Courrier', url: 'https://fr.vietnamplus.vn/d', lang: 'fr' },
    ]);
  });

  it('says which more_sources entry is wrong and how to write it', () => {
    const path = pairsFile([row({ ...ok, more_sources: 'Kobe City page https://www.city.kobe.lg.jp/a | Báo <https://u:p@example.org/>' })]);
    expect(errors({ overrides: { pairs: path } })).toEqual([
      `${path}:2:15 more_sources "Kobe City page https://www.city.kobe.lg.jp/a | Báo <https://u:p@example.org/>": source 1 "Kobe City page https://www.city.kobe.lg.jp/a" is not "Title <URL>"; write each source as its title then its address in angle brackets, e.g. Báo An Giang <http://baoangiang.com.vn/…>, separated by " | "`,
      `${path}:2:15 more_sources "Kobe City page https://www.city.kobe.lg.jp/a | Báo <https://u:p@example.org/>": source 2 "https://u:p@example.org/": contains a user name or password before "@"; remove it and write the page's public address`,
    ]);
  });

  it('refuses sources joined by ";" instead of " | ", with the line, the column and the separator to use', () => {
    const cell = 'Saigon Times <https://english.thesaigontimes.vn/a/>; Le Courrier <https://fr.vietnamplus.vn/b>; Báo <https://vietnam.vn/c>';
    const path = pairsFile([row(ok), row({ ...ok, vn_locality: 'Hai Phong', more_sources: cell })]);
    expect(errors({ overrides: { pairs: path } })).toEqual([
      `${path}:3:15 more_sources "${cell}": source 1 holds 3 sources joined by ";"; separate sources with " | " (space, bar, space): Title <URL> | Title <URL>`,
    ]);
    // Written as documented, the same three sources reach the app one by one.
    const fixed = pairsFile([row({ ...ok, more_sources: cell.replaceAll('>; ', '> | ') })]);
    expect(buildBundle(BASE, { today: TODAY, overrides: { pairs: fixed } }).pairs[0]?.moreSources?.map((s) => s.title)).toEqual(['Saigon Times', 'Le Courrier', 'Báo']);
  });

  it('never puts notes into the bundle, and carries the caveat in three languages', () => {
    const path = pairsFile([
      row({
        ...ok,
        notes: 'Row 164 of data/pairs.csv: checked offline',
        caveat_en: 'This MoU ended in 2022.',
        caveat_vi: 'Biên bản này hết hiệu lực năm 2022.',
        caveat_ja: 'この覚書は2022年に終了した。',
      }),
    ]);
    const bundle = buildBundle(BASE, { today: TODAY, overrides: { pairs: path } });
    expect(JSON.stringify(bundle)).not.toContain('Row 164');
    expect(bundle.pairs[0]?.caveat).toEqual({ en: 'This MoU ended in 2022.', vi: 'Biên bản này hết hiệu lực năm 2022.', ja: 'この覚書は2022年に終了した。' });
  });

  it('warns on a caveat without its translations, and refuses one without English', () => {
    const path = pairsFile([
      row({ ...ok, caveat_en: 'This MoU ended in 2022.', summary_vi: 'v', summary_ja: 'j' }),
      row({ ...ok, signed: '2001', caveat_ja: '終了', summary_vi: 'v', summary_ja: 'j' }),
    ]);
    expect(warnings({ overrides: { pairs: path } }).filter((w) => w.includes('caveat'))).toEqual([
      `${path}:2:17 caveat_vi "": missing while caveat_en is set; write our Vietnamese translation of "This MoU ended in 2022."`,
      `${path}:2:18 caveat_ja "": missing while caveat_en is set; write our Japanese translation of "This MoU ended in 2022."`,
    ]);
    expect(errors({ overrides: { pairs: path } })).toEqual([`${path}:3:16 caveat_en "": empty while caveat_ja is set; write the caveat in English too (readers of every language see it)`]);
  });

  it('warns on each missing summary translation', () => {
    const path = pairsFile([row({ ...ok, summary_ja: '覚書。' })]);
    expect(warnings({ overrides: { pairs: path } }).filter((w) => w.includes('summary'))).toEqual([
      `${path}:2:11 summary_vi "": missing; write our Vietnamese translation of summary_en (the app labels it as ours)`,
    ]);
  });
});

describe('suggestions an editor can act on', () => {
  it('maps everyday sector words to their ids', () => {
    const path = pairsFile([row({ ...ok, sectors: 'trade;Human resources;ports;culture' })]);
    // The base fixture's sectors.csv lacks most ids; culture_exchange exists.
    expect(errors({ overrides: { pairs: path } })).toContain(
      `${path}:2:7 sectors "culture": unknown sector; for "culture" write "culture_exchange" (the everyday words and their ids are in docs/DATA.md, "Sector words")`,
    );
  });

  it("suggests municipalities only from the row's own prefecture, with a row to paste", () => {
    const path = pairsFile([row({ ...ok, jp_locality: 'Sakay', jp_prefecture: 'Nara' }), row({ ...ok, signed: '2001', jp_locality: 'Sakay City' })]);
    expect(errors({ overrides: { pairs: path } })).toEqual([
      `${path}:2:3 jp_locality "Sakay": Sakay is not in ${BASE}/localities/jp-municipalities.csv; add this row there: Sakay,<name in Japanese with 市/町/村>,Nara,city,<lon>,<lat> (level city/town/village; coordinates in decimal degrees from its Wikipedia page)`,
      `${path}:3:3 jp_locality "Sakay City": Sakay City is not in ${BASE}/localities/jp-municipalities.csv; did you mean "Sakai" (Osaka)? If not, add this row there: Sakay,<name in Japanese with 市/町/村>,<prefecture>,city,<lon>,<lat> (level city/town/village; coordinates in decimal degrees from its Wikipedia page), and write that prefecture in jp_prefecture`,
    ]);
  });

  it('offers no near spelling for a name in kanji, and puts it in the Japanese column of the row to paste', () => {
    const path = pairsFile([row({ ...ok, jp_locality: '茨木市', jp_prefecture: 'Osaka' })]);
    expect(errors({ overrides: { pairs: path } })).toEqual([
      `${path}:2:3 jp_locality "茨木市": 茨木市 is not in ${BASE}/localities/jp-municipalities.csv; add this row there: <name in English>,茨木市,Osaka,city,<lon>,<lat> (level city/town/village; coordinates in decimal degrees from its Wikipedia page)`,
    ]);
  });

  it('tells an organisation from a place, and how to record it', () => {
    const path = pairsFile([row({ ...ok, jp_locality: 'Nagasaki Prefectural Federation of Commerce and Industry', jp_prefecture: 'Nagasaki' })]);
    const [message] = errors({ overrides: { pairs: path } });
    expect(message).toContain('is an organisation, not a place; write the prefecture or city it belongs to in jp_locality');
    expect(message).not.toContain('add this row');
  });

  it('explains a city named like another prefecture (Ibaraki, Osaka) instead of sending the editor to the prefecture', () => {
    const path = pairsFile([row({ ...ok, jp_locality: 'Ibaraki', jp_prefecture: 'Osaka' })]);
    expect(errors({ overrides: { pairs: path } })).toEqual([
      `${path}:2:3 jp_locality "Ibaraki": Ibaraki is a prefecture, and ${BASE}/localities/jp-municipalities.csv has no Ibaraki in Osaka; if you mean the city or town Ibaraki in Osaka, add this row to ${BASE}/localities/jp-municipalities.csv: Ibaraki,<name in Japanese with 市/町/村>,Osaka,city,<lon>,<lat> (level city/town/village; coordinates in decimal degrees from its Wikipedia page); if you mean Ibaraki Prefecture, leave jp_prefecture empty`,
    ]);
    const municipalities = file(`${readFileSync(`${BASE}/localities/jp-municipalities.csv`, 'utf8')}Ibaraki,茨木市,Osaka,city,135.5686,34.8164\n`, 'jp-municipalities.csv');
    const bundle = buildBundle(BASE, { today: TODAY, overrides: { pairs: path, jpMunicipalities: municipalities } });
    expect(bundle.pairs[0]?.jpId).toBe('jp-27-ibaraki');
  });

  it('says how "Osaka, Osaka" was read (prefecture and city share the name)', () => {
    const path = pairsFile([row({ ...ok, jp_locality: 'Osaka', jp_prefecture: 'Osaka' })]);
    expect(notes({ overrides: { pairs: path } })).toContain(`${path}:2:3 jp_locality "Osaka": read as Osaka Prefecture; for the city of the same name write "Osaka City" (大阪市)`);
  });

  it('warns on a probable duplicate from another source, with the recipe for a second source', () => {
    const path = pairsFile([
      row({ ...ok, signed: '2019' }),
      row({ ...ok, signed: '2019-07-20', source_title: 'Báo Đà Nẵng', source_url: 'http://baodanang.vn/x' }),
      row({ ...ok, signed: '2021', source_url: 'https://example.org/y' }),
    ]);
    expect(warnings({ overrides: { pairs: path } }).filter((w) => w.includes('probably'))).toEqual([
      `${path}:3:2 vn_locality "Da Nang": probably the same document as line 2 (same localities and relationship, dates 2019 and 2019-07-20, another source); if it is, delete this row and add its source to line 2's more_sources as "Báo Đà Nẵng <http://baodanang.vn/x>" (docs/DATA.md, "A second source"); if they are two documents, say in summary_en how this one differs and write "not the same document as vn-da-nang--jp-19--2019" in notes`,
    ]);
  });

  it('with sectors.csv gone, says that alone (and how to get it back), not "unknown sector" for every row', () => {
    const missing = join(tmpdir(), 'kizuna-no-such-sectors.csv');
    const all = errors({ overrides: { sectors: missing } });
    expect(all.filter((e) => e.includes('unknown sector'))).toEqual([]);
    expect(all.find((e) => e.includes(missing))).toContain(`the file is missing`);
    expect(all.find((e) => e.includes(missing))).toContain(`git checkout -- ${missing}`);
  });

  it('stops warning once the editor writes in notes that the two rows are two documents', () => {
    const rows = [
      row({ ...ok, signed: '2019' }),
      row({ ...ok, signed: '2019-07-20', source_title: 'Báo Đà Nẵng', source_url: 'http://baodanang.vn/x', notes: 'Read both: not the same document as vn-da-nang--jp-19--2019.' }),
    ];
    expect(warnings({ overrides: { pairs: pairsFile(rows) } }).filter((w) => w.includes('probably'))).toEqual([]);
    // A note naming another id does not silence it.
    const other = [rows[0]!, row({ ...ok, signed: '2019-07-20', source_url: 'http://baodanang.vn/x', notes: 'not the same document as vn-da-nang--jp-19--2020' })];
    expect(warnings({ overrides: { pairs: pairsFile(other) } }).filter((w) => w.includes('probably'))).toHaveLength(1);
    // Nor does a note naming a longer id that merely starts with this one.
    const longer = [rows[0]!, row({ ...ok, signed: '2019-07-20', source_url: 'http://baodanang.vn/x', notes: 'not the same document as vn-da-nang--jp-19--2019-07' })];
    expect(warnings({ overrides: { pairs: pairsFile(longer) } }).filter((w) => w.includes('probably'))).toHaveLength(1);
  });
});

describe('published pair ids', () => {
  const record = (lines: string[]) => file(`id,became\n${lines.join('\n')}\n`, 'published-ids.csv');

  it('fails when an edit changes a published id, naming the row and the exact fix', () => {
    // The base publishes vn-da-nang--jp-19 for `ok`; a second row renames it by adding dates.
    const path = pairsFile([row({ ...ok, signed: '2019' }), row({ ...ok, signed: '2020', relationship: 'sister' })]);
    const published = record(['vn-da-nang--jp-19,']);
    expect(errors({ overrides: { pairs: path }, publishedIds: published })).toEqual([
      `${published}:2:1 id "vn-da-nang--jp-19": published, but no row has it any more: line 2 (vn-da-nang--jp-19--2019), line 3 (vn-da-nang--jp-19--2020) of ${path} now share its pair; to keep old links working write vn-da-nang--jp-19 in the id column of the row that had it, most likely line 2, or, if the pair was merged or renamed on purpose, write its new id in the "became" column of this line ("removed" if it left the map)`,
    ]);
  });

  it('points at the row when one row now gets a new id for the same two localities', () => {
    const path = pairsFile([row({ ...ok, jp_locality: 'Sakai', jp_prefecture: 'Osaka' })]);
    const published = record(['vn-da-nang--jp-27-sakai--2019,']);
    expect(errors({ overrides: { pairs: path }, publishedIds: published })).toEqual([
      `${published}:2:1 id "vn-da-nang--jp-27-sakai--2019": published, but line 2 of ${path} now gets the id vn-da-nang--jp-27-sakai; to keep old links working write vn-da-nang--jp-27-sakai--2019 in that row's id column, or, if the pair was merged or renamed on purpose, write its new id in the "became" column of this line ("removed" if it left the map)`,
    ]);
  });

  it('accepts a recorded rename or removal and hands old links to the bundle', () => {
    const path = pairsFile([row(ok)]);
    const published = record(['vn-da-nang--jp-19,', 'vn-da-nang--jp-19--2019,vn-da-nang--jp-19', 'vn-da-nang--jp-19--2020,removed']);
    expect(errors({ overrides: { pairs: path }, publishedIds: published })).toEqual([]);
    expect(buildBundle(BASE, { today: TODAY, overrides: { pairs: path }, publishedIds: published }).formerPairIds).toEqual({
      'vn-da-nang--jp-19--2019': 'vn-da-nang--jp-19',
      'vn-da-nang--jp-19--2020': null,
    });
  });

  it('refuses a rename to an id no row has', () => {
    const path = pairsFile([row(ok)]);
    const published = record(['vn-da-nang--jp-19,', 'vn-da-nang--jp-19--2019,vn-da-nang--jp-1']);
    expect(errors({ overrides: { pairs: path }, publishedIds: published })).toEqual([
      `${published}:3:2 became "vn-da-nang--jp-1": no row of ${path} has this id; write the id the pair has now (see the pair's link in the app) or "removed"`,
    ]);
  });

  it('refuses a record that says an id was renamed while a row still has it, and a repeated line', () => {
    const path = pairsFile([row(ok)]);
    const published = record(['vn-da-nang--jp-19,removed', 'vn-da-nang--jp-19,']);
    expect(errors({ overrides: { pairs: path }, publishedIds: published })).toEqual([
      `${published}:2:2 became "removed": but line 2 of ${path} has the id vn-da-nang--jp-19 again; empty "became" on this line`,
      `${published}:3:1 id "vn-da-nang--jp-19": already recorded on line 2; delete this line`,
    ]);
  });

  it('adds new ids to the record data:build writes, keeping the old lines', () => {
    const path = pairsFile([row(ok), row({ ...ok, vn_locality: 'Hue' })]);
    const published = record(['vn-da-nang--jp-19,']);
    const model = check({ overrides: { pairs: path }, publishedIds: published }).model;
    expect(model?.publishedIds.map((r) => `${r.id},${r.now}`)).toEqual(['vn-da-nang--jp-19,', 'vn-hue--jp-19,']);
  });
});

describe('forum.json', () => {
  const forum = JSON.parse(readFileSync(`${BASE}/forum/forum.json`, 'utf8')) as Record<string, unknown> & {
    quotes: Record<string, unknown>[];
    directions: Record<string, unknown>[];
  };

  it('answers a source id such as "constructor" with a message, not a crash', () => {
    const copy = structuredClone(forum);
    (copy.quotes[0] as Record<string, unknown>).source = 'constructor';
    const path = file(JSON.stringify(copy, null, 2), 'forum.json');
    expect(errors({ overrides: { forum: path } }).filter((e) => e.includes('constructor'))).toEqual([
      expect.stringMatching(/source "constructor": unknown source; use a key of "sources" \(seed-000, seed-002, seed-003, seed-004\) or an http\(s\) URL$/),
    ]);
  });

  it('refuses a translated list of another length than the items', () => {
    const copy = structuredClone(forum);
    Object.assign(copy.directions[0] as Record<string, unknown>, { items_vi: ['Thương mại', 'Đầu tư'] });
    const path = file(JSON.stringify(copy, null, 2), 'forum.json');
    expect(errors({ overrides: { forum: path } })).toEqual([expect.stringMatching(/:\d+:\d+ items_vi "2": has 2 items but "items" has 1; translate each item once, in the same order$/)]);
  });

  it('warns on each missing translation and carries the present ones into the bundle', () => {
    const copy = structuredClone(forum);
    Object.assign(copy.directions[0] as Record<string, unknown>, { title_vi: 'Tám lĩnh vực', items_vi: ['Thương mại'] });
    const path = file(JSON.stringify(copy, null, 2), 'forum.json');
    const gaps = warnings({ overrides: { forum: path } }).filter((w) => w.includes('directions') || w.includes('Eight areas') || w.includes('"Trade"'));
    expect(gaps).toEqual([
      expect.stringMatching(/ title_ja "": missing; add our Japanese translation of "Eight areas" as "title_ja"$/),
      expect.stringMatching(/ items_ja "": missing; add our Japanese translation of "Trade" as "items_ja"$/),
    ]);
    const bundle = buildBundle(BASE, { today: TODAY, overrides: { forum: path } });
    expect(bundle.directions[0]?.titleTranslations).toEqual({ vi: 'Tám lĩnh vực' });
    expect(bundle.directions[0]?.itemsTranslations).toEqual({ vi: ['Thương mại'] });
  });
});

describe('the data:check summary', () => {
  it('counts signed documents with a source, summaries in vi and ja, and units with a tie or a recorded search', () => {
    // Two searches for Lai Châu count it once; Cao Bằng's is the second unit searched.
    const searches = file(
      'locality,searched_on,queries,finding\nvn-lai-chau,2025-11-20,Lai Châu Nhật Bản hợp tác tỉnh,nothing\nvn-lai-chau,2025-11-30,Lai Châu Nhật Bản ký kết | Lai Chau Japan,nothing\nvn-cao-bang,2025-11-30,Cao Bằng Nhật Bản,contacts\n',
      'tie-searches.csv',
    );
    const model = check({ overrides: { tieSearches: searches } }).model;
    if (!model) throw new Error('base fixture has errors');
    const lines = summarise(model);
    expect(lines).toContain('signed agreements of any level and evidence: 8 (6 with a source; 2 without a source_url)');
    expect(lines).toContain('summaries vi 2/12, ja 2/12');
    expect(lines).toContain('units with a tie or a recorded search: 9/34 (7 with a tie, 2 searched, see data/localities/tie-searches.csv)');
    expect(model.tieSearches.find((s) => s.searchedOn === '2025-11-30' && s.localityId === 'vn-lai-chau')?.queries).toEqual(['Lai Châu Nhật Bản ký kết', 'Lai Chau Japan']);
  });
});

describe('tie-searches.csv', () => {
  it('names the line, field and a fix for an unknown place, a finding not in the list and a search dated after today', () => {
    const searches = file(
      'locality,searched_on,queries,finding\nvn-lai-chao,2025-11-20,Lai Châu Nhật Bản,nothing\nvn-cao-bang,2025-11-20,Cao Bằng Nhật Bản,none\nvn-ha-tinh,2025-12-02,Hà Tĩnh Nhật Bản,nothing\n',
      'tie-searches.csv',
    );
    const { errors, model } = check({ overrides: { tieSearches: searches } });
    expect(model).toBeNull();
    const messages = errors.filter((e) => e.file === searches).map((e) => `${e.line} ${e.field}: ${e.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^2 locality: not a Vietnamese unit or a prefecture; .*vn-lai-chau/),
      expect.stringMatching(/^3 finding: not a finding; use nothing, contacts, other_partners/),
      '4 searched_on: after today (2025-12-01); write the day the search was made',
    ]);
  });
});

describe('more_sources parsing', () => {
  it('splits at " | " but never inside an address, and tolerates missing spaces', () => {
    expect(parseMoreSources('A <https://example.org/?q=a|b>|B <http://example.org/b>')).toEqual({
      sources: [
        { title: 'A', url: 'https://example.org/?q=a|b' },
        { title: 'B', url: 'http://example.org/b' },
      ],
      problems: [],
    });
  });
});
