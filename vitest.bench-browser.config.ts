import { defineConfig } from 'vitest/config';

// The browser half of `npm run bench`: figures measured in a real Chromium (tests/bench/browser),
// printed and written to bench/results.json. Nothing is asserted; the builds come from the
// end-to-end global setup.
export default defineConfig({
  test: {
    name: 'bench-browser',
    include: ['tests/bench/browser/**/*.browser.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 400_000,
    hookTimeout: 400_000,
  },
});
