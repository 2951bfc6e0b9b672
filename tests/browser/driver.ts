/**
 * The only test file that imports playwright-core: specs get a page through here.
 * Debian's Chromium is driven directly (no browser download) with the flags a headless
 * root run on a machine with a closed network needs.
 */
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Download, type Frame, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_FLAGS, INSTALL_HINT, locateChromium } from './find-chromium';

export { CHROMIUM_FLAGS };

export type { Browser, BrowserContext, BrowserServer, Page, Request };

export interface LaunchOptions {
  /** Start Chromium with WebGL switched off, to exercise the SVG fallback. */
  noWebGL?: boolean;
}

/** Where the global setup's Chromiums listen: one per worker with WebGL, one shared without. */
export interface BrowserEndpoints {
  webgl: string[];
  noWebGL: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoints: BrowserEndpoints;
  }
}

const argsFor = (options: LaunchOptions) => (options.noWebGL ? [...CHROMIUM_FLAGS, '--disable-webgl', '--disable-3d-apis'] : CHROMIUM_FLAGS);

/**
 * Started once by the global setup for the whole run. A Chromium launch costs ~2.3 CPU-seconds
 * and the specs asked for 34 of them; a connection to a running one costs next to nothing.
 */
export async function launchBrowserServers(workers: number): Promise<{ endpoints: BrowserEndpoints; servers: BrowserServer[] }> {
  const executablePath = locateChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const launch = (options: LaunchOptions) => chromium.launchServer({ executablePath, headless: true, args: argsFor(options) });
  const [noWebGL, webgl] = await Promise.all([launch({ noWebGL: true }), Promise.all(Array.from({ length: workers }, () => launch({})))]);
  return { endpoints: { webgl: webgl.map((server) => server.wsEndpoint()), noWebGL: noWebGL.wsEndpoint() }, servers: [noWebGL, ...webgl] };
}

/**
 * A connection to this worker's Chromium (with WebGL), or to the one without WebGL. `close()`
 * closes the contexts it opened and disconnects; the browser stays for the next spec. Each
 * worker has a Chromium of its own, so that two specs never share a GPU process.
 */
export async function connectBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const endpoints = inject('browserEndpoints');
  const worker = Math.max(0, Number(process.env.VITEST_POOL_ID ?? 1) - 1);
  const endpoint = options.noWebGL ? endpoints.noWebGL : endpoints.webgl[worker % endpoints.webgl.length];
  if (!endpoint) throw new Error('no Chromium endpoint: the browser tests start their Chromiums in tests/browser/global-setup.ts');
  return chromium.connect(endpoint);
}

/**
 * One connection to Chromium for the enclosing describe block: opened before its tests, closed
 * after them, and every page closed between tests (pages left open keep drawing, software WebGL once
 * explored, and take the CPU from the next test). Call it at describe level; use the getter.
 */
export function sharedBrowser(options: LaunchOptions = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  return () => {
    if (!browser) throw new Error('sharedBrowser(): the browser is used before beforeAll ran');
    return browser;
  };
}

/** Base URL of the `vite preview` server the global setup started on a free port. */
export function baseUrl(): string {
  return inject('baseUrl');
}

export interface PageProbe {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  pageErrors: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Requests that went to an origin other than the preview server. */
  foreignRequests: () => string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  hasTouch?: boolean;
}

/** Opens a fresh context and page that record console errors and every request. */
export async function openPage(browser: Browser, options: OpenOptions = {}): Promise<PageProbe> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-US',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
  });
  // A click on a covered or missing element fails after this, naming it, well inside the test's timeout.
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  context.on('request', (request) => requests.push(request.url()));
  const origin = new URL(baseUrl()).origin;
  const foreignRequests = () => requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  return { page, context, consoleErrors, pageErrors, requests, foreignRequests };
}

/** Navigates to `path` on the preview server and waits until the map says it is ready. */
export async function gotoMap(page: Page, path = '/', timeout = 20000): Promise<void> {
  await page.goto(new URL(path, baseUrl()).href);
  // Attached, not visible: under the list view (`view=list`) the ready map is hidden.
  await page.waitForSelector('[data-map-ready="true"]', { timeout, state: 'attached' });
}

/** What the map area reports: renderer, readiness, flows drawn, level of detail, selection. */
export async function mapState(page: Page | Frame) {
  return page.$eval('[data-testid="map"]', (el) => ({
    renderer: el.getAttribute('data-map-renderer'),
    ready: el.getAttribute('data-map-ready') === 'true',
    arcs: Number(el.getAttribute('data-arcs-drawn')),
    level: el.getAttribute('data-level'),
    selected: el.getAttribute('data-selected'),
    theme: el.getAttribute('data-theme'),
  }));
}

/** Screen centres of the given locality labels (what a reader sees move, or not, at handover). */
export async function labelAnchors(page: Page, ids: readonly string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.$$eval(
    '[data-label-id]',
    (els, wanted) =>
      Object.fromEntries(
        els
          .filter((el) => wanted.includes(el.getAttribute('data-label-id') ?? ''))
          .map((el) => {
            const r = el.getBoundingClientRect();
            return [el.getAttribute('data-label-id'), { x: r.x + r.width / 2, y: r.y + r.height / 2 }];
          }),
      ),
    [...ids],
  );
}

/**
 * Waits until the WebGL map has taken over from the SVG first view. Fails at once, saying why,
 * when the map stays on SVG with a notice (no WebGL, a failed worker or chunk), and before the
 * test's own timeout otherwise, with what the map area said: a bare "test timed out" in CI
 * told nothing of which it was.
 */
export async function waitForWebGL(page: Page, timeout = 40000): Promise<void> {
  const outcome = await page
    .waitForFunction(
      () => {
        const map = document.querySelector('[data-testid="map"]');
        if (map?.getAttribute('data-map-renderer') === 'webgl') return 'webgl';
        const loading = document.querySelector<HTMLButtonElement>('[data-testid="map:explore"]')?.disabled ?? false;
        return document.querySelector('.map-notice') && !loading ? 'fell back' : false;
      },
      null,
      { timeout },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => 'timed out');
  if (outcome === 'webgl') return;
  const said = await page.evaluate(() => ({
    notice: document.querySelector('.map-notice')?.textContent ?? null,
    explore: document.querySelector('[data-testid="map:explore"]')?.textContent ?? null,
    alerts: [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent),
  }));
  throw new Error(`MapLibre did not take over (${outcome} after at most ${timeout} ms): ${JSON.stringify({ ...(await mapState(page)), ...said })}`);
}

/** Asks for the interactive map as a reader does ("Explore the map") and waits until MapLibre has taken over. */
export async function exploreMap(page: Page, timeout = 40000): Promise<void> {
  await page.getByTestId('map:explore').click();
  await waitForWebGL(page, timeout);
}

/** A download's text, read through the connection (the file itself is on the browser's side). */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
