/**
 * The background service worker wakes for every cue alarm, shortcut and card message: its script
 * stays at most 12 KB gzip (issue 12; it was 266 kB raw, 75 KB gzip, carrying the whole curriculum).
 * The background entry alone is built with the project's own configuration into a temporary folder,
 * so the figure is the shipped one and the shared build output is untouched. The same build must
 * carry the packaged curriculum and words the worker reads instead (lib/packaged/format.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';
import { MODULES } from '../../lib/curriculum';
import { LOCALES } from '../../lib/i18n/text';
import { packagedPath, readLabelsFile, readModuleFile, readSharedFile } from '../../lib/packaged/format';
import { bundleSizes } from '../bundle-sizes';

const GZIP_BUDGET = 12 * 1024;

describe('background script budget', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'imr-background-budget-'));
  const dir = join(outDir, 'chrome-mv3');
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is at most 12 KB gzip, and carries no curriculum, message bundle, polyfill, cipher or schema library', { timeout: 120_000 }, async () => {
    await build({ outDir, filterEntrypoints: ['background'], logger: { debug() {}, log() {}, info() {}, warn() {}, error: console.error, fatal: console.error, success() {}, level: 0 } });
    const { first } = bundleSizes(dir).scripts['background.js']!;
    expect(first.files).toEqual(['background.js']);
    expect(first.gzip, `background.js is ${(first.gzip / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(GZIP_BUDGET);
    const text = readFileSync(join(dir, 'background.js'), 'utf8');
    // Strings that exist only in the curriculum, the message bundles and each library.
    expect(text).not.toContain('Welkom en check-in');
    expect(text).not.toContain('Recovery strategies');
    expect(text).not.toContain('Volgende stap');
    expect(text).not.toContain('This script should only be loaded in a browser extension'); // webextension-polyfill
    expect(text).not.toContain('aes/gcm'); // @noble/ciphers
    expect(text).not.toContain('~run'); // valibot
  });

  it('the same build carries the packaged curriculum and words, each passing its check', () => {
    const read = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));
    expect(readSharedFile(read(packagedPath.shared))).not.toBeNull();
    for (const { id } of MODULES) expect(readModuleFile(read(packagedPath.module(id)!), id), id).not.toBeNull();
    for (const locale of LOCALES) expect(readLabelsFile(read(packagedPath.labels(locale)), locale), locale).not.toBeNull();
  });
});
