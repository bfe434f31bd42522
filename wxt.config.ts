import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildManifest } from './lib/platform/manifest';

// The manifest is computed by a pure function so the permission invariant can be unit tested
// without a build; see lib/platform/manifest.ts for why each permission exists.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // No auto-imports: with the project root as source folder they would turn any export under
  // components/ into an implicit global. Every import is written out.
  imports: false,
  // End-to-end builds carry extra test hosts; they go to their own folder so a production
  // build is never mistaken for one (tests/e2e/manifest.e2e.ts checks both).
  outDir: process.env.E2E_HOST_PERMISSIONS ? '.output/e2e' : '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => buildManifest(browser, process.env.E2E_HOST_PERMISSIONS),
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    build: { sourcemap: false },
  }),
});
