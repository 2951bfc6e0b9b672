import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/lib/csp';
import { type Browser, type Page, connectBrowser, openPage } from './driver';
import { ensureServers, type RealServer, startApache, startNginx } from './real-servers';

/**
 * The built site behind real nginx and Apache, configured only by the files the build generated
 * (kizuna.nginx.conf, .htaccess) the way docs/DEPLOY.md says: the headers, the precompressed
 * copies, the caching rules, the server files kept private, and a clean CSP tour in Chromium.
 */
const DIST = resolve(__dirname, '../../dist');
const why = ensureServers();
if (why) console.warn(`skipping the nginx and Apache tests: ${why}`);

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request, bytes as sent (fetch would decompress them and hide what the server chose). */
function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((done, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const asset = (pattern: RegExp) => {
  const name = readdirSync(resolve(DIST, 'assets')).find((f) => pattern.test(f));
  if (!name) throw new Error(`no ${pattern} in dist/assets`);
  return `assets/${name}`;
};

/** Every frame records Content-Security-Policy violations from its first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

async function violations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])));
  }
  return all;
}

describe.skipIf(why !== '').each([
  ['nginx', startNginx],
  ['Apache', startApache],
] as const)('the built site behind %s, configured by the generated file', (name, start) => {
  let server: RealServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await start(DIST);
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('given the app page, then the site policy comes as a header, the stricter app policy in the page, and no X-Frame-Options', async () => {
    const page = await raw(server.base);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy({ dev: false }));
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.body.toString()).toContain(`content="${contentSecurityPolicy({ dev: false, meta: true, app: true })}"`);
  });

  it('given a second request with the ETag, then a 304 (HTML is revalidated, cheaply)', async () => {
    const first = await raw(`${server.base}index.html`);
    const etag = String(first.headers.etag ?? '');
    expect(etag).not.toBe('');
    expect((await raw(`${server.base}index.html`, { 'If-None-Match': etag })).status).toBe(304);
  });

  it.each([
    ['a hashed script', () => asset(/^index-.*\.js$/), 'text/javascript', 'public, max-age=31536000, immutable', undefined],
    ['the map worker (.mjs)', () => asset(/\.mjs$/), 'text/javascript', 'public, max-age=31536000, immutable', undefined],
    ['the boundaries', () => asset(/^boundaries\.topo-.*\.json$/), 'application/json', 'public, max-age=31536000, immutable', undefined],
    ['the released loader v1', () => 'embed.v1.js', 'text/javascript', 'public, max-age=31536000, immutable', '*'],
    ['the loader v2', () => 'embed.v2.js', 'text/javascript', 'public, max-age=31536000, immutable', '*'],
    ['the moving loader', () => 'embed.js', 'text/javascript', 'no-cache', '*'],
    ['the favicon', () => 'favicon.svg', 'image/svg+xml', 'no-cache', undefined],
  ])('given %s, then its type, cache rule and CORS header', async (_, path, type, cache, cors) => {
    const response = await raw(`${server.base}${path()}`);
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type']).split(';')[0]).toBe(type);
    expect(response.headers['cache-control']).toBe(cache);
    expect(response.headers['access-control-allow-origin']).toBe(cors);
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy({ dev: false }));
  });

  it("given a locality's link-preview page, then its own title and a card the server sends as a PNG", async () => {
    const page = await raw(`${server.base}l/vn-quang-ninh/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = page.body.toString();
    expect(html).toMatch(/<meta property="og:title" content="Quang Ninh[^"]*"/);
    const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const image = await raw(new URL(card, `${server.base}l/vn-quang-ninh/`).href);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(image.body.subarray(1, 4).toString()).toBe('PNG');
  });

  it.each(['kizuna.nginx.conf', '.htaccess', '_headers', 'assets/.htaccess'])('given the server file %s, then 404', async (path) => {
    const response = await raw(`${server.base}${path}`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toMatch(/add_header|Header always|Content-Security-Policy:/);
  });

  it('given Accept-Encoding gzip, then the precompressed copy, byte for byte, with the JavaScript type', async () => {
    const path = asset(/^index-.*\.js$/);
    const response = await raw(`${server.base}${path}`, { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(String(response.headers['content-type']).split(';')[0]).toBe('text/javascript');
    expect(response.body.equals(readFileSync(resolve(DIST, `${path}.gz`)))).toBe(true);
    expect(gunzipSync(response.body).equals(readFileSync(resolve(DIST, path)))).toBe(true);
    expect(String(response.headers.vary)).toMatch(/Accept-Encoding/i);
  });

  // Debian's nginx has no Brotli module (DEPLOY.md: uncomment brotli_static where it has).
  it.runIf(name === 'Apache')('given Accept-Encoding br, then the Brotli copy', async () => {
    const response = await raw(`${server.base}embed.v2.js`, { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(brotliDecompressSync(response.body).equals(readFileSync(resolve(DIST, 'embed.v2.js')))).toBe(true);
  });

  it('given a tour (the app with a selection, the embed with its panel, the example article), then no CSP violation and no other origin', async () => {
    const { page, requests, pageErrors } = await openPage(browser, { width: 1280, height: 900 });
    await recordViolations(page);
    const origin = new URL(server.base).origin;
    const seen: string[] = [];
    for (const path of ['?lang=en&pair=vn-hai-phong--jp-40-kitakyushu--2014-04', '?embed=1&lang=vi', 'embed-example.html']) {
      await page.goto(`${server.base}${path}`);
      if (path.startsWith('?embed')) {
        await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
        await page.getByTestId('embed:panel-toggle').click();
      } else if (path.startsWith('embed-example')) {
        const iframe = page.locator('[data-testid="example:loader"] iframe');
        await iframe.scrollIntoViewIfNeeded();
        const frame = await (await iframe.elementHandle())?.contentFrame();
        await frame?.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
        expect(await iframe.getAttribute('data-kizuna-ready')).toBe('1');
        // The plain embed lower in the (now long) article loads lazily: a frame not yet loaded
        // never answers the violation count, so bring it in too.
        const plain = page.locator('[data-testid="example:plain"]');
        await plain.scrollIntoViewIfNeeded();
        await (await (await plain.elementHandle())?.contentFrame())?.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
      } else {
        await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
      }
      await page.waitForLoadState('networkidle');
      seen.push(...(await violations(page)));
    }
    expect(seen).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
