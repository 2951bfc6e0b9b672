import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, baseUrl, launchBrowser, openPage } from './driver';

/**
 * A stall or a missing file must never leave a blank page or an empty map: the entry chunk
 * missing or slow (the static text inside #root in index.html, in the three languages, until the
 * app replaces it), and the boundaries request stalling (aborted after 20 s, then the message and
 * Try again in the reader's language).
 */
const ENTRY = /\/assets\/index-[^/]*\.js$/;

describe('stalls and missing files', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given the entry chunk answering 404, then the page is not blank: it says, in Vietnamese too, to reload', async () => {
    const { page } = await openPage(browser, { width: 390, height: 800, locale: 'vi-VN' });
    await page.route(ENTRY, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }));
    await page.goto(new URL('/?lang=vi', baseUrl()).href);
    await page.waitForLoadState('networkidle');
    const boot = page.locator('#root .boot[role="status"]');
    expect(await boot.isVisible()).toBe(true);
    expect(await boot.locator('p[lang="vi"]').textContent()).toContain('Nếu thông báo này vẫn còn, hãy tải lại trang');
    expect((await boot.boundingBox())?.height ?? 0).toBeGreaterThan(40);
  });

  it('given a slow entry chunk, then the text shows while it loads and the app replaces it when it starts', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 800 });
    await page.route(ENTRY, async (route) => {
      await new Promise((done) => setTimeout(done, 3000));
      await route.continue();
    });
    await page.goto(new URL('/?lang=vi', baseUrl()).href, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('#root .boot p[lang="vi"]').isVisible()).toBe(true);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000, state: 'attached' });
    expect(await page.locator('#root .boot').count()).toBe(0);
  });

  it('given a boundaries request that never answers, then after 20 s it is aborted and the map says so in Vietnamese, with Try again that works', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 800 });
    let stall = true;
    await page.route('**/assets/boundaries.topo-*.json', async (route) => {
      if (!stall) return route.continue();
      // Never answered: only the page's own abort ends it.
      await new Promise(() => undefined);
    });
    const started = Date.now();
    await page.goto(new URL('/?lang=vi', baseUrl()).href);
    const alert = page.getByTestId('load-failure');
    await alert.waitFor({ timeout: 40000 });
    expect(Date.now() - started).toBeGreaterThan(19000);
    expect(await alert.textContent()).toContain('Không vẽ được bản đồ');
    // (That the request itself is aborted is checked in tests/unit/geo/boundaries-timeout.test.ts:
    // a routed request that is never answered reports no failure to the test.)

    stall = false;
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
  }, 90000);
});
