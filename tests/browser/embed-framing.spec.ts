import { describe, expect, it } from 'vitest';
import { type Page, baseUrl, openPage, sharedBrowser } from './driver';

/**
 * Clicks inside the embed keep the view readable (issue 23): a place picked in a small embed is
 * framed inside the embed's own map, never zoomed out past the opening view, and its details open
 * in the frame (the frame grows, the map stays put) where the reader sees them without scrolling.
 */

/** A blank host page with the loader's placeholder for an embed of the opening view. */
async function hostWithEmbed(page: Page) {
  await page.goto(new URL('/embed-blank.html', baseUrl()).href);
  await page.evaluate(() => {
    const placeholder = document.createElement('div');
    placeholder.dataset.kizunaEmbed = './?embed=1&lang=en';
    const loader = document.createElement('script');
    loader.src = './embed.js';
    loader.async = true;
    document.body.append(placeholder, loader);
  });
  const handle = await page.locator('iframe').elementHandle({ timeout: 20000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the loader made no frame');
  await frame.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
  return frame;
}

describe('embed: a click inside a small embed', () => {
  const browser = sharedBrowser();

  it('given a 720 px article, when the reader picks a region and then a province, then the map never zooms out past its opening view and the details of each show without scrolling the article', async () => {
    const { page } = await openPage(browser(), { width: 720, height: 900 });
    const frame = await hostWithEmbed(page);
    const map = frame.getByTestId('map');
    const zoom = async (name: 'camera' | 'opening') => Number(await map.getAttribute(`data-${name}-zoom`));
    const opening = await zoom('opening');
    expect(opening).toBeGreaterThan(0);
    const iframeHeight = (await page.locator('iframe').boundingBox())?.height ?? 0;
    expect(iframeHeight).toBeLessThan(620);
    const mapBefore = await map.boundingBox();

    await frame.locator('[data-label-id="vn-r-red-river-delta"]').click();
    await expect.poll(() => map.getAttribute('data-selected'), { timeout: 10000 }).toBe('region:vn-r-red-river-delta');
    expect(await zoom('camera')).toBeGreaterThanOrEqual(opening - 1e-3);
    // The region's own details, as the full map shows them, not the overview.
    await expect.poll(() => frame.locator('#region-heading').textContent(), { timeout: 15000 }).toMatch(/Red River Delta/);
    expect(await frame.getByTestId('panel:overview').count()).toBe(0);

    await expect.poll(() => map.getAttribute('data-level'), { timeout: 10000 }).toBe('provinces');
    const province = frame.locator('[data-locality-label][data-collided="false"][data-label-id^="vn-"]').first();
    const provinceId = await province.getAttribute('data-label-id');
    await province.click();
    await expect.poll(() => map.getAttribute('data-selected'), { timeout: 10000 }).toBe(`locality:${provinceId}`);
    expect(await zoom('camera')).toBeGreaterThanOrEqual(opening - 1e-3);

    // The details open inside the frame, which grows; the map stays where it was.
    const body = frame.locator('.embed-panel-body');
    await expect.poll(async () => (await body.textContent())?.length ?? 0, { timeout: 15000 }).toBeGreaterThan(20);
    await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0, { timeout: 10000 }).toBeGreaterThan(iframeHeight);
    expect(await map.boundingBox()).toEqual(mapBefore);
    const details = await body.boundingBox();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(details?.y ?? Infinity).toBeLessThan(900 - 80);
  });
});
