// Issue 22: what each signed row is (level, relation, evidence) and the rules that keep the count
// honest. One test per error an editor can make, each asserting the exact line they would read.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../scripts/lib/data/bundle';
import { checkData } from '../../scripts/lib/data/check';
import { formatDiagnostic } from '../../scripts/lib/data/diagnostics';
import { summarise } from '../../scripts/lib/data/stats';

const BASE = 'tests/fixtures/data/base';
const TODAY = '2025-12-01';
const HEADER = readFileSync(`${BASE}/pairs.csv`, 'utf8').split('\n')[0] ?? '';

const tmp = mkdtempSync(join(tmpdir(), 'kizuna-signed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A pairs.csv with the base header and these rows; returns its path. */
function pairsFile(rows: Partial<Record<string, string>>[]): string {
  const dir = join(tmp, String(n++));
  mkdirSync(dir);
  const path = join(dir, 'pairs.csv');
  const columns = HEADER.split(',');
  const line = (cells: Partial<Record<string, string>>) =>
    columns
      .map((c) => cells[c] ?? '')
      .map((v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v))
      .join(',');
  writeFileSync(path, `${HEADER}\n${rows.map(line).join('\n')}\n`);
  return path;
}
const mou = {
  vn_locality: 'Da Nang',
  jp_locality: 'Yamanashi',
  relationship: 'mou',
  signed: '2019-07-20',
  summary_en: 'Da Nang and Yamanashi signed an MoU.',
  source_title: 'T',
  source_url: 'https://example.org/a',
  level: 'government',
  relation: 'new',
  evidence: 'reported',
};
/** A reader caveat in the three languages, which a mention or announced row must carry. */
const caveat = { caveat_en: 'Known from a list of partners.', caveat_vi: 'Được biết qua một danh sách đối tác.', caveat_ja: '協力相手の一覧によるもの。' };
const errors = (path: string) => checkData(BASE, { today: TODAY, overrides: { pairs: path } }).errors.map(formatDiagnostic);

describe('signed texts: level, relation, evidence', () => {
  it('accepts a fully described row', () => {
    expect(errors(pairsFile([mou]))).toEqual([]);
  });

  it('asks each signed row who signed it, how it relates to other rows and how we know it', () => {
    const path = pairsFile([{ ...mou, level: '', relation: '', evidence: '' }]);
    expect(errors(path)).toEqual([
      `${path}:2:19 level "": empty; say who signed: government, council, department, mixed (docs/DATA.md, "What a signed document is")`,
      `${path}:2:20 relation "": empty; write "new", or "renewal-of <id>" when it renews or extends the document of another row`,
      `${path}:2:21 evidence "": empty; write reported (a source reports the signing), mention (known only from a later mention or a list) or announced (announced, not reported as signed)`,
    ]);
  });

  it('refuses the columns on a tie that is no signed document', () => {
    const path = pairsFile([{ ...mou, relationship: 'economic_exchange', level: 'government', relation: '', evidence: '' }]);
    expect(errors(path)).toEqual([`${path}:2:19 level "government": only for signed documents and joint statements, not for economic_exchange; leave it empty`]);
  });

  it('refuses a renewal that points at an id no row has, suggesting the rows of the same pair', () => {
    const path = pairsFile([
      { ...mou, signed: '2013-04' },
      { ...mou, signed: '2016-03-23', source_url: 'https://example.org/b', relation: 'renewal-of vn-da-nang--jp-19--2013' },
    ]);
    expect(errors(path)).toEqual([`${path}:3:20 relation "renewal-of vn-da-nang--jp-19--2013": no other row has the id vn-da-nang--jp-19--2013; did you mean "vn-da-nang--jp-19--2013-04"?`]);
  });

  it('accepts a renewal of a row of the same pair and keeps it out of the locality count', () => {
    const path = pairsFile([
      { ...mou, signed: '2013-04' },
      { ...mou, signed: '2016-03-23', source_url: 'https://example.org/b', relation: 'renewal-of vn-da-nang--jp-19--2013-04' },
    ]);
    const result = checkData(BASE, { today: TODAY, overrides: { pairs: path } });
    expect(result.errors).toEqual([]);
    expect(summarise(result.model!)[1]).toMatch(/^counted by the rule \(src\/data\/counting\.ts\): locality agreements 1, council agreements 0; renewals 1,/);
  });

  it('refuses one signing recorded twice (same pair, same day) unless it is marked', () => {
    const path = pairsFile([mou, { ...mou, source_url: 'https://example.org/b' }]);
    expect(errors(path)).toEqual([
      `${path}:3:6 signed "2019-07-20": same localities and signing date as line 2 (vn-da-nang--jp-19--2019-07-20-mou); if it is one signing reported twice, write "same-as vn-da-nang--jp-19--2019-07-20-mou" in relation ` +
        `(or move this row's source into line 2's more_sources and delete the row); if they are two documents, write "not the same document as vn-da-nang--jp-19--2019-07-20-mou" in notes`,
    ]);
  });

  it('folds a second report (same-as) into the row it repeats: one pair, both sources, the old id leads there', () => {
    const path = pairsFile([
      { ...mou, id: 'vn-da-nang--jp-19' },
      { ...mou, id: 'vn-da-nang--jp-19--second', source_title: 'Second report', source_url: 'https://example.org/b', relation: 'same-as vn-da-nang--jp-19' },
    ]);
    const bundle = buildBundle(BASE, { today: TODAY, overrides: { pairs: path } });
    const pairs = bundle.pairs.filter((p) => p.vnId === 'vn-da-nang' && p.jpId === 'jp-19');
    expect(pairs.map((p) => p.id)).toEqual(['vn-da-nang--jp-19']);
    expect(pairs[0]?.moreSources).toEqual([{ title: 'Second report', url: 'https://example.org/b', lang: 'en' }]);
    expect(bundle.formerPairIds['vn-da-nang--jp-19--second']).toBe('vn-da-nang--jp-19');
  });

  it('refuses a joint statement typed as an agreement', () => {
    const path = pairsFile([{ ...mou, relationship: 'cooperation_agreement', summary_en: 'The governor and the chairman signed a joint statement on trade.' }]);
    expect(errors(path)).toEqual([`${path}:2:5 relationship "cooperation_agreement": the summary says this is a joint statement or minutes, which is not an agreement; write joint_statement`]);
    expect(errors(pairsFile([{ ...mou, relationship: 'joint_statement', summary_en: 'The governor and the chairman signed a joint statement on trade.' }]))).toEqual([]);
  });

  it('refuses a document known only from a list typed as reported', () => {
    const row = { ...mou, signed: '', summary_en: 'The chairman listed Yamanashi among the localities with cooperation documents.' };
    const path = pairsFile([row]);
    expect(errors(path)).toEqual([`${path}:2:21 evidence "reported": the summary or caveat says the document is known only from a list or a later remark; write mention`]);
    expect(errors(pairsFile([{ ...row, evidence: 'mention', ...caveat }]))).toEqual([]);
  });

  it('refuses a document known only from an advance announcement typed as reported', () => {
    const byCaveat = { ...mou, caveat_en: 'The date is the signing day announced by a local newspaper the day before the ceremony.', caveat_vi: 'v', caveat_ja: 'j' };
    const byNotes = { ...mou, notes: 'The paper says the memorandum is to be concluded on the 13th.' };
    const message = 'the caveat or notes say the signing was announced in advance, not reported; write announced, or cite the report of the signing';
    for (const row of [byCaveat, byNotes]) {
      const path = pairsFile([row]);
      expect(errors(path)).toEqual([`${path}:2:21 evidence "reported": ${message}`]);
      expect(errors(pairsFile([{ ...caveat, ...row, evidence: 'announced' }]))).toEqual([]);
    }
  });

  it('asks a mention or announced row for a reader caveat in each language, saying what is missing and what to write', () => {
    const examples = {
      mention: "Known from a list of the prefecture's partners; no report of the signing was found.",
      announced: 'The date is the signing day announced in advance; no report of the ceremony was found.',
    };
    for (const [evidence, example] of Object.entries(examples)) {
      const path = pairsFile([{ ...mou, evidence }]);
      expect(errors(path)).toEqual([
        `${path}:2:16 caveat_en "": empty while evidence is ${evidence}; tell readers what the document is known from, e.g. "${example}" (docs/DATA.md, "Which evidence value")`,
        `${path}:2:17 caveat_vi "": empty while evidence is ${evidence}; write our Vietnamese translation of the English caveat (readers of the Vietnamese interface see it, labelled as ours)`,
        `${path}:2:18 caveat_ja "": empty while evidence is ${evidence}; write our Japanese translation of the English caveat (readers of the Japanese interface see it, labelled as ours)`,
      ]);
      const englishOnly = pairsFile([{ ...mou, evidence, caveat_en: caveat.caveat_en }]);
      expect(errors(englishOnly)).toEqual([
        `${englishOnly}:2:17 caveat_vi "": empty while evidence is ${evidence}; write our Vietnamese translation of "Known from a list of partners." (readers of the Vietnamese interface see it, labelled as ours)`,
        `${englishOnly}:2:18 caveat_ja "": empty while evidence is ${evidence}; write our Japanese translation of "Known from a list of partners." (readers of the Japanese interface see it, labelled as ours)`,
      ]);
      expect(errors(pairsFile([{ ...mou, evidence, ...caveat }]))).toEqual([]);
    }
    // A reported row may go without a caveat; its missing translations stay warnings.
    expect(errors(pairsFile([{ ...mou, caveat_en: 'The MoU ended in 2022.' }]))).toEqual([]);
  });

  it('asks who the other parties are when level is mixed', () => {
    const path = pairsFile([{ ...mou, level: 'mixed' }]);
    expect(errors(path)).toEqual([`${path}:2:16 caveat_en "": empty while level is mixed; name the other parties for readers, e.g. "Also signed by Minami Kyushu University."`]);
  });
});

describe('one name per place in Japanese', () => {
  const warnings = (path: string) => checkData(BASE, { today: TODAY, overrides: { pairs: path } }).warnings.map(formatDiagnostic);
  const row = { ...mou, vn_locality: 'Quảng Nam', jp_locality: 'Nagasaki', summary_vi: 'Một bản ghi nhớ.' };

  it('warns when our summary spells a locality against the locality table, naming the table and its spelling', () => {
    const path = pairsFile([{ ...row, summary_ja: '長崎県とクァンナム省は覚書を締結した。' }]);
    expect(warnings(path)).toContain(`${path}:2:12 summary_ja "クァンナム": spelled against the locality table; ${BASE}/localities/vn-merger-2025.csv writes クアンナム省: write クアンナム`);
  });

  it('accepts the table spelling, and a name joined to another by a middle dot', () => {
    const path = pairsFile([{ ...row, summary_ja: '長崎県とクアンナム省は「クアンナム・長崎」覚書を締結した。' }]);
    expect(warnings(path).filter((w) => w.includes('summary_ja'))).toEqual([]);
  });

  it('warns on the news agency and the People’s Committee written another way', () => {
    const path = pairsFile([{ ...row, summary_ja: 'ベトナム通信によると、クアンナム省の副委員長が署名した。' }]);
    expect(warnings(path).filter((w) => w.includes('summary_ja'))).toEqual([
      `${path}:2:12 summary_ja "ベトナム通信": write ベトナム通信社 for the Vietnam News Agency, as everywhere else`,
      `${path}:2:12 summary_ja "省の副委員長": write 人民委員会委員長 (副委員長) for the chairman of a province's or city's People's Committee, as everywhere else`,
    ]);
  });
});
