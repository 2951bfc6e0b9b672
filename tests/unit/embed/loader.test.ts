// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import LOADER from '../../../public/embed.js?raw';
import { MAX_HEIGHT, MIN_HEIGHT, PYM_PATTERN, ampMessage, pymMessage } from '../../../src/embed/messages';

/**
 * public/embed.js is hand-written ES5 served as is; these tests run that very file in
 * happy-dom and post messages at it, so it cannot drift from src/embed/messages.ts.
 * (happy-dom logs "Iframe page loading is disabled" for each iframe: expected, it never loads pages.)
 */
const EMBED_ORIGIN = 'https://kizuna.example';

declare global {
  interface Window {
    KizunaEmbed?: { scan: () => void; version: number };
  }
}

function runLoader(): void {
  // The file is an IIFE over the global window and document, exactly as a browser runs it.
  new Function(LOADER)();
}

function post(data: unknown, source: unknown, origin = EMBED_ORIGIN): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

describe('public/embed.js', () => {
  beforeEach(() => {
    delete window.KizunaEmbed;
    document.body.innerHTML = '';
  });
  afterEach(() => {
    delete window.KizunaEmbed;
  });

  function withIframe(): HTMLIFrameElement {
    document.body.innerHTML = `<iframe data-kizuna src="${EMBED_ORIGIN}/?embed=1" height="560"></iframe>`;
    runLoader();
    return document.querySelector('iframe') as HTMLIFrameElement;
  }

  it('is small, has no eval and no dependencies', () => {
    expect(new TextEncoder().encode(LOADER).length).toBeLessThan(4096);
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
    runLoader();
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
    runLoader();
    runLoader();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });
});
