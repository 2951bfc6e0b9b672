/**
 * Takes screenshots of the production build, as a reader would see it:
 *   npm run screenshot -- [--out DIR] [--path "/?lang=vi"] [--sizes 375x812,1440x900] [--name shot]
 * Builds, serves with `vite preview`, drives Debian's Chromium, writes PNGs.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, ensureChromium } from '../tests/browser/find-chromium.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'build/screenshots' },
    path: { type: 'string', multiple: true, default: ['/'] },
    sizes: { type: 'string', default: '375x812,1440x900' },
    name: { type: 'string', default: 'shot' },
    'no-build': { type: 'boolean', default: false },
    wait: { type: 'string', default: '800' },
  },
});

const executablePath = ensureChromium();
if (!values['no-build']) await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
mkdirSync(values.out, { recursive: true });
try {
  for (const [index, path] of values.path.entries()) {
    for (const size of values.sizes.split(',')) {
      const [width, height] = size.split('x').map(Number);
      const page = await browser.newPage({ viewport: { width: width ?? 1440, height: height ?? 900 } });
      await page.goto(new URL(path, base).href);
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 }).catch(() => undefined);
      await page.waitForTimeout(Number(values.wait));
      const file = join(values.out, `${values.name}${values.path.length > 1 ? `-${index}` : ''}-${size}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
