// One fixture per error class: each swaps a single input file over the valid base folder and
// asserts the exact editor-facing line, location included.
import { describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/lib/data/check';
import { formatDiagnostic } from '../../scripts/lib/data/diagnostics';
import type { InputName } from '../../scripts/lib/data/load';

const BASE = 'tests/fixtures/data/base';
const ERRORS = 'tests/fixtures/data/errors';
const TODAY = '2025-12-01';

function errorsWith(input: InputName, fixture: string): string[] {
  const result = checkData(BASE, { today: TODAY, overrides: { [input]: `${ERRORS}/${fixture}` } });
  return result.errors.map(formatDiagnostic);
}

describe('data check: the valid base fixture', () => {
  it('has no errors', () => {
    expect(checkData(BASE, { today: TODAY }).errors.map(formatDiagnostic)).toEqual([]);
  });

  it('reports pre-merger names as notes, not errors', () => {
    expect(checkData(BASE, { today: TODAY }).notes.map(formatDiagnostic)).toEqual([
      `${BASE}/pairs.csv:2:2 vn_locality "Quảng Bình": Quảng Bình is a pre-merger province: it resolves to Quảng Trị, nothing to change`,
      `${BASE}/pairs.csv:4:2 vn_locality "Bình Định": Bình Định is a pre-merger province: it resolves to Gia Lai, nothing to change`,
      `${BASE}/pairs.csv:11:2 vn_locality "Thua Thien-Hue": Thừa Thiên Huế is a pre-merger province: it resolves to Huế, nothing to change`,
      `${BASE}/pairs.csv:12:2 vn_locality "Bình Định": Bình Định is a pre-merger province: it resolves to Gia Lai, nothing to change`,
    ]);
  });
});

describe('data check: one message per error class', () => {
  const cases: [string, InputName, string, string][] = [
    ['unknown sector', 'pairs', 'unknown-sector.csv', '3:7 sectors "hydrogn": unknown sector; did you mean "hydrogen"?'],
    ['unknown sector of a priority', 'sectorPriorities', 'unknown-priority-sector.csv', '3:2 sector "hydrogn": unknown sector; did you mean "hydrogen"?'],
    ['unknown Vietnamese locality', 'pairs', 'unknown-vn-locality.csv', '3:2 vn_locality "Binh Dnh": unknown Vietnamese province or city; did you mean "Binh Dinh"?'],
    [
      'unknown municipality',
      'pairs',
      'unknown-municipality.csv',
      `3:3 jp_locality "Izumisano": Izumisano is not in ${BASE}/localities/jp-municipalities.csv; add this row there: Izumisano,<name in Japanese with 市/町/村>,Osaka,city,<lon>,<lat> (level city/town/village; coordinates in decimal degrees from its Wikipedia page)`,
    ],
    ['unknown prefecture', 'pairs', 'unknown-prefecture.csv', '3:4 jp_prefecture "Nar": unknown prefecture; did you mean "Nara"?'],
    ['prefecture mismatch', 'pairs', 'prefecture-mismatch.csv', '3:4 jp_prefecture "Nara": Sakai is in Osaka, not Nara; write "Osaka"'],
    ['municipality without prefecture', 'pairs', 'municipality-without-prefecture.csv', '3:4 jp_prefecture "": Yoshino is a municipality, so its prefecture is required; write "Nara"'],
    ['impossible date', 'pairs', 'bad-date.csv', '3:6 signed "2023-02-30": no such day or month; check the date in the source'],
    ['future date', 'pairs', 'future-date.csv', '3:6 signed "2031-01": date is in the future (today is 2025-12-01); check the year'],
    [
      'URL with a user name and password',
      'pairs',
      'url-with-userinfo.csv',
      '3:10 source_url "https://editor:secret@example.org/b": contains a user name or password before "@"; remove it and write the page\'s public address',
    ],
    ['empty source', 'pairs', 'empty-source.csv', '3:9 source_title "": empty; copy the headline of the article or document you took the row from'],
    ['unknown relationship', 'pairs', 'bad-relationship.csv', '3:5 relationship "sistr": not a known relationship; did you mean "sister"?'],
    [
      'duplicate agreement',
      'pairs',
      'duplicate-agreement.csv',
      '3:2 vn_locality "Quang Tri": same agreement as line 2 (same localities, relationship, signed date and source_url); delete one of the two rows',
    ],
    ['duplicate id', 'pairs', 'duplicate-id.csv', '3:1 id "same-id": already the id of line 2; ids must be unique, choose another'],
    ['stray comma', 'pairs', 'stray-comma.csv', '3:22 row "": has 22 fields but the header has 21; put a value that contains a comma in double quotes'],
    [
      'municipality without coordinates',
      'jpMunicipalities',
      'municipality-without-coordinates.csv',
      '3:5 lon "": Yoshino has no coordinates; fill in lon and lat in decimal degrees (e.g. from its Wikipedia page)',
    ],
    ['quote speaker unknown', 'forum', 'forum-unknown-speaker.json', '33:18 speaker "gunma-governer": unknown speaker; did you mean "gunma-governor"?'],
    ['quote source unknown', 'forum', 'forum-unknown-source.json', '50:17 source "seed-04": unknown source; did you mean "seed-004"?'],
    ['speaker locality unknown', 'forum', 'forum-unknown-speaker-locality.json', '28:100 locality "Gumma": unknown locality; did you mean "Gunma"?'],
  ];

  it.each(cases)('%s', (_name, input, fixture, expected) => {
    expect(errorsWith(input, fixture)).toEqual([`${ERRORS}/${fixture}:${expected}`]);
  });
});

describe('data check: a broken copy of pairs.csv', () => {
  it('gets one precise message for each of its five mistakes', () => {
    const f = `${ERRORS}/five-mistakes.csv`;
    expect(errorsWith('pairs', 'five-mistakes.csv')).toEqual([
      `${f}:3:7 sectors "tourisme": unknown sector; did you mean "tourism"?`,
      `${f}:4:2 vn_locality "Binh Dihn": unknown Vietnamese province or city; did you mean "Binh Dinh"?`,
      `${f}:5:6 signed "2019-13": no such day or month; check the date in the source`,
      `${f}:8:5 relationship "economic exchange": not a known relationship; did you mean "economic_exchange"?`,
      `${f}:9:10 source_url "www.example.org/osaka": not a web address; write the full http:// or https:// address of the page`,
    ]);
  });
});
