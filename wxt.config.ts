import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { buildManifest } from './lib/platform/manifest';
import { packagedFiles } from './lib/packaged/generate';

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
  hooks: {
    // The on-call card loads into every granted call page and must stay under 15 KB gzip (issue 11):
    // it uses the browser's own promise-based API instead of webextension-polyfill (about a
    // sixth of its size). Chrome's MV3 API and Firefox's both return promises; the one thing the
    // polyfill added, turning a rejection from the background into one here, is done in
    // components/overlay/connection.ts. The background, which wakes often and must stay under 12 KB
    // gzip (issue 12), does the same; it answers messages as lib/platform/reply.ts says.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.name === 'overlay' || entry.name === 'background')) return;
      const native = resolve('node_modules/@wxt-dev/browser/src/index.mjs');
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: native });
      else config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': native } };
    },
    // The curriculum and the background's words as packaged JSON files, generated from the
    // TypeScript sources: the background reads the ones a session needs instead of bundling them
    // all (issue 12, lib/packaged/format.ts).
    'build:publicAssets'(_wxt, files) {
      for (const { path, contents } of packagedFiles()) files.push({ relativeDest: path, contents });
    },
  },
});
