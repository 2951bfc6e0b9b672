// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectLocality, selectPair, setSectors, useStore } from '../../../src/state/store';
import { vocabularyOf } from '../../../src/state/url';
import { startUrlSync } from '../../../src/state/url-sync';
import { fixtureBundle } from '../../fixtures/bundle';

const vocabulary = vocabularyOf(fixtureBundle);

describe('URL sync', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    useStore.setState(useStore.getInitialState(), true);
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => stop());

  it('loads the link, reports and removes an unknown parameter', () => {
    window.history.replaceState(null, '', '/?loc=jp-19&bogus=1');
    stop = startUrlSync(vocabulary, 'en', window);
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-19' });
    expect(useStore.getState().notices).toEqual([{ param: 'bogus', value: '1', reason: 'unknown-param' }]);
    expect(window.location.search).toBe('?loc=jp-19');
  });

  it('pushes a history entry per selection and replaces for filters', () => {
    stop = startUrlSync(vocabulary, 'en', window);
    const start = window.history.length;
    selectLocality('jp-19');
    expect(window.history.length).toBe(start + 1);
    setSectors(['hydrogen']);
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe('?loc=jp-19&sectors=hydrogen');
    selectPair('vn-quang-tri--jp-19');
    expect(window.history.length).toBe(start + 2);
  });

  it('restores the previous selection on popstate', () => {
    stop = startUrlSync(vocabulary, 'en', window);
    selectLocality('jp-19');
    selectPair('vn-quang-tri--jp-19');
    window.history.replaceState(null, '', '/?loc=jp-19');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-19' });
  });
});
