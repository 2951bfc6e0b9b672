/**
 * axe-core for the browser specs. The production CSP (`script-src 'self'`) blocks an injected
 * inline script, so audits run in their own context with `bypassCSP: true` (driver.ts is not
 * changed: only its types and its base URL are used here).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { baseUrl, type Browser, type BrowserContext, type Page } from './driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AuditPage {
  page: Page;
  context: BrowserContext;
  pageErrors: string[];
  consoleErrors: string[];
  dialogs: string[];
}

export interface AuditOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  locale?: string;
}

/** A fresh context that ignores the CSP (so axe and probes can be injected) and records errors and dialogs. */
export async function openAuditPage(browser: Browser, options: AuditOptions = {}): Promise<AuditPage> {
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-US',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, context, pageErrors, consoleErrors, dialogs };
}

/** Opens `path` on the preview server and waits for the map (WebGL or SVG) to say it is ready. */
export async function gotoReady(page: Page, path: string, timeout = 30000): Promise<void> {
  await page.goto(new URL(path, baseUrl()).href);
  await page.waitForSelector('[data-map-ready="true"]', { timeout, state: 'attached' });
}

const SELECTED = `document.querySelector('[data-testid="map"]')?.getAttribute('data-selected') ?? null`;

/**
 * Shows `path` in the page already open, as Back or Forward would: the app re-reads the link on
 * popstate. `path` must select something other than what is selected now: the wait is for the
 * map to show the new selection.
 */
export async function showInPage(page: Page, path: string, timeout = 30000): Promise<void> {
  const before = await page.evaluate(SELECTED);
  await page.evaluate(`history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`);
  await page.waitForFunction(`(${SELECTED}) !== ${JSON.stringify(before)}`, undefined, { timeout });
  await page.waitForSelector('[data-map-ready="true"]', { timeout, state: 'attached' });
}

/**
 * Waits until the page has drawn what it draws after its first view (the overview's sections below
 * the fold come one per idle moment) and holds still: the element count is the same across a quiet
 * moment and 150 ms more, so axe sees a still page.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const count = () => document.getElementsByTagName('*').length;
    const quiet = () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 }));
    for (let i = 0; i < 20; i++) {
      const before = count();
      await quiet();
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (count() === before) return;
    }
  })()`);
}

/** Runs axe on the whole document (WCAG 2.x A and AA rules plus best practices). */
export async function runAxe(page: Page, runOnly?: string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ content: AXE_SOURCE });
  const options = runOnly ? { runOnly: { type: 'rule', values: runOnly } } : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };
  // A string, not a function: the test transform may wrap inner functions in helpers the page lacks.
  return page.evaluate(`window.axe.run(document, ${JSON.stringify(options)}).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 8).map((n) => n.target.join(' ')),
  })))`) as Promise<AxeViolation[]>;
}

/** Only serious and critical violations. */
export function serious(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation: id, impact, help, targets, for a readable failure. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} [${v.impact}] ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}
