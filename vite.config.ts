import { readdirSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/lib/csp.ts';
import { bundleParts } from './scripts/lib/bundle-parts.ts';
import { cssDataUrlsToFiles } from './scripts/lib/hosting/css-data-uris.ts';
import { thirdPartyLicences } from './scripts/lib/hosting/licences.ts';
import { hostingOutput, kizunaLoader } from './scripts/lib/hosting/plugin.ts';
import { preloadBoundaries } from './scripts/lib/preload-boundaries.ts';

const UNIT_TESTS = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .map((f) => `tests/unit/${f.replaceAll('\\', '/')}`)
  .filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.tsx'));

/**
 * Tests that need a DOM: every .tsx one, and the .ts ones that say so with a `@vitest-environment`
 * comment, found here so that a new one joins the DOM project without editing this file.
 */
const DOM_TESTS = UNIT_TESTS.filter((f) => f.endsWith('.tsx') || readFileSync(f, 'utf8').slice(0, 200).includes('@vitest-environment'));

/**
 * DOM tests that replace a module (`vi.mock`) or watch a module's first load (the marker below)
 * need a module graph of their own; every other DOM test shares its worker's, which is three
 * quarters of the DOM project's time saved (happy-dom, React and the app's modules load once per
 * worker instead of once per file).
 */
const FRESH_MODULES_MARKER = 'needs a fresh module graph';
const FRESH_MODULE_TESTS = DOM_TESTS.filter((f) => {
  const text = readFileSync(f, 'utf8');
  return /\bvi\.(mock|doMock)\(/.test(text) || text.includes(FRESH_MODULES_MARKER);
});

// One config for the app, `vite preview` (which serves the production build under the same
// Content-Security-Policy the build writes into the HTML and the host header files) and the
// unit/component tests.
export default defineConfig({
  plugins: [react(), bundleParts(), preloadBoundaries(), kizunaLoader(), cssDataUrlsToFiles(), thirdPartyLicences(), hostingOutput()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { headers: { 'Content-Security-Policy': contentSecurityPolicy({ dev: true }) } },
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy({ dev: false }) } },
  test: {
    testTimeout: 20000,
    // Two projects, as react-map-gl does: Node-only tests (pure logic, data scripts) never load
    // the DOM matchers and Testing Library; component tests (*.tsx) and the few .ts tests that
    // declare a DOM environment get them.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          exclude: DOM_TESTS,
          // No fresh module graph per file: these tests have no DOM to leak and reset what they
          // change (store state, spies, NODE_ENV); loading the checker, zod and vite once per
          // worker instead of once per file halves the project's CPU time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: DOM_TESTS,
          exclude: FRESH_MODULE_TESTS,
          setupFiles: ['tests/setup-dom.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-fresh',
          environment: 'happy-dom',
          include: FRESH_MODULE_TESTS,
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
