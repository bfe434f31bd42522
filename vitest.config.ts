import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests (pure lib/, Node) and component tests (Preact in happy-dom, with the WXT fake
// browser and fake-indexeddb). End-to-end tests in a real Chromium use vitest.e2e.config.ts.
const plugins = [WxtVitest(), preact({ prerender: { enabled: false } })];

export default defineConfig({
  test: {
    restoreMocks: true,
    projects: [
      {
        plugins,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/setup.ts'] },
      },
      {
        plugins,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
