// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import V1 from '../../../public/embed.v1.js?raw';
import V2 from '../../../public/embed.v2.js?raw';
import { MAX_HEIGHT, MIN_HEIGHT, PYM_PATTERN, ampMessage, pymMessage } from '../../../src/embed/messages';

/**
 * The loaders (public/embed.vN.js; embed.js is a copy of the newest) are hand-written ES5 served
 * as is; these tests run each of those very files in
 * happy-dom and post messages at it, so it cannot drift from src/embed/messages.ts.
 * (happy-dom logs "Iframe page loading is disabled" for each iframe: expected, it never loads pages.)
 */
const EMBED_ORIGIN = 'https://kizuna.example';

/** Each released or draft loader; the shared tests run against every one (set in beforeEach). */
const LOADERS: [string, string][] = [
  ['embed.v1.js', V1],
  ['embed.v2.js', V2],
];
let LOADER = V1;
let NAME = 'embed.v1.js';

declare global {
  interface Window {
    KizunaEmbed?: { scan: () => void; version: number };
  }
}

interface LoadedFrom {
  /** The loader's URL (what a browser reports as document.currentScript.src); null: inlined. */
  src?: string | null;
  /** The host page's `data-kizuna-origins` on the script tag. */
  origins?: string;
}

/**
 * Runs the file as a browser runs an (async) classic script: an IIFE over the global window and
 * document, with document.currentScript set to its script tag while it runs.
 */
function runLoader({ src = `${EMBED_ORIGIN}/${NAME}`, origins }: LoadedFrom = {}): void {
  const script = document.createElement('script');
  if (src !== null) script.setAttribute('src', src);
  if (origins !== undefined) script.setAttribute('data-kizuna-origins', origins);
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => (src === null ? null : script) });
  try {
    new Function(LOADER)();
  } finally {
    delete (document as unknown as { currentScript?: unknown }).currentScript;
  }
}

/**
 * happy-dom loads no iframe page, so every iframe's contentWindow is null; a browser gives each
 * its own window. Give each iframe a distinct stand-in window object so "from this iframe's
 * window" means something.
 */
function giveWindow(iframe: HTMLIFrameElement): HTMLIFrameElement {
  Object.defineProperty(iframe, 'contentWindow', { configurable: true, value: { name: 'frame window' } });
  return iframe;
}

/** The page's own origin, which relative URLs in the markup resolve against. */
const pageOrigin = () => new URL(document.baseURI).origin;

function post(data: unknown, source: unknown, origin = EMBED_ORIGIN): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

describe.each(LOADERS)('public/%s', (name, source) => {
  beforeEach(() => {
    NAME = name;
    LOADER = source;
    delete window.KizunaEmbed;
    document.body.innerHTML = '';
  });
  afterEach(() => {
    delete window.KizunaEmbed;
  });

  function withIframe(): HTMLIFrameElement {
    document.body.innerHTML = `<iframe data-kizuna src="${EMBED_ORIGIN}/?embed=1" height="560"></iframe>`;
    const iframe = giveWindow(document.querySelector('iframe') as HTMLIFrameElement);
    runLoader();
    return iframe;
  }

  it('is small, has no eval and no dependencies', () => {
    // v1: 4 KB; v2 adds the folder rule, the check that window.KizunaEmbed is really ours, and story mode.
    expect(new TextEncoder().encode(LOADER).length).toBeLessThan(name === 'embed.v1.js' ? 4096 : 10240);
    expect(LOADER).not.toMatch(/\beval\s*\(|new Function|innerHTML|insertAdjacentHTML|document\.write|import\s*\(/);
  });

  it('uses the same pattern and limits as src/embed/messages.ts', () => {
    expect(LOADER).toContain(`var PYM_PATTERN = ${PYM_PATTERN.toString()};`);
    expect(LOADER).toContain(`var MIN_HEIGHT = ${MIN_HEIGHT};`);
    expect(LOADER).toContain(`var MAX_HEIGHT = ${MAX_HEIGHT};`);
  });

  it('given a pym height message from the iframe, sets the iframe height', () => {
    const iframe = withIframe();
    post(pymMessage('', 'height', 731), iframe.contentWindow);
    expect(iframe.style.height).toBe('731px');
  });

  it('given an AMP embed-size message from the iframe, sets the iframe height', () => {
    const iframe = withIframe();
    post(ampMessage(812), iframe.contentWindow);
    expect(iframe.style.height).toBe('812px');
  });

  it('clamps heights to 200…5000 px', () => {
    const iframe = withIframe();
    post(pymMessage('x', 'height', 20), iframe.contentWindow);
    expect(iframe.style.height).toBe('200px');
    post(ampMessage(90000), iframe.contentWindow);
    expect(iframe.style.height).toBe('5000px');
  });

  it('ignores a message from another origin', () => {
    const iframe = withIframe();
    post(pymMessage('', 'height', 731), iframe.contentWindow, 'https://evil.example');
    expect(iframe.style.height).toBe('');
  });

  it('ignores a message from another window, even with the right origin', () => {
    const iframe = withIframe();
    post(pymMessage('', 'height', 731), window);
    expect(iframe.style.height).toBe('');
  });

  it('ignores messages of any other shape', () => {
    const iframe = withIframe();
    for (const data of ['pymxPYMxxPYMxheightxPYMx100;alert(1)', 'pymxPYMxxPYMxwidthxPYMx700', { sentinel: 'amp', type: 'embed-size', height: '700' }, 731]) {
      post(data, iframe.contentWindow);
    }
    expect(iframe.style.height).toBe('');
  });

  it('creates an iframe for a data-kizuna-embed element, resolving its relative URL', () => {
    document.body.innerHTML = '<div data-kizuna-embed="./?embed=1&amp;lang=vi" data-kizuna-title="Bản đồ"></div>';
    runLoader({ src: `${pageOrigin()}/embed.js` });
    const iframe = document.querySelector('div > iframe') as HTMLIFrameElement;
    expect(iframe.getAttribute('src')).toBe(new URL('./?embed=1&lang=vi', document.baseURI).href);
    expect(iframe.title).toBe('Bản đồ');
    expect(iframe.getAttribute('loading')).toBe('lazy');
  });

  it('refuses a javascript: URL', () => {
    document.body.innerHTML = '<div data-kizuna-embed="javascript:alert(1)"></div>';
    runLoader();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('loaded twice, attaches once', () => {
    document.body.innerHTML = '<div data-kizuna-embed="./?embed=1"></div>';
    runLoader({ src: `${pageOrigin()}/embed.js` });
    runLoader({ src: `${pageOrigin()}/embed.v1.js` });
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });
});

/**
 * A news page whose comment sanitiser keeps data-* attributes (DOMPurify's default) lets a
 * commenter write `data-kizuna-embed`: the loader must frame only Kizuna.
 */
describe.each(LOADERS)('public/%s, given hostile markup', (name, source) => {
  beforeEach(() => {
    NAME = name;
    LOADER = source;
    delete window.KizunaEmbed;
    document.body.innerHTML = '';
  });
  afterEach(() => {
    delete window.KizunaEmbed;
  });

  it.each([
    ['another origin', 'https://evil.example/?embed=1'],
    ['a look-alike host', 'https://kizuna.example.evil.example/?embed=1'],
    ['user info naming Kizuna', 'https://kizuna.example@evil.example/?embed=1'],
    ['another port', 'https://kizuna.example:8443/?embed=1'],
    ['plain http to the https site', 'http://kizuna.example/?embed=1'],
    ['a protocol-relative URL elsewhere', '//evil.example/?embed=1'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:https://kizuna.example/1234'],
  ])('given data-kizuna-embed with %s, then no iframe is created', (_, url) => {
    const host = document.createElement('div');
    host.setAttribute('data-kizuna-embed', url);
    document.body.append(host);
    runLoader();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('given data-kizuna-embed on the loader’s own origin, then it creates the iframe (the control case)', () => {
    document.body.innerHTML = `<div data-kizuna-embed="${EMBED_ORIGIN}/maps/?embed=1"></div>`;
    runLoader({ src: `${EMBED_ORIGIN}/maps/${name}` });
    expect(document.querySelector('iframe')?.getAttribute('src')).toBe(`${EMBED_ORIGIN}/maps/?embed=1`);
  });

  it('given an iframe[data-kizuna] on another origin, then its messages never resize it', () => {
    document.body.innerHTML = '<iframe data-kizuna src="https://evil.example/" height="150"></iframe>';
    const iframe = giveWindow(document.querySelector('iframe') as HTMLIFrameElement);
    runLoader();
    post(pymMessage('', 'height', 4999), iframe.contentWindow, 'https://evil.example');
    expect(iframe.style.height).toBe('');
    expect(iframe.getAttribute('height')).toBe('150');
  });

  // v1 trusts whole origins; v2 only folders (below).
  it.runIf(name === 'embed.v1.js')('given origins the page’s author listed on the script tag, then it frames those too', () => {
    document.body.innerHTML = '<div data-kizuna-embed="https://maps.partner.example/kizuna/?embed=1"></div><div data-kizuna-embed="https://other.example/?embed=1"></div>';
    runLoader({ origins: 'https://maps.partner.example  https://ignored.example/with/path javascript:alert(1)' });
    expect([...document.querySelectorAll('iframe')].map((f) => f.getAttribute('src'))).toEqual(['https://maps.partner.example/kizuna/?embed=1']);
  });

  it('given a listed origin with a path, then it does not count as an origin', () => {
    document.body.innerHTML = '<div data-kizuna-embed="https://ignored.example/?embed=1"></div>';
    runLoader({ origins: 'https://ignored.example/with/path' });
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('given a loader inlined in the page (no script URL), then it frames only the page’s own origin', () => {
    document.body.innerHTML = `<div data-kizuna-embed="./?embed=1"></div><div data-kizuna-embed="${EMBED_ORIGIN}/?embed=1"></div>`;
    runLoader({ src: null });
    expect([...document.querySelectorAll('iframe')].map((f) => new URL(f.src).origin)).toEqual([pageOrigin()]);
  });

  it('given a second loader from another Kizuna site, then both sites’ embeds work', () => {
    document.body.innerHTML = `<div data-kizuna-embed="${EMBED_ORIGIN}/?embed=1"></div><div data-kizuna-embed="https://second.example/?embed=1"></div>`;
    runLoader();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    runLoader({ src: 'https://second.example/embed.v1.js' });
    expect(document.querySelectorAll('iframe')).toHaveLength(2);
  });

  describe('hostile messages', () => {
    function withIframe(): HTMLIFrameElement {
      document.body.innerHTML = `<iframe data-kizuna src="${EMBED_ORIGIN}/?embed=1" height="560"></iframe>`;
      const iframe = giveWindow(document.querySelector('iframe') as HTMLIFrameElement);
      runLoader();
      return iframe;
    }

    it('given the right window but a wrong origin, then nothing changes', () => {
      const iframe = withIframe();
      post(ampMessage(900), iframe.contentWindow, 'https://kizuna.example.evil.example');
      expect(iframe.style.height).toBe('');
    });

    it('given the right origin from another window (e.g. a second, hostile iframe), then nothing changes', () => {
      const iframe = withIframe();
      const other = giveWindow(document.createElement('iframe'));
      document.body.append(other);
      post(ampMessage(900), other.contentWindow);
      post(ampMessage(900), null);
      expect(iframe.style.height).toBe('');
    });

    it('given an iframe without a window (removed from the page), then a message with no source window changes nothing', () => {
      const iframe = withIframe();
      Object.defineProperty(iframe, 'contentWindow', { configurable: true, value: null });
      post(ampMessage(900), null);
      expect(iframe.style.height).toBe('');
    });

    it.each([
      ['a billion pixels (pym)', pymMessage('', 'height', 999999), '5000px'],
      ['a billion pixels (AMP)', { sentinel: 'amp', type: 'embed-size', height: 1e9 }, '5000px'],
      ['zero', ampMessage(0), '200px'],
    ])('given an absurd height: %s, then the iframe stays within 200…5000 px', (_, data, expected) => {
      const iframe = withIframe();
      post(data, iframe.contentWindow);
      expect(iframe.style.height).toBe(expected);
    });

    it.each([
      ['Infinity', { sentinel: 'amp', type: 'embed-size', height: Infinity }],
      ['NaN', { sentinel: 'amp', type: 'embed-size', height: NaN }],
      ['negative', { sentinel: 'amp', type: 'embed-size', height: -50 }],
      ['seven digits', 'pymxPYMxxPYMxheightxPYMx1000000'],
      ['exponent', 'pymxPYMxxPYMxheightxPYMx1e9'],
      ['an array', Object.assign([], { sentinel: 'amp', type: 'embed-size', height: 900 })],
      ['a huge string', `pymxPYMx${'a'.repeat(300)}xPYMxheightxPYMx900`],
    ])('given a malformed height: %s, then it is ignored', (_, data) => {
      const iframe = withIframe();
      post(data, iframe.contentWindow);
      expect(iframe.style.height).toBe('');
    });
  });
});

/**
 * v2 trusts folders, not origins: on `example.org/graphics/kizuna/` or `name.github.io/repo/`,
 * the rest of the origin (any page of the newspaper, the user's other Pages sites) and the
 * server's config files must not be framed.
 */
describe('public/embed.v2.js: only the app in its own folder', () => {
  const FOLDER = `${EMBED_ORIGIN}/graphics/kizuna/`;
  beforeEach(() => {
    NAME = 'embed.v2.js';
    LOADER = V2;
    delete window.KizunaEmbed;
    document.body.innerHTML = '';
  });
  afterEach(() => {
    delete window.KizunaEmbed;
  });
  const framed = () => [...document.querySelectorAll('iframe')].map((f) => f.getAttribute('src'));
  function place(...urls: string[]): void {
    for (const url of urls) {
      const host = document.createElement('div');
      host.setAttribute('data-kizuna-embed', url);
      document.body.append(host);
    }
  }

  it.each([
    ['the origin’s root', `${EMBED_ORIGIN}/?embed=1`],
    ['the parent folder', `${EMBED_ORIGIN}/graphics/?embed=1`],
    ['a parent-folder escape', `${FOLDER}../not-kizuna/page.html`],
    ['an encoded escape a server would decode', `${FOLDER}..%2fnot-kizuna/page.html`],
    ['encoded dots', `${FOLDER}%2e%2e/not-kizuna/`],
    ['a backslash escape', `${FOLDER}..\\not-kizuna\\`],
    ['a sibling folder sharing the prefix', `${EMBED_ORIGIN}/graphics/kizuna-evil/?embed=1`],
    ['the nginx config', `${FOLDER}kizuna.nginx.conf`],
    ['the Apache config', `${FOLDER}.htaccess`],
    ['the Netlify headers', `${FOLDER}_headers`],
    ['another page of the folder', `${FOLDER}embed-example.html`],
    ['a subfolder', `${FOLDER}assets/x.html`],
  ])('given data-kizuna-embed at %s, then no iframe is created', (_, url) => {
    place(url);
    runLoader({ src: `${FOLDER}embed.v2.js` });
    expect(framed()).toEqual([]);
  });

  it('given the app in the loader’s folder (with or without index.html), then it is framed (the control case)', () => {
    place(`${FOLDER}?embed=1&lang=vi`, `${FOLDER}index.html?embed=1`);
    runLoader({ src: `${FOLDER}embed.v2.js` });
    expect(framed()).toEqual([`${FOLDER}?embed=1&lang=vi`, `${FOLDER}index.html?embed=1`]);
  });

  it('given folders the page’s author listed (an origin alone is its root), then it frames the app there and nothing else', () => {
    place('https://maps.partner.example/kizuna/?embed=1', 'https://maps.partner.example/other/?embed=1', 'https://root.example/?embed=1', 'https://root.example/sub/?embed=1');
    runLoader({ src: `${FOLDER}embed.v2.js`, origins: 'https://maps.partner.example/kizuna/ https://root.example https://ignored.example/no-slash https://q.example/?x=1' });
    expect(framed()).toEqual(['https://maps.partner.example/kizuna/?embed=1', 'https://root.example/?embed=1']);
  });

  it('given a v1 loader already on the page, then v2 does not reuse it (v1 trusts the whole origin) but takes over', () => {
    LOADER = V1;
    runLoader({ src: `${FOLDER}embed.v1.js` });
    expect(window.KizunaEmbed?.version).toBe(1);
    place(`${EMBED_ORIGIN}/?embed=1`, `${FOLDER}?embed=1`);
    LOADER = V2;
    runLoader({ src: `${FOLDER}embed.v2.js` });
    expect(window.KizunaEmbed?.version).toBe(2);
    // v1 scanned before the placeholders existed; v2's scan framed only the app.
    expect(framed()).toEqual([`${FOLDER}?embed=1`]);
  });

  it.each([
    ['a DOM element', () => document.createElement('a')],
    ['an object whose allow is not a function', () => ({ version: 2, allow: 'x', scan: (): void => undefined })],
    ['an object without a numeric version', () => ({ version: '2', allow: (): void => undefined, scan: (): void => undefined })],
  ])('given window.KizunaEmbed already set to %s, then v2 installs itself and frames the app', (_, value) => {
    (window as unknown as { KizunaEmbed: unknown }).KizunaEmbed = value();
    place(`${FOLDER}?embed=1`);
    runLoader({ src: `${FOLDER}embed.v2.js` });
    expect(window.KizunaEmbed?.version).toBe(2);
    expect(framed()).toEqual([`${FOLDER}?embed=1`]);
  });
});
