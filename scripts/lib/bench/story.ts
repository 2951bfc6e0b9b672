/**
 * Issue #23's story-step series: the article page that ships with the build
 * (public/embed-example.html, the v2 loader and one `data-kizuna-step` per paragraph), served by
 * the bench's own preview server, moves its embed to each step's view with
 * `KizunaEmbed.setView`; each sample is the time from that call (the message) to the first paint
 * after the embed's map shows the view framed.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { READY_TIMEOUT } from './measure.ts';
import { percentile, round1 } from './stats.ts';
import type { StoryFigures } from './types.ts';

/** The article, as the build copies it from public/. */
const STORY_PAGE = '/embed-example.html';
const LOADER = '[data-testid="example:loader"]';
/** The article read on a laptop: its embed is as wide as the article's column. */
export const STORY_VIEWPORT = { width: 1280, height: 800 };
/** One step that has not painted after this long ends the series (counted at its elapsed time, a lower bound). */
const STEP_TIMEOUT_MS = 10000;

/** The map's `data-selected` once a step's view is applied: `kind:id`, '' for the overview (as src/pages/use-map-camera.ts writes it). */
function expectedSelection(view: string): string {
  const params = new URLSearchParams(view);
  const pair = params.get('pair');
  if (pair) return `pair:${pair}`;
  const loc = params.get('loc');
  if (loc) return `locality:${loc}`;
  const region = params.get('region');
  return region ? `region:${region}` : '';
}

/**
 * Installed in the embed's frame: resolves with the wall-clock time (`timeOrigin + now`, the same
 * clock in both documents) of the first paint after the map says `selected` and, for a selection,
 * a camera other than `before` (the framing moved it; the overview keeps its camera).
 */
const WAIT_SCRIPT = `window.__storyFramed = (selected, before) => new Promise((resolve) => {
  const map = document.querySelector('[data-testid="map"]');
  const camera = () => map.getAttribute('data-camera-center') + '@' + map.getAttribute('data-camera-zoom');
  const done = () => map.getAttribute('data-selected') === selected && (selected === '' || camera() !== before);
  const painted = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now());
    channel.port2.postMessage(null);
  });
  if (done()) return painted();
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    painted();
  });
  observer.observe(map, { attributes: true });
});`;

function skipped(reason: string, steps: string[] = []): StoryFigures {
  return { count: 0, p50: null, p95: null, samples: [], steps, skipped: reason };
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector(`${LOADER} iframe`, { timeout: READY_TIMEOUT });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the loader made no iframe');
  await frame.waitForSelector('[data-map-ready="true"]', { timeout: READY_TIMEOUT, state: 'attached' });
  return frame;
}

/** `count` steps, cycling over the article's steps in order, on one page at `viewport`. */
export async function storySteps(browser: Browser, base: string, viewport: { width: number; height: number }, count: number): Promise<StoryFigures> {
  const context = await browser.newContext({ viewport, locale: 'en-US', reducedMotion: 'no-preference' });
  try {
    const page = await context.newPage();
    const response = await page.goto(new URL(STORY_PAGE.slice(1), base).href, { waitUntil: 'load' });
    if (!response?.ok()) return skipped(`${STORY_PAGE}: HTTP ${response?.status() ?? 'no response'}`);
    const steps = await page.$$eval('[data-kizuna-step]', (els) => els.map((el) => el.getAttribute('data-kizuna-step') ?? ''));
    if (steps.length < 2) return skipped(`${STORY_PAGE} has ${steps.length} step(s)`, steps);
    const frame = await embedFrame(page);
    // The steps in view at load may move the embed on their own (IntersectionObserver): let them settle.
    await page.waitForTimeout(1000);
    await frame.evaluate(WAIT_SCRIPT);
    const samples: number[] = [];
    let note: string | undefined;
    for (let i = 0; i < count; i++) {
      // The first step is the page's opening view: start on the second, so every step moves the map.
      const view = steps[(i + 1) % steps.length]!;
      const before = await frame.$eval('[data-testid="map"]', (map) => `${map.getAttribute('data-camera-center')}@${map.getAttribute('data-camera-zoom')}`);
      await frame.evaluate(([selected, camera]) => {
        const w = window as unknown as { __storyDone: Promise<number>; __storyFramed: (s: string, b: string) => Promise<number> };
        w.__storyDone = w.__storyFramed(selected, camera);
      }, [expectedSelection(view), before] as const);
      const sent = await page.evaluate(
        ([selector, v]) => {
          const start = performance.timeOrigin + performance.now();
          const api = (window as unknown as { KizunaEmbed?: { setView: (el: Element | null, view: string) => boolean } }).KizunaEmbed;
          return api?.setView(document.querySelector(selector), v) ? start : null;
        },
        [LOADER, view] as const,
      );
      if (sent === null) return skipped(`KizunaEmbed.setView refused "${view}"`, steps);
      const end = await Promise.race([
        frame.evaluate(() => (window as unknown as { __storyDone: Promise<number> }).__storyDone),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), STEP_TIMEOUT_MS)),
      ]);
      if (end === null) {
        samples.push(STEP_TIMEOUT_MS);
        note = `step "${view}" not framed after ${STEP_TIMEOUT_MS / 1000} s (counted at that time, a lower bound); series stopped`;
        break;
      }
      samples.push(end - sent);
      // A reader reads a paragraph between steps; the next message never lands mid-frame.
      await page.waitForTimeout(100);
    }
    return { count: samples.length, p50: round1(percentile(samples, 50)), p95: round1(percentile(samples, 95)), samples: samples.map((s) => round1(s)!), steps, ...(note ? { note } : {}) };
  } catch (error) {
    return skipped(String(error).split('\n')[0] ?? 'failed');
  } finally {
    await context.close();
  }
}
