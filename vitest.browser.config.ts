import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the production build served by `vite preview`.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.spec.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 120000,
    // Two spec files at a time, one per core: much of a spec is waiting (timeouts, idle hand-overs).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
