/**
 * What people wait for, measured in a real Chromium with 10,000 sessions (printed and written to
 * bench/results.json, never asserted): importing a supervision file of 10,000 sessions, the
 * review page's first useful content, a filter change, and the time from a keystroke in the panel
 * to its committed save while the review page is open.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, newProfileDir, panelUrl, reviewUrl, type Launched } from '../../e2e/harness';
import { buildSupervisionFile } from '../../../lib/supervision/format';
import { generate } from '../generate';

const SESSIONS = 10_000;
const results: Record<string, { value: number; unit: string }> = {};

function record(key: string, value: number, unit: string) {
  results[key] = { value: Math.round(value * 10) / 10, unit };
  console.log(`${key.padEnd(48)} ${String(results[key].value).padStart(10)} ${unit}`);
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

describe(`review page and panel with ${SESSIONS.toLocaleString('en')} sessions (Chromium)`, () => {
  let launched: Launched;
  let file = '';
  beforeAll(async () => {
    launched = await launch(newProfileDir());
    const data = generate(SESSIONS);
    file = join(launched.profileDir, 'bench-supervision.json');
    const text = await buildSupervisionFile(data, {
      level: 'full',
      source: { id: 'src_bench', practitioner: 'Bench practitioner' },
      range: { from: null, to: null },
      now: new Date(),
      appVersion: 'bench',
      pseudonymKey: '',
    });
    writeFileSync(file, text);
  }, 300_000);
  afterAll(async () => {
    await launched?.close();
    const dir = 'bench';
    if (!existsSync(dir)) mkdirSync(dir);
    const path = join(dir, 'results.json');
    const before = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(path, JSON.stringify({ ...before, ...results }, null, 2) + '\n');
  });

  it('imports a supervision file of 10,000 sessions', async () => {
    const page = await launched.context.newPage();
    await page.goto(reviewUrl(launched));
    await page.getByLabel('Import files').waitFor();
    const started = Date.now();
    await page.getByLabel('Import files').setInputFiles(file);
    await page.getByText(/sessions: 10,000 added/).waitFor({ timeout: 300_000 });
    record('review.import10k', Date.now() - started, 'ms');
    await page.close();
  }, 400_000);

  it('shows the review page’s first useful content, and answers a filter change', async () => {
    const page = await launched.context.newPage();
    const started = Date.now();
    await page.goto(reviewUrl(launched));
    await page.getByRole('table', { name: /^Ended sessions/ }).waitFor({ timeout: 120_000 });
    record('review.firstContent10k', Date.now() - started, 'ms');

    // The first select of the Selection fieldset is the group filter.
    const group = page.getByRole('group', { name: 'Selection' }).locator('select').first();
    const timings: number[] = [];
    for (const value of ['g1', 'g2', 'g3', '', 'g1', '']) {
      const ms = await group.evaluate(async (select: HTMLSelectElement, next) => {
        const t0 = performance.now();
        select.value = next;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      }, value);
      timings.push(ms);
    }
    console.log(`filter changes (g1, g2, g3, all, g1, all): ${timings.map((ms) => Math.round(ms)).join(', ')} ms`);
    record('review.filterChange10k.first', timings[0] ?? NaN, 'ms');
    record('review.filterChange10k.median', quantile(timings, 0.5), 'ms');
    record('review.filterChange10k.max', Math.max(...timings), 'ms');
    await page.close();
  }, 200_000);

  it('keystroke to committed save in the panel while the review page is open', async () => {
    const review = await launched.context.newPage();
    await review.goto(reviewUrl(launched));
    await review.getByRole('table', { name: /^Ended sessions/ }).waitFor({ timeout: 120_000 });
    const panel = await launched.context.newPage();
    await panel.goto(panelUrl(launched));
    await panel.getByRole('button', { name: 'Load demo data' }).click();
    await panel.getByRole('button', { name: /^Start session/ }).first().click();
    await panel.getByRole('timer').waitFor();
    const notes = panel.getByLabel('Session notes');
    await notes.click();
    const latencies: number[] = [];
    // 8 keys a second for 8 seconds: each keystroke timed until the database holds it.
    for (let i = 0; i < 64; i++) {
      const ms = await panel.evaluate(async (n) => {
        const area = document.querySelector<HTMLTextAreaElement>('textarea#field-notes')!;
        const t0 = performance.now();
        area.value += String.fromCharCode(97 + (n % 26));
        area.dispatchEvent(new InputEvent('input', { bubbles: true }));
        const want = area.value;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('imr-guide');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        try {
          for (;;) {
            const notesNow = await new Promise<string>((resolve) => {
              const tx = db.transaction('sessions');
              const req = tx.objectStore('sessions').index('byStatus').getAll('running');
              req.onsuccess = () => resolve((req.result as { notes?: string }[])[0]?.notes ?? '');
            });
            if (notesNow === want) return performance.now() - t0;
            await new Promise((r) => setTimeout(r, 2));
          }
        } finally {
          db.close();
        }
      }, i);
      latencies.push(ms);
      await panel.waitForTimeout(Math.max(0, 125 - ms));
    }
    record('panel.keystrokeToSave.reviewOpen10k.p50', quantile(latencies, 0.5), 'ms');
    record('panel.keystrokeToSave.reviewOpen10k.p95', quantile(latencies, 0.95), 'ms');
    await panel.close();
    await review.close();
  }, 200_000);
});
