/**
 * The review page's views: the sessions list filters (module, dates, band, missed key prompts,
 * co-facilitators), length and attendance in the list, excluding a session in one click (the
 * estimates follow at once, the reason is kept, it can be included again), the session detail's
 * timeline and attendance, the group and practitioner views, and the charts' tables.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { ReviewApp } from '../../components/review/ReviewApp';
import { PROMPTS } from '../../lib/curriculum';
import { promptsForSession } from '../../lib/session/prompts';
import type { ClockEvent, Participant, Session } from '../../lib/model';
import { fullPlan, makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';

// The review page's body and import sections load on demand (issue 12): their code is loaded
// once here, so the first test does not wait on the test runner transforming it.
beforeAll(async () => {
  await Promise.all([
    import('../../components/review/ReviewBody'),
    import('../../components/supervision/SupervisionImport'),
    import('../../components/supervision/ImportedSources'),
  ]);
});

afterEach(cleanup);

const NOW = Date.UTC(2025, 5, 15, 12);
const MIN = 60_000;
const TUESDAY = makeGroup({ id: 'g1', name: 'Tuesday group', facilitators: ['Anna', 'Cas'] });
const THURSDAY = makeGroup({ id: 'g2', name: 'Thursday group', facilitators: ['Bram'] });
const people = (groupId: string, codes: string[]): Participant[] =>
  codes.map((code) => makeParticipant({ id: `${groupId}-${code}`, groupId, code, joinedOn: '2025-04-01', goal: 'Walk', goalSteps: [{ id: `${code}-1`, text: 'Corner', status: 'open' }] }));
const G1 = people('g1', ['P01', 'P02', 'P03']);
const G2 = people('g2', ['Q01', 'Q02']);
const plan = fullPlan(undefined, 600); // 80 minutes

function timed(start: number, steps: number, minutes: number): ClockEvent[] {
  const events: ClockEvent[] = [{ type: 'start', at: start }];
  let at = start;
  for (let i = 1; i < steps; i++) events.push({ type: 'next', at: (at += minutes * MIN) });
  events.push({ type: 'end', at: at + minutes * MIN });
  return events;
}

function session(
  id: string,
  { steps, minutes, undone, who, present, ...over }: Partial<Session> & { steps: number; minutes: number; undone?: (promptId: string) => boolean; who: Participant[]; present: number },
): Session {
  const start = Date.parse(`${over.date ?? '2025-06-01'}T10:00:00Z`);
  const base = makeSession({ id, plan, events: timed(start, steps, minutes), createdAt: start, updatedAt: start + 2 * 3_600_000, ...over });
  const prompts: Session['prompts'] = {};
  for (const p of promptsForSession(PROMPTS, base)) prompts[p.id] = { status: undone?.(p.id) ? 'not-done' : 'done', note: '', at: start };
  const participants: Session['participants'] = {};
  who.forEach((p, i) => {
    participants[p.id] = makeEntry({ attendance: i < present ? 'present' : null, handoutGiven: true, goalReviewed: true });
  });
  return { ...base, prompts, participants };
}

const reviewPrompt = (id: string) => PROMPTS.find((p) => p.id === id)?.itisItems.includes('itis-action-plan-review') ?? false;
const SESSIONS = [
  session('s-june', { groupId: 'g1', practitioner: 'Anna', date: '2025-06-10', steps: 8, minutes: 10, who: G1, present: 3 }),
  // Short: every step, 8 × 5 = 40 of 80 minutes; one participant's attendance not recorded; action-plan review skipped.
  session('s-may', { groupId: 'g1', practitioner: 'Anna', date: '2025-05-06', steps: 8, minutes: 5, who: G1, present: 2, undone: reviewPrompt }),
  // Ended early after five steps, in module 2.
  session('s-april', { groupId: 'g2', practitioner: 'Bram', date: '2025-04-01', moduleId: 'practical-facts', steps: 5, minutes: 10, who: G2, present: 2 }),
];

async function setup() {
  const rendered = await renderWithApp(<ReviewApp />, { now: () => NOW });
  await rendered.repo.writeBatch({ groups: [TUESDAY, THURSDAY], participants: [...G1, ...G2], sessions: SESSIONS });
  await screen.findByRole('table', { name: /^Ended sessions/ });
  return rendered;
}

const sessionsTable = () => screen.getByRole('table', { name: /^(Ended sessions|Afgesloten sessies)/ });
const dates = () => [...sessionsTable().querySelectorAll('button.review-expand')].map((b) => b.textContent?.replace(/^[▸▾]/, '').replace(/details$/, '').trim());
const rowOf = (date: string) => within(sessionsTable()).getByRole('button', { name: `${date} details` }).closest('tr')!;
const cellText = (date: string, column: string) => {
  const headers = within(sessionsTable()).getAllByRole('columnheader').map((h) => h.textContent);
  return rowOf(date).children[headers.indexOf(column)]?.textContent;
};
function choose(label: string, optionText: string) {
  const el = screen.getByLabelText(label) as HTMLSelectElement;
  const option = [...el.options].find((o) => o.textContent === optionText);
  expect(option, `option ${optionText} in ${label}`).toBeTruthy();
  fireEvent.change(el, { target: { value: option!.value } });
}
const estimateTable = () => screen.getByRole('table', { name: /^IMR Fidelity Scale per / });
const basisOfItem1 = (group: string) => {
  const table = estimateTable();
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const row = within(table).getByRole('rowheader', { name: /^1\. Participants per session/ }).closest('tr')!;
  return row.children[headers.indexOf(group)]?.textContent ?? '';
};

describe('review views', () => {
  it('shows each session’s length against the plan and its attendance, flagging short and early-ended sessions in words', async () => {
    await setup();
    expect(dates()).toEqual(['10 Jun 2025', '6 May 2025', '1 Apr 2025']);
    expect(cellText('10 Jun 2025', 'Length (actual of planned)')).toBe('80 of 80 min');
    expect(cellText('6 May 2025', 'Length (actual of planned)')).toBe('40 of 80 min▼ Short');
    expect(cellText('1 Apr 2025', 'Length (actual of planned)')).toBe('50 of 80 min■ Ended early: 3 steps not reached');
    expect(cellText('10 Jun 2025', 'Attendance')).toBe('3 present of 3 recorded');
    expect(cellText('6 May 2025', 'Attendance')).toBe('2 present of 2 recorded? 1 not recorded');
    // The short and early-ended rows are marked beyond their words too.
    expect(rowOf('6 May 2025').classList.contains('review-flagged')).toBe(true);
    expect(rowOf('10 Jun 2025').classList.contains('review-flagged')).toBe(false);
  });

  it('filters by module, dates, missed key prompts and band, and includes a co-facilitator’s groups', async () => {
    await setup();
    choose('Module', '2. Practical Facts about Mental Illnesses');
    await waitFor(() => expect(dates()).toEqual(['1 Apr 2025']));
    choose('Module', 'All modules');

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-05-01' } });
    await waitFor(() => expect(dates()).toEqual(['10 Jun 2025', '6 May 2025']));
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-05-31' } });
    await waitFor(() => expect(dates()).toEqual(['6 May 2025']));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '' } });
    await waitFor(() => expect(dates()).toHaveLength(3));

    choose('Key prompts missed', 'At least one missed');
    await waitFor(() => expect(dates()).toEqual(['6 May 2025']));
    choose('Key prompts missed', 'None missed');
    await waitFor(() => expect(dates()).toEqual(['10 Jun 2025', '1 Apr 2025']));
    choose('Key prompts missed', 'With or without');

    // Cas never led a session but co-facilitates Tuesday.
    choose('Practitioner', 'Cas');
    await waitFor(() => expect(dates()).toEqual(['10 Jun 2025', '6 May 2025']));
    choose('Practitioner', 'All practitioners');

    // No group has all 13 items estimated here (participants joined too recently): every session is "no band".
    choose('Estimate band', 'High (4 or more)');
    await waitFor(() => expect(screen.getAllByText('No ended sessions match this selection.').length).toBeGreaterThan(0));
    expect(screen.getByText('Ended sessions selected: 0.')).toBeTruthy();
    choose('Estimate band', 'No band (not all 13 items estimated)');
    await waitFor(() => expect(dates()).toHaveLength(3));
  });

  it('excludes a session in one click with its reason; every estimate follows at once; it can be included again', async () => {
    const { repo } = await setup();
    expect(basisOfItem1('Tuesday group')).toContain('largest session: 3');
    expect(screen.getByText('Ended sessions selected: 3.')).toBeTruthy();
    choose('Reason when excluding', 'Duplicate');
    fireEvent.click(within(rowOf('10 Jun 2025')).getByRole('button', { name: 'Exclude the session of 10 Jun 2025 from the estimates' }));

    // At once: the row says so, the count and the estimate follow.
    await waitFor(() => expect(cellText('10 Jun 2025', 'In the estimates')).toContain('Excluded: Duplicate'));
    expect(rowOf('10 Jun 2025').classList.contains('review-excluded')).toBe(true);
    expect(screen.getByText(/Ended sessions selected: 2\./).textContent).toBe('Ended sessions selected: 2. 1 session in the list is left out of the estimates.');
    expect(basisOfItem1('Tuesday group')).toContain('largest session: 2');
    expect(screen.getByText('The session of 10 Jun 2025 is left out of the estimates (Duplicate).')).toBeTruthy();
    // Stored on this profile with its reason; the session record is untouched.
    await waitFor(async () => expect((await repo.listExclusions()).get('s-june')?.reason).toBe('duplicate'));
    expect(await repo.getSession('s-june')).toEqual(SESSIONS[0]);
    // The heat map leaves it out: two sessions remain in it.
    expect(screen.getByRole('table', { name: /^Prompts done per item and session, sessions 1 to 2 of 2/ })).toBeTruthy();

    fireEvent.click(within(rowOf('10 Jun 2025')).getByRole('button', { name: 'Include again the session of 10 Jun 2025 in the estimates' }));
    await waitFor(() => expect(basisOfItem1('Tuesday group')).toContain('largest session: 3'));
    expect(screen.getByText('Ended sessions selected: 3.')).toBeTruthy();
    await waitFor(async () => expect((await repo.listExclusions()).size).toBe(0));
  });

  it('keeps an exclusion made on another page, read from the store', async () => {
    const { repo } = await setup();
    await repo.excludeSession('s-april', 'test');
    await waitFor(() => expect(cellText('1 Apr 2025', 'In the estimates')).toContain('Excluded: Test session'));
    expect(within(estimateTable()).queryByRole('columnheader', { name: 'Thursday group' })).toBeTruthy();
    expect(basisOfItem1('Thursday group')).toContain('no data');
  });

  it('opens a session to its planned and actual timeline, and attendance by participant code', async () => {
    await setup();
    fireEvent.click(within(sessionsTable()).getByRole('button', { name: '1 Apr 2025 details' }));
    const timeline = await screen.findByRole('table', { name: 'Time per step in the session of 1 Apr 2025' });
    const rows = within(timeline).getAllByRole('row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[1]).toEqual(['Check-in', '10 min', '10 min', 'on plan']);
    expect(rows[8]).toEqual([expect.any(String), '10 min', 'not reached', 'not reached']);
    expect(rows.at(-1)).toEqual(['Total', '80 min', '50 min', '30 min under']);
    const attendance = screen.getByRole('table', { name: 'Attendance in the session of 1 Apr 2025' });
    expect(within(attendance).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Q01Present', 'Q02Present']);
    expect(screen.getByText('Prompts and notes by step')).toBeTruthy();
  });

  it('shows a group view and a practitioner view with the elements missed most', async () => {
    await setup();
    const groupSection = screen.getByRole('heading', { level: 2, name: 'Group view' }).closest('section')!;
    choose('Show the group', 'Tuesday group');
    await waitFor(() => expect(within(groupSection).getByText('Anna · Cas')).toBeTruthy());
    expect(within(groupSection).getByText('1 short · 0 ended early · 0 not timed')).toBeTruthy();

    choose('Show the practitioner', 'Anna');
    const table = await screen.findByRole('table', { name: 'Elements missed most, for Anna' });
    const headers = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(headers[0]).toBe('Involvement of significant others');
    expect(headers[1]).toBe('Action plan review');
    const review = within(table).getByRole('rowheader', { name: 'Action plan review' }).closest('tr')!;
    expect([...review.children].map((c) => c.textContent)).toEqual([
      'Action plan review',
      '2.07 of 5',
      'none: never rated by the Fidelity Scale',
      '1 of 2 sessions (50%)',
    ]);
    choose('Show the practitioner', 'Cas');
    await screen.findByRole('table', { name: 'Elements missed most, for Cas' });
    expect(screen.getByText('0 as lead, 2 as co-facilitator')).toBeTruthy();
  });

  it('draws the charts for sight and gives each its table', async () => {
    await setup();
    // The trend's chart is decoration over its table.
    const trend = screen.getByRole('heading', { level: 2, name: 'Per item over time' }).closest('section')!;
    expect(trend.querySelector('svg.review-chart')?.getAttribute('aria-hidden')).toBe('true');
    expect(within(trend).getByRole('table')).toBeTruthy();
    // The heat map: a table with a mark and words in every cell.
    const heat = screen.getByRole('table', { name: /^Prompts done per item and session, sessions 1 to 3 of 3/ });
    const cols = within(heat).getAllByRole('columnheader').map((h) => h.textContent);
    expect(cols).toEqual(['Item', '1 Apr 2025', '6 May 2025', '10 Jun 2025']);
    const cells = within(heat).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.every((c) => /^(✓ done|✗ offered, not done|· not offered)$/.test(c ?? ''))).toBe(true);
    const section = heat.closest('section')!;
    expect(section.querySelector('svg.review-heat')?.getAttribute('aria-hidden')).toBe('true');
    const toggle = within(section).getByRole('button', { name: 'Show as a table' });
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
  });

  it('speaks Dutch', async () => {
    const { app } = await setup();
    await app.updateSettings({ locale: 'nl' });
    await screen.findByRole('heading', { level: 2, name: 'Overzicht per trainer' });
    expect(screen.getByRole('heading', { level: 2, name: 'Items per sessie' })).toBeTruthy();
    expect(screen.getByText('40 van 80 min')).toBeTruthy();
    expect(within(rowOf('10 jun 2025')).getByRole('button', { name: 'Uitsluiten (sessie van 10 jun 2025)' })).toBeTruthy();
  });
});
