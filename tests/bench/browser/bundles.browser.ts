/**
 * Bundle sizes of the production Chrome build, raw and gzip (issue 12): for each page its first
 * script and its lazy chunks, the background service worker and the on-call card. Counted by
 * tests/bundle-sizes.ts, the same definition the budget tests assert. No browser is needed; it is
 * part of the browser half because that half builds the extension first.
 */
import { afterAll, describe, it } from 'vitest';
import { bundleSizes } from '../../bundle-sizes';
import { PROD_BUILD } from '../../e2e/harness';
import { record, saveResults } from './results';

afterAll(saveResults);

const KB = 1024;

describe('bundle sizes (production Chrome build)', () => {
  it('records each page’s first script and lazy chunks, the background and the on-call card', () => {
    const { pages, scripts } = bundleSizes(PROD_BUILD);
    for (const [page, sizes] of Object.entries(pages)) {
      console.log(`${page}: first script ${sizes.first.files.join(', ')}; lazy ${sizes.lazy.files.join(', ') || 'none'}`);
      record(`bundle.${page}.first.raw`, sizes.first.raw / KB, 'kB');
      record(`bundle.${page}.first.gzip`, sizes.first.gzip / KB, 'kB');
      record(`bundle.${page}.lazy.raw`, sizes.lazy.raw / KB, 'kB');
      record(`bundle.${page}.lazy.gzip`, sizes.lazy.gzip / KB, 'kB');
    }
    for (const [script, sizes] of Object.entries(scripts)) {
      record(`bundle.${script}.raw`, (sizes.first.raw + sizes.lazy.raw) / KB, 'kB');
      record(`bundle.${script}.gzip`, (sizes.first.gzip + sizes.lazy.gzip) / KB, 'kB');
    }
  });
});
