import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, sharedBrowser } from './driver';

/**
 * A stall or a missing file must never leave a blank page or an empty map: the entry chunk
 * missing or slow (the static text inside #root in index.html, in the three languages, until the
 * app replaces it), the boundaries request stalling (a loading line at once; aborted after 20 s,
 * then the message and Try again in the reader's language), and MapLibre's chunks missing
 * (straight back to the SVG map with its message, never the worker's 30 s wait).
 */
const ENTRY = /\/assets\/index-[^/]*\.js$/;
/** The WebGL map's chunk (MapLibre and react-map-gl inside). */
const WEBGL_CHUNK = /\/assets\/WebGLMap-[^/]*\.js$/;
/** A small re-export of MapLibre that react-map-gl would import on its own (not the worker, .mjs). */
const MAPLIBRE_CHUNK = /\/assets\/maplibre-gl-[^/]*\.js$/;

describe('stalls and missing files', () => {
  const browser = sharedBrowser();

  it('given the entry chunk answering 404, then the page is not blank: it says, in Vietnamese too, to reload', async () => {
    const { page } = await openPage(browser(), { width: 390, height: 800, locale: 'vi-VN' });
    await page.route(ENTRY, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }));
    await page.goto(new URL('/?lang=vi', baseUrl()).href);
    await page.waitForLoadState('networkidle');
    const boot = page.locator('#root .boot[role="status"]');
    expect(await boot.isVisible()).toBe(true);
    expect(await boot.locator('p[lang="vi"]').textContent()).toContain('Nếu thông báo này vẫn còn, hãy tải lại trang');
    expect((await boot.boundingBox())?.height ?? 0).toBeGreaterThan(40);
  });

  it('given a slow entry chunk, then the text shows while it loads and the app replaces it when it starts', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    // The entry chunk is held until the text has been seen: a timed delay raced the check (a module
    // script runs before DOMContentLoaded, so waiting for that event also waited for the chunk).
    let release = () => {};
    const released = new Promise<void>((done) => (release = done));
    await page.route(ENTRY, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(new URL('/?lang=vi', baseUrl()).href, { waitUntil: 'commit' });
    await page.locator('#root .boot p[lang="vi"]').waitFor({ state: 'visible', timeout: 10000 });
    expect(await page.locator('[data-map-ready]').count()).toBe(0);
    release();
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000, state: 'attached' });
    expect(await page.locator('#root .boot').count()).toBe(0);
  });

  it('given a boundaries request that never answers, then the map says at once that it is loading, and after 20 s that it failed, in Vietnamese, with Try again that works', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    let stall = true;
    await page.route('**/assets/boundaries.topo-*.json', async (route) => {
      if (!stall) return route.continue();
      // Never answered: only the page's own abort ends it.
      await new Promise(() => undefined);
    });
    // The page's clock, not the test's: 20 s pass in a jump instead of being waited for.
    await page.clock.install();
    await page.goto(new URL('/?lang=vi', baseUrl()).href);

    const loading = page.getByTestId('map:loading');
    await loading.waitFor({ timeout: 10000 });
    expect(await loading.textContent()).toContain('Đang tải bản đồ');
    expect(await page.getByTestId('load-failure').count()).toBe(0);

    // The page's clock still runs in real time between steps (seconds on a loaded machine), so
    // "not yet" is checked well before 20 s, then the jump goes past it.
    await page.clock.fastForward(12000);
    expect(await page.getByTestId('load-failure').count()).toBe(0);
    await page.clock.fastForward(9000);
    const alert = page.getByTestId('load-failure');
    await alert.waitFor({ timeout: 10000 });
    expect(await alert.textContent()).toContain('Không vẽ được bản đồ');
    expect(await loading.count()).toBe(0);
    // (That the request itself is aborted is checked in tests/unit/geo/boundaries-timeout.test.ts:
    // a routed request that is never answered reports no failure to the test.)

    stall = false;
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    expect(await page.getByTestId('load-failure').count()).toBe(0);
  });

  it('given the WebGL map chunk answering 404, when the reader asks for the interactive map, then the SVG map stays and says so in Vietnamese at once, with Try again that works', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    let missing = true;
    await page.route(WEBGL_CHUNK, (route) => (missing ? route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }) : route.continue()));
    await page.goto(new URL('/?lang=vi&embed=1', baseUrl()).href);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    const asked = Date.now();
    await page.getByTestId('map:explore').click();

    const alert = page.getByTestId('load-failure');
    // Straight back, not after the 30 s a stuck worker is given (20 s: a full run on two busy
    // cores once took over 10 s to fetch and start the MapLibre chunk before the 404).
    await alert.waitFor({ timeout: 20000 });
    expect(Date.now() - asked).toBeLessThan(20000);
    expect(await alert.getAttribute('data-failure')).toBe('failure.maplibre');
    expect(await alert.textContent()).toContain('Không tải được bản đồ tương tác');
    expect(await alert.getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
    expect(await page.getByTestId('map').getAttribute('data-renderer')).toBe('svg');
    expect(await page.getByTestId('map:progress').count()).toBe(0);
    expect(await page.locator('[data-testid="map"] path[data-flow-id]').count()).toBeGreaterThan(0);

    missing = false;
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await page.waitForSelector('[data-testid="map"][data-renderer="webgl"]', { timeout: 25000 });
    expect(await page.getByTestId('load-failure').count()).toBe(0);
  });

  it('given the small maplibre-gl chunk answering 404, when the reader asks for the interactive map, then the map still takes over', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    await page.route(MAPLIBRE_CHUNK, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }));
    await page.goto(new URL('/?lang=vi&embed=1', baseUrl()).href);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    await page.getByTestId('map:explore').click();

    await page.waitForSelector('[data-testid="map"][data-renderer="webgl"]', { timeout: 25000 });
    expect(await page.getByTestId('load-failure').count()).toBe(0);
    expect(await page.locator('.map-notice').count()).toBe(0);
  });
});
