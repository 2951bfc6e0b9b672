import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../src/panels/Notices';
import { parseParams } from '../../../src/state/url-parse';
import { toSearch } from '../../../src/state/url-write';

const vocabulary = { localityIds: new Set(['jp-19']), pairIds: new Set<string>(), sectorIds: new Set<string>() };

describe('years in the URL', () => {
  it('round-trips a range and a single year', () => {
    for (const search of ['?years=2013-2025', '?years=2020', '?loc=jp-19&years=2018-2020']) {
      const { state, notices } = parseParams(search, vocabulary);
      expect(notices).toEqual([]);
      expect(toSearch(state)).toBe(search);
    }
    expect(parseParams('?years=2018-2020', vocabulary).state.years).toEqual([2018, 2020]);
  });

  it('omits the default (all years)', () => {
    expect(parseParams('', vocabulary).state.years).toBeNull();
    expect(toSearch(parseParams('', vocabulary).state)).toBe('');
  });

  it('refuses a bad value with a visible notice that says how to write a range, and keeps the rest', () => {
    const cases = [
      ['2025-2013', 'reversed', 'ends before it starts'],
      ['abc', 'format', 'write e.g. 2020 or 2013-2025'],
      ['1800', 'out-of-range', 'outside 1900–2099'],
      ['', 'empty', 'Enter a year or a range of years'],
    ] as const;
    for (const [bad, yearsError, advice] of cases) {
      const { state, notices } = parseParams(`?loc=jp-19&years=${bad}`, vocabulary);
      expect(state.years).toBeNull();
      expect(state.selection).toEqual({ kind: 'locality', id: 'jp-19' });
      expect(notices).toEqual([{ param: 'years', value: bad, reason: 'bad-value', yearsError }]);
      expect(noticeText(notices[0]!, 'en')).toContain(advice);
    }
    expect(noticeText(parseParams('?years=2025-2013', vocabulary).notices[0]!, 'vi')).toContain('năm kết thúc trước năm bắt đầu');
  });

  it('carries the embed timeline flag', () => {
    const { state, flags } = parseParams('?embed=1&timeline=1', vocabulary);
    expect(flags.timeline).toBe(true);
    expect(toSearch(state, 'en', flags)).toBe('?embed=1&timeline=1');
  });
});
