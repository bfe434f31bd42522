/**
 * Invariant: in the background, the browser adapter, the overlay and the overlay site settings,
 * no failure is swallowed. A caught error goes through the logger (lib/log.ts), and a promise is
 * either awaited, caught with a logger, or comes from a function that handles its own errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = (path: string) =>
  readdirSync(join(ROOT, path))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => `${path}/${f}`);

const FILES = [
  ...dir('lib/background'),
  'lib/platform/adapter.ts',
  ...dir('components/overlay'),
  'entrypoints/overlay.content/index.ts',
  'components/panel/OverlaySites.tsx',
];

/** `void f()` is fine where f catches everything itself; each with where that happens. */
const SELF_HANDLING: Record<string, string> = {
  load: 'Overlay.tsx: logs and clears the snapshot',
  refresh: 'OverlaySites.tsx: reports through app.report',
  add: 'OverlaySites.tsx: every step is caught, logged and shown',
  remove: 'OverlaySites.tsx: every step is caught, logged and shown',
};

describe('no swallowed errors', () => {
  it.each(FILES)('%s', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const problems: string[] = [];
    source.split('\n').forEach((line, i) => {
      const at = `${file}:${i + 1}: ${line.trim()}`;
      // .catch(() => undefined), .catch(() => false), .catch(() => {}), .catch(() => null)
      if (/\.catch\(\s*\(\s*\w*\s*\)\s*=>\s*(undefined|false|null|true|\{\s*\})\s*\)/.test(line)) problems.push(at);
      for (const match of line.matchAll(/\bvoid\s+([\w.]+)\(/g)) {
        const name = match[1] ?? '';
        if (!(name in SELF_HANDLING) && !line.includes('.catch(')) problems.push(at);
      }
    });
    expect(problems).toEqual([]);
  });
});
