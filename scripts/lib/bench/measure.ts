/** The in-browser measurements: one cold load, interaction latency, pan/zoom frames, heap. */
import { get } from 'node:http';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { PROBE_SCRIPT, type ProbeState, type ProbeWindow } from './probe.ts';
import { max, median, percentile, round1 } from './stats.ts';
import type { FrameFigures, InteractionFigures, TransferFigures } from './types.ts';

export interface Viewport {
  width: number;
  height: number;
}

/** Where the controls are; the first selector that matches wins. */
export const SELECTORS = {
  chip: [
    '[data-testid="panel:filters"] button[aria-pressed]',
    '[data-testid^="filter"] button[aria-pressed]',
    '[role="toolbar"] button[aria-pressed]',
    '[role="group"] button[aria-pressed]',
  ],
  search: ['[role="combobox"]', 'input[type="search"]'],
  pair: ['[data-testid="panel:list"] [data-pair-id] button', '[data-pair-id] button', 'a[href*="pair="]'],
} as const;

/** How long a cold load may take to say the map is ready before it counts as failed. */
export const READY_TIMEOUT = 60000;
/** An interaction that has not painted after this long stops its series (counted as a lower bound). */
const INTERACTION_TIMEOUT_MS = 30000;
/** Wall-clock cap per interaction series, so a slow scale still finishes. */
const INTERACTION_TIME_CAP_MS = 120000;

async function newProbedPage(browser: Browser, viewport: Viewport): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'en-US', reducedMotion: 'no-preference' });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { context, page, pageErrors };
}

function probe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench);
}

function kindOf(url: string, contentType: string): TransferFigures['requests'][number]['kind'] {
  const path = new URL(url).pathname.toLowerCase();
  if (/\.(m?js)$/.test(path) || contentType.includes('javascript')) return 'js';
  if (path.endsWith('.css') || contentType.includes('text/css')) return 'css';
  if (/\.(json|topojson|geojson|pbf)$/.test(path) || contentType.includes('json')) return 'data';
  return 'other';
}

/** Waits for map ready, then (when `expectArcs`) for arcs drawn, then for network idle. */
async function waitForMap(page: Page, expectArcs: boolean): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout: READY_TIMEOUT, state: 'attached' });
  if (expectArcs) {
    await page
      .waitForFunction(() => (window as unknown as ProbeWindow).__bench.arcsDrawn !== null, undefined, { timeout: 8000 })
      .catch(() => undefined);
  }
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

/**
 * Bytes `vite preview` sends for `url` with `Accept-Encoding: gzip`, counted on the socket. For a
 * dedicated worker's script, which Chromium fetches outside the page's network events.
 */
function wireBytes(url: string, gzip = true): Promise<{ encoded: number; encoding: string | null }> {
  return new Promise((resolvePromise, reject) => {
    get(url, { headers: { 'accept-encoding': gzip ? 'gzip' : 'identity' } }, (response) => {
      let encoded = 0;
      response.on('data', (chunk: Buffer) => (encoded += chunk.length));
      response.on('end', () => resolvePromise({ encoded, encoding: (response.headers['content-encoding'] as string | undefined) ?? null }));
    }).on('error', reject);
  });
}

export interface ColdLoad {
  /** NaN when the map did not become ready within READY_TIMEOUT (then `error` says why). */
  mapReady: number;
  error?: string;
  arcsDrawn: number | null;
  arcsCount: number | null;
  transfer: TransferFigures;
  pageErrors: string[];
}

/** One cold load in a new context: times from the probe, bytes from every finished request. */
export async function coldLoad(browser: Browser, url: string, viewport: Viewport, expectArcs: boolean): Promise<ColdLoad> {
  const { context, page, pageErrors } = await newProbedPage(browser, viewport);
  const pending: Promise<TransferFigures['requests'][number] | null>[] = [];
  const record = async (request: Request) => {
    const response = await request.response();
    if (!response || request.url().startsWith('data:')) return null;
    const sizes = await request.sizes();
    const headers = await response.allHeaders();
    const decoded = await response.body().then((body) => body.length).catch(() => sizes.responseBodySize);
    return {
      url: request.url(),
      kind: kindOf(request.url(), headers['content-type'] ?? ''),
      encoded: sizes.responseBodySize,
      decoded,
      encoding: headers['content-encoding'] ?? null,
    };
  };
  context.on('requestfinished', (request) => pending.push(record(request).catch(() => null)));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    let error: string | undefined;
    await waitForMap(page, expectArcs).catch((e: unknown) => {
      error = `map not ready within ${READY_TIMEOUT / 1000} s: ${String(e).split('\n')[0]}`;
    });
    const state = await probe(page);
    const requests = (await Promise.all(pending)).filter((r) => r !== null);
    // A dedicated worker's script is fetched for the worker target: the page sees the request with
    // a zero body size. Count what the server sends for it instead (same gzip, on the socket).
    const urls = new Set([...requests.map((r) => r.url), ...workers]);
    for (const target of urls) {
      const known = requests.find((r) => r.url === target);
      if (!target.startsWith('http') || (known && known.encoded > 0)) continue;
      const { encoded, encoding } = await wireBytes(target);
      const decoded = (await wireBytes(target, false)).encoded;
      const entry = { url: target, kind: kindOf(target, ''), encoded, decoded, encoding, via: 'worker script: bytes counted by re-fetching it from the preview server' };
      if (known) Object.assign(known, entry);
      else requests.push(entry);
    }
    const sum = (kind?: string) => requests.filter((r) => !kind || r.kind === kind).reduce((total, r) => total + r.encoded, 0);
    return {
      mapReady: state.mapReady ?? Number.NaN,
      arcsDrawn: state.arcsDrawn,
      arcsCount: state.arcsCount,
      transfer: {
        js: sum('js'),
        css: sum('css'),
        data: sum('data'),
        other: sum('other'),
        total: sum(),
        decodedTotal: requests.reduce((total, r) => total + r.decoded, 0),
        requests: requests.map((r) => ({ ...r, url: new URL(r.url).pathname })),
      },
      pageErrors,
      ...(error ? { error } : {}),
    };
  } finally {
    await context.close();
  }
}

/** A page after a cold load, for interactions and pan/zoom in the same context. */
export async function openReady(browser: Browser, url: string, viewport: Viewport, expectArcs: boolean) {
  const opened = await newProbedPage(browser, viewport);
  await opened.page.goto(url, { waitUntil: 'commit' });
  await waitForMap(opened.page, expectArcs);
  return opened;
}

/** The first selector in `candidates` that matches something visible, or null. */
export async function firstMatch(page: Page, candidates: readonly string[]): Promise<string | null> {
  for (const selector of candidates) {
    const locator = page.locator(selector);
    const count = await locator.count();
    for (let index = 0; index < Math.min(count, 5); index++) {
      if (await locator.nth(index).isVisible()) return selector;
    }
  }
  return null;
}

function skipped(reason: string): InteractionFigures {
  return { method: 'none', count: 0, p50: null, p95: null, rafP50: null, rafP95: null, eventTimingEntries: 0, skipped: reason };
}

/**
 * Measures `count` interactions. `perform(i)` sends one input (keyboard or mouse) and must not
 * wait for the app. Latency per interaction: the Event Timing `duration` (input → next paint)
 * when the browser reported one (only ≥ 16 ms are reported), else the rAF + MessageChannel time.
 */
export async function measureInteractions(
  page: Page,
  count: number,
  schedule: 'keydown' | 'click',
  perform: (index: number) => Promise<void>,
): Promise<InteractionFigures> {
  await page.evaluate(() => {
    const state = (window as unknown as ProbeWindow).__bench;
    state.results = [];
    state.entries = [];
  });
  const started = Date.now();
  let note: string | undefined;
  const stuck: number[] = [];
  for (let index = 0; index < count; index++) {
    if (Date.now() - started > INTERACTION_TIME_CAP_MS) {
      note = `stopped after ${index} of ${count} interactions (time cap ${INTERACTION_TIME_CAP_MS / 1000} s)`;
      break;
    }
    await page.evaluate((kind) => {
      (window as unknown as ProbeWindow).__bench.armed = { schedule: kind, t0: null, scheduled: false };
    }, schedule);
    const sent = Date.now();
    await perform(index);
    const painted = await page
      .waitForFunction((n) => (window as unknown as ProbeWindow).__bench.results.length >= n, index + 1, { timeout: INTERACTION_TIMEOUT_MS })
      .then(() => true)
      .catch(() => false);
    if (!painted) {
      // Counted as a lower bound: the page did not paint within the timeout.
      stuck.push(Date.now() - sent);
      note = `interaction ${index + 1} did not paint within ${INTERACTION_TIMEOUT_MS / 1000} s; counted as ${Date.now() - sent} ms and stopped`;
      break;
    }
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
  const state = await probe(page);
  const raf = state.results.map((r) => r.t1 - r.t0);
  let withEntries = 0;
  const latencies = state.results.map((r) => {
    const matching = state.entries.filter((e) => e.start >= r.t0 - 1 && e.start <= r.t1);
    if (!matching.length) return r.t1 - r.t0;
    withEntries++;
    return Math.max(...matching.map((e) => e.duration));
  });
  latencies.push(...stuck);
  return {
    method: 'event-timing duration when reported (≥16 ms), else rAF+MessageChannel after the next frame',
    count: latencies.length,
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    rafP50: round1(percentile(raf, 50)),
    rafP95: round1(percentile(raf, 95)),
    eventTimingEntries: withEntries,
    ...(note ? { note } : {}),
  };
}

/** Toggles sector chips with the keyboard (focus, Enter): each chip on, then off, in turn. */
export async function chipInteractions(page: Page, count: number): Promise<InteractionFigures> {
  const selector = await firstMatch(page, SELECTORS.chip);
  if (!selector) return skipped(`no sector chip (${SELECTORS.chip.join(' | ')})`);
  const chips = page.locator(selector);
  const total = Math.min(await chips.count(), 12);
  return measureInteractions(page, count, 'keydown', async (index) => {
    await chips.nth(Math.floor(index / 2) % total).focus();
    await page.keyboard.press('Enter');
  });
}

const WORDS = ['hanoi', 'osaka', 'hydro', 'gia lai', 'kyoto'];

/** Types into the search combobox, one keystroke per interaction: a word, then Backspaces. */
export async function searchInteractions(page: Page, count: number): Promise<InteractionFigures> {
  const selector = await firstMatch(page, SELECTORS.search);
  if (!selector) return skipped(`no search box (${SELECTORS.search.join(' | ')})`);
  const keys: string[] = [];
  for (let w = 0; keys.length < count; w++) {
    const word = WORDS[w % WORDS.length] ?? 'hanoi';
    keys.push(...word.split(''), ...word.split('').map(() => 'Backspace'));
  }
  await page.locator(selector).first().focus();
  const result = await measureInteractions(page, count, 'keydown', async (index) => {
    const key = keys[index] ?? 'Backspace';
    if (key === 'Backspace') await page.keyboard.press('Backspace');
    else await page.keyboard.type(key);
  });
  await page.keyboard.press('Escape');
  return result;
}

/**
 * Selects pairs with the keyboard (focus a pair in the list view, Enter), cycling through the
 * first 20. The list is opened by URL (`view=list`) before measuring.
 */
export async function pairInteractions(page: Page, listUrl: string, count: number, expectArcs: boolean): Promise<InteractionFigures> {
  await page.goto(listUrl, { waitUntil: 'commit' });
  await page.waitForLoadState('load');
  await page.waitForSelector('[data-map-ready="true"], [data-view="list"], main', { timeout: READY_TIMEOUT }).catch(() => undefined);
  await page.waitForTimeout(expectArcs ? 500 : 200);
  const selector = await firstMatch(page, SELECTORS.pair);
  if (!selector) return skipped(`no pair in the list view (${SELECTORS.pair.join(' | ')})`);
  const pairs = page.locator(selector);
  return measureInteractions(page, count, 'keydown', async (index) => {
    let total = await pairs.count();
    if (!total) {
      await page.keyboard.press('Escape');
      total = await pairs.count();
    }
    await pairs.nth(index % Math.max(1, Math.min(total, 20))).focus();
    await page.keyboard.press('Enter');
  });
}

/** 5 s of scripted panning (mouse drag in a circle) then zooming (wheel in and out); rAF deltas. */
export async function panZoomFrames(page: Page, durationMs = 5000): Promise<FrameFigures> {
  const canvas = page.locator('canvas.maplibregl-canvas').first();
  const box = (await canvas.count()) ? await canvas.boundingBox() : null;
  if (!box) return { frames: 0, p50: null, p95: null, max: null, skipped: 'no MapLibre canvas' };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const radius = Math.min(box.width, box.height) / 5;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    (window as unknown as ProbeWindow).__bench.frames = [];
  });
  const start = Date.now();
  // 1. Drag in a circle for half the time.
  await page.mouse.move(cx + radius, cy);
  await page.mouse.down();
  while (Date.now() - start < durationMs / 2) {
    const angle = ((Date.now() - start) / 1000) * Math.PI;
    await page.mouse.move(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), { steps: 2 });
  }
  await page.mouse.up();
  // 2. Wheel: four steps in, four steps out, repeated.
  await page.mouse.move(cx, cy);
  for (let step = 0; Date.now() - start < durationMs; step++) {
    await page.mouse.wheel(0, step % 8 < 4 ? -120 : 120);
    await page.waitForTimeout(60);
  }
  const stamps = await page.evaluate(() => {
    const state = (window as unknown as ProbeWindow).__bench;
    const frames = state.frames ?? [];
    state.frames = null;
    return frames;
  });
  const deltas = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
  return { frames: deltas.length, p50: round1(median(deltas)), p95: round1(percentile(deltas, 95)), max: round1(max(deltas)) };
}

/** CDP Runtime.getHeapUsage after a forced garbage collection. */
export async function heapUsed(context: BrowserContext, page: Page): Promise<number | null> {
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usage.usedSize;
  } catch {
    return null;
  }
}
