/**
 * The side panel, measured in a real Chromium (issue 12; printed and written to bench/results.json,
 * never asserted):
 * - Open to usable: from the panel page's navigation start to the first frame showing an enabled
 *   "Start session", median of 7 opens in new tabs (after one unmeasured open), with one group and
 *   no sessions, and with 10,000 sessions (250 groups), in browsers opened in turn, and the ratio;
 *   beside them a profile with nothing stored, timed to its "New group" button (there is nothing
 *   to start), and one with the same 250 groups and no sessions, which tells what the open costs
 *   for the number of groups and what for the sessions. Also the scripts the page had loaded by then, and a CPU profile of one open of each,
 *   printed as where the time went and what 10,000 sessions add, to explain a missed goal.
 * - Keystroke to committed save with the panel alone: 60 s of steady typing at 8 keys a second
 *   into a running session's notes (the same measure as with the review page open, in
 *   review-scale.browser.ts).
 * - Heap after a simulated hour of a running session against right after open. The "simulated
 *   hour" runs the panel's own code under Playwright's fake clock (`page.clock`): every timer and
 *   `Date.now()` in the page advance together, one minute at a time with `runFor`, so the session
 *   model's four-a-second tick runs all 14,400 times, each one deriving the clock and redrawing
 *   the timer, while the script walks through every step of the plan (clicking Next step at even
 *   intervals), marks every prompt of each step Done and types a sentence into the session notes
 *   every simulated minute (real key presses, each saved to IndexedDB, which is not faked). Only
 *   waiting is skipped; all the work an hour brings is done. The heap is read after forced garbage
 *   collection (CDP), right after the panel opened on the running session and after the hour.
 */
import { afterAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launch, panelUrl } from '../../e2e/harness';
import { generate } from '../generate';
import { describeSlow, filesSize, heapUsed, openPanel, profileOpen, recordTyping, startDemoSession, typeSteadily, type OpenProfile, type PanelOpen } from './measure';
import { median, record, saveResults } from './results';

afterAll(saveResults);

const OPENS = 7;
const KB = 1024;
const MB = 1024 * 1024;

/** Writes records straight into the extension's database, from one of its pages, in one transaction. */
async function writeRecords(page: Page, stores: Record<string, unknown[]>) {
  await page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('imr-guide');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const names = Object.keys(stores);
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) for (const record of stores[name]!) tx.objectStore(name).put(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  }, stores);
}

function describeOpens(label: string, opens: PanelOpen[]) {
  const last = opens.at(-1)!;
  console.log(
    `panel open, ${label}: ${opens.map((o) => Math.round(o.ms)).join(', ')} ms (DOM ${opens.map((o) => Math.round(o.domMs)).join(', ')});` +
      ` tasks over 50 ms in the first 2 s of the last open: ${last.longTasks.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start)}`).join(', ') || 'none'}`,
  );
}

/** Where an open spends its main-thread time, and what 10,000 sessions add to an open with none. */
function explain(empty: OpenProfile, full: OpenProfile) {
  const kinds = (p: OpenProfile) => Object.entries(p.byKind).map(([k, ms]) => `${k} ${Math.round(ms)} ms`).join(', ');
  console.log(`profiled open, one group and no sessions: ${kinds(empty)}`);
  console.log(`profiled open, 10,000 sessions: ${kinds(full)}`);
  const added = [...full.byFunction.entries()]
    .map(([name, ms]) => [name, ms - (empty.byFunction.get(name) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
  console.log(`what 10,000 sessions add (self time, ms):\n${added.map(([n, ms]) => `  ${ms.toFixed(1).padStart(7)}  ${n}`).join('\n')}`);
}

describe('side panel (Chromium)', () => {
  it(`opens to a usable "Start session", with no sessions and with 10,000, median of ${OPENS}`, async () => {
    // Browsers side by side, opened in turn, so the machine's other load falls on all alike.
    const [none, empty, groupsOnly, full] = [await launch(), await launch(), await launch(), await launch()];
    try {
      await openPanel(none.context, panelUrl(none), 'New group'); // unmeasured, as below
      const data = generate(10_000);
      const firstGroup = data.groups[0]!;
      for (const launched of [empty, groupsOnly, full]) {
        const page = await launched.context.newPage();
        await page.goto(panelUrl(launched));
        await page.getByRole('navigation').waitFor();
        if (launched === empty) {
          await writeRecords(page, { groups: [firstGroup], participants: data.participants.filter((p) => p.groupId === firstGroup.id) });
        } else {
          await writeRecords(page, { groups: data.groups, participants: data.participants });
          if (launched === full) {
            for (let i = 0; i < data.sessions.length; i += 1000) await writeRecords(page, { sessions: data.sessions.slice(i, i + 1000) });
          }
        }
        await page.close();
        await openPanel(launched.context, panelUrl(launched)); // unmeasured: the first open compiles the scripts
      }
      const opens: Record<'none' | 'empty' | 'groupsOnly' | 'full', PanelOpen[]> = { none: [], empty: [], groupsOnly: [], full: [] };
      for (let i = 0; i < OPENS; i++) {
        opens.none.push(await openPanel(none.context, panelUrl(none), 'New group'));
        opens.empty.push(await openPanel(empty.context, panelUrl(empty)));
        opens.groupsOnly.push(await openPanel(groupsOnly.context, panelUrl(groupsOnly)));
        opens.full.push(await openPanel(full.context, panelUrl(full)));
      }
      describeOpens('nothing stored, to "New group"', opens.none);
      describeOpens('one group, no sessions', opens.empty);
      describeOpens(`${data.groups.length} groups, no sessions`, opens.groupsOnly);
      describeOpens(`10,000 sessions in ${data.groups.length} groups`, opens.full);
      const emptyMs = median(opens.empty.map((o) => o.ms));
      const fullMs = median(opens.full.map((o) => o.ms));
      record('panel.open.nothingStored', median(opens.none.map((o) => o.ms)), 'ms');
      record('panel.open.empty', emptyMs, 'ms');
      record('panel.open.10k', fullMs, 'ms');
      record('panel.open.ratio', fullMs / emptyMs, '×');
      // The same groups without their sessions: what the open costs for the groups alone.
      record('panel.open.groupsNoSessions', median(opens.groupsOnly.map((o) => o.ms)), 'ms');
      const scripts = opens.full.at(-1)!.scripts;
      const size = filesSize(E2E_BUILD, scripts);
      console.log(`scripts loaded before "Start session" was usable: ${scripts.join(', ')}`);
      record('panel.open.scripts.raw', size.raw / KB, 'kB');
      record('panel.open.scripts.gzip', size.gzip / KB, 'kB');
      explain(await profileOpen(empty.context, panelUrl(empty)), await profileOpen(full.context, panelUrl(full)));
    } finally {
      await none.close();
      await empty.close();
      await groupsOnly.close();
      await full.close();
    }
  }, 300_000);

  it('keystroke to committed save with the panel alone, 60 s at 8 keys a second', async () => {
    const launched = await launch();
    try {
      const panel = await launched.context.newPage();
      await startDemoSession(panel, panelUrl(launched));
      await panel.getByLabel('Session notes').click();
      const typing = await typeSteadily(panel, 60);
      console.log(describeSlow(typing));
      recordTyping('panel.keystrokeToSave.alone', typing);
    } finally {
      await launched.close();
    }
  }, 200_000);

  it('heap after a simulated hour of a running session, against right after open', async () => {
    const launched = await launch();
    try {
      const first = await launched.context.newPage();
      await first.goto(panelUrl(launched));
      await first.getByRole('button', { name: 'Load demo data' }).click();
      await first.getByRole('button', { name: /^Start session/ }).first().click();
      await first.getByRole('timer').waitFor();
      await first.close();

      // The panel reopened on the running session, its timers and dates on the fake clock.
      const panel = await launched.context.newPage();
      await panel.clock.install();
      await panel.goto(panelUrl(launched));
      await panel.getByRole('timer').waitFor(); // the panel opens on the running session
      await panel.clock.runFor(2000);
      const open = await heapUsed(launched.context, panel);

      const stepText = (await panel.getByText(/^Step \d+ of \d+/).first().textContent()) ?? '';
      const steps = Number(/of (\d+)/.exec(stepText)?.[1] ?? 1);
      const started = Date.now();
      let step = 1;
      let marked = 0;
      for (let minute = 1; minute <= 60; minute++) {
        await panel.clock.runFor(60_000);
        await panel.getByLabel('Session notes').click();
        await panel.keyboard.type(`Minute ${minute}: shared an example from the week, agreed a next step. `);
        // Step changes at even intervals, so the hour walks through every step of the plan.
        if (step < steps && minute >= Math.round((step * 60) / steps)) {
          const open = panel.locator('.prompt-status').getByRole('button', { name: 'Done', exact: true, pressed: false });
          for (let n = await open.count(); n > 0; n--) {
            await open.first().click();
            marked++;
          }
          await panel.getByRole('button', { name: 'Next step', exact: true }).click();
          const anyway = panel.getByRole('button', { name: 'Next step anyway' });
          if (await anyway.isVisible()) await anyway.click();
          step++;
          await panel.getByText(new RegExp(`^Step ${step} of`)).first().waitFor();
        }
      }
      const after = await heapUsed(launched.context, panel);
      const elapsed = (await panel.getByText(/^Session time/).first().textContent()) ?? '';
      console.log(
        `simulated hour: ${steps} steps, ${marked} prompts marked, 60 sentences typed, in ${Math.round((Date.now() - started) / 1000)} s of real time; the panel says "${elapsed.trim()}"`,
      );
      record('panel.heap.open', open / MB, 'MB');
      record('panel.heap.afterHour', after / MB, 'MB');
      record('panel.heap.ratio', after / open, '×');
    } finally {
      await launched.close();
    }
  }, 400_000);
});
