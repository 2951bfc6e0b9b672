import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, baseUrl, gotoMap, connectBrowser, openPage } from './driver';

/**
 * The embed, as a host page sees it: /embed-example.html (an article with the loader and a plain
 * iframe) and /embed-blank.html (an empty host page the generated snippet is pasted into).
 */

interface BundleNames {
  pairs: { id: string; vnId: string; jpId: string }[];
  localities: { id: string; names: { en: string } }[];
}
const bundle = JSON.parse(readFileSync(resolve(__dirname, '../../data/bundle.json'), 'utf8')) as BundleNames;
/** The pair public/embed-example.html deep-links to. */
const EXAMPLE_PAIR = 'vn-quang-ninh--jp-01--undated';

function pairNames(id: string): [string, string] {
  const pair = bundle.pairs.find((p) => p.id === id);
  const name = (localityId: string | undefined) => bundle.localities.find((l) => l.id === localityId)?.names.en ?? '?';
  return [name(pair?.vnId), name(pair?.jpId)];
}

/** A frame of the page (the driver exports Page; Frame is what its mainFrame() returns). */
type FrameProbe = ReturnType<Page['mainFrame']>;

/** Every frame records Content-Security-Policy violations from its first script on. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

async function cspViolations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])));
  }
  return all;
}

/** Opens the example article at `width` and waits for the loader's iframe map to be ready. */
async function openExample(browser: Browser, width: number) {
  const probe = await openPage(browser, { width, height: 900 });
  await recordCspViolations(probe.page);
  await probe.page.goto(new URL('/embed-example.html', baseUrl()).href);
  const frame = await loaderFrame(probe.page, '[data-testid="example:loader"] iframe');
  return { ...probe, frame };
}

/** Scrolls the (lazy) iframe into view and waits for its map. */
async function loaderFrame(page: Page, selector: string) {
  const iframe = page.locator(selector);
  await iframe.scrollIntoViewIfNeeded();
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  await frame.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
  return frame;
}

/** The iframe element's height next to its document's content and scroll heights. */
async function heights(page: Page, selector: string, frame: FrameProbe) {
  const element = (await page.locator(selector).boundingBox())?.height ?? -1;
  const inner = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    content: Math.ceil(document.body.getBoundingClientRect().height),
    client: document.documentElement.clientHeight,
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  return { element, ...inner };
}

async function expectHeightFollowsContent(page: Page, selector: string, frame: FrameProbe) {
  // All from one reading: the panel's content may grow again (its details arrive) between two.
  await expect
    .poll(
      async () => {
        const h = await heights(page, selector, frame);
        return {
          iframeFitsContent: Math.abs(h.element - h.content) <= 2 && Math.abs(h.element - h.scroll) <= 2,
          // No inner scrollbar: the document is no taller and no wider than the iframe's viewport.
          noInnerScroll: h.scroll <= h.client + 2,
          noOverflowX: h.overflowX <= 0,
        };
      },
      { timeout: 15000, interval: 200 },
    )
    .toEqual({ iframeFitsContent: true, noInnerScroll: true, noOverflowX: true });
}

const LOADER_IFRAME = '[data-testid="example:loader"] iframe';

describe('embed: the example article', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([320, 768, 1280])('given the article at %i px, when the map has loaded, then the iframe is as tall as its content', async (width) => {
    const { page, frame } = await openExample(browser, width);
    await expectHeightFollowsContent(page, LOADER_IFRAME, frame);
  });

  it.each([320, 1280])('given the article at %i px, when the reader opens the panel, then the iframe grows to the new content', async (width) => {
    const { page, frame } = await openExample(browser, width);
    await expectHeightFollowsContent(page, LOADER_IFRAME, frame);
    const before = (await heights(page, LOADER_IFRAME, frame)).element;

    await frame.getByTestId('embed:panel-toggle').click();

    await expect.poll(() => frame.getByTestId('embed:panel-toggle').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(async () => (await heights(page, LOADER_IFRAME, frame)).element, { timeout: 10000 }).toBeGreaterThan(before);
    await expectHeightFollowsContent(page, LOADER_IFRAME, frame);
  });

  it('given a link to a pair, then the embed shows that pair’s names', async () => {
    const { frame } = await openExample(browser, 768);
    const [vn, jp] = pairNames(EXAMPLE_PAIR);

    await frame.getByTestId('embed:panel-toggle').click();

    const panel = frame.getByTestId('embed:panel');
    await expect.poll(() => panel.textContent(), { timeout: 10000 }).toContain(vn);
    expect(await panel.textContent()).toContain(jp);
  });

  it('given the embedded map, when the reader wheels over it, then the article scrolls and the map does not zoom', async () => {
    const { page, frame } = await openExample(browser, 1280);
    await page.locator(LOADER_IFRAME).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const map = await page.locator(LOADER_IFRAME).boundingBox();
    const mapBox = await frame.locator('[data-testid="map"]').boundingBox();
    if (!map || !mapBox) throw new Error('no map box');
    // Label positions follow the camera; wait until the opening fit to the selection has finished.
    const labels = () =>
      frame.locator('[data-label-id]').evaluateAll((els) =>
        els
          .slice(0, 5)
          .map((el) => (el as HTMLElement).style.transform)
          .join(' '),
      );
    let labelsBefore = '';
    await expect
      .poll(
        async () => {
          const previous = labelsBefore;
          await page.waitForTimeout(500);
          labelsBefore = await labels();
          return previous === labelsBefore && labelsBefore !== '';
        },
        { timeout: 15000 },
      )
      .toBe(true);
    const scrollBefore = await page.evaluate(() => window.scrollY);

    await page.mouse.move(map.x + map.width / 2, map.y + mapBox.y + mapBox.height / 2);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(600);

    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    // A wheel zoom moves labels by tens of pixels; a late resize of the frame may nudge them by a few.
    const offsets = (transforms: string) => (transforms.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const after = offsets(await labels());
    const before = offsets(labelsBefore);
    expect(after).toHaveLength(before.length);
    after.forEach((value, i) => expect(Math.abs(value - (before[i] ?? 0))).toBeLessThan(8));
  });

  it('given the embedded map, when the reader wheels over it, then the hint tells how to zoom', async () => {
    const { page, frame } = await openExample(browser, 1280);
    // Playwright gives a frame element's box in the page's coordinates already.
    const box = await frame.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('no map box');

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 100);

    // The SVG first view shows the hint itself; after the upgrade MapLibre's cooperative gestures do.
    expect(await frame.locator('[data-testid="map:gesture-hint"], .maplibregl-cooperative-gesture-screen').first().textContent()).toContain('Ctrl');
  });

  it('given the article with both embeds, then no frame reports a Content-Security-Policy violation', async () => {
    const { page } = await openExample(browser, 1280);
    await loaderFrame(page, '[data-testid="example:plain"]');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('given the article, then every request stays on the Kizuna server', async () => {
    const { page, foreignRequests } = await openExample(browser, 1280);
    await loaderFrame(page, '[data-testid="example:plain"]');
    expect(foreignRequests()).toEqual([]);
  });

  it('given plain=1, then the embed shows the map and credits without chips or panel', async () => {
    const { page } = await openExample(browser, 768);
    const frame = await loaderFrame(page, '[data-testid="example:plain"]');
    expect(await frame.getByTestId('embed:panel-toggle').count()).toBe(0);
    expect(await frame.locator('.embed-chips').count()).toBe(0);
    expect(await frame.locator('.embed-credit').textContent()).toContain('Kizuna');
  });
});

describe('embed: the generated snippet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the full app on a pair, opens the Embed dialog and reads the recommended code. */
  async function snippetFor(page: Page, path: string): Promise<string> {
    await gotoMap(page, path);
    await page.getByTestId('embed:open').click();
    const code = page.getByTestId('embed:code-loader');
    await code.waitFor();
    return code.inputValue();
  }

  it('given the code from the Embed dialog, when pasted into a blank page, then it shows the same view at its content height', async () => {
    const { page } = await openPage(browser, { width: 1024, height: 900 });
    await recordCspViolations(page);
    const snippet = await snippetFor(page, `/?lang=en&pair=${EXAMPLE_PAIR}`);
    expect(snippet).toContain(`pair=${EXAMPLE_PAIR}`);

    await page.goto(new URL('/embed-blank.html', baseUrl()).href);
    await page.evaluate((html) => {
      // Paste as a CMS would: the markup, then the script it names (innerHTML never runs scripts).
      const template = document.createElement('template');
      template.innerHTML = html;
      const script = template.content.querySelector('script');
      script?.remove();
      document.body.append(template.content);
      if (script) {
        const loader = document.createElement('script');
        loader.src = script.src;
        loader.async = true;
        document.body.append(loader);
      }
    }, snippet);
    const frame = await loaderFrame(page, 'iframe[data-kizuna]');
    await frame.getByTestId('embed:panel-toggle').click();

    const [vn, jp] = pairNames(EXAMPLE_PAIR);
    await expect.poll(() => frame.getByTestId('embed:panel').textContent(), { timeout: 10000 }).toContain(vn);
    expect(await frame.getByTestId('embed:panel').textContent()).toContain(jp);
    await expectHeightFollowsContent(page, 'iframe[data-kizuna]', frame);
    expect(await cspViolations(page)).toEqual([]);
  });
});
