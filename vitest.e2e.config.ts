import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in a real Chromium and, for the Firefox build, a real
// Firefox ESR (tests/e2e; helpers in tests/e2e/firefox/ are not *.e2e.ts, so only test files
// match). The global setup builds the production and the end-to-end variants once; files run
// one at a time (one browser each).
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // A real browser can be slow on a loaded CI machine; retry a flaky launch once, never an assertion loop.
    retry: process.env.CI ? 1 : 0,
  },
});
