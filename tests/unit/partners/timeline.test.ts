import { describe, expect, it } from 'vitest';
import { cumulative, documentedAtMark, documentsPerYear, filterByYears, formatYears, officialCountMarks, parseYears } from '../../../src/partners';
import { bundle, pairs } from './fixture';

describe('documentsPerYear', () => {
  it('bins signed documents and other ties by year, every year from first to last, undated apart', () => {
    const { years, undated } = documentsPerYear(pairs);
    expect(years.map((y) => [y.year, y.agreements, y.others])).toEqual([
      [2013, 0, 1],
      [2014, 0, 0],
      [2015, 1, 0],
      [2016, 0, 0],
      [2017, 0, 0],
      [2018, 1, 0],
      [2019, 0, 0],
      [2020, 0, 1],
    ]);
    expect(undated).toEqual({ agreements: 0, others: 1 });
  });

  it('puts only locality agreements on the agreements bar: a renewal, a council agreement and a mention go with the other rows', () => {
    const mou = { signed: '2016', relationship: 'mou', level: 'government', evidence: 'reported' } as const;
    const { years } = documentsPerYear([mou, { ...mou, renewalOf: 'an-earlier-row' }, { ...mou, level: 'council' }, { ...mou, evidence: 'mention' }, { ...mou, relationship: 'joint_statement' }]);
    expect(years).toEqual([{ year: 2016, agreements: 1, others: 4 }]);
  });

  it('has no axis when nothing is dated', () => {
    expect(documentsPerYear([{ signed: null, relationship: 'mou', level: 'government', evidence: 'reported' }])).toEqual({ years: [], undated: { agreements: 1, others: 0 } });
  });
});

describe('cumulative', () => {
  it('runs the totals of signed documents and of all dated ties, leaving undated ones out', () => {
    const series = cumulative(documentsPerYear(pairs).years);
    expect(series.map((p) => [p.year, p.agreementsToDate, p.totalToDate])).toEqual([
      [2013, 0, 1],
      [2014, 0, 1],
      [2015, 1, 2],
      [2016, 1, 2],
      [2017, 1, 2],
      [2018, 2, 3],
      [2019, 2, 3],
      [2020, 2, 4],
    ]);
  });

  it('sets the official count beside what the map documents up to its year', () => {
    const [mark] = officialCountMarks(bundle);
    expect(mark).toMatchObject({ year: 2025, value: 110, source: { title: 'forum report' } });
    expect(documentedAtMark(mark!, cumulative(documentsPerYear(pairs).years))).toEqual({ documented: 2, official: 110 });
  });
});

describe('filterByYears', () => {
  it('keeps documents signed in the range, drops undated ones, and keeps all without a range', () => {
    expect(filterByYears(pairs, [2015, 2018]).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(filterByYears(pairs, [2020, 2020]).map((p) => p.id)).toEqual(['p3']);
    expect(filterByYears(pairs, null)).toHaveLength(pairs.length);
  });
});

describe('parseYears / formatYears', () => {
  it('reads a range and a single year, and writes them back the same way', () => {
    expect(parseYears('2013-2025')).toEqual({ ok: true, range: [2013, 2025] });
    expect(parseYears('2020')).toEqual({ ok: true, range: [2020, 2020] });
    for (const text of ['2013-2025', '2020']) {
      const parsed = parseYears(text);
      expect(parsed.ok && formatYears(parsed.range)).toBe(text);
    }
  });

  it('tolerates what people type: spaces and an en dash', () => {
    expect(parseYears(' 2013 – 2025 ')).toEqual({ ok: true, range: [2013, 2025] });
  });

  it('refuses bad input with a reason and keeps what was typed', () => {
    expect(parseYears('2025-2013')).toEqual({ ok: false, reason: 'reversed', input: '2025-2013' });
    expect(parseYears('20-25')).toMatchObject({ ok: false, reason: 'format' });
    expect(parseYears('2013-2025-2030')).toMatchObject({ ok: false, reason: 'format' });
    expect(parseYears('last year')).toMatchObject({ ok: false, reason: 'format', input: 'last year' });
    expect(parseYears('1850-1900')).toMatchObject({ ok: false, reason: 'out-of-range' });
    expect(parseYears('  ')).toMatchObject({ ok: false, reason: 'empty' });
  });
});
