import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, baseUrl, connectBrowser, openPage } from './driver';
import { type StaticServer, serveStatic } from './static-server';

/**
 * The built site (dist/, built by the global setup) on hosts that send no headers at all, like
 * `python3 -m http.server` or a bare bucket: the `<meta>` policy the build wrote must be in force
 * on its own, and the app, the embed and the static view must run under it without a violation
 * or a request to another origin. Then an embed from a second origin, as a newsroom pastes it.
 */
const DIST = resolve(__dirname, '../../dist');

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

describe('hosting: the built site on a server that sends no headers', () => {
  let browser: Browser;
  let site: StaticServer;
  beforeAll(async () => {
    browser = await connectBrowser();
    site = await serveStatic({ root: DIST });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(path: string, width = 1280) {
    const probe = await openPage(browser, { width, height: 900 });
    await recordViolations(probe.page);
    const response = await probe.page.goto(`${site.origin}${path}`);
    // The point of this suite: the server really sends no policy.
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const foreign = () => probe.requests.filter((url) => !url.startsWith(site.origin) && !/^(data|blob):/.test(url));
    return { ...probe, foreign };
  }

  it('given the built site, then it is the production build readers get (React’s development build is several times slower)', () => {
    const scripts = readdirSync(resolve(DIST, 'assets')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      expect(readFileSync(resolve(DIST, 'assets', name), 'utf8'), name).not.toContain('react-devtools');
    }
  });

  it('given the built site, then THIRD-PARTY-LICENSES.txt carries the licence of every package readers get, and it is served', async () => {
    const text = readFileSync(resolve(DIST, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    const licences = Object.fromEntries([...text.matchAll(/^Name: (\S+)\n(?:.*\n)*?License: (\S+)/gm)].map((m) => [m[1], m[2]]));
    expect(licences).toMatchObject({ react: 'MIT', 'react-dom': 'MIT', 'maplibre-gl': 'BSD-3-Clause', 'd3-geo': 'ISC', 'topojson-client': 'ISC', zustand: 'MIT' });
    // The notices themselves, not only the names: MIT's and BSD's texts.
    expect(text).toContain('Permission is hereby granted, free of charge');
    expect(text).toContain('Redistribution and use in source and binary forms');
    const response = await fetch(`${site.origin}/THIRD-PARTY-LICENSES.txt`);
    expect(response.status).toBe(200);
  });

  it('given the app, then the page’s own policy blocks an injected inline script and reports it', async () => {
    const { page } = await open('/');
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __injected?: boolean; __csp: string[] };
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: red');
      document.body.append(styled);
      await new Promise((done) => setTimeout(done, 100));
      return { ran: w.__injected === true, reported: [...w.__csp], color: getComputedStyle(styled).color };
    });
    expect(result.ran).toBe(false);
    expect(result.reported.some((line) => line.startsWith('script-src'))).toBe(true);
    expect(result.reported.some((line) => line.startsWith('style-src'))).toBe(true);
    expect(result.color).not.toBe('rgb(255, 0, 0)');
  });

  it('given the full app, when a reader selects, filters, opens the Embed dialog and downloads, then no violation and no other origin', async () => {
    const { page, foreign, pageErrors } = await open('/?lang=en&pair=vn-hai-phong--jp-40-kitakyushu--2014-04');
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    await page.getByTestId('embed:open').click();
    await page.getByTestId('embed:code-loader').waitFor();
    const preview = page.getByRole('img', { name: /Preview of the image/ });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10000 }).toBe(true);
    const download = page.waitForEvent('download', { timeout: 10000 });
    await page.getByRole('button', { name: /SVG/ }).click();
    await download;
    const png = page.waitForEvent('download', { timeout: 15000 });
    await page.getByRole('button', { name: /PNG/ }).click();
    await png;
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expect(foreign()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('given the embed view, then no violation and no other origin', async () => {
    const { page, foreign } = await open('/?embed=1&lang=vi', 600);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    await page.getByTestId('embed:panel-toggle').click();
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expect(foreign()).toEqual([]);
  });

  it('given the static view, then no violation and no other origin', async () => {
    const { page, foreign } = await open('/?static=1&lang=ja');
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expect(foreign()).toEqual([]);
  });

  it('given the example article with both embeds, then no frame reports a violation', async () => {
    const { page, foreign } = await open('/embed-example.html');
    for (const selector of ['[data-testid="example:loader"] iframe', '[data-testid="example:plain"]']) {
      const iframe = page.locator(selector);
      await iframe.scrollIntoViewIfNeeded();
      const frame = await (await iframe.elementHandle())?.contentFrame();
      await frame?.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    }
    expect(await violations(page)).toEqual([]);
    expect(foreign()).toEqual([]);
  });
});

describe('hosting: an embed on a news site of another origin', () => {
  let browser: Browser;
  let kizuna: StaticServer;
  let news: StaticServer;
  let snippet = '';

  beforeAll(async () => {
    browser = await connectBrowser();
    // Kizuna as published on Netlify or Cloudflare Pages: the generated _headers applied.
    kizuna = await serveStatic({ root: DIST, headersFile: true });
    const { page } = await openPage(browser);
    await page.goto(`${kizuna.origin}/?lang=en&loc=jp-40`);
    await page.getByTestId('embed:open').click();
    snippet = await page.getByTestId('embed:code-loader').inputValue();
    await page.context().close();
    const article = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>News</title></head><body><h1>News</h1>${body}<p>End of article.</p></body></html>`;
    news = await serveStatic({
      pages: {
        '/article.html': article(snippet),
        // A comment whose sanitiser kept data-* attributes, next to a genuine embed.
        '/comments.html': article(
          `<div class="comment" data-kizuna-embed="https://example.com/phishing"></div>` +
            `<div class="comment" data-kizuna-embed="/elsewhere-on-the-news-site"></div>` +
            `<div data-kizuna-embed="${kizuna.origin}/?embed=1&amp;lang=en" data-testid="genuine"></div>` +
            `<script async src="${kizuna.origin}/embed.v1.js"></script>`,
        ),
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await kizuna?.close();
    await news?.close();
  });

  it('given the Embed dialog’s code, then it names the versioned loader with an integrity hash', () => {
    expect(snippet).toMatch(new RegExp(`<script async src="${kizuna.origin}/embed\\.v2\\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"></script>`));
  });

  it('given the code pasted into an article on another origin, then the loader passes its integrity check and sizes the map to its content', async () => {
    const { page, pageErrors } = await openPage(browser, { width: 900, height: 900 });
    await page.goto(`${news.origin}/article.html`);
    const iframe = page.locator('iframe[data-kizuna]');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await (await iframe.elementHandle())?.contentFrame();
    await frame?.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    // The loader marks the iframes it adopted: it ran, so the integrity check and CORS passed.
    await expect.poll(() => iframe.getAttribute('data-kizuna-ready'), { timeout: 10000 }).toBe('1');
    await expect
      .poll(
        async () => {
          const element = (await iframe.boundingBox())?.height ?? 0;
          const content = (await frame?.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height))) ?? -1;
          return Math.abs(element - content) <= 2;
        },
        { timeout: 15000 },
      )
      .toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('given data-kizuna-embed attributes pointing elsewhere, then the loader frames only Kizuna', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${news.origin}/comments.html`);
    await page.locator('[data-testid="genuine"] iframe').waitFor({ timeout: 10000 });
    const sources = await page.locator('iframe').evaluateAll((frames) => frames.map((f) => (f as HTMLIFrameElement).src));
    expect(sources).toEqual([`${kizuna.origin}/?embed=1&lang=en`]);
  });

  it('given a reader choosing a partnership inside the embed, then the article’s history does not grow', async () => {
    const { page } = await openPage(browser, { width: 900, height: 900 });
    await page.goto(`${news.origin}/article.html`);
    const iframe = page.locator('iframe[data-kizuna]');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    const before = { history: await page.evaluate(() => history.length), url: frame.url() };

    await frame.getByTestId('embed:panel-toggle').click();
    await frame.locator('[data-testid="panel:locality"] button.link-button').first().click();

    // The selection changed (the frame's URL follows it) without a new history entry.
    await expect.poll(() => frame.url(), { timeout: 10000 }).toContain('pair=');
    expect(frame.url()).not.toBe(before.url);
    expect(await page.evaluate(() => history.length)).toBe(before.history);
  });
});

/**
 * Every failure says something: the boundaries file answering 404, arriving truncated or
 * not being JSON or not being a topology. The reader sees a short message in their language
 * with a retry, never a blank map, and the rest of the page keeps working.
 */
describe('hosting: when the boundaries fail to arrive', () => {
  const BOUNDARIES = '**/assets/boundaries.topo-*.json';
  let browser: Browser;
  let original = '';
  beforeAll(async () => {
    browser = await connectBrowser();
    const file = readdirSync(resolve(DIST, 'assets')).find((name) => /^boundaries\.topo-.*\.json$/.test(name));
    original = readFileSync(resolve(DIST, 'assets', file ?? 'missing'), 'utf8');
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The part of Playwright's Route a failure needs (the driver is the only Playwright import). */
  interface Fulfiller {
    fulfill: (response: { status: number; contentType?: string; body: string }) => Promise<void>;
  }
  const FAILURES: [string, (route: Fulfiller) => Promise<void>][] = [
    ['a 404', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' })],
    ['a truncated file', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: original.slice(0, Math.floor(original.length / 2)) })],
    ['a file that is not JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<!doctype html><title>Captive portal</title>' })],
    ['JSON that is not a topology', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topology","objects":{}}' })],
  ];

  it.each(FAILURES)('given %s in the full app, then a message and a retry replace the map, and the chips and list still work', async (_, fail) => {
    const { page } = await openPage(browser, { width: 1280, height: 800 });
    await page.route(BOUNDARIES, fail);
    await page.goto(new URL('/?lang=en', baseUrl()).href);

    const alert = page.getByTestId('load-failure');
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.textContent()).toContain('boundaries did not load');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);

    const chip = page.locator('[data-testid="panel:filters"] button[aria-pressed]').first();
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await page.locator('.view-toggle').click();
    // The list's rows arrive with the lazily loaded details, so wait for the first one.
    const rows = page.locator('#agreements-list tr[data-pair-id]');
    await rows.first().waitFor({ timeout: 15000 });
    expect(await rows.count()).toBeGreaterThan(0);
  });

  it('given a 404 that has cleared, when the reader clicks Try again, then the map is drawn', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 800 });
    await page.route(BOUNDARIES, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(new URL('/?lang=vi', baseUrl()).href);
    const alert = page.getByTestId('load-failure');
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.textContent()).toContain('Không vẽ được bản đồ');

    await page.unroute(BOUNDARIES);
    await alert.getByRole('button', { name: 'Thử lại' }).click();

    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    expect(await page.getByTestId('load-failure').count()).toBe(0);
  });

  it('given ?static=1 without boundaries, then the page is not blank: a message, a retry that works, and the link to the interactive map', async () => {
    const { page } = await openPage(browser, { width: 1024, height: 800 });
    await page.route(BOUNDARIES, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(new URL('/?static=1&lang=ja', baseUrl()).href);
    const alert = page.getByTestId('load-failure');
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.textContent()).toContain('境界データを読み込めなかった');
    expect(await page.locator('.static-tools a').count()).toBe(1);

    await page.unroute(BOUNDARIES);
    await alert.getByRole('button', { name: '再試行' }).click();
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
  });

  it('given an embed without boundaries, then it says so and its panel still opens', async () => {
    const { page } = await openPage(browser, { width: 600, height: 800 });
    await page.route(BOUNDARIES, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(new URL('/?embed=1&lang=en', baseUrl()).href);
    await page.getByTestId('load-failure').waitFor({ timeout: 30000 });
    await page.getByTestId('embed:panel-toggle').click();
    await expect.poll(() => page.getByTestId('embed:panel-toggle').getAttribute('aria-expanded')).toBe('true');
  });
});

describe('hosting: when the interactive map itself fails to start', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given the MapLibre code cannot be fetched, when the reader asks to explore, then the simple map stays with a message and a retry, and the chips still work', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 800 });
    await page.route(/\/assets\/WebGLMap-[^/]*\.js$/, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'gone' }));
    await page.goto(new URL('/?embed=1&lang=en', baseUrl()).href);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    await page.getByTestId('map:explore').click();

    const alert = page.getByTestId('load-failure');
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.getAttribute('data-failure')).toBe('failure.maplibre');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(await page.getAttribute('[data-testid="map"]', 'data-map-renderer')).toBe('svg');
    expect(Number(await page.getAttribute('[data-testid="map"]', 'data-arcs-drawn'))).toBeGreaterThan(0);
  });

  it('given a worker served as a non-JavaScript type, then after the wait the simple map stays and says so', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 800 });
    await page.route(/maplibre-gl-worker[^/]*\.m?js$/, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'not a script' }));
    // The page's clock, so the 30 s wait can be skipped rather than sat through.
    await page.clock.install();
    await page.goto(new URL('/?embed=1&lang=ja', baseUrl()).href);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    await page.getByTestId('map:explore').click();
    await page.waitForSelector('canvas.maplibregl-canvas', { state: 'attached', timeout: 30000 });
    await page.waitForTimeout(500);
    expect(await page.locator('.map-notice').count(), 'no notice before the wait is over').toBe(0);

    await page.clock.fastForward('00:31');
    await page.waitForFunction(() => document.querySelector('.map-notice')?.textContent?.includes('簡易地図'), null, { timeout: 10000 });
    expect(await page.getAttribute('[data-testid="map"]', 'data-map-renderer')).toBe('svg');
  }, 70000);
});
