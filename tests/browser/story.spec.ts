import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, connectBrowser, openPage } from './driver';
import { type StaticServer, serveStatic } from './static-server';

/**
 * Story mode on a news page of another origin (Kizuna in its own folder, as docs/DEPLOY.md's
 * nginx example): paragraphs marked data-kizuna-step move the embed as the reader scrolls them to
 * the middle of the screen; KizunaEmbed.setView moves it from the page's script; a message from
 * any other window, or with a key the embed does not take, moves nothing.
 */
const DIST = resolve(__dirname, '../../dist');

interface BundleNames {
  localities: { id: string; names: { en: string } }[];
}
const bundle = JSON.parse(readFileSync(resolve(__dirname, '../../data/bundle.json'), 'utf8')) as BundleNames;
const nameOf = (id: string) => bundle.localities.find((l) => l.id === id)?.names.en ?? `missing ${id}`;

/** The three steps of the test article, in reading order. */
const STEPS = [
  { view: 'loc=jp-10', search: 'loc=jp-10', name: nameOf('jp-10') },
  { view: 'loc=jp-19&amp;sectors=hydrogen', search: 'loc=jp-19&sectors=hydrogen', name: nameOf('jp-19') },
  { view: 'loc=vn-phu-tho&amp;lang=vi', search: 'lang=vi&loc=vn-phu-tho', name: 'Phú Thọ' },
];

describe('story mode: an article moves its embed', () => {
  let browser: Browser;
  let kizuna: StaticServer;
  let news: StaticServer;

  beforeAll(async () => {
    browser = await connectBrowser();
    kizuna = await serveStatic({ root: DIST, prefix: '/kizuna/', headersFile: true });
    const k = `${kizuna.origin}/kizuna/`;
    const steps = STEPS.map((s, i) => `<p class="step" id="step-${i}" data-kizuna-step="${s.view}">Step ${i + 1}.</p>`).join('');
    const article = `<!doctype html><html><head><meta charset="utf-8"><title>News</title>
      <style>
        body { margin: 0; font: 16px/1.5 sans-serif; }
        .sticky { position: sticky; top: 0; background: #fff; }
        .step { margin: 0 0 120vh; min-height: 4em; }
        .spacer { height: 120vh; }
      </style></head><body>
      <h1>The forum, place by place</h1>
      <div class="sticky"><div data-kizuna-embed="${k}?embed=1&amp;lang=en&amp;loc=vn-quang-ninh" data-testid="embed"></div></div>
      <div class="spacer"></div>
      ${steps}
      <iframe src="/ad.html" title="advertisement" width="300" height="60" data-testid="ad"></iframe>
      <script async src="${k}embed.v2.js"></script>
      </body></html>`;
    news = await serveStatic({ pages: { '/story.html': article, '/ad.html': '<!doctype html><title>ad</title><p>Ad</p>' } });
  });
  afterAll(async () => {
    await browser?.close();
    await kizuna?.close();
    await news?.close();
  });

  async function openStory() {
    // Reduced motion: the map jumps to each view (the reader's setting, honoured by the map).
    const probe = await openPage(browser, { width: 1000, height: 900, reducedMotion: 'reduce' });
    const warnings: string[] = [];
    probe.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await probe.page.goto(`${news.origin}/story.html`);
    const iframe = probe.page.locator('[data-testid="embed"] iframe');
    await iframe.waitFor({ timeout: 10000 });
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.waitForSelector('[data-map-ready="true"]', { timeout: 30000 });
    return { ...probe, frame, warnings };
  }
  type Frame = Awaited<ReturnType<typeof openStory>>['frame'];

  const search = (frame: Frame) => frame.evaluate(() => window.location.search);
  const shownName = (frame: Frame) => frame.getByTestId('embed:panel-toggle').textContent();
  const scrollToMiddle = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));

  it('given three step paragraphs, when each scrolls to the middle of the screen, then the embed shows its view', async () => {
    const { page, frame, pageErrors } = await openStory();
    expect(await search(frame)).toBe('?loc=vn-quang-ninh&embed=1');

    for (const [i, step] of STEPS.entries()) {
      await scrollToMiddle(page, `#step-${i}`);
      await expect.poll(() => search(frame), { timeout: 10000 }).toBe(`?${step.search}&embed=1`);
      await expect.poll(() => shownName(frame), { timeout: 10000 }).toContain(step.name);
      expect(await page.locator(`#step-${i}`).getAttribute('data-kizuna-active')).toBe('');
    }
    // Back up: the first step shows its view again, in the language the third step chose.
    await scrollToMiddle(page, '#step-0');
    await expect.poll(() => search(frame), { timeout: 10000 }).toBe('?lang=vi&loc=jp-10&embed=1');
    expect(pageErrors).toEqual([]);
  });

  it('given the page’s script calling KizunaEmbed.setView, then the embed shows that view', async () => {
    const { page, frame } = await openStory();

    const accepted = await page.evaluate(() =>
      (window as unknown as { KizunaEmbed: { setView: (el: Element | null, view: object) => boolean } }).KizunaEmbed.setView(document.querySelector('[data-testid="embed"]'), {
        pair: 'vn-gia-lai--jp-29-yoshino',
        panel: 'open',
      }),
    );

    expect(accepted).toBe(true);
    await expect.poll(() => search(frame), { timeout: 10000 }).toBe('?pair=vn-gia-lai--jp-29-yoshino&panel=open&embed=1');
    await expect.poll(() => frame.getByTestId('embed:panel').textContent(), { timeout: 10000 }).toContain(nameOf('jp-29-yoshino'));
  });

  it('given a message from another window, or one with an unknown key, then the embed does not move and says why once', async () => {
    const { page, frame, warnings } = await openStory();
    // Records the embed's URL after each message it handles (this listener runs after the app's).
    await frame.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      window.addEventListener('message', (event) => seen.push(`${(event.data as { view?: string }).view} -> ${window.location.search}`));
    });
    const message = (view: string, origin: string) => ({ type: 'kizuna:set-view', version: 1, origin, view });

    // An ad on the same page, of the host's own origin, posts a well-formed view straight to the embed.
    const ad = page.frames().find((f) => f.url().endsWith('/ad.html'));
    if (!ad) throw new Error('no ad frame');
    await ad.evaluate(
      (data) => {
        const embed = window.parent.document.querySelector<HTMLIFrameElement>('[data-testid="embed"] iframe');
        embed?.contentWindow?.postMessage(data, '*');
      },
      message('loc=jp-10', news.origin),
    );
    // The host page itself, around the loader, with a key the embed does not take.
    await page.evaluate(
      (data) => {
        document.querySelector<HTMLIFrameElement>('[data-testid="embed"] iframe')?.contentWindow?.postMessage(data, '*');
      },
      message('loc=jp-10&plain=0', news.origin),
    );
    // Then a valid one, so the two above have surely been handled.
    await page.evaluate(
      (data) => {
        document.querySelector<HTMLIFrameElement>('[data-testid="embed"] iframe')?.contentWindow?.postMessage(data, '*');
      },
      message('loc=jp-19', news.origin),
    );

    await expect.poll(() => frame.evaluate(() => (window as unknown as { seen: string[] }).seen.length), { timeout: 10000 }).toBe(3);
    expect((await frame.evaluate(() => (window as unknown as { seen: string[] }).seen)).sort()).toEqual([
      'loc=jp-10 -> ?loc=vn-quang-ninh&embed=1',
      'loc=jp-10&plain=0 -> ?loc=vn-quang-ninh&embed=1',
      'loc=jp-19 -> ?loc=jp-19&embed=1',
    ]);
    expect(warnings.filter((w) => w.includes('wrong-source'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('unknown-key'))).toHaveLength(1);
  });
});
