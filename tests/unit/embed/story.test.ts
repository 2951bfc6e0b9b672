// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_VIEW_LENGTH, SET_VIEW_TYPE, STORY_READY_TYPE, STORY_VERSION, hostOriginOf, readStoryMessage, startStoryListener, storyState, type StoryContext } from '../../../src/embed/story';
import { applyState, uiState, useStore } from '../../../src/state/store';
import { defaultState } from '../../../src/state/url-params';
import { vocabularyOf } from '../../../src/state/url-vocabulary';
import { fixtureBundle } from '../../fixtures/bundle';

/** Story mode, the embed's side: which messages from a host page may move the map. */
const vocabulary = vocabularyOf(fixtureBundle);
const HOST = 'https://news.example';
const parent = { name: 'the host page' };
const framedBy = (hostOrigin: string | null): StoryContext => ({ framed: true, parent, hostOrigin });
const message = (view: string, extra: Record<string, unknown> = {}) => ({ type: SET_VIEW_TYPE, version: STORY_VERSION, origin: HOST, view, ...extra });

describe('readStoryMessage', () => {
  it('given the loader’s message from the parent window and the host’s origin, reads its view', () => {
    expect(readStoryMessage({ data: message('?loc=jp-19&lang=vi'), origin: HOST, source: parent }, framedBy(HOST))).toEqual({ ok: true, search: 'loc=jp-19&lang=vi' });
  });

  it('given no referrer, relies on the parent window alone', () => {
    const other = 'https://other.example';
    expect(readStoryMessage({ data: message('loc=jp-19', { origin: other }), origin: other, source: parent }, framedBy(null)).ok).toBe(true);
  });

  it.each([
    ['the page is not framed', { data: message('loc=jp-19'), origin: HOST, source: parent }, { ...framedBy(HOST), framed: false }, 'not-framed'],
    ['another window sent it (an ad iframe, a popup)', { data: message('loc=jp-19'), origin: HOST, source: { name: 'ad' } }, framedBy(HOST), 'wrong-source'],
    ['no window sent it', { data: message('loc=jp-19'), origin: HOST, source: null }, framedBy(HOST), 'wrong-source'],
    [
      'it comes from another origin than the host page',
      { data: message('loc=jp-19', { origin: 'https://evil.example' }), origin: 'https://evil.example', source: parent },
      framedBy(HOST),
      'wrong-origin',
    ],
    ['it claims another origin than it comes from', { data: message('loc=jp-19', { origin: 'https://evil.example' }), origin: HOST, source: parent }, framedBy(HOST), 'wrong-origin'],
    ['it is a string', { data: 'loc=jp-19', origin: HOST, source: parent }, framedBy(HOST), 'bad-shape'],
    ['it has another type tag', { data: { ...message('loc=jp-19'), type: 'kizuna:setview' }, origin: HOST, source: parent }, framedBy(HOST), 'bad-shape'],
    ['it has another version', { data: { ...message('loc=jp-19'), version: 2 }, origin: HOST, source: parent }, framedBy(HOST), 'bad-shape'],
    ['it has an extra field', { data: message('loc=jp-19', { html: '<b>' }), origin: HOST, source: parent }, framedBy(HOST), 'bad-shape'],
    ['its view is not a string', { data: { ...message(''), view: { loc: 'jp-19' } }, origin: HOST, source: parent }, framedBy(HOST), 'bad-shape'],
    ['its view is too long', { data: message(`loc=${'x'.repeat(MAX_VIEW_LENGTH)}`), origin: HOST, source: parent }, framedBy(HOST), 'bad-shape'],
    ['it names an unknown key', { data: message('loc=jp-19&evil=1'), origin: HOST, source: parent }, framedBy(HOST), 'unknown-key'],
    ['it sets a render flag', { data: message('loc=jp-19&plain=0'), origin: HOST, source: parent }, framedBy(HOST), 'unknown-key'],
    ['it sets the search text', { data: message('q=hanoi'), origin: HOST, source: parent }, framedBy(HOST), 'unknown-key'],
    ['it repeats a key', { data: message('loc=jp-19&loc=vn-gia-lai'), origin: HOST, source: parent }, framedBy(HOST), 'unknown-key'],
  ])('refuses a message when %s', (_, event, context, reason) => {
    expect(readStoryMessage(event, context)).toEqual({ ok: false, reason });
  });
});

describe('storyState', () => {
  const current = { ...defaultState('en', { embed: true }), lang: 'vi' as const, panel: 'open' as const, sectors: ['hydrogen'] };

  it('reads a step as a whole view, keeping the reader’s language and panel unless the step names them', () => {
    expect(storyState('loc=jp-19', current, vocabulary).state).toMatchObject({ selection: { kind: 'locality', id: 'jp-19' }, sectors: [], lang: 'vi', panel: 'open' });
    expect(storyState('loc=jp-19&lang=ja&panel=closed', current, vocabulary).state).toMatchObject({ lang: 'ja', panel: 'closed' });
  });

  it('drops an invalid value exactly as a link does, and says which', () => {
    const { state, dropped } = storyState('loc=jp-99&sectors=hydrogen,nope&years=2030-2010', current, vocabulary);
    expect(state.selection).toEqual({ kind: 'none' });
    expect(state.sectors).toEqual(['hydrogen']);
    expect(state.years).toBeNull();
    expect(dropped).toEqual(['loc (unknown-id)', 'sectors (unknown-id)', 'years (bad-value)']);
  });

  it('follows a renamed pair as a link does', () => {
    expect(storyState('pair=vn-quang-binh--jp-19', current, vocabulary).state.selection).toEqual({ kind: 'pair', id: 'vn-quang-tri--jp-19' });
  });
});

describe('hostOriginOf', () => {
  it('reads the host page’s origin from the referrer, or none', () => {
    expect(hostOriginOf({ referrer: 'https://news.example/2025/11/forum.html?x=1' })).toBe('https://news.example');
    expect(hostOriginOf({ referrer: '' })).toBeNull();
  });
});

describe('startStoryListener', () => {
  let stop: () => void = () => undefined;
  let warn: ReturnType<typeof vi.fn<(message: string) => void>>;
  let hostWindow: { postMessage: ReturnType<typeof vi.fn> };
  let embed: EventTarget & { parent: unknown; document: { referrer: string } };

  beforeEach(() => {
    applyState(defaultState('en', { embed: true }), [{ param: 'bogus', value: '1', reason: 'unknown-param' }]);
    warn = vi.fn<(message: string) => void>();
    hostWindow = { postMessage: vi.fn() };
    embed = Object.assign(new EventTarget(), { parent: hostWindow, document: { referrer: `${HOST}/article.html` } });
    stop = startStoryListener({ vocabulary, win: embed as unknown as Window, framed: true, warn });
  });
  afterEach(() => stop());

  const receive = (data: unknown, source: unknown = hostWindow, origin = HOST) => embed.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));

  it('tells the host page it listens, addressed to the host’s origin', () => {
    expect(hostWindow.postMessage).toHaveBeenCalledWith({ type: STORY_READY_TYPE, version: STORY_VERSION }, HOST);
  });

  it('given a view from the host, shows it and keeps the reader’s notices', () => {
    receive(message('pair=vn-quang-tri--jp-19&sectors=hydrogen'));
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-quang-tri--jp-19' });
    expect(useStore.getState().sectors).toEqual(['hydrogen']);
    expect(useStore.getState().notices).toHaveLength(1);
  });

  it('given a message from another window or with an unknown key, changes nothing and warns once per kind', () => {
    const before = uiState(useStore.getState());
    const ad = { name: 'ad iframe' };
    receive(message('loc=jp-19'), ad);
    receive(message('loc=jp-19'), ad);
    receive(message('loc=jp-19&evil=1'));
    receive(message('loc=jp-19&evil=2'));
    expect(uiState(useStore.getState())).toEqual(before);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls.map(([text]) => String(text))).toEqual([expect.stringContaining('wrong-source'), expect.stringContaining('unknown-key')]);
  });

  it('given a view with a value the map does not know, shows the rest and warns once', () => {
    receive(message('loc=jp-19&sectors=nope'));
    receive(message('loc=jp-19&sectors=nope2'));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-19' });
    expect(useStore.getState().sectors).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('after stopping, ignores the host', () => {
    stop();
    receive(message('loc=jp-19'));
    expect(useStore.getState().selection).toEqual({ kind: 'none' });
  });

  it('outside a frame, neither listens nor announces itself', () => {
    const alone = Object.assign(new EventTarget(), { parent: hostWindow, document: { referrer: '' } });
    hostWindow.postMessage.mockClear();
    const stopAlone = startStoryListener({ vocabulary, win: alone as unknown as Window, framed: false, warn });
    alone.dispatchEvent(new MessageEvent('message', { data: message('loc=jp-19'), origin: HOST, source: hostWindow as unknown as Window }));
    stopAlone();
    expect(hostWindow.postMessage).not.toHaveBeenCalled();
    expect(useStore.getState().selection).toEqual({ kind: 'none' });
  });
});
