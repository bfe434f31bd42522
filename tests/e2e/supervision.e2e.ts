/**
 * Supervision between two browsers, in a real Chromium with two profiles: the practitioner exports
 * for supervision; the supervisor, who never runs sessions, imports on the review page. Bad files
 * each get their error and write nothing; an encrypted export round-trips and a wrong passphrase
 * fails cleanly. The supervisor rates a session with the IT-IS and exports feedback, which the
 * practitioner imports and sees on the group page and in the summary. The tests run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, externalRequests, launch, newProfileDir, reviewUrl, withoutCiphertext, type Launched } from './harness';
import { PanelPage } from './pages/panel';
import { SUPERVISION_FILE_MAX_BYTES } from '../../lib/supervision/format';

const NAME = 'A. Jansen';
const RATER = 'B. Visser';
const ITEM_COMMENT = 'Ask each member about last week’s practice before the new topic.';
const OVERALL_COMMENT = 'A warm session; the home practice review was rushed.';

async function exportFile(panel: PanelPage, dir: string, options: { full?: boolean; passphrase?: string } = {}): Promise<string> {
  await panel.navigate('Sessions');
  const toggle = panel.button('Export for supervision');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  if (options.full) await panel.page.getByLabel(/^Everything, including notes/).check();
  if (options.passphrase) await panel.page.getByLabel('Passphrase for the file (optional)').fill(options.passphrase);
  const [download] = await Promise.all([panel.page.waitForEvent('download'), panel.button('Download file').click()]);
  await panel.page.getByRole('status').filter({ hasText: /^Written imr-guide-supervision-/ }).waitFor();
  const path = join(dir, `${options.full ? 'full' : 'fidelity'}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

/** The number of rows in the review page's sessions table. */
async function sessionRows(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: /^Ended sessions/ });
  if ((await table.count()) === 0) return 0;
  return table.locator(':scope > tbody > tr:not(.review-detail-row)').count();
}

describe('supervision between two browsers (in order)', () => {
  let practitioner: Launched;
  let supervisor: Launched;
  let review: Page;
  let fidelityFile = '';
  let fullFile = '';
  let feedbackFile = '';
  const PASSPHRASE = 'shared over the phone';

  beforeAll(async () => {
    [practitioner, supervisor] = await Promise.all([launch(newProfileDir()), launch(newProfileDir())]);
  });
  afterAll(async () => {
    await Promise.all([practitioner?.close(), supervisor?.close()]);
  });

  it('the practitioner exports a fidelity-only file in two clicks, and a full one with a passphrase', async () => {
    const panel = await PanelPage.open(practitioner);
    await panel.navigate('Settings');
    const name = panel.page.getByLabel('Your name or initials (stamped on sessions)');
    await name.fill(NAME);
    await name.blur();
    await panel.navigate('Sessions');
    await panel.loadDemoData();

    fidelityFile = await exportFile(panel, practitioner.profileDir);
    const text = readFileSync(fidelityFile, 'utf8');
    const file = JSON.parse(text) as { level: string; source: { practitioner: string }; encrypted: boolean; data: { sessions: { notes: string }[]; participants: { code: string }[] } };
    expect(file).toMatchObject({ format: 'imr-guide/supervision', version: 1, level: 'fidelity', encrypted: false, source: { practitioner: NAME } });
    expect(file.data.sessions).toHaveLength(2);
    expect(file.data.sessions.every((s) => s.notes === '')).toBe(true);
    expect(file.data.participants.every((p) => /^PS-/.test(p.code))).toBe(true);
    expect(text).not.toMatch(/"P0\d"/);

    fullFile = await exportFile(panel, practitioner.profileDir, { full: true, passphrase: PASSPHRASE });
    const full = readFileSync(fullFile, 'utf8');
    expect(JSON.parse(full)).toMatchObject({ level: 'full', encrypted: true });
    expect(withoutCiphertext(full)).not.toContain('P01');
    expect(await axeViolations(panel.page)).toEqual([]);
    await panel.page.close();
  });

  it('the supervisor, who never ran a session, imports it on the review page; again, it adds nothing', async () => {
    review = await supervisor.context.newPage();
    await review.goto(reviewUrl(supervisor));
    await review.getByRole('heading', { name: 'Import supervision files' }).waitFor();
    await review.getByLabel('Import files').setInputFiles(fidelityFile);
    await review.getByText(/sessions: 2 added, 0 updated, 0 unchanged/).waitFor();
    await expect.poll(() => sessionRows(review)).toBe(2);
    await review.getByText(`${NAME}: fidelity only`, { exact: false }).waitFor();

    await review.getByLabel('Import files').setInputFiles(fidelityFile);
    await review.getByText(/sessions: 0 added, 0 updated, 2 unchanged/).waitFor();
    expect(await sessionRows(review)).toBe(2);
    expect(await axeViolations(review)).toEqual([]);
  });

  it('bad files each say what is wrong and write nothing', async () => {
    const dir = supervisor.profileDir;
    const good = readFileSync(fidelityFile, 'utf8');
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, good.slice(0, Math.floor(good.length / 2)));
    const future = join(dir, 'future.json');
    writeFileSync(future, good.replace('"version":1', '"version":9'));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(SUPERVISION_FILE_MAX_BYTES + 1, 32));
    const backup = join(dir, 'other.json');
    writeFileSync(backup, JSON.stringify({ format: 'imr-guide/backup', version: 1 }));

    await review.getByLabel('Import files').setInputFiles([truncated, future, huge, backup]);
    await review.getByText(/truncated\.json: nothing was imported\. It cannot be read/).waitFor();
    await review.getByText(/future\.json: nothing was imported\. It has format version 9/).waitFor();
    await review.getByText(/huge\.json: nothing was imported\. It is larger than/).waitFor();
    await review.getByText(/other\.json: nothing was imported\. It is not a supervision file/).waitFor();
    expect(await sessionRows(review)).toBe(2);
  });

  it('an encrypted full file asks for its passphrase; a wrong one fails cleanly, the right one imports', async () => {
    await review.getByLabel('Import files').setInputFiles(fullFile);
    const field = review.getByLabel(/^Passphrase for full-/);
    await field.fill('not the passphrase');
    await review.getByRole('button', { name: 'Open and import' }).click();
    await review.getByText(/The passphrase does not open it/).waitFor();
    expect(await sessionRows(review)).toBe(2);

    await review.getByLabel(/^Passphrase for full-/).fill(PASSPHRASE);
    await review.getByRole('button', { name: 'Open and import' }).click();
    // The same sessions, now with their notes: the fuller copy replaces the fidelity-only one.
    await review.getByText(/sessions: 0 added, 2 updated, 0 unchanged/).waitFor();
    await expect.poll(() => sessionRows(review)).toBe(2);
    await review.getByText(`${NAME}: everything`, { exact: false }).waitFor();
  });

  it('the supervisor rates a session with the IT-IS and exports feedback', async () => {
    await review.getByRole('table', { name: /^Ended sessions/ }).getByRole('button', { name: /details/ }).first().click();
    await review.getByRole('button', { name: 'Rate this session' }).click();
    const form = review.getByRole('form', { name: 'Rate this session with the IT-IS' });
    await form.waitFor();
    await form.getByLabel('Rater (your name)').fill(RATER);
    // The keyboard alone rates an item: arrows move through 1 to 5 inside the item's group.
    const relationship = form.getByRole('group', { name: /^1\. Therapeutic relationship/ });
    await relationship.getByRole('radio', { name: 'Not rated' }).focus();
    for (let i = 0; i < 4; i++) await review.keyboard.press('ArrowRight');
    expect(await relationship.getByRole('radio', { name: '4 Very good' }).isChecked()).toBe(true);
    await form.getByRole('group', { name: /^5\. Action plan review/ }).getByRole('radio', { name: '2 Needs improvement' }).check();
    await form.getByLabel('Comment on Action plan review').fill(ITEM_COMMENT);
    await form.getByLabel('Overall comment').fill(OVERALL_COMMENT);
    expect(await axeViolations(review)).toEqual([]);
    await form.getByRole('button', { name: 'Save rating' }).click();
    await review.getByRole('status').filter({ hasText: 'Rating saved: IT-IS 3.00 · Satisfactory.' }).waitFor();
    await review.getByRole('heading', { name: 'IT-IS 3.00 · Satisfactory' }).waitFor();
    await review.getByRole('table', { name: `${NAME}: IT-IS ratings` }).getByRole('cell', { name: 'Satisfactory' }).first().waitFor();

    await review.getByRole('button', { name: 'Export feedback' }).click();
    await review.getByLabel('Ratings of the sessions of').selectOption({ label: NAME });
    const [download] = await Promise.all([review.waitForEvent('download'), review.getByRole('button', { name: 'Download feedback file' }).click()]);
    await review.getByRole('status').filter({ hasText: /^Written imr-guide-feedback-A-Jansen-.*: 1 rating\.$/ }).waitFor();
    feedbackFile = join(supervisor.profileDir, download.suggestedFilename());
    await download.saveAs(feedbackFile);
    expect(JSON.parse(readFileSync(feedbackFile, 'utf8'))).toMatchObject({ format: 'imr-guide/feedback', version: 1, encrypted: false, source: { rater: RATER }, scope: { practitioner: NAME } });
  });

  it('the practitioner imports the feedback and sees it on the group page and in the summary', async () => {
    const panel = await PanelPage.open(practitioner);
    await panel.page.getByLabel('Import feedback').setInputFiles(feedbackFile);
    await panel.page.getByText(/ratings from B\. Visser, exported .*: 1 added, 0 updated, 0 unchanged\.$/).waitFor();
    // The same file again adds nothing.
    await panel.page.getByLabel('Import feedback').setInputFiles(feedbackFile);
    await panel.page.getByText(/: 0 added, 0 updated, 1 unchanged\.$/).waitFor();

    await panel.button(/^Participants and sessions/).first().click();
    const line = panel.page.getByText(`IT-IS 3.00 · Satisfactory, rated by ${RATER}`);
    await line.waitFor();
    expect(await line.count()).toBe(1);
    await panel.page.getByRole('listitem').filter({ has: line }).getByRole('button', { name: /^Summary and note/ }).click();
    const feedback = panel.page.getByRole('region', { name: 'Feedback from supervision' });
    await feedback.getByRole('heading', { name: 'IT-IS 3.00 · Satisfactory' }).waitFor();
    await feedback.getByText(ITEM_COMMENT).waitFor();
    await feedback.getByText(OVERALL_COMMENT).waitFor();
    expect(await axeViolations(panel.page)).toEqual([]);
    await panel.page.close();
  });

  it('removing the source removes what was imported from it', async () => {
    await review.getByRole('button', { name: `Remove ${NAME}’s records` }).click();
    await review.getByRole('button', { name: 'Yes, remove them' }).click();
    await review.getByText(`${NAME}’s imported records were removed.`).waitFor();
    await expect.poll(() => sessionRows(review)).toBe(0);
    await review.close();
  });

  it('sent nothing off either device', () => {
    expect(externalRequests(practitioner)).toEqual([]);
    expect(externalRequests(supervisor)).toEqual([]);
  });
});
