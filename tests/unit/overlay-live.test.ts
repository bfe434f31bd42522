/**
 * The on-call card is visible only while the extension's own stylesheet is in the page
 * (public/content-scripts/overlay-live.css): Firefox leaves an old card's nodes behind when the
 * extension is reloaded or updated, but takes that sheet out, so the old card disappears
 * (proved in a real Firefox by tests/e2e/firefox-overlay.e2e.ts). This keeps the three parts in
 * step without a browser: the sheet names the card's host, the card's style depends on it, and
 * the sheet is registered with the card's script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERLAY_STYLE_FILE } from '../../lib/platform/adapter';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('the card shows only while the extension is there', () => {
  it('the registered sheet exists and sets the flag on the card host', () => {
    expect(existsSync(join('public', OVERLAY_STYLE_FILE))).toBe(true);
    const live = withoutComments(read(join('public', OVERLAY_STYLE_FILE)));
    const tag = /OVERLAY_TAG = '([^']+)'/.exec(read('components/overlay/mount.ts'))?.[1];
    expect(tag).toBe('imr-guide-overlay');
    expect(live).toMatch(new RegExp(`${tag}\\s*\\{\\s*--imr-guide-live:\\s*visible;?\\s*\\}`));
  });

  it("the card's visibility depends on that flag, hidden without it", () => {
    const css = withoutComments(read('components/overlay/overlay.css'));
    const card = /(?:^|\n)\.card\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(card).toMatch(/visibility:\s*var\(--imr-guide-live,\s*hidden\)/);
    // No later rule makes the card visible on its own.
    expect(css.match(/visibility:\s*visible/g) ?? []).toHaveLength(1); // the host's own reset
    expect(css).toMatch(/:host\s*\{[^}]*visibility:\s*visible !important/);
  });
});
