import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, PLAYWRIGHT_DISABLED_FEATURES, mergeDisabledFeatures } from '../browser/find-chromium';

/** The features the installed playwright-core switches off, read from its code. */
function playwrightDisabledFeatures(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const code = readFileSync(join(root, 'lib/coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(code)?.[1];
  if (!list) throw new Error('playwright-core no longer writes `disabledFeatures = [...]`: find its --disable-features list and update PLAYWRIGHT_DISABLED_FEATURES');
  return [...list.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('the Chromium flags of the tests and the bench', () => {
  it('switch off every feature Playwright does, since Chromium keeps only the last --disable-features', () => {
    const ours = CHROMIUM_FLAGS.filter((flag) => flag.startsWith('--disable-features='));
    expect(ours).toHaveLength(1);
    const features = (ours[0] ?? '').slice('--disable-features='.length).split(',');
    const theirs = playwrightDisabledFeatures();
    expect(theirs.length).toBeGreaterThan(5);
    expect(theirs.filter((feature) => !features.includes(feature))).toEqual([]);
    expect(PLAYWRIGHT_DISABLED_FEATURES.filter((feature) => !theirs.includes(feature))).toEqual([]);
  });
});

describe('mergeDisabledFeatures', () => {
  it('joins every --disable-features switch into one where the first was, and keeps the other flags in order', () => {
    expect(mergeDisabledFeatures(['--a', '--disable-features=Translate,RenderDocument', '--b', '--disable-features=WebUIOmniboxPopup,Translate', '--c'])).toEqual([
      '--a',
      '--disable-features=Translate,RenderDocument,WebUIOmniboxPopup',
      '--b',
      '--c',
    ]);
  });

  it('leaves flags without the switch as they are', () => {
    expect(mergeDisabledFeatures(['--a', '--b'])).toEqual(['--a', '--b']);
  });
});
