import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the production build served by `vite preview`.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.spec.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 120000,
    // One Chromium at a time: the machine has two cores and software WebGL is CPU-bound.
    fileParallelism: false,
  },
});
