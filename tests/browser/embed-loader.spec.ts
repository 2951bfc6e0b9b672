import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, connectBrowser, openPage } from './driver';
import { type StaticServer, serveStatic } from './static-server';

/**
 * The v2 loader on a real news page of another origin, with Kizuna published in a folder
 * (`/kizuna/`, as docs/DEPLOY.md's nginx example) of a site that has other pages: a commenter
 * who can write `data-kizuna-embed` (sanitisers keep data-* attributes) or `id` attributes must
 * not be able to frame anything but the app, nor switch the loader off.
 */
const DIST = resolve(__dirname, '../../dist');
const OTHER_PAGE = '<!doctype html><title>Not Kizuna</title><p>Any other page of the same site.</p>';

describe('embed.v2.js on a news page, with Kizuna in a folder of its site', () => {
  let browser: Browser;
  let kizuna: StaticServer;
  let news: StaticServer;
  const article = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>News</title></head><body><h1>News</h1>${body}<p>End of article.</p></body></html>`;

  const HOSTILE: [string, (k: string) => string][] = [
    ['a foreign origin', () => 'https://evil.example/kizuna/?embed=1'],
    ['the news site itself', () => '/elsewhere-on-the-news-site'],
    ['the Kizuna site’s root (parent folder)', (k) => `${k}/`],
    ['a parent-folder escape', (k) => `${k}/kizuna/../not-kizuna/page.html`],
    ['an encoded parent-folder escape', (k) => `${k}/kizuna/..%2fnot-kizuna/page.html`],
    ['a sibling path sharing the prefix', (k) => `${k}/kizuna-evil/`],
    ['the nginx config file', (k) => `${k}/kizuna/kizuna.nginx.conf`],
    ['the Apache config file', (k) => `${k}/kizuna/.htaccess`],
  ];

  beforeAll(async () => {
    browser = await connectBrowser();
    // The site's other pages exist and would load if framed: refusing them is the loader's doing.
    kizuna = await serveStatic({
      root: DIST,
      prefix: '/kizuna/',
      headersFile: true,
      pages: { '/': OTHER_PAGE, '/not-kizuna/page.html': OTHER_PAGE, '/kizuna-evil/': OTHER_PAGE },
    });
    const k = kizuna.origin;
    const genuine = (lang: string) => `<div data-kizuna-embed="${k}/kizuna/?embed=1&amp;lang=${lang}" data-testid="genuine"></div><script async src="${k}/kizuna/embed.v2.js"></script>`;
    // Real pages on a real server (Chromium refuses a fulfilled page's requests to a loopback server).
    const pages: Record<string, string> = {
      '/clobbered.html': article(`<p class="comment"><a id="KizunaEmbed" href="#KizunaEmbed">#KizunaEmbed</a> nice map</p>${genuine('en')}`),
    };
    HOSTILE.forEach(([, hostile], i) => {
      pages[`/hostile-${i}.html`] = article(
        `<div class="comment" data-kizuna-embed="${hostile(k)}" data-testid="hostile"></div>` +
          `<iframe class="comment" data-kizuna src="${hostile(k)}" height="150" data-testid="hostile-iframe"></iframe>${genuine('vi')}`,
      );
    });
    news = await serveStatic({ pages });
  });
  afterAll(async () => {
    await browser?.close();
    await kizuna?.close();
    await news?.close();
  });

  async function openArticle(path: string) {
    const probe = await openPage(browser, { width: 900, height: 900 });
    await probe.page.goto(`${news.origin}${path}`);
    return probe;
  }
  const framedSources = (page: Awaited<ReturnType<typeof openArticle>>['page']) => page.locator('iframe').evaluateAll((frames) => frames.map((f) => (f as HTMLIFrameElement).src));

  it.each(HOSTILE.map(([name], i) => [name, i] as const))('given a placeholder pointing at %s next to a genuine embed, then only the genuine one is framed', async (_, i) => {
    const k = kizuna.origin;
    const { page, pageErrors } = await openArticle(`/hostile-${i}.html`);
    await page.locator('[data-testid="genuine"] iframe').waitFor({ timeout: 10000 });
    expect(await page.getByTestId('hostile').locator('iframe').count()).toBe(0);
    expect(await page.getByTestId('hostile').getAttribute('data-kizuna-ready')).toBeNull();
    // An iframe a commenter wrote is not adopted (never resized by its messages).
    expect(await page.getByTestId('hostile-iframe').getAttribute('data-kizuna-ready')).toBeNull();
    const sources = await framedSources(page);
    expect(sources.filter((src) => src.startsWith(`${k}/kizuna/?`))).toEqual([`${k}/kizuna/?embed=1&lang=vi`]);
    expect(pageErrors).toEqual([]);
  });

  it('given the reader opening the embed’s details, then the article moves by at most the panel’s visible height', async () => {
    const { page } = await openArticle('/clobbered.html');
    const iframe = page.locator('[data-testid="genuine"] iframe');
    await iframe.waitFor({ timeout: 10000 });
    await iframe.scrollIntoViewIfNeeded();
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    const end = page.locator('p', { hasText: 'End of article.' });
    const settle = async () => {
      let last = -1;
      for (let i = 0; i < 30; i++) {
        const now = (await end.boundingBox())?.y ?? 0;
        if (Math.abs(now - last) < 1) return now;
        last = now;
        await page.waitForTimeout(200);
      }
      return last;
    };
    const before = await settle();
    await frame.getByTestId('embed:panel-toggle').click();
    const body = frame.locator('.embed-panel-body');
    await body.waitFor();
    const after = await settle();
    const visible = await body.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    // The overview's details are far taller than the panel shows: they scroll inside it.
    expect(visible.scroll).toBeGreaterThan(visible.client);
    // The toggle row stays; only the panel body is added to the frame.
    expect(after - before).toBeGreaterThan(0);
    expect(after - before).toBeLessThanOrEqual(visible.client + 4);
  });

  it('given an element with id="KizunaEmbed" before the loader (a comment), then the loader still frames and sizes the map', async () => {
    const { page, pageErrors } = await openArticle('/clobbered.html');
    const iframe = page.locator('[data-testid="genuine"] iframe');
    await iframe.waitFor({ timeout: 10000 });
    await iframe.scrollIntoViewIfNeeded();
    const frame = await (await iframe.elementHandle())?.contentFrame();
    await frame?.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    // Sized to its content: the loader's message listener runs.
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
    expect(await page.evaluate(() => (window as unknown as { KizunaEmbed?: { version?: unknown } }).KizunaEmbed?.version)).toBe(2);
    expect(pageErrors).toEqual([]);
  });
});
