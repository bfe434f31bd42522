/**
 * The on-call card's main-thread time on a busy call page (issue 11): the video-call fixture's
 * 4×4 grid of canvases redrawn every frame, a running session, and the card on top. The page is
 * profiled for 5 seconds and the self time of the extension's script (the card; the page's own
 * drawing is excluded) is printed, with the page's total script time beside it. Printed, never
 * asserted (timing on a shared machine is noise); budget: under 5 ms a second, one DOM update a
 * second. Part of `npm run bench` (the browser half, which builds the end-to-end build first);
 * written to bench/results.json as `overlay.scriptPerSecond`.
 */
import { afterAll, describe, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startDemoServer } from '../../../scripts/demo-server.mjs';
import { launch, panelUrl, type Launched } from '../../e2e/harness';
import { record, saveResults } from './results';

afterAll(saveResults);

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SECONDS = 5;

describe('on-call card on a busy call page (4×4 animated canvases)', () => {
  async function setup() {
    const demo = await startDemoServer();
    const launched: Launched = await launch();
    const panel = await launched.context.newPage();
    await panel.goto(panelUrl(launched));
    await panel.getByRole('button', { name: 'Load demo data' }).click();
    await panel.getByRole('button', { name: 'Settings' }).click();
    await panel.getByLabel(/Site address/).fill(demo.origin);
    await panel.getByRole('button', { name: 'Allow on a site' }).click();
    await panel.getByText(demo.origin, { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Sessions' }).click();
    await panel.getByRole('button', { name: /Start session/ }).first().click();
    await panel.getByRole('timer').waitFor();
    await panel.close();
    const call: Page = await launched.context.newPage();
    await call.setViewportSize({ width: 1280, height: 800 });
    await call.goto(`${demo.origin}/e2e/call`);
    await call.locator('imr-guide-overlay').waitFor({ state: 'attached', timeout: 10_000 });
    const cdp: CDPSession = await launched.context.newCDPSession(call);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    return {
      call,
      cdp,
      async close() {
        await launched.close();
        await demo.close();
      },
    };
  }

  it(
    `card script time per second, over ${SECONDS} s (budget 5 ms)`,
    async () => {
      const { call, cdp, close } = await setup();
      await call.waitForTimeout(1000);
      await cdp.send('Profiler.start');
      await call.waitForTimeout(SECONDS * 1000);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      await close();
      const self = new Map<number, number>();
      profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
      let card = 0;
      let page = 0;
      for (const node of profile.nodes) {
        const us = self.get(node.id) ?? 0;
        if (node.callFrame.url.startsWith('chrome-extension://')) card += us;
        else if (node.callFrame.url) page += us;
      }
      record('overlay.scriptPerSecond', card / 1000 / SECONDS, 'ms/s');
      record('overlay.pageScriptPerSecond', page / 1000 / SECONDS, 'ms/s'); // the page's own drawing, for scale
    },
    120_000,
  );
});
