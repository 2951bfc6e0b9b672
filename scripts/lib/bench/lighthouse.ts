/**
 * Lighthouse (mobile preset) performance and accessibility scores. Lighthouse is not a project
 * dependency (~180 MB): it is installed on demand into the git-ignored build/lighthouse.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LighthouseFigures } from './types.ts';
import { mergeDisabledFeatures } from '../../../tests/browser/find-chromium.ts';

const PACKAGES = ['lighthouse@12.2.3', 'chrome-launcher@1'];

/** Installs Lighthouse into `<root>/build/lighthouse` when missing; returns its folder. */
function ensureLighthouse(root: string, log: (line: string) => void): string {
  const prefix = join(root, 'build', 'lighthouse');
  if (existsSync(join(prefix, 'node_modules', 'lighthouse')) && existsSync(join(prefix, 'node_modules', 'chrome-launcher'))) return prefix;
  log(`Lighthouse not found in build/lighthouse: installing ${PACKAGES.join(' ')} there (one time, ~180 MB, git-ignored)…`);
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own, so npm does not walk up to the project's.
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', ...PACKAGES], {
    stdio: 'inherit',
  });
  return prefix;
}

interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
    runtimeError?: { message: string };
  };
}
type LighthouseFn = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[]; ignoreDefaultFlags: boolean }): Promise<{ port: number; kill(): Promise<void> | void }>;
  Launcher: { defaultFlags(): string[] };
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'];

/** Runs Lighthouse on each URL with the given Chromium and flags (+ --headless=new). */
export async function runLighthouse(
  root: string,
  chromePath: string,
  flags: readonly string[],
  urls: { app?: string; embed?: string },
  log: (line: string) => void,
): Promise<LighthouseFigures> {
  try {
    const prefix = ensureLighthouse(root, log);
    const lighthouseModule = (await import(pathToFileURL(join(prefix, 'node_modules', 'lighthouse', 'core', 'index.js')).href)) as { default: LighthouseFn };
    const launcher = (await import(pathToFileURL(join(prefix, 'node_modules', 'chrome-launcher', 'dist', 'index.js')).href)) as ChromeLauncher;
    const figures: LighthouseFigures = {};
    for (const [name, url] of Object.entries(urls) as ['app' | 'embed', string | undefined][]) {
      if (!url) continue;
      log(`lighthouse: ${name} ${url}`);
      // chrome-launcher's own defaults, with its disabled features and ours in one switch.
      const chromeFlags = mergeDisabledFeatures([...launcher.Launcher.defaultFlags(), ...flags, '--headless=new']);
      const chrome = await launcher.launch({ chromePath, chromeFlags, ignoreDefaultFlags: true });
      try {
        const result = await lighthouseModule.default(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        if (!result) throw new Error('lighthouse returned nothing');
        if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
        const score = (id: string) => {
          const value = result.lhr.categories[id]?.score;
          return value === null || value === undefined ? null : Math.round(value * 100);
        };
        figures[name] = {
          performance: score('performance'),
          accessibility: score('accessibility'),
          metrics: Object.fromEntries(METRICS.map((id) => [id, result.lhr.audits[id]?.numericValue ?? null])),
        };
      } finally {
        await chrome.kill();
      }
    }
    return figures;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
    log(`lighthouse skipped: ${reason}`);
    return { skipped: reason };
  }
}
