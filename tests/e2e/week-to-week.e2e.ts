/**
 * Week to week (issue 9), through the panel as a person would: a rolling group runs three weekly
 * sessions. Session 1 records attendance with "All present" and one exception and agrees home
 * practice; session 2 shows that agreement at Action plan review and records its review, and
 * ending it with attendance unrecorded warns; a participant who joins before session 3 gets the
 * newcomer introduction; an ended session is amended and shows as amended, and its note has clock
 * times and modality, no imperative prompt text, and flags a typed full name; a test session is
 * deleted and the completion flag it caused goes; the participant view follows the panel. The tests share one profile and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, panelUrl, reviewUrl, type Launched } from './harness';
import { PanelPage } from './pages/panel';

const GROUP = 'Thursday rolling group';
const AGREED = 'Call library coordinator by Friday';

async function addParticipant(panel: PanelPage, code: string) {
  const form = panel.page.locator('form', { has: panel.page.getByRole('heading', { name: 'Add a participant' }) });
  await form.getByLabel('Code or initials').fill(code);
  await panel.button('Add participant').click();
  await panel.page.getByText(`Participant ${code} added.`).waitFor();
}

/** Starts the group's next session from the group's own page. */
async function startSession(panel: PanelPage) {
  await panel.navigate('Groups');
  await panel.button(`Open ${GROUP}`).click();
  await panel.button('Plan a session').click();
  await panel.button('Start session').click();
  await panel.timer().waitFor();
}

/** Moves on to step `n` (1-based), going past open key prompts. */
async function goToStep(panel: PanelPage, n: number) {
  for (;;) {
    const heading = (await panel.page.getByRole('heading', { level: 2, name: /^Step \d+ of 8/ }).textContent()) ?? '';
    const current = Number(/^Step (\d+)/.exec(heading)?.[1]);
    if (current >= n) return;
    await panel.button('Next step').click();
    const anyway = panel.button('Next step anyway');
    await expect.poll(async () => (await anyway.isVisible()) || (await panel.page.getByRole('heading', { level: 2, name: `Step ${current + 1} of 8`, exact: false }).count()) > 0).toBe(true);
    if (await anyway.isVisible()) await anyway.click();
    await panel.page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${current + 1} of 8`) }).waitFor();
  }
}

/** Ends the session, confirming when the panel asks (open key prompts, unrecorded attendance). */
async function endSession(panel: PanelPage) {
  await panel.button('End session').click();
  const summary = panel.page.getByRole('heading', { name: 'Session summary' });
  const anyway = panel.button('End session anyway');
  await expect.poll(async () => (await summary.count()) > 0 || (await anyway.isVisible())).toBe(true);
  if (await anyway.isVisible()) await anyway.click();
  await summary.waitFor();
}

describe('a rolling group over three weekly sessions', () => {
  let launched: Launched;
  let panel: PanelPage;
  beforeAll(async () => {
    launched = await launch();
    panel = await PanelPage.open(launched);
  });
  afterAll(async () => {
    await panel?.page.close();
    await launched?.close();
  });

  it('creates a rolling group with two participants', async () => {
    await panel.navigate('Groups');
    await panel.page.getByLabel('Group name').fill(GROUP);
    await panel.page.getByLabel(/^Rolling admission/).check();
    await panel.button('Create group').click();
    await panel.page.getByText(`Group created: ${GROUP}.`).waitFor();
    await panel.button(`Open ${GROUP}`).click();
    await addParticipant(panel, 'P01');
    await addParticipant(panel, 'P02');
  });

  it('session 1: a first session gets the introduction; "All present" and one exception record attendance; home practice is agreed', async () => {
    await startSession(panel);
    await panel.page.getByLabel('Attendance for P02').selectOption('absent');
    await panel.button('The others present').click();
    await expect.poll(() => panel.page.getByLabel('Attendance for P01').inputValue()).toBe('present');
    expect(await panel.page.getByLabel('Attendance for P02').inputValue()).toBe('absent');

    await goToStep(panel, 2);
    await panel.page.getByRole('heading', { name: 'Introduction instead of the review' }).waitFor();

    await goToStep(panel, 8);
    const agreed = panel.page.getByLabel('Home practice agreed with P01 for next time');
    await agreed.fill(AGREED);
    await agreed.blur();
    await endSession(panel);
  });

  it('session 2: Action plan review shows session 1’s agreement and records its review; ending with attendance unrecorded warns', async () => {
    await startSession(panel);
    await goToStep(panel, 2);
    await panel.page.getByRole('heading', { name: 'Last session', exact: true }).waitFor();
    await goToStep(panel, 3);
    const p1 = panel.page.locator('li.participant').filter({ has: panel.page.getByText('P01', { exact: true }) });
    await p1.getByText(new RegExp(`^Agreed on .*: “${AGREED}”$`)).waitFor();
    // P02 was absent last time: nothing to review yet.
    const p2 = panel.page.locator('li.participant').filter({ has: panel.page.getByText('P02', { exact: true }) });
    await p2.getByText(/^First session: no home practice to review yet/).waitFor();
    await panel.page.getByLabel('Home practice of P01').selectOption('done');
    if (process.env.IMR_SCREENSHOTS) {
      // README's picture of Action plan review with last week's agreements, at a side panel's width.
      await panel.page.setViewportSize({ width: 420, height: 900 });
      const card = panel.page.getByRole('region', { name: 'Participants', exact: true });
      await card.screenshot({ path: 'docs/action-plan-review.png' });
      await panel.page.setViewportSize({ width: 1280, height: 720 });
    }

    // The review is recorded: it is there after the panel is opened again.
    await panel.page.reload();
    await panel.ready();
    await expect.poll(() => panel.page.getByLabel('Home practice of P01').inputValue()).toBe('done');

    await panel.button('End session').click();
    const alert = panel.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Attendance not recorded for P01 and P02.');
    await panel.button('End session anyway').click();
    await panel.page.getByRole('heading', { name: 'Session summary' }).waitFor();
  });

  it('session 3: a participant who joined since gets the newcomer introduction', async () => {
    await panel.navigate('Groups');
    await panel.button(`Open ${GROUP}`).click();
    await addParticipant(panel, 'P07');
    await startSession(panel);
    // The participant view, shared as a tab in the call, follows the panel to the next step.
    const [share] = await Promise.all([launched.context.waitForEvent('page'), panel.button('Share with the group').click()]);
    await share.waitForLoadState();
    expect(share.url()).toBe(panelUrl(launched).replace('sidepanel.html', 'share.html'));
    const now = share.getByRole('region', { name: 'Now' });
    await expect.poll(() => now.textContent()).toContain('Check-in');
    await goToStep(panel, 2);
    await expect.poll(() => now.textContent()).toContain('Review of last session');
    expect(await share.locator('body').textContent()).not.toMatch(/P0[127]/);
    await share.close();
    await panel.page.getByText(/New today: P07\./).waitFor();
    await goToStep(panel, 3);
    const p7 = panel.page.locator('li.participant').filter({ has: panel.page.getByText('P07', { exact: true }) });
    await p7.getByText(/^First session: no home practice to review yet/).waitFor();
    await endSession(panel);
  });

  it('amends the ended session 3: attendance recorded afterwards, stamped in the summary and the note', async () => {
    await panel.button('Amend this session').click();
    await panel.page.getByRole('heading', { name: /^Amend the session of / }).waitFor();
    await panel.button('All present').click();
    await expect.poll(() => panel.page.getByLabel('Attendance for P07').inputValue()).toBe('present');
    const review = panel.page.getByRole('group', { name: /Review last week's home practice/ });
    await review.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(() => review.getByRole('button', { name: 'Done', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const notes = panel.notes();
    await notes.fill('Maria Jansen (P07) talked about her sister.');
    await notes.blur();
    await panel.button('Done: back to the summary').click();
    await panel.page.getByRole('heading', { name: 'Session summary' }).waitFor();
    await panel.page.getByText(/^Amended on /).waitFor();

    // The copied note: clock times, modality, no imperative prompt text, and the typed full name flagged.
    await panel.page.getByLabel('How the session was held').selectOption('video');
    const noteArea = panel.page.locator('textarea.summary-note-text').first();
    await expect.poll(() => noteArea.inputValue()).toContain('Modality: video call');
    const note = await noteArea.inputValue();
    expect(note).toMatch(/^Amended on \d{1,2} \w{3} \d{4}\.$/m);
    expect(note).toMatch(/^Time: \d{2}:\d{2}–\d{2}:\d{2}$/m);
    expect(note).toMatch(/^Signature: _+ {2}.* {2}Date: _+$/m);
    expect(note).not.toContain("Review last week's home practice");
    const flags = panel.page.getByRole('alert').filter({ hasText: 'Before copying' });
    await expect.poll(() => flags.textContent()).toContain('Session notes: “Maria Jansen”');
    await panel.button(/^Copy/).first().click();
    await panel.page.getByText(/^Copied: |^Could not copy automatically/).first().waitFor();
  });

  it('deletes a test session after a confirmation that says what goes, and the outreach flag it caused goes with it', async () => {
    await startSession(panel);
    await panel.page.getByLabel('Attendance for P01').selectOption('absent');
    await panel.button('The others present').click();
    await expect.poll(() => panel.page.getByLabel('Attendance for P02').inputValue()).toBe('present');
    await endSession(panel);

    await panel.navigate('Groups');
    await panel.button(`Open ${GROUP}`).click();
    const p1 = panel.page.locator('li.groups-participant').filter({ has: panel.page.locator('.groups-code', { hasText: 'P01' }) });
    await expect.poll(() => p1.locator('summary').textContent()).toBe('P01 · 2/3 recorded sessions · 67 % · 1 not recorded⚠ Reach out');

    // The review page is open beside the panel and follows the deletion without a reload.
    const review = await launched.context.newPage();
    await review.goto(reviewUrl(launched));
    const reviewed = review.getByRole('table', { name: /^Ended sessions/ }).locator('button.review-expand');
    await expect.poll(() => reviewed.count()).toBe(4);

    // The newest session comes first in the group's session list.
    await panel.button('Summary and note').first().click();
    await panel.page.getByRole('heading', { name: 'Session summary' }).waitFor();
    await panel.button('Delete this session').click();
    const confirm = panel.page.getByRole('group', { name: 'Delete this session?' });
    await expect.poll(() => confirm.textContent()).toMatch(/with the attendance and entries of 3 participants, its notes and prompt marks, and 0 IT-IS ratings\. Completion, coverage and the estimates stop counting it\./);
    await panel.button('Yes, delete this session').click();
    await panel.page.getByRole('navigation').waitFor();

    await panel.navigate('Groups');
    await panel.button(`Open ${GROUP}`).click();
    await expect.poll(() => p1.locator('summary').textContent()).toBe('P01 · 2/2 recorded sessions · 100 % · 1 not recorded');
    await expect.poll(() => reviewed.count()).toBe(3);
    await review.close();
  });
});
