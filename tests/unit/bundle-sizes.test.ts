/**
 * The one definition of "first script" and "lazy chunks" (tests/bundle-sizes.ts), on a tiny built
 * folder: a page whose script imports, re-exports and import()s, a page with a relative src, a
 * background script and a content script.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleSizes, moduleImports, pageScripts } from '../bundle-sizes';

const DIR = fileURLToPath(new URL('./fixtures/bundle-sizes', import.meta.url));
const raw = (...files: string[]) => files.reduce((sum, f) => sum + readFileSync(join(DIR, f)).length, 0);
const gzip = (...files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIR, f)), { level: 9 }).length, 0);

describe('bundle sizes', () => {
  it('tells static imports from import(), and ignores imports written inside strings', () => {
    const code = readFileSync(join(DIR, 'chunks/page.js'), 'utf8');
    expect(moduleImports(code)).toEqual({ static: ['./shared.js', './reexport.js'], dynamic: ['./lazy.js'] });
  });

  it('reads the scripts a page loads at once: module scripts and module preloads, not stylesheets', () => {
    expect(pageScripts(readFileSync(join(DIR, 'page.html'), 'utf8'))).toEqual(['/chunks/page.js', '/chunks/shared.js']);
  });

  it('counts a page’s first script through its static imports, and its lazy chunks through import()', () => {
    const sizes = bundleSizes(DIR);
    expect(Object.keys(sizes.pages)).toEqual(['other.html', 'page.html']);
    const page = sizes.pages['page.html']!;
    const first = ['chunks/page.js', 'chunks/reexport.js', 'chunks/shared.js', 'chunks/side.js'];
    expect(page.first.files).toEqual(first);
    expect(page.first.raw).toBe(raw(...first));
    expect(page.first.gzip).toBe(gzip(...first));
    // lazy.js imports shared.js too, which is already loaded: counted once, in the first script.
    const lazy = ['chunks/lazier.js', 'chunks/lazy-dep.js', 'chunks/lazy.js'];
    expect(page.lazy.files).toEqual(lazy);
    expect(page.lazy.raw).toBe(raw(...lazy));
    expect(sizes.pages['other.html']).toEqual({
      first: { files: ['chunks/other.js', 'chunks/shared.js'], raw: raw('chunks/other.js', 'chunks/shared.js'), gzip: gzip('chunks/other.js', 'chunks/shared.js') },
      lazy: { files: [], raw: 0, gzip: 0 },
    });
  });

  it('counts the background and each content script from their own file', () => {
    const { scripts } = bundleSizes(DIR);
    expect(Object.keys(scripts)).toEqual(['background.js', 'content-scripts/overlay.js']);
    expect(scripts['background.js']!.first).toEqual({ files: ['background.js'], raw: raw('background.js'), gzip: gzip('background.js') });
    expect(scripts['content-scripts/overlay.js']!.first.raw).toBe(raw('content-scripts/overlay.js'));
  });

  it('says which file is missing when a chunk imports one that is not in the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-bundle-sizes-'));
    try {
      writeFileSync(join(dir, 'background.js'), 'import"./gone.js";');
      expect(() => bundleSizes(dir)).toThrow(/gone\.js is imported but not in the build/);
      expect(() => bundleSizes(join(dir, 'nowhere'))).toThrow(/no build/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
