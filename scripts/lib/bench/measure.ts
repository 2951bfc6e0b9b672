/** The in-browser measurements: one cold load, interaction latency, pan/zoom frames, heap. */
import { get } from 'node:http';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { changeNote, skippedInteractions, summariseInteractions, YEAR_STEPS } from './interactions.ts';
import { nextSuggestion } from './partner-targets.ts';
import { PROBE_SCRIPT, type ProbeState, type ProbeWindow } from './probe.ts';
import { max, median, percentile, round1 } from './stats.ts';
import type { FrameFigures, InteractionFigures, RequestKind, RequestRecord, TransferFigures, UpgradeFigures } from './types.ts';

export interface Viewport {
  width: number;
  height: number;
}

/** Where the controls are; the first selector that matches wins. */
const SELECTORS = {
  chip: [
    '[data-testid="panel:filters"] button[aria-pressed]',
    '[data-testid^="filter"] button[aria-pressed]',
    '[role="toolbar"] button[aria-pressed]',
    '[role="group"] button[aria-pressed]',
  ],
  search: ['[role="combobox"]', 'input[type="search"]'],
  // Last: the map's arc handles (src/view/MapLabels.tsx), how a keyboard reader picks a pair where
  // there is no list (the embed). Enter on an overview arc opens its set at its first document.
  pair: ['[data-testid="panel:list"] [data-pair-id] button', '[data-pair-id] button', 'a[href*="pair="]', '.map-pairs button[data-handle]'],
  /** The timeline's two range inputs (src/panels/Timeline.tsx), as tests/browser/partners.spec.ts drives them. */
  yearsFrom: '[data-testid="years-from"]',
  yearsTo: '[data-testid="years-to"]',
  possiblePartners: '[data-testid="possible-partners"]',
} as const;

/** How long a cold load may take to say the map is ready before it counts as failed. */
export const READY_TIMEOUT = 60000;
/** After map ready, how long a cold load keeps listening (no input) for idle requests such as a MapLibre prefetch. */
const SETTLE_MS = 5000;
/** The button that asks for the WebGL map (issue #11 contract with the map). */
const EXPLORE = '[data-testid="map:explore"]';
/** An interaction that has not painted after this long stops its series (counted as a lower bound). */
const INTERACTION_TIMEOUT_MS = 30000;
/** How long an input's idle moment is awaited before the next input is sent anyway. */
const IDLE_TIMEOUT_MS = 5000;
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

/**
 * A MapLibre byte: a chunk or worker script whose URL contains `maplibre`, or a build asset that
 * holds MapLibre's code under another name (`maplibreAssets`: paths such as `/assets/WebGLMap-….js`,
 * found by `maplibreAssetPaths` in build.ts). The app's own overview-arcs worker is not one.
 */
export function isMaplibre(url: string, maplibreAssets: ReadonlySet<string> = new Set()): boolean {
  const path = new URL(url, 'http://x/').pathname;
  return /maplibre/i.test(path) || maplibreAssets.has(path);
}

function kindOf(url: string, contentType: string): RequestKind {
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
  renderer: string | null;
  error?: string;
  arcsDrawn: number | null;
  arcsCount: number | null;
  transfer: TransferFigures;
  pageErrors: string[];
}

type Recorded = Omit<RequestRecord, 'phase' | 'maplibre'> & { startedAt: number; worker: boolean };

/**
 * Records every finished request of a context with its start (epoch ms), and every dedicated
 * worker, whose script Chromium fetches outside the page's network events (body size 0): for
 * those, what the preview server sends for the same URL with gzip is counted instead.
 */
function recordRequests(context: BrowserContext, page: Page) {
  const pending: Promise<Recorded | null>[] = [];
  const workers: { url: string; at: number }[] = [];
  let last = Date.now();
  let inFlight = 0;
  const record = async (request: Request): Promise<Recorded | null> => {
    const response = await request.response();
    if (!response || request.url().startsWith('data:')) return null;
    const sizes = await request.sizes();
    const headers = await response.allHeaders();
    const decoded = await response.body().then((body) => body.length).catch(() => sizes.responseBodySize);
    const timing = request.timing();
    return {
      url: request.url(),
      kind: kindOf(request.url(), headers['content-type'] ?? ''),
      encoded: sizes.responseBodySize,
      decoded,
      encoding: headers['content-encoding'] ?? null,
      startedAt: timing.startTime > 0 ? timing.startTime : Date.now(),
      worker: false,
    };
  };
  const onRequest = () => {
    inFlight++;
    last = Date.now();
  };
  const onDone = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  const onFinished = (request: Request) => {
    onDone();
    pending.push(record(request).catch(() => null));
  };
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  context.on('requestfailed', onDone);
  page.on('worker', (worker) => workers.push({ url: worker.url(), at: Date.now() }));
  return {
    /** Resolves once no request has started or ended for `quietMs` (at most `capMs`). */
    async quiet(quietMs = 500, capMs = 15000): Promise<void> {
      const started = Date.now();
      while (Date.now() - started < capMs && (inFlight > 0 || Date.now() - last < quietMs)) await new Promise((r) => setTimeout(r, 100));
    },
    /** Every request so far (those started at or after `since`, epoch ms), worker scripts measured on the socket. */
    async collect(since = 0): Promise<Recorded[]> {
      const requests = (await Promise.all(pending)).filter((r) => r !== null).filter((r) => r.startedAt >= since);
      for (const { url, at } of workers) {
        if (at < since || !url.startsWith('http')) continue;
        const known = requests.find((r) => r.url === url);
        if (known && known.encoded > 0) {
          known.worker = true;
          continue;
        }
        const { encoded, encoding } = await wireBytes(url);
        const decoded = (await wireBytes(url, false)).encoded;
        const entry = { url, kind: kindOf(url, ''), encoded, decoded, encoding, startedAt: at, worker: true, via: 'worker script: bytes counted by re-fetching it from the preview server' };
        if (known) Object.assign(known, entry);
        else requests.push(entry);
      }
      return requests;
    },
  };
}

/** One cold load in a new context: times from the probe, bytes from every finished request. */
export async function coldLoad(
  browser: Browser, url: string, viewport: Viewport, expectArcs: boolean, maplibreAssets: ReadonlySet<string> = new Set(),
): Promise<ColdLoad> {
  const { context, page, pageErrors } = await newProbedPage(browser, viewport);
  const recorder = recordRequests(context, page);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    let error: string | undefined;
    await waitForMap(page, expectArcs).catch((e: unknown) => {
      error = `map not ready within ${READY_TIMEOUT / 1000} s: ${String(e).split('\n')[0]}`;
    });
    if (!error) {
      // Listen on without input: anything the page fetches on its own after the first view is reported.
      await page.waitForTimeout(SETTLE_MS);
      await recorder.quiet();
    }
    const state = await probe(page);
    const origin = await page.evaluate(() => performance.timeOrigin);
    // Requests that started before the page said "ready" are the first view; later ones are not.
    const readyAt = state.mapReady === null ? Number.POSITIVE_INFINITY : origin + state.mapReady;
    const requests: RequestRecord[] = (await recorder.collect()).map(({ startedAt, worker: _worker, ...r }) => ({
      ...r,
      url: new URL(r.url).pathname,
      maplibre: isMaplibre(r.url, maplibreAssets),
      phase: startedAt <= readyAt ? 'first-view' : 'after-ready',
    }));
    const first = requests.filter((r) => r.phase === 'first-view');
    const sum = (list: RequestRecord[], kind?: RequestKind) => list.filter((r) => !kind || r.kind === kind).reduce((total, r) => total + r.encoded, 0);
    return {
      mapReady: state.mapReady ?? Number.NaN,
      renderer: state.renderer,
      arcsDrawn: state.arcsDrawn,
      arcsCount: state.arcsCount,
      transfer: {
        js: sum(first, 'js'),
        css: sum(first, 'css'),
        data: sum(first, 'data'),
        other: sum(first, 'other'),
        total: sum(first),
        decodedTotal: first.reduce((total, r) => total + r.decoded, 0),
        maplibre: sum(requests.filter((r) => r.maplibre)),
        afterReady: sum(requests.filter((r) => r.phase === 'after-ready')),
        requests,
      },
      pageErrors,
      ...(error ? { error } : {}),
    };
  } finally {
    await context.close();
  }
}

/** `data-map-renderer` now, or `webgl`/`none` on a build without the attribute (MapLibre canvas or not). */
async function currentRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.querySelector('[data-map-renderer]');
    if (element) return element.getAttribute('data-map-renderer') ?? 'none';
    return document.querySelector('canvas.maplibregl-canvas') ? 'webgl' : 'none';
  });
}

/** Whether the map area says the WebGL map is drawn (or, on a build without the SVG first view, a MapLibre canvas is). */
async function webglReady(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const ready = document.querySelector('[data-map-ready="true"]');
    if (!ready) return false;
    if (document.querySelector('[data-map-renderer]')) return Boolean(document.querySelector('[data-map-renderer="webgl"]'));
    return Boolean(document.querySelector('canvas.maplibregl-canvas'));
  });
}

/**
 * Upgrades the map to MapLibre as a reader would: the explore button, else a ctrl+wheel over the
 * map. Waits for `data-map-renderer="webgl"` and `data-map-ready="true"` (up to READY_TIMEOUT).
 * `page` must come from `openReady` (its requests are recorded).
 */
export async function upgradeToWebgl(opened: Awaited<ReturnType<typeof openReady>>, maplibreAssets: ReadonlySet<string> = new Set()): Promise<UpgradeFigures> {
  const { page, recorder } = opened;
  if (await webglReady(page)) return { how: 'already webgl', ms: 0, bytes: 0, maplibreBytes: 0 };
  const since = Date.now();
  let how: UpgradeFigures['how'];
  const explore = page.locator(EXPLORE).first();
  const button = (await explore.count()) && (await explore.isVisible()) ? explore : null;
  if (button && (await button.click({ timeout: 5000 }).then(() => true, () => false))) {
    how = 'explore button';
  } else {
    const area = page.locator('[data-map-ready="true"]').first();
    const box = await area.boundingBox();
    if (!box) return { how: 'none', ms: null, bytes: 0, maplibreBytes: 0, skipped: 'no explore button and no map area to wheel over' };
    how = 'ctrl+wheel';
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -120);
    await page.keyboard.up('Control');
  }
  const ready = await page
    .waitForFunction(
      () => {
        const ready = document.querySelector('[data-map-ready="true"]');
        if (!ready) return false;
        if (document.querySelector('[data-map-renderer]')) return Boolean(document.querySelector('[data-map-renderer="webgl"]'));
        return Boolean(document.querySelector('canvas.maplibregl-canvas'));
      },
      undefined,
      { timeout: READY_TIMEOUT, polling: 50 },
    )
    .then(() => true)
    .catch(() => false);
  const ms = Date.now() - since;
  await recorder.quiet();
  const requests = await recorder.collect(since);
  const bytes = requests.reduce((total, r) => total + r.encoded, 0);
  const maplibreBytes = requests.filter((r) => isMaplibre(r.url, maplibreAssets)).reduce((total, r) => total + r.encoded, 0);
  if (!ready) return { how, ms: null, bytes, maplibreBytes, skipped: `no WebGL map within ${READY_TIMEOUT / 1000} s of the ${how}` };
  return { how, ms, bytes, maplibreBytes };
}

/** A page after a cold load, for interactions and pan/zoom in the same context. */
export async function openReady(browser: Browser, url: string, viewport: Viewport, expectArcs: boolean) {
  const opened = await newProbedPage(browser, viewport);
  const recorder = recordRequests(opened.context, opened.page);
  await opened.page.goto(url, { waitUntil: 'commit' });
  await waitForMap(opened.page, expectArcs);
  return { ...opened, recorder };
}

/** Strokes drawn at the opening view of `url` at each width (a phone's height for 375, else 900). */
export async function openingStrokes(browser: Browser, url: string, widths: readonly number[]): Promise<{ width: number; count: number | null }[]> {
  const counts: { width: number; count: number | null }[] = [];
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 } });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector('[data-map-ready="true"]', { timeout: READY_TIMEOUT, state: 'attached' });
      const drawn = await page.getAttribute('[data-testid="map"]', 'data-arcs-drawn');
      counts.push({ width, count: drawn === null ? null : Number(drawn) });
    } catch {
      counts.push({ width, count: null });
    } finally {
      await context.close();
    }
  }
  return counts;
}

/** The first selector in `candidates` that matches something visible, or null. */
async function firstMatch(page: Page, candidates: readonly string[]): Promise<string | null> {
  for (const selector of candidates) {
    const locator = page.locator(selector);
    const count = await locator.count();
    for (let index = 0; index < Math.min(count, 5); index++) {
      if (await locator.nth(index).isVisible()) return selector;
    }
  }
  return null;
}

const skipped = skippedInteractions;

/**
 * Measures `count` interactions. `perform(i)` sends one input (keyboard or mouse) and must not
 * wait for the app. Latency per interaction: the Event Timing `duration` (input → next paint)
 * when the browser reported one (only ≥ 16 ms are reported), else the rAF + MessageChannel time;
 * beside it, input → the first idle moment after that paint (`idleP50`/`idleP95`).
 */
async function measureInteractions(
  page: Page,
  count: number,
  schedule: 'keydown' | 'click',
  perform: (index: number) => Promise<void>,
  /** Read after each input has painted (outside its window): what it led to, kept as `observed`. */
  observe?: () => Promise<string>,
): Promise<InteractionFigures> {
  await page.evaluate(() => {
    const state = (window as unknown as ProbeWindow).__bench;
    state.results = [];
    state.entries = [];
    state.longFrames = [];
  });
  const rendererBefore = await currentRenderer(page);
  const started = Date.now();
  let note: string | undefined;
  const stuck: number[] = [];
  const observed: string[] = [];
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
    // The next input waits for this one's work to be done (its idle moment), deferred work included.
    await page
      .waitForFunction((i) => (window as unknown as ProbeWindow).__bench.results[i]?.t2 !== null, index, { timeout: IDLE_TIMEOUT_MS })
      .catch(() => undefined);
    if (observe) observed.push(await observe().catch((e: unknown) => `? ${String(e).split('\n')[0]}`));
    await page.waitForTimeout(40);
  }
  // Long Animation Frame entries arrive after their frame: give the last one time to land.
  await page.waitForTimeout(300);
  const state = await probe(page);
  const rendererAfter = await currentRenderer(page);
  // Say which map the inputs met (a series may itself ask for the WebGL map).
  const renderer = rendererBefore === rendererAfter ? rendererBefore : `${rendererBefore}→${rendererAfter}`;
  const figures = summariseInteractions(state.results, state.entries, state.longFrames, stuck, note);
  // The raw long frames stay in results.json: where a frame's time went when script + style/layout is small.
  return { ...figures, renderer, longFrames: state.longFrames.map((f) => ({ ...f })), ...(observe ? { observed } : {}) };
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
 * first 20. The list is opened by URL (`view=list`) before measuring. Where there is no list (the
 * embed), the pairs are the map's arc handles, in their tab order.
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

/**
 * Changes the timeline's year range with the keyboard, as a reader does on the range inputs:
 * End/Home on "from" then Home/End on "to" (YEAR_STEPS), so every input changes the range and
 * with it the map (last year only, all years, first year only, all years). On the full app's
 * first view, where the overview panel holds the timeline.
 */
export async function yearsInteractions(page: Page, count: number): Promise<InteractionFigures> {
  const handles = { from: page.locator(SELECTORS.yearsFrom).first(), to: page.locator(SELECTORS.yearsTo).first() };
  // The timeline is below the fold, drawn on the first idle moment after the first view.
  await handles.to.waitFor({ state: 'attached', timeout: 5000 }).catch(() => undefined);
  if (!(await handles.from.count()) || !(await handles.to.count())) return skipped(`no timeline range inputs (${SELECTORS.yearsFrom}, ${SELECTORS.yearsTo})`);
  const years = () => Promise.resolve(new URL(page.url()).searchParams.get('years') ?? 'all');
  const before = await years();
  const result = await measureInteractions(
    page, count, 'keydown',
    async (index) => {
      const step = YEAR_STEPS[index % YEAR_STEPS.length] ?? { handle: 'from', key: 'Home' };
      await handles[step.handle].focus();
      await page.keyboard.press(step.key);
    },
    years,
  );
  return withChangeNote(result, before, 'the year range');
}

/**
 * Opens localities' possible partners with the keyboard, in the list view as the pair series
 * selects pairs: the page opens at `listUrl` with `startId` selected (`loc=`), then each input
 * focuses a suggestion in the panel's "Possible partners" section and presses Enter, which selects
 * that locality and shows its own section (the `index`-th suggestion shown, never straight back;
 * `nextSuggestion`). The list view keeps the map from handing over to WebGL mid-series. The details
 * chunk (src/view/data-channel.tsx `loadDetails`) is awaited once, before the series, by waiting for
 * the section, so the series measures the interaction, not the network.
 */
export async function partnersInteractions(page: Page, listUrl: string, startId: string | null, count: number): Promise<InteractionFigures> {
  if (!startId) return skipped('no locality with a suggestion in this data');
  const url = new URL(listUrl);
  url.searchParams.set('loc', startId);
  await page.goto(url.href, { waitUntil: 'commit' });
  const suggestions = `${SELECTORS.possiblePartners} [data-testid="suggestion"]`;
  const shown = await page.waitForSelector(suggestions, { timeout: READY_TIMEOUT, state: 'attached' }).then(() => true, () => false);
  if (!shown) return skipped(`no suggestion in the "Possible partners" section within ${READY_TIMEOUT / 1000} s of opening ${startId}`);
  await page.waitForTimeout(300);
  const state = () =>
    page.evaluate((selector) => {
      const loc = new URL(location.href).searchParams.get('loc') ?? 'none';
      const section = document.querySelector(selector);
      if (!section) return `${loc}: no section`;
      const empty = section.querySelector('[data-testid="partners-empty"]');
      const count = section.querySelectorAll('[data-testid="suggestion"]').length;
      return empty ? `${loc}: empty (${(empty.textContent ?? '').trim().slice(0, 60)})` : `${loc}: ${count} shown`;
    }, SELECTORS.possiblePartners);
  const before = await state();
  let previous: string | null = null;
  const result = await measureInteractions(
    page, count, 'keydown',
    async (index) => {
      const here = new URL(page.url()).searchParams.get('loc');
      const items = page.locator(suggestions);
      const ids = await items.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-locality') ?? ''));
      const next = nextSuggestion(ids, previous, index);
      previous = here;
      // No suggestion to follow (should not happen: suggestions are mutual): Enter on the body, counted as is.
      if (next !== null) await items.nth(ids.indexOf(next)).locator('button').first().focus();
      await page.keyboard.press('Enter');
    },
    state,
  );
  return withChangeNote(result, before, 'the selected locality', ': no section');
}

/** Adds to `note` how many inputs did not change what they should have (so a reader sees a flawed series). */
function withChangeNote(result: InteractionFigures, before: string, what: string, missing?: string): InteractionFigures {
  const note = changeNote(result.observed ?? [], before, what, missing);
  return note ? { ...result, note: result.note ? `${result.note}; ${note}` : note } : result;
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
