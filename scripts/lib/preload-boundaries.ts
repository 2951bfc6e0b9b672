import type { Plugin } from 'vite';

/** The boundaries file as Vite emits it (src/geo/boundaries.ts imports it with `?url`). */
const BOUNDARIES = /(^|\/)boundaries\.topo-[\w-]+\.json$/;

/**
 * Asks for the boundaries from the HTML, next to the script: without it the map's biggest file
 * is requested only once the first view's script has arrived and run, one round trip later (on
 * a phone network, a second or more). `crossorigin` matches what `fetch()` sends, so the browser
 * uses the preloaded response instead of fetching twice.
 */
export function preloadBoundaries(): Plugin {
  return {
    name: 'kizuna:preload-boundaries',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const file = Object.keys(context.bundle ?? {}).find((name) => BOUNDARIES.test(name));
        if (!file) return [];
        return [{ tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}
