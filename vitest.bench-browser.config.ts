import { defineConfig } from 'vitest/config';

// The browser half of `npm run bench`: figures measured in a real Chromium (tests/bench/browser),
// printed as one table at the end and written to bench/results.json. Nothing is asserted. The
// global setup builds the production and end-to-end Chrome builds (only Chromium is needed).
export default defineConfig({
  test: {
    name: 'bench-browser',
    include: ['tests/bench/browser/**/*.browser.ts'],
    environment: 'node',
    globalSetup: ['tests/bench/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 400_000,
    hookTimeout: 400_000,
  },
});
