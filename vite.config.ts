import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/lib/csp.ts';
import { hostingOutput, kizunaLoader } from './scripts/lib/hosting/plugin.ts';

// One config for the app, `vite preview` (which serves the production build under the same
// Content-Security-Policy the build writes into the HTML and the host header files) and the
// unit/component tests.
export default defineConfig({
  plugins: [react(), kizunaLoader(), hostingOutput()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { headers: { 'Content-Security-Policy': contentSecurityPolicy({ dev: true }) } },
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy({ dev: false }) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/scripts/**/*.test.ts'],
    setupFiles: ['tests/setup-dom.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
