import { contentSecurityPolicy } from '../csp.ts';

/**
 * What each kind of file in dist/ is served with. The three host formats in header-files.ts are
 * renderings of this one table.
 *
 * Caching: content-hashed files (assets/, embed.vN.js) never change at their URL, so browsers
 * and CDNs may keep them for a year without asking; HTML and the moving embed.js change with
 * every release at the same URL, so every use revalidates (a cheap 304 with ETag/Last-Modified).
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Sent with every file. No X-Frame-Options: it would forbid the embeds the site exists for. */
export function commonHeaders(): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy({ dev: false })],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ];
}

/**
 * The loaders run on other sites' pages. The snippet loads the versioned one with
 * `crossorigin="anonymous"` (required for its `integrity` hash), which makes the browser ask for
 * CORS: without this header the host page would refuse to run the script.
 */
export const LOADER_CORS: [string, string] = ['Access-Control-Allow-Origin', '*'];

/**
 * Files in dist/ that configure a server, not pages for readers: nginx and Apache are told not to
 * serve them (Netlify and Cloudflare Pages read `_headers` and do not publish it; the other two
 * are plain text files there, with nothing in them that is not public anyway).
 */
const SERVER_CONFIG_FILES = ['.htaccess', '_headers', 'kizuna.nginx.conf'] as const;
/** SERVER_CONFIG_FILES as a regular-expression alternation matching the end of a path. */
export const SERVER_CONFIG_PATTERN = `(^|/)(${SERVER_CONFIG_FILES.map((f) => f.replace(/\./g, '\\.')).join('|')})$`;

/** The moving loader published snippets before v1 used, and the immutable versioned ones. */
const MOVING_LOADER = 'embed.js';
export const VERSIONED_LOADER_PATTERN = /^embed\.v\d+\.js$/;

export type FileKind = 'hashed' | 'versioned-loader' | 'moving-loader' | 'other';

/** Kind of a path relative to dist/ (forward slashes). */
export function fileKind(path: string): FileKind {
  if (path.startsWith('assets/')) return 'hashed';
  if (VERSIONED_LOADER_PATTERN.test(path)) return 'versioned-loader';
  if (path === MOVING_LOADER) return 'moving-loader';
  return 'other';
}

export function kindHeaders(kind: FileKind): [string, string][] {
  switch (kind) {
    case 'hashed':
      return [['Cache-Control', IMMUTABLE]];
    case 'versioned-loader':
      return [['Cache-Control', IMMUTABLE], LOADER_CORS];
    case 'moving-loader':
      return [['Cache-Control', REVALIDATE], LOADER_CORS];
    case 'other':
      return [['Cache-Control', REVALIDATE]];
  }
}

/** Content types for every extension the build emits (nginx's and Apache's lists may lack .mjs). */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  txt: 'text/plain',
  csv: 'text/csv',
  xml: 'application/xml',
};

/**
 * The link-preview pages (previews.ts writes `l/<id>/index.html`): HTML, revalidated like
 * index.html, under one rule for the folder rather than one per page.
 */
export const PAGES_FOLDER = 'l/';
