/**
 * Exports on the review page, in a real Chromium: the two CSV files and the FHIR bundle download
 * for the sessions the filters select (the bundle passes both FHIR R4 validators), and "Print
 * report" gives a clean PDF: printed with Chromium's own PDF printer, then read back with poppler
 * (pdftotext for the words on each page, pdfinfo for the page count, pdftoppm for images to look
 * at). The tests run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { axeViolations, launch, newProfileDir, reviewUrl, type Launched } from './harness';
import { PanelPage } from './pages/panel';
import { fhirProblems } from '../fhir-validate';
import { PROMPT_RESPONSE_COLUMNS, SESSION_COLUMNS, isRedcapVariableName } from '../../lib/exports/csv';

const NAME = 'A. Jansen';
const RATER = 'B. Visser';

function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' });
}

function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

describe('exports and the printed report (in order)', () => {
  let launched: Launched;
  let review: Page;
  let dir = '';

  beforeAll(async () => {
    try {
      execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error('This test reads the printed PDF with poppler: install it with `apt-get install -y poppler-utils`.');
    }
    launched = await launch(newProfileDir());
    dir = launched.profileDir;
    const panel = await PanelPage.open(launched);
    await panel.navigate('Settings');
    const name = panel.page.getByLabel('Your name or initials (stamped on sessions)');
    await name.fill(NAME);
    await name.blur();
    await panel.navigate('Sessions');
    await panel.loadDemoData();
    await panel.page.close();

    review = await launched.context.newPage();
    await review.goto(reviewUrl(launched));
    await review.getByRole('heading', { name: 'Exports and report' }).waitFor();
    await review.getByText('These act on the ended sessions selected above (2).').waitFor();
  });
  afterAll(async () => {
    await launched?.close();
  });

  async function save(button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([review.waitForEvent('download'), review.getByRole('button', { name: button }).click()]);
    const name = download.suggestedFilename();
    await review.getByRole('status').filter({ hasText: `Written ${name}.` }).waitFor();
    const path = join(dir, name);
    await download.saveAs(path);
    return { name, text: readFileSync(path, 'utf8') };
  }

  it('rates one session with the IT-IS, so the exports carry a rating', async () => {
    await review.getByRole('table', { name: /^Ended sessions/ }).getByRole('button', { name: /details/ }).first().click();
    await review.getByRole('button', { name: 'Rate this session' }).click();
    const form = review.getByRole('form', { name: 'Rate this session with the IT-IS' });
    await form.getByLabel('Rater (your name)').fill(RATER);
    await form.getByRole('group', { name: /^1\. Therapeutic relationship/ }).getByRole('radio', { name: '4 Very good' }).check();
    await form.getByRole('group', { name: /^5\. Action plan review/ }).getByRole('radio', { name: '2 Needs improvement' }).check();
    await form.getByRole('button', { name: 'Save rating' }).click();
    await review.getByRole('status').filter({ hasText: /^Rating saved/ }).waitFor();
  });

  it('downloads the sessions CSV with REDCap column names and one row per selected session', async () => {
    const { name, text } = await save('Export CSV (sessions)');
    expect(name).toMatch(/^imr-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ',' });
    expect(parsed.meta.fields).toEqual(SESSION_COLUMNS);
    expect(parsed.meta.fields?.every((c) => isRedcapVariableName(c))).toBe(true);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data.every((r) => r.practitioner === NAME && r.planned_min === '90')).toBe(true);
    expect(parsed.data.map((r) => r.itis_ratings).sort()).toEqual(['0', '1']);
  });

  it('downloads the prompt responses CSV, one row per prompt of each session, without notes the data lacks', async () => {
    const { name, text } = await save('Export CSV (prompt responses)');
    expect(name).toMatch(/^imr-prompt-responses-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ',' });
    expect(parsed.meta.fields).toEqual(PROMPT_RESPONSE_COLUMNS);
    expect(new Set(parsed.data.map((r) => r.session_id)).size).toBe(2);
    expect(parsed.data.filter((r) => r.status === 'done').length).toBeGreaterThan(10);
  });

  it('downloads a FHIR bundle that passes both R4 validators', async () => {
    const { name, text } = await save('Export FHIR bundle');
    expect(name).toMatch(/^imr-fhir-bundle-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle = JSON.parse(text) as { type: string; entry: { resource: { resourceType: string; questionnaire?: string } }[] };
    expect(fhirProblems(bundle)).toEqual([]);
    expect(bundle.type).toBe('collection');
    expect(bundle.entry.map((e) => e.resource.resourceType).filter((r) => r === 'Encounter')).toHaveLength(2);
    // Two prompt responses and the one IT-IS rating.
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'QuestionnaireResponse')).toHaveLength(3);
    expect(text).not.toMatch(/"subject"|"P0\d"/);
  });

  it('prints a clean report: title and selection, estimates, sessions, each on its own page, no controls', async () => {
    // Chromium's print dialog cannot be driven headless; the button's own work (rendering the report
    // before the dialog) is what is under test, and page.pdf() prints with the print stylesheet.
    await review.evaluate(() => {
      window.print = () => undefined;
    });
    await review.getByRole('button', { name: 'Print report' }).click();
    await review.locator('.exports-report').waitFor({ state: 'attached' });
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, await review.pdf({ format: 'A4' }));

    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const first = pdfText(pdf, 1);
    expect(first).toContain('IMR supervision report');
    expect(first).toMatch(/Printed on/);
    expect(first).toMatch(/Group\s+All groups/);
    expect(first).toMatch(/Practitioner\s+All practitioners/);
    expect(first).toMatch(/Period\s+All time/);
    expect(first).toContain('Ended sessions: 2');
    expect(first).toContain('Self-reported estimate');
    expect(first).not.toContain('Fidelity estimate');

    const second = pdfText(pdf, 2);
    expect(second).toMatch(/^\s*Fidelity estimate/);
    expect(second).toContain('Participants per session');
    expect(second).toContain('Behavioural tailoring');

    const all = pdfText(pdf);
    const last = pdfText(pdf, pages);
    expect(last).toContain('Ended sessions in the selection, newest first');
    expect(last).toContain(NAME);
    expect(last.match(/Module 1|1\. /g)?.length ?? 0).toBeGreaterThan(0);
    // No controls or other page parts on paper.
    for (const absent of ['Export CSV', 'Export FHIR', 'Print report', 'Import files', 'Rate this session', 'By practitioner', 'Lock now', 'Basis'])
      expect(all, absent).not.toContain(absent);

    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(dir, 'report-page')]);
    const images = readdirSync(dir).filter((f) => /^report-page-\d+\.png$/.test(f));
    expect(images).toHaveLength(pages);
    if (process.env.REPORT_PDF_DIR) execFileSync('cp', [pdf, ...images.map((f) => join(dir, f)), process.env.REPORT_PDF_DIR]);
  });

  it('the report leaves the page as it was, and the page stays accessible', async () => {
    await review.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await review.locator('.exports-report').waitFor({ state: 'detached' });
    expect(await axeViolations(review)).toEqual([]);
  });

  it('follows the filters: the printed selection names the practitioner chosen', async () => {
    await review.getByRole('combobox', { name: /^Practitioner/ }).selectOption({ label: NAME });
    await review.getByRole('button', { name: 'Print report' }).click();
    await review.locator('.exports-report').waitFor({ state: 'attached' });
    const pdf = join(dir, 'report-practitioner.pdf');
    writeFileSync(pdf, await review.pdf({ format: 'A4' }));
    expect(pdfText(pdf, 1)).toMatch(new RegExp(`Practitioner\\s+${NAME.replace('.', '\\.')}`));
    await review.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  });
});
