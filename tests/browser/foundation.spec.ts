import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, exploreMap, gotoMap, connectBrowser, openPage } from './driver';

describe('first screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given a fresh load, when the map is ready, then there were no console errors', async () => {
    const { page, consoleErrors, pageErrors } = await openPage(browser);
    await gotoMap(page);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('given a fresh load, then every request went to the local server', async () => {
    const { page, foreignRequests, requests } = await openPage(browser);
    await gotoMap(page);
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(2);
    expect(foreignRequests()).toEqual([]);
  });

  it('names the product in the title and an h1, inside a main landmark', async () => {
    const { page } = await openPage(browser);
    await gotoMap(page);
    expect(await page.title()).toContain('Kizuna');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Kizuna');
    expect(await page.getByRole('main').count()).toBe(1);
  });

  it('draws the map on a WebGL canvas once the reader asks and MapLibre has taken over from the first view', async () => {
    const { page } = await openPage(browser);
    await gotoMap(page);
    await exploreMap(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    expect(await canvas.count()).toBe(1);
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(600);
  });

  // The harness, not the app: a context that rendered its window's omnibox popups (two WebUI
  // renderers) would take ~1.6 CPU-seconds from the page under test, in every spec and the bench.
  it('given a new context, then the test browser renders the page and no browser UI beside it', async () => {
    const { page } = await openPage(browser);
    await gotoMap(page);
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    expect(targetInfos.filter((target) => target.type === 'browser_ui' || target.url.startsWith('chrome://')).map((target) => target.url)).toEqual([]);
  });
});
