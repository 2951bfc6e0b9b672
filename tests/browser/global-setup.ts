import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { type BrowserServer, launchBrowserServers } from './driver';
import { ensureChromium } from './find-chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;
let browsers: BrowserServer[] = [];

/**
 * Builds the production bundle once, serves it with `vite preview` on a free port (with the
 * published Content-Security-Policy), and starts the Chromiums the specs connect to (one per
 * worker, and one without WebGL) before any spec runs.
 */
export async function setup(project: TestProject): Promise<void> {
  ensureChromium();
  const started = launchBrowserServers(project.config.maxWorkers);
  if (!process.env.KIZUNA_SKIP_BUILD) await buildForProduction();
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', url);
  const { endpoints, servers } = await started;
  browsers = servers;
  project.provide('browserEndpoints', endpoints);
}

/**
 * Vitest runs with NODE_ENV=test, and Vite honours an existing NODE_ENV: without this the specs
 * would test React's development build (30 % larger, several times slower), not what readers get.
 */
async function buildForProduction(): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = before;
  }
}

export async function teardown(): Promise<void> {
  await Promise.all(browsers.map((browser) => browser.close()));
  await server?.close();
}
