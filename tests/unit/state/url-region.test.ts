import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/url-params';
import { parseParams } from '../../../src/state/url-parse';
import { toParams, toSearch } from '../../../src/state/url-write';
import { vocabularyOf } from '../../../src/state/url-vocabulary';
import { fixtureBundle } from '../../fixtures/bundle';

const vocabulary = vocabularyOf(fixtureBundle);

describe('?region= in a link', () => {
  it('knows the bundle’s regions', () => {
    expect(vocabulary.regionIds?.has('vn-r-mekong-delta')).toBe(true);
    expect(vocabulary.regionIds?.has('jp-r-kinki')).toBe(true);
    expect(vocabulary.regionIds?.size).toBe(14);
  });

  it('opens a Vietnamese–Japanese region pair', () => {
    const { state, notices } = parseParams('?region=vn-r-mekong-delta~jp-r-kinki', vocabulary);
    expect(state.selection).toEqual({ kind: 'region', id: 'vn-r-mekong-delta~jp-r-kinki' });
    expect(notices).toEqual([]);
  });

  it('opens one region of either country', () => {
    expect(parseParams('?region=jp-r-kinki', vocabulary).state.selection).toEqual({ kind: 'region', id: 'jp-r-kinki' });
    expect(parseParams('?region=vn-r-southeast', vocabulary).state.selection).toEqual({ kind: 'region', id: 'vn-r-southeast' });
  });

  it('reports an unknown region, a reversed pair or two regions of one country, and selects nothing', () => {
    for (const value of ['vn-r-atlantis', 'jp-r-kinki~vn-r-mekong-delta', 'vn-r-mekong-delta~vn-r-southeast', 'vn-r-mekong-delta~jp-r-kinki~jp-r-kanto', 'vn-hanoi']) {
      const { state, notices } = parseParams(`?region=${encodeURIComponent(value)}`, vocabulary);
      expect(state.selection, value).toEqual({ kind: 'none' });
      expect(notices, value).toEqual([{ param: 'region', value, reason: 'unknown-id' }]);
    }
  });

  it('keeps a locality named in the same link and reports the region', () => {
    const { state, notices } = parseParams('?loc=jp-19&region=jp-r-kinki', vocabulary);
    expect(state.selection).toEqual({ kind: 'locality', id: 'jp-19' });
    expect(notices).toEqual([{ param: 'region', value: 'jp-r-kinki', reason: 'bad-value' }]);
  });

  it('is written back by toParams and read again unchanged', () => {
    const state = { ...defaultState('en'), selection: { kind: 'region' as const, id: 'vn-r-mekong-delta~jp-r-kinki' } };
    const params = toParams(state);
    expect(params.get('region')).toBe('vn-r-mekong-delta~jp-r-kinki');
    expect(params.has('loc')).toBe(false);
    expect(params.has('pair')).toBe(false);
    const back = parseParams(toSearch(state), vocabulary);
    expect(back.state).toEqual(state);
    expect(back.notices).toEqual([]);
  });
});
