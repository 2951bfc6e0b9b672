import { beforeEach, describe, expect, it } from 'vitest';
import { applyState, clearSelection, dismissNotices, selectLocality, selectPair, setQuery, setRelationships, setSectors, toggleSector, togglePanel, uiState, useStore } from '../../../src/state/store';
import { defaultState, MAX_QUERY_LENGTH } from '../../../src/state/url-params';
import { parseParams } from '../../../src/state/url-parse';
import { toSearch } from '../../../src/state/url-write';
import { type Vocabulary } from '../../../src/state/url-vocabulary';

const VOCABULARY: Vocabulary = {
  localityIds: new Set(['vn-gia-lai', 'jp-19']),
  pairIds: new Set(['p1']),
  sectorIds: new Set(['culture_exchange', 'hydrogen', 'tourism']),
  formerPairIds: new Map(),
};

// Store actions are what every click goes through; each must leave a state that a link restores.
const roundTrips = () => {
  const { state } = parseParams(toSearch(uiState()), VOCABULARY);
  return state;
};

beforeEach(() => applyState(defaultState()));

describe('store actions', () => {
  it('choosing a locality or a pair selects it and opens the panel', () => {
    useStore.setState({ panel: 'closed' });
    selectLocality('vn-gia-lai');
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'vn-gia-lai' });
    expect(useStore.getState().panel).toBe('open');
    selectPair('p1');
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'p1' });
  });

  it('clearing the selection keeps the filters', () => {
    setSectors(['tourism']);
    selectLocality('jp-19');
    clearSelection();
    expect(useStore.getState().selection).toEqual({ kind: 'none' });
    expect(useStore.getState().sectors).toEqual(['tourism']);
  });

  it('toggling a sector twice removes it again; sectors stay sorted and unique', () => {
    toggleSector('tourism');
    toggleSector('hydrogen');
    expect(useStore.getState().sectors).toEqual(['hydrogen', 'tourism']);
    toggleSector('tourism');
    expect(useStore.getState().sectors).toEqual(['hydrogen']);
    setSectors(['tourism', 'hydrogen', 'tourism']);
    expect(useStore.getState().sectors).toEqual(['hydrogen', 'tourism']);
  });

  it('relationships are stored sorted and unique, as the URL writes them', () => {
    setRelationships(['mou', 'sister', 'mou']);
    expect(useStore.getState().relationships).toEqual(['mou', 'sister']);
  });

  it('search text is cleaned as a link would clean it, so it survives a reload', () => {
    setQuery(`  gia lai${'x'.repeat(MAX_QUERY_LENGTH)}`);
    const { query } = useStore.getState();
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(roundTrips().query).toBe(query);
  });

  it('the panel toggles open and closed', () => {
    const before = useStore.getState().panel;
    togglePanel();
    expect(useStore.getState().panel).not.toBe(before);
    togglePanel();
    expect(useStore.getState().panel).toBe(before);
  });

  it('notices are not part of the state a link carries, and can be dismissed', () => {
    applyState(defaultState(), [{ param: 'lang', value: 'xx', reason: 'bad-value' }]);
    expect(uiState()).not.toHaveProperty('notices');
    dismissNotices();
    expect(useStore.getState().notices).toEqual([]);
  });

  it('a state built by actions round-trips through the URL unchanged', () => {
    selectLocality('vn-gia-lai');
    toggleSector('hydrogen');
    setRelationships(['sister']);
    expect(roundTrips()).toEqual(uiState());
  });
});
