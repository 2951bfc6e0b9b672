// Pair ids end up in shared links: they must not depend on row order.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/lib/data/check';
import { derivePairIds, type IdInput } from '../../scripts/lib/data/ids';

const BASE = 'tests/fixtures/data/base';
const TODAY = '2025-12-01';

const idsByContent = (pairsFile?: string) => {
  const result = checkData(BASE, { today: TODAY, overrides: pairsFile ? { pairs: pairsFile } : {} });
  expect(result.errors).toEqual([]);
  return new Map((result.model?.pairs ?? []).map((p) => [p.row.summary_en, p.id]));
};

const row = (over: Partial<IdInput>): IdInput => ({
  explicit: '',
  vnId: 'vn-da-nang',
  jpId: 'jp-27-sakai',
  signed: null,
  relationship: 'friendship',
  sourceUrl: '',
  summaryEn: '',
  ...over,
});

describe('pair ids', () => {
  it('derive from both localities, dated and numbered only within a group', () => {
    expect([...idsByContent().values()]).toEqual([
      'vn-quang-tri--jp-19',
      'vn-gia-lai--jp-29-yoshino',
      'vn-gia-lai--jp-19',
      'vn-da-nang--jp-27-sakai--2019-friendship',
      'vn-da-nang--jp-27-sakai--2019-friendship-2',
      'vn-da-nang--jp-27-sakai--2019-mou',
      'vn-ho-chi-minh-city--jp-27',
      'vn-ho-chi-minh-city--jp-27-osaka',
      'vn-ninh-binh--jp-10-gunma-2025',
      'vn-hue--jp-21',
      'vn-gia-lai--jp-27-sakai',
      'vn-lao-cai--jp-19',
    ]);
  });

  it('stay the same when the rows are reordered', () => {
    const [header, ...lines] = readFileSync(`${BASE}/pairs.csv`, 'utf8').trimEnd().split('\n');
    const reversed = join(mkdtempSync(join(tmpdir(), 'kizuna-ids-')), 'pairs.csv');
    writeFileSync(reversed, `${[header, ...lines.reverse()].join('\n')}\n`);
    expect(idsByContent(reversed)).toEqual(idsByContent());
  });

  it('get "undated" when there is no date', () => {
    expect(derivePairIds([row({ signed: '2019' }), row({})])).toEqual(['vn-da-nang--jp-27-sakai--2019', 'vn-da-nang--jp-27-sakai--undated']);
  });

  it('do not change for the siblings when one row freezes its id', () => {
    const group = [row({ signed: '2019' }), row({ signed: '2020' })];
    const frozen = [row({ signed: '2019', explicit: 'da-nang-sakai-first' }), row({ signed: '2020' })];
    expect(derivePairIds(frozen)).toEqual(['da-nang-sakai-first', derivePairIds(group)[1]]);
  });

  it('number identical groups by source_url, not by position', () => {
    const a = row({ sourceUrl: 'https://a.example' });
    const b = row({ sourceUrl: 'https://b.example' });
    expect(derivePairIds([b, a])).toEqual(['vn-da-nang--jp-27-sakai--undated-friendship-2', 'vn-da-nang--jp-27-sakai--undated-friendship']);
  });
});
