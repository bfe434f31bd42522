/**
 * How the browser benches time what a person waits for, measured inside the page wherever
 * possible so the driver's round trips never count (issue 12):
 * - `openPanel`: from the panel page's navigation start to the first frame in which a "Start
 *   session" button is in the page, laid out and enabled (a MutationObserver injected before any of
 *   the page's scripts), with the scripts the page had loaded by then.
 * - `typeSteadily`: real key presses at a steady rate into the running session's notes; each is
 *   timed from its keydown event to the completion of the first IndexedDB transaction that wrote
 *   the session with that keystroke in its notes ("committed": IDBTransaction `complete`).
 * - `heapUsed`: the page's JavaScript heap after forced garbage collection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { quantile, record } from './results';

// ---- Panel open --------------------------------------------------------------------------------

/**
 * Runs in the page before its own scripts: notes when "Start session" (or `label`) first becomes usable, and
 * tells the driver at once (`__imrUsable`, when exposed). With `mark`, it runs a named 1 ms
 * function as the document starts and another once the button is usable: the part of a CPU
 * profile between their first samples is the open (the previous document's unloading is not).
 */
function watchForStart({ mark, label }: { mark: boolean; label: string }) {
  const w = window as unknown as {
    __imrOpen?: { dom: number; frame?: number; longTasks: { start: number; duration: number }[] };
    __imrUsable?: () => void;
  };
  const longTasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the figure itself does not depend on it.
  }
  const usable = () =>
    [...document.querySelectorAll('button')].some(
      (b) => !b.disabled && b.textContent?.trim().startsWith(label) && b.getClientRects().length > 0,
    );
  // Busy on purpose, for 1 ms each: the profiler must sample them to mark where the document
  // starts and where "Start session" became usable.
  function imrDocumentMarker() {
    const end = performance.now() + 1;
    while (performance.now() < end);
  }
  function imrUsableMarker() {
    const end = performance.now() + 1;
    while (performance.now() < end);
  }
  if (mark) imrDocumentMarker();
  const observer = new MutationObserver(() => {
    if (w.__imrOpen || !usable()) return;
    const found: { dom: number; frame?: number; longTasks: typeof longTasks } = { dom: performance.now(), longTasks };
    w.__imrOpen = found;
    observer.disconnect();
    requestAnimationFrame(() => (found.frame = performance.now()));
    void w.__imrUsable?.();
    if (mark) imrUsableMarker();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
}

export interface PanelOpen {
  /** Navigation start to the frame that first shows a usable "Start session", ms. */
  ms: number;
  /** Navigation start to the DOM change that made it usable, ms. */
  domMs: number;
  /** Script files the page had loaded by then, relative to the build folder. */
  scripts: string[];
  /** Main-thread tasks over 50 ms in the first 2 s, ms from navigation start. */
  longTasks: { start: number; duration: number }[];
}

/**
 * Opens the side panel page in a new tab, as the end-to-end tests do, and times it to the first
 * usable button whose text starts with `label` ("Start session"; "New group" on a profile with no
 * group, where there is nothing to start).
 */
export async function openPanel(context: BrowserContext, url: string, label = 'Start session'): Promise<PanelOpen> {
  const page = await context.newPage();
  // Extension pages report no resource timing for their own files: the requests are seen here
  // instead, up to the page's call that says the button is usable.
  const scripts: string[] = [];
  let usable = false;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!usable && /\.m?js$/.test(path)) scripts.push(path.slice(1));
  });
  try {
    await page.exposeFunction('__imrUsable', () => (usable = true));
    await page.addInitScript(watchForStart, { mark: false, label });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __imrOpen?: { frame?: number } }).__imrOpen?.frame !== undefined, null, {
      timeout: 60_000,
      polling: 20,
    });
    await page.waitForTimeout(2000); // let the long tasks after it show
    const open = await page.evaluate(() => {
      const { dom, frame, longTasks } = (window as unknown as { __imrOpen: { dom: number; frame: number; longTasks: { start: number; duration: number }[] } }).__imrOpen;
      return { ms: frame, domMs: dom, longTasks };
    });
    return { ...open, scripts };
  } finally {
    await page.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
}

export interface OpenProfile {
  /** Self time in ms by function (`name file:line:column`; the build is minified, so the column tells them apart). */
  byFunction: Map<string, number>;
  /** Self time in ms by kind: the extension's scripts, the browser's own functions, garbage collection. */
  byKind: Record<'extension script' | 'browser functions' | 'garbage collection' | 'parse, style, layout and other' | 'other', number>;
}

/**
 * One open under the CPU profiler (sampling every 0.1 ms), from a reload (so the debugger stays
 * attached) to the moment "Start session" is usable (the samples after the page's marker function
 * are left out). Nothing else polls the page meanwhile but one cheap check of a flag.
 */
export async function profileOpen(context: BrowserContext, url: string): Promise<OpenProfile> {
  const page = await context.newPage();
  const started = () => (window as unknown as { __imrOpen?: { frame?: number } }).__imrOpen?.frame !== undefined;
  try {
    await page.addInitScript(watchForStart, { mark: true, label: 'Start session' });
    await page.goto(url);
    await page.waitForFunction(started, null, { timeout: 60_000, polling: 50 });
    await page.waitForTimeout(3000); // what the page does after its first frame is not part of the next open
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.reload();
    await page.waitForFunction(started, null, { timeout: 60_000, polling: 50 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    await cdp.detach();
    const byFunction = new Map<string, number>();
    const byKind: OpenProfile['byKind'] = {
      'extension script': 0,
      'browser functions': 0,
      'garbage collection': 0,
      'parse, style, layout and other': 0,
      other: 0,
    };
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const at = (name: string) => profile.samples.findIndex((id) => nodes.get(id)?.callFrame.functionName === name);
    const from = Math.max(0, at('imrDocumentMarker'));
    const to = at('imrUsableMarker');
    profile.samples.forEach((id, i) => {
      if (i < from || (to >= 0 && i >= to)) return;
      const frame = nodes.get(id)?.callFrame;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!frame || ['(idle)', '(root)', 'imrDocumentMarker'].includes(frame.functionName)) return;
      const name = frame.url
        ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
        : frame.functionName;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      const kind: keyof OpenProfile['byKind'] =
        frame.functionName === '(garbage collector)'
          ? 'garbage collection'
          : frame.functionName === '(program)'
            ? 'parse, style, layout and other'
            : frame.url.startsWith('chrome-extension://')
              ? 'extension script'
              : !frame.url && !frame.functionName.startsWith('(')
                ? 'browser functions'
                : 'other';
      byKind[kind] += ms;
    });
    return { byFunction, byKind };
  } finally {
    await page.close();
  }
}

/** Raw and gzip bytes of files of a build. */
export function filesSize(buildDir: string, files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of new Set(files)) {
    const bytes = readFileSync(join(buildDir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

// ---- Keystroke to committed save ---------------------------------------------------------------

/**
 * Runs in the panel before its own scripts: records each keystroke into the session notes
 * (`textarea#field-notes`) with its keydown time and the text after it, and each committed
 * transaction that wrote a session's notes, with the notes it wrote.
 */
function probeSaves() {
  const probe = { keys: [] as { t: number; value: string }[], commits: [] as { t: number; notes: string }[], keydown: NaN };
  (window as unknown as { __imrSaves: typeof probe }).__imrSaves = probe;
  const isNotes = (target: EventTarget | null) => target instanceof HTMLTextAreaElement && target.id === 'field-notes';
  addEventListener('keydown', (e) => isNotes(e.target) && (probe.keydown = e.timeStamp), true);
  addEventListener('input', (e) => {
    if (isNotes(e.target)) probe.keys.push({ t: probe.keydown, value: (e.target as HTMLTextAreaElement).value });
  }, true);
  const written = new WeakMap<IDBTransaction, string>();
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const notes = (value as { notes?: unknown } | null)?.notes;
    if (this.name === 'sessions' && typeof notes === 'string') {
      const tx = this.transaction;
      if (!written.has(tx)) tx.addEventListener('complete', () => probe.commits.push({ t: performance.now(), notes: written.get(tx)! }));
      written.set(tx, notes);
    }
    return put.call(this, value, key);
  };
}

/** Call before the panel page's first navigation. */
export async function installSaveProbe(page: Page): Promise<void> {
  await page.addInitScript(probeSaves);
}

export interface Typing {
  /** Keystroke to committed save, ms, in the order typed. */
  latencies: number[];
  p50: number;
  p95: number;
  /** p95 of the keystrokes in the first and in the last 10 seconds. */
  p95First10s: number;
  p95Last10s: number;
  /** Keystrokes whose save was not seen within 10 s of the last one. */
  unsaved: number;
  /** Keystrokes that took over 50 ms, with when they were typed (ms after the first). */
  slow: { at: number; ms: number }[];
}

/** One line on the keystrokes that missed, for the log. */
export function describeSlow(typing: Typing): string {
  const { slow, unsaved } = typing;
  const list = slow.map((k) => `${Math.round(k.ms)} ms at ${(k.at / 1000).toFixed(1)} s`).join(', ');
  return `${slow.length} of ${typing.latencies.length} keystrokes took over 50 ms${list ? `: ${list}` : ''}${unsaved ? `; ${unsaved} not seen saved` : ''}`;
}

const TEXT =
  'Checked in with everyone; two reported a hard week with sleep. Reviewed home practice: most tried the breathing exercise at least twice. ';

/**
 * Types into the focused session notes at `perSecond` keys a second for `seconds`, with real key
 * presses on a fixed schedule (a slow keystroke does not push the next one back), then times each.
 */
export async function typeSteadily(page: Page, seconds: number, perSecond = 8): Promise<Typing> {
  await page.evaluate(() => {
    const w = window as unknown as { __imrSaves: { keys: unknown[]; commits: unknown[] } };
    w.__imrSaves.keys.length = 0;
    w.__imrSaves.commits.length = 0;
  });
  const count = seconds * perSecond;
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / perSecond;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    const ch = TEXT[i % TEXT.length]!;
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
  }
  const read = () =>
    page.evaluate(() => (window as unknown as { __imrSaves: { keys: { t: number; value: string }[]; commits: { t: number; notes: string }[] } }).__imrSaves);
  let probe = await read();
  for (let waited = 0; waited < 10_000; waited += 100) {
    const last = probe.keys.at(-1);
    if (last && probe.commits.some((c) => c.notes.startsWith(last.value))) break;
    await page.waitForTimeout(100);
    probe = await read();
  }
  const latencies: number[] = [];
  const times: number[] = [];
  let unsaved = 0;
  for (const key of probe.keys) {
    const commit = probe.commits.find((c) => c.t >= key.t && c.notes.startsWith(key.value));
    if (!commit) {
      unsaved++;
      continue;
    }
    latencies.push(commit.t - key.t);
    times.push(key.t);
  }
  const t0 = times[0] ?? 0;
  const tEnd = times.at(-1) ?? 0;
  return {
    latencies,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p95First10s: quantile(latencies.filter((_, i) => times[i]! - t0 < 10_000), 0.95),
    p95Last10s: quantile(latencies.filter((_, i) => tEnd - times[i]! < 10_000), 0.95),
    unsaved,
    slow: latencies.flatMap((ms, i) => (ms > 50 ? [{ at: times[i]! - t0, ms }] : [])),
  };
}

// ---- Heap ----------------------------------------------------------------------------------------

/** The page's used JavaScript heap in bytes, after two forced garbage collections. */
export async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Opens the panel with the save probe, loads the demo data and starts a session: where typing is measured. */
export async function startDemoSession(panel: Page, url: string): Promise<void> {
  await installSaveProbe(panel);
  await panel.goto(url);
  await panel.getByRole('button', { name: 'Load demo data' }).click();
  await panel.getByRole('button', { name: /^Start session/ }).first().click();
  await panel.getByRole('timer').waitFor();
}

/** Records steady typing's figures under `key` (p50, p95, and the p95 of its first and last 10 s). */
export function recordTyping(key: string, typing: Typing): void {
  record(`${key}.p50`, typing.p50, 'ms');
  record(`${key}.p95`, typing.p95, 'ms');
  record(`${key}.p95.first10s`, typing.p95First10s, 'ms');
  record(`${key}.p95.last10s`, typing.p95Last10s, 'ms');
}
