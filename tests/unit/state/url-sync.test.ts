// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSelection, selectLocality, selectPair, setSectors, useStore } from '../../../src/state/store';
import { vocabularyOf } from '../../../src/state/url-vocabulary';
import { isFramed, startUrlSync } from '../../../src/state/url-sync';
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
    stop = startUrlSync(vocabulary, 'en', window).stop;
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-19' });
    expect(useStore.getState().notices).toEqual([{ param: 'bogus', value: '1', reason: 'unknown-param' }]);
    expect(window.location.search).toBe('?loc=jp-19');
  });

  it('opened from a locality’s page (l/<id>/), shows that locality and gives every locality its page, the overview the folder', () => {
    window.history.replaceState(null, '', '/maps/l/jp-19/?sectors=hydrogen');
    stop = startUrlSync(vocabulary, 'en', window).stop;
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-19' });
    expect(useStore.getState().sectors).toEqual(['hydrogen']);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/maps/l/jp-19/?sectors=hydrogen');
    selectPair('vn-quang-tri--jp-19');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/maps/?pair=vn-quang-tri--jp-19&sectors=hydrogen');
    selectLocality('jp-19');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/maps/l/jp-19/?sectors=hydrogen');
    clearSelection();
    expect(`${window.location.pathname}${window.location.search}`).toBe('/maps/?sectors=hydrogen');
  });

  it('on a locality’s page, a selection in the query wins, and an unknown page id is reported like an unknown loc', () => {
    window.history.replaceState(null, '', '/l/jp-19/?pair=vn-quang-tri--jp-19');
    stop = startUrlSync(vocabulary, 'en', window).stop;
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-quang-tri--jp-19' });
    stop();
    useStore.setState(useStore.getInitialState(), true);
    window.history.replaceState(null, '', '/l/jp-99-nowhere/');
    stop = startUrlSync(vocabulary, 'en', window).stop;
    expect(useStore.getState().selection).toEqual({ kind: 'none' });
    expect(useStore.getState().notices).toEqual([{ param: 'loc', value: 'jp-99-nowhere', reason: 'unknown-id' }]);
    expect(window.location.pathname).toBe('/');
  });

  it('pushes a history entry per selection and replaces for filters', () => {
    stop = startUrlSync(vocabulary, 'en', window).stop;
    const start = window.history.length;
    selectLocality('jp-19');
    expect(window.history.length).toBe(start + 1);
    setSectors(['hydrogen']);
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe('?loc=jp-19&sectors=hydrogen');
    selectPair('vn-quang-tri--jp-19');
    expect(window.history.length).toBe(start + 2);
  });

  it('in an iframe, replaces the entry for every change, so the host page’s Back button leaves the article', () => {
    stop = startUrlSync(vocabulary, 'en', window, { framed: true }).stop;
    const start = window.history.length;
    selectLocality('jp-19');
    selectPair('vn-quang-tri--jp-19');
    setSectors(['hydrogen']);
    expect(window.history.length).toBe(start);
    // The URL still follows the state, so reloading the frame keeps the view.
    expect(window.location.search).toBe('?pair=vn-quang-tri--jp-19&sectors=hydrogen');
  });

  it('keeps the render flags the page opened with in every URL it writes, and hands them to the page', () => {
    window.history.replaceState(null, '', '/?embed=1&dark=on&loc=jp-19');
    const sync = startUrlSync(vocabulary, 'en', window, { framed: true });
    stop = sync.stop;
    expect(sync.flags).toEqual({ embed: true, plain: false, static: false, dark: 'on' });
    expect(useStore.getState()).not.toHaveProperty('flags');
    selectPair('vn-quang-tri--jp-19');
    expect(new URLSearchParams(window.location.search).get('embed')).toBe('1');
    expect(new URLSearchParams(window.location.search).get('dark')).toBe('on');
    expect(new URLSearchParams(window.location.search).get('pair')).toBe('vn-quang-tri--jp-19');
  });

  it('knows a page in a frame from a page of its own', () => {
    expect(isFramed(window)).toBe(false);
    expect(
      isFramed({
        get self() {
          return this;
        },
        top: {},
      } as unknown as Window),
    ).toBe(true);
    const crossOrigin = {
      get self() {
        return this;
      },
      get top(): Window {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    };
    expect(isFramed(crossOrigin as unknown as Window)).toBe(true);
  });

  it('restores the previous selection on popstate', () => {
    stop = startUrlSync(vocabulary, 'en', window).stop;
    selectLocality('jp-19');
    selectPair('vn-quang-tri--jp-19');
    window.history.replaceState(null, '', '/?loc=jp-19');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-19' });
  });
});
