/**
 * The browser half of `npm run bench` writes every figure to bench/results.json (one key per
 * figure, `{ value, unit }`) and prints them as one table at the end (issue 12), in the order of
 * the table. Each bench file records into its own map and merges it into the file when it
 * finishes; the global setup empties the file at the start of a run and prints the table at the end.
 *
 * Usage in a bench file:
 *   record('panel.open.empty', 92.4, 'ms');
 *   afterAll(saveResults);
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figure {
  value: number;
  unit: string;
}

export const RESULTS_FILE = join('bench', 'results.json');

const results: Record<string, Figure> = {};

export function record(key: string, value: number, unit: string): void {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  results[key] = { value: rounded, unit };
  console.log(`${key.padEnd(52)} ${String(rounded).padStart(10)} ${unit}`);
}

export function saveResults(): void {
  if (!existsSync('bench')) mkdirSync('bench');
  writeFileSync(RESULTS_FILE, JSON.stringify({ ...readResults(), ...results }, null, 2) + '\n');
}

export function readResults(): Record<string, Figure> {
  return existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, Figure>) : {};
}

export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

export const median = (values: number[]): number => quantile(values, 0.5);

/** A row of the table; its goal, when it has one, is at most `max` (below it when `below`), in the figure's unit. */
interface Row {
  key: string;
  what: string;
  max?: number;
  below?: boolean;
}

const BUNDLE_ROWS: Row[] = [
  ...['sidepanel.html', 'review.html', 'share.html'].flatMap((page) => [
    { key: `bundle.${page}.first.raw`, what: `${page}: first script, raw` },
    { key: `bundle.${page}.first.gzip`, what: `${page}: first script, gzip` },
    { key: `bundle.${page}.lazy.raw`, what: `${page}: lazy chunks, raw` },
    { key: `bundle.${page}.lazy.gzip`, what: `${page}: lazy chunks, gzip` },
  ]),
  { key: 'bundle.background.js.raw', what: 'background.js, raw' },
  { key: 'bundle.background.js.gzip', what: 'background.js, gzip' },
  { key: 'bundle.content-scripts/overlay.js.raw', what: 'content-scripts/overlay.js, raw' },
  { key: 'bundle.content-scripts/overlay.js.gzip', what: 'content-scripts/overlay.js, gzip', max: 15 },
];

/** The table, in its order. Keys not measured in a run are shown as "not measured". */
export const TABLE: Row[] = [
  { key: 'panel.open.nothingStored', what: 'panel open to "New group" usable, nothing stored (median)', max: 150, below: true },
  { key: 'panel.open.empty', what: 'panel open to "Start session" usable, one group and no sessions (median)', max: 150, below: true },
  { key: 'panel.open.10k', what: 'panel open to "Start session" usable, 10,000 sessions (median)', max: 150, below: true },
  { key: 'panel.open.ratio', what: 'panel open, 10,000 sessions against none', max: 1.3 },
  { key: 'panel.open.groupsNoSessions', what: 'panel open, the same 250 groups without their sessions (median)' },
  { key: 'panel.open.scripts.raw', what: 'panel open, scripts loaded before it is usable, raw' },
  { key: 'panel.open.scripts.gzip', what: 'panel open, scripts loaded before it is usable, gzip' },
  { key: 'panel.keystrokeToSave.reviewOpen10k.p50', what: 'keystroke to committed save, review page open on 10,000 sessions, p50', max: 20 },
  { key: 'panel.keystrokeToSave.reviewOpen10k.p95', what: 'keystroke to committed save, review page open on 10,000 sessions, p95', max: 20 },
  { key: 'panel.keystrokeToSave.reviewOpen10k.p95.first10s', what: '  same, p95 of the first 10 s of 60 s' },
  { key: 'panel.keystrokeToSave.reviewOpen10k.p95.last10s', what: '  same, p95 of the last 10 s of 60 s' },
  { key: 'panel.keystrokeToSave.reviewRereading10k.p95', what: 'keystroke to committed save while the review page re-reads 10,000 sessions, p95', max: 20 },
  { key: 'panel.keystrokeToSave.reviewRereading10k.max', what: '  same, slowest keystroke of 4 s' },
  { key: 'panel.keystrokeToSave.alone.p50', what: 'keystroke to committed save, panel alone, p50', max: 20 },
  { key: 'panel.keystrokeToSave.alone.p95', what: 'keystroke to committed save, panel alone, p95', max: 20 },
  { key: 'panel.keystrokeToSave.alone.p95.first10s', what: '  same, p95 of the first 10 s of 60 s' },
  { key: 'panel.keystrokeToSave.alone.p95.last10s', what: '  same, p95 of the last 10 s of 60 s' },
  { key: 'panel.heap.open', what: 'panel heap right after open, session running' },
  { key: 'panel.heap.afterHour', what: 'panel heap after a simulated hour of the session' },
  { key: 'panel.heap.ratio', what: 'panel heap, after the hour against after open', max: 1.5 },
  { key: 'review.import10k', what: 'review page, import a supervision file of 10,000 sessions' },
  { key: 'review.firstContent10k', what: 'review page first useful content, 10,000 sessions', max: 1500 },
  { key: 'review.filterChange10k.first', what: 'review page filter change, 10,000 sessions, first', max: 200 },
  { key: 'review.filterChange10k.median', what: 'review page filter change, 10,000 sessions, median of six', max: 200 },
  { key: 'review.filterChange10k.max', what: 'review page filter change, 10,000 sessions, slowest of six', max: 200 },
  { key: 'overlay.scriptPerSecond', what: 'on-call card main-thread script per second, busy call page', max: 5 },
  ...BUNDLE_ROWS,
];

/** The table as printed at the end of a run: every row of TABLE, then any other key recorded. */
export function resultTable(all: Record<string, Figure> = readResults()) {
  const rows = TABLE.map(({ key, what, max, below }) => {
    const figure = all[key];
    const met = !figure || max === undefined ? '' : (below ? figure.value < max : figure.value <= max) ? 'yes' : 'no';
    return {
      figure: what,
      measured: figure ? `${figure.value} ${figure.unit}` : 'not measured',
      goal: max === undefined ? '' : `${below ? '<' : '≤'} ${max} ${figure?.unit ?? ''}`.trim(),
      met,
    };
  });
  const known = new Set(TABLE.map((r) => r.key));
  for (const [key, figure] of Object.entries(all)) {
    if (!known.has(key)) rows.push({ figure: key, measured: `${figure.value} ${figure.unit}`, goal: '', met: '' });
  }
  return rows;
}
