import { describe, expect, it } from 'vitest';
import { parseParams, toSearch } from '../../../src/state/url';

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

  it('refuses a bad value with a visible notice and keeps the rest', () => {
    for (const bad of ['2025-2013', 'abc', '1800', '']) {
      const { state, notices } = parseParams(`?loc=jp-19&years=${bad}`, vocabulary);
      expect(state.years).toBeNull();
      expect(state.selection).toEqual({ kind: 'locality', id: 'jp-19' });
      expect(notices).toEqual([{ param: 'years', value: bad, reason: 'bad-value' }]);
    }
  });

  it('carries the embed timeline flag', () => {
    const { state } = parseParams('?embed=1&timeline=1', vocabulary);
    expect(state.flags.timeline).toBe(true);
    expect(toSearch(state)).toBe('?embed=1&timeline=1');
  });
});
