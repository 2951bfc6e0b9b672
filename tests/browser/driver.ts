/**
 * The only test file that imports playwright-core: specs get a page through here.
 * Debian's Chromium is driven directly (no browser download) with the flags a headless
 * root run on a machine with a closed network needs.
 */
import { chromium, type Browser, type BrowserContext, type Frame, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_FLAGS, INSTALL_HINT, locateChromium } from './find-chromium';

export { CHROMIUM_FLAGS };

export type { Browser, BrowserContext, Page, Request };

export interface LaunchOptions {
  /** Start Chromium with WebGL switched off, to exercise the SVG fallback. */
  noWebGL?: boolean;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = locateChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const args = options.noWebGL ? [...CHROMIUM_FLAGS, '--disable-webgl', '--disable-3d-apis'] : CHROMIUM_FLAGS;
  return chromium.launch({ executablePath, headless: true, args });
}

/**
 * One Chromium for the enclosing describe block: launched before its tests, closed after them,
 * and every page closed between tests (pages left open keep drawing, software WebGL once
 * explored, and take the CPU from the next test). Call it at describe level; use the getter.
 */
export function sharedBrowser(options: LaunchOptions = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
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

/** Waits until the WebGL map has taken over from the SVG first view. */
export async function waitForWebGL(page: Page, timeout = 60000): Promise<void> {
  await page.waitForSelector('[data-map-renderer="webgl"]', { timeout });
}

/** Asks for the interactive map as a reader does ("Explore the map") and waits until MapLibre has taken over. */
export async function exploreMap(page: Page, timeout = 60000): Promise<void> {
  await page.getByTestId('map:explore').click();
  await waitForWebGL(page, timeout);
}
