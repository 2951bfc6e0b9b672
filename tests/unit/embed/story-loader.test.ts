// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import LOADER from '../../../public/embed.v2.js?raw';
import { MAX_VIEW_LENGTH, SET_VIEW_TYPE, STORY_KEYS, STORY_READY_TYPE, STORY_VERSION } from '../../../src/embed/story';

/**
 * Story mode, the host's side: public/embed.v2.js run as a browser runs it (see loader.test.ts),
 * with a stand-in window per iframe that records what it is sent. happy-dom loads no iframe page
 * and runs no IntersectionObserver, so the steps test drives a recorded observer's callback the
 * way a browser would; tests/browser/story.spec.ts scrolls a real page.
 */
const EMBED_ORIGIN = 'https://kizuna.example';
const FOLDER = `${EMBED_ORIGIN}/maps/kizuna/`;

interface StoryApi {
  setView: (element: unknown, view: unknown) => boolean;
}
const api = () => (window as unknown as { KizunaEmbed: StoryApi }).KizunaEmbed;

function runLoader(): void {
  const script = document.createElement('script');
  script.setAttribute('src', `${FOLDER}embed.v2.js`);
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  try {
    new Function(LOADER)();
  } finally {
    delete (document as unknown as { currentScript?: unknown }).currentScript;
  }
}

interface FrameWindow {
  postMessage: ReturnType<typeof vi.fn>;
}

function giveWindow(iframe: HTMLIFrameElement): FrameWindow {
  const win = { postMessage: vi.fn() };
  Object.defineProperty(iframe, 'contentWindow', { configurable: true, value: win });
  return win;
}

/** An article with two embeds (placeholders the loader turns into iframes). */
function article(): { first: FrameWindow; second: FrameWindow; placeholder: HTMLElement } {
  document.body.innerHTML = `
    <div id="map-one" data-kizuna-embed="${FOLDER}?embed=1"></div>
    <section id="around-two"><div data-kizuna-embed="${FOLDER}?embed=1&amp;lang=vi"></div></section>`;
  // Windows exist from the moment the iframes are in the page, before the loader attaches.
  const original = document.createElement.bind(document);
  const windows: FrameWindow[] = [];
  vi.spyOn(document, 'createElement').mockImplementation(((tag: string) => {
    const element = original(tag);
    if (tag === 'iframe') windows.push(giveWindow(element as HTMLIFrameElement));
    return element;
  }) as typeof document.createElement);
  runLoader();
  vi.mocked(document.createElement).mockRestore();
  const [first, second] = windows;
  if (!first || !second) throw new Error('the loader made no iframes');
  return { first, second, placeholder: document.getElementById('map-one') as HTMLElement };
}

function ready(win: FrameWindow, origin = EMBED_ORIGIN): void {
  window.dispatchEvent(new MessageEvent('message', { data: { type: STORY_READY_TYPE, version: STORY_VERSION }, origin, source: win as unknown as Window }));
}

const sentViews = (win: FrameWindow) => win.postMessage.mock.calls.map(([message]) => (message as { view: string }).view);

describe('public/embed.v2.js: story mode', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    delete (window as unknown as { KizunaEmbed?: unknown }).KizunaEmbed;
    document.body.innerHTML = '';
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
    vi.unstubAllGlobals();
  });

  it('speaks the app’s message types and keys (src/embed/story.ts)', () => {
    expect(LOADER).toContain(`var SET_VIEW = '${SET_VIEW_TYPE}';`);
    expect(LOADER).toContain(`var STORY_READY = '${STORY_READY_TYPE}';`);
    expect(LOADER).toContain(`var STORY_KEYS = [${STORY_KEYS.map((k) => `'${k}'`).join(', ')}];`);
    expect(LOADER).toContain(`var MAX_VIEW_LENGTH = ${MAX_VIEW_LENGTH};`);
  });

  it('given a view before the app listens, sends it once the app says it is ready, to that frame and origin only', () => {
    const { first, second, placeholder } = article();

    expect(api().setView(placeholder, '?loc=jp-10&lang=vi')).toBe(true);
    expect(first.postMessage).not.toHaveBeenCalled();

    ready(first);

    expect(first.postMessage).toHaveBeenCalledTimes(1);
    expect(first.postMessage).toHaveBeenCalledWith({ type: SET_VIEW_TYPE, version: STORY_VERSION, origin: window.location.origin, view: 'loc=jp-10&lang=vi' }, EMBED_ORIGIN);
    expect(second.postMessage).not.toHaveBeenCalled();
  });

  it('given a ready app, sends each new view at once; an element around the embed or its id names it', () => {
    const { first, second } = article();
    ready(first);
    ready(second);

    api().setView(document.getElementById('around-two'), 'pair=vn-gia-lai--jp-29-yoshino');
    api().setView('map-one', { loc: 'vn-phu-tho', sectors: ['hydrogen', 'tourism'], premerger: false, years: 2025 });

    expect(sentViews(second)).toEqual(['pair=vn-gia-lai--jp-29-yoshino']);
    expect(sentViews(first)).toEqual(['loc=vn-phu-tho&sectors=hydrogen%2Ctourism&premerger=0&years=2025']);
  });

  it('ignores a ready message from another window or origin: nothing is sent before the app listens', () => {
    const { first, placeholder } = article();
    api().setView(placeholder, 'loc=jp-10');

    ready({ postMessage: vi.fn() });
    ready(first, 'https://evil.example');

    expect(first.postMessage).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown key', 'loc=jp-10&embed=0'],
    ['a render flag', 'plain=1'],
    ['a repeated key', 'loc=jp-10&loc=jp-19'],
    ['markup in a value', 'loc=<img src=x>'],
    ['a URL in a value', 'loc=https://evil.example/'],
    ['an empty value', 'loc='],
    ['a view too long', `loc=${'a'.repeat(MAX_VIEW_LENGTH)}`],
  ])('refuses %s: returns false, sends nothing, says so on the console', (_, view) => {
    const { first, placeholder } = article();
    ready(first);

    expect(api().setView(placeholder, view)).toBe(false);

    expect(first.postMessage).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('[kizuna] setView ignored');
  });

  it.each([
    ['an object with a nested object', { loc: { id: 'jp-10' } }],
    ['an object with an undefined value', { loc: undefined }],
    ['a number', 42],
    ['null', null],
  ])('refuses a view that is %s', (_, view) => {
    const { first, placeholder } = article();
    ready(first);
    expect(api().setView(placeholder, view)).toBe(false);
    expect(first.postMessage).not.toHaveBeenCalled();
  });

  it('warns once per kind of mistake, however often a step repeats it', () => {
    const { placeholder } = article();
    for (let i = 0; i < 5; i++) api().setView(placeholder, 'bogus=1');
    for (let i = 0; i < 5; i++) api().setView(document.body.appendChild(document.createElement('p')), 'loc=jp-10');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('refuses an element that is not an embed, and an iframe it did not trust', () => {
    article();
    document.body.insertAdjacentHTML('beforeend', `<iframe id="foreign" src="https://evil.example/?embed=1"></iframe><p id="text"></p>`);
    const foreign = giveWindow(document.getElementById('foreign') as HTMLIFrameElement);

    expect(api().setView('text', 'loc=jp-10')).toBe(false);
    expect(api().setView('foreign', 'loc=jp-10')).toBe(false);
    expect(api().setView('no-such-id', 'loc=jp-10')).toBe(false);
    expect(foreign.postMessage).not.toHaveBeenCalled();
  });

  describe('data-kizuna-step', () => {
    let observe: (entries: { target: Element; isIntersecting: boolean }[]) => void = () => undefined;
    let options: IntersectionObserverInit | undefined;
    beforeEach(() => {
      vi.stubGlobal(
        'IntersectionObserver',
        class {
          constructor(callback: typeof observe, init?: IntersectionObserverInit) {
            observe = callback;
            options = init;
          }
          observe() {}
        },
      );
    });

    function steps(): { first: FrameWindow; second: FrameWindow } {
      const windows = article();
      document.body.insertAdjacentHTML(
        'beforeend',
        `<p id="s1" data-kizuna-step="loc=jp-10"></p>
         <p id="s2" data-kizuna-step="loc=jp-19&amp;sectors=hydrogen" data-kizuna-target="around-two"></p>
         <p id="s3" data-kizuna-step="loc=jp-19&amp;evil=1"></p>`,
      );
      (window as unknown as { KizunaEmbed: { scan: () => void } }).KizunaEmbed.scan();
      ready(windows.first);
      ready(windows.second);
      return windows;
    }
    const step = (id: string, isIntersecting = true) => ({ target: document.getElementById(id) as Element, isIntersecting });

    it('watches a band around the middle of the viewport', () => {
      steps();
      expect(options?.rootMargin).toBe('-45% 0px -45% 0px');
    });

    it('given a step entering the band, moves the first embed (or its target) and marks the step active', () => {
      const { first, second } = steps();

      observe([step('s1')]);
      observe([step('s2'), step('s1', false)]);

      expect(sentViews(first)).toEqual(['loc=jp-10']);
      expect(sentViews(second)).toEqual(['loc=jp-19&sectors=hydrogen']);
      expect(document.querySelectorAll('[data-kizuna-active]')).toHaveLength(1);
      expect(document.getElementById('s2')?.hasAttribute('data-kizuna-active')).toBe(true);
    });

    it('given a step leaving the band, or a step with an unknown key, moves nothing', () => {
      const { first } = steps();
      observe([step('s1', false), step('s3')]);
      expect(first.postMessage).not.toHaveBeenCalled();
      expect(document.querySelectorAll('[data-kizuna-active]')).toHaveLength(0);
    });
  });
});
