import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests (pure lib/, Node) and component tests (Preact in happy-dom, with the WXT fake
// browser and fake-indexeddb). End-to-end tests in a real Chromium use vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest(), preact({ prerender: { enabled: false } })],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
