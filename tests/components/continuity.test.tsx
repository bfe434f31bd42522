/**
 * Continuity in the run and plan views (issue 9): last time's agreement on each participant's row
 * at action plan review, and its review recorded; what was taught and what is left to pick up at
 * review of last session; an introduction for a group's first session and for newcomers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { ViewSlot } from '../../components/panel/views';
import { createSession } from '../../lib/session/plan';
import { MODULES, PROMPTS, TEMPLATES } from '../../lib/curriculum';
import { pick } from '../../lib/i18n';
import type { ClockEvent, Session } from '../../lib/model';
import { makeEntry, makeGroup, makeParticipant, makeSession, promptRecords } from '../factories';

afterEach(cleanup);

const T0 = Date.UTC(2024, 2, 20, 9);
const now = () => T0;
const MODULE_1 = MODULES[0]!;
const GROUP_90 = TEMPLATES.find((t) => t.id === 'group-90')!;
const group = makeGroup({ id: 'g1', enrolment: 'rolling' });
const p1 = makeParticipant({ id: 'p1', code: 'P01', joinedOn: '2024-03-01' });
const p2 = makeParticipant({ id: 'p2', code: 'P02', joinedOn: '2024-03-01' });
const p7 = makeParticipant({ id: 'p7', code: 'P07', joinedOn: '2024-03-19' });
const keyPlanning = PROMPTS.find((p) => p.key && p.stepId === 'action-planning' && p.moduleId === null)!;

const week1 = makeSession({
  id: 'w1',
  groupId: 'g1',
  moduleId: MODULE_1.id,
  sessionNumber: 1,
  date: '2024-03-13',
  plan: GROUP_90.steps.map((s) => ({ stepId: s.stepId, seconds: s.minutes * 60 })),
  prompts: promptRecords({ [keyPlanning.id]: 'not-done' }),
  participants: {
    p1: makeEntry({ attendance: 'present', nextHomePractice: 'Call library coordinator by Friday' }),
    p2: makeEntry({ attendance: 'present', nextHomePractice: 'Read the handout with my sister', nextHomePracticeWithSupporter: true }),
  },
});

/** A running session 2 for the group, moved on to step `step` (1-based). */
function running(step: number, participants = [p1, p2, p7]): Session {
  const base = createSession({
    group,
    participants,
    moduleId: MODULE_1.id,
    sessionNumber: 2,
    template: GROUP_90,
    practitioner: 'AB',
    warnSeconds: 120,
    noteFormat: 'imr',
    now: T0,
  });
  const moves: ClockEvent[] = Array.from({ length: step - 1 }, () => ({ type: 'next', at: T0 }));
  return { ...base, events: [...base.events, ...moves] };
}

async function openRun(session: Session, past: Session[]) {
  const rendered = await renderWithApp(<ViewSlot route={{ name: 'run', sessionId: session.id }} />, { now });
  await rendered.repo.writeBatch({ groups: [group], participants: [p1, p2, p7], sessions: [...past, session] });
  rendered.app.navigate({ name: 'run', sessionId: session.id });
  return rendered;
}

describe('action plan review', () => {
  it('shows what each participant agreed last time and records the review', async () => {
    const session = running(3);
    const { repo } = await openRun(session, [week1]);
    expect(await screen.findByText('Agreed on 13 Mar 2024: “Call library coordinator by Friday”')).toBeTruthy();
    expect(screen.getByText('Agreed on 13 Mar 2024, with a supporter: “Read the handout with my sister”')).toBeTruthy();
    expect(screen.getByText('First session: no home practice to review yet. Welcome them and explain what home practice is.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Home practice of P01'), { target: { value: 'partly' } });
    await waitFor(async () => expect((await repo.getSession(session.id))!.participants.p1!.homePractice).toBe('partly'));
  });
});

describe('review of last session', () => {
  it('shows what was taught, the key prompts to pick up, and welcomes a newcomer', async () => {
    await openRun(running(2), [week1]);
    const card = (await screen.findByRole('heading', { name: 'Last session' })).closest('section')!;
    const taught = MODULE_1.sessions[0]!;
    expect(within(card).getByText(`13 Mar 2024: 1. ${pick(MODULE_1.title, 'en')}, session 1: ${pick(taught.title, 'en')}`)).toBeTruthy();
    expect(within(card).getByText(pick(taught.outline[0]!, 'en'))).toBeTruthy();
    expect(within(card).getByText(pick(keyPlanning.text, 'en'))).toBeTruthy();
    expect(await within(card).findByText(/New today: P07\./)).toBeTruthy();
  });

  it('gives a group’s first session an introduction instead of the review', async () => {
    await openRun(running(2), []);
    expect(await screen.findByRole('heading', { name: 'Introduction instead of the review' })).toBeTruthy();
    expect(screen.getByText(/This is the group’s first session\./)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Last session' })).toBeNull();
  });
});

describe('plan view', () => {
  it('carries the key prompts last session left into the next plan', async () => {
    const rendered = await renderWithApp(<ViewSlot route={{ name: 'plan', groupId: 'g1' }} />, { now });
    await rendered.repo.writeBatch({ groups: [group], participants: [p1, p2], sessions: [week1] });
    cleanup();
    await renderWithApp(<ViewSlot route={{ name: 'plan', groupId: 'g1' }} />, { now, repo: rendered.repo });
    expect(await screen.findByText('To pick up from the last session (13 Mar 2024):')).toBeTruthy();
    expect(screen.getByText(pick(keyPlanning.text, 'en'))).toBeTruthy();
  });

  it('says how many of a module’s sessions were held instead of "covered", with plurals', async () => {
    const rendered = await renderWithApp(<div />, { now });
    await rendered.repo.writeBatch({ groups: [group], participants: [p1, p2], sessions: [week1] });
    cleanup();
    await renderWithApp(<ViewSlot route={{ name: 'plan', groupId: 'g1' }} />, { now, repo: rendered.repo });
    const option = await screen.findByRole('option', { name: new RegExp(`^1\\. ${pick(MODULE_1.title, 'en')}`) });
    expect(option.textContent).toBe(`1. ${pick(MODULE_1.title, 'en')} (1 of ${MODULE_1.sessions.length} sessions held)`);
    expect(screen.getByText('The group has held every session of 0 of 11 modules.')).toBeTruthy();
    expect(screen.getByText('P01: attended every session of 0 modules')).toBeTruthy();
  });
});

describe('attendance', () => {
  it('marks everyone present in one action, then an exception, and warns at the end about attendance left unrecorded', async () => {
    const session = running(1);
    const { repo, app } = await openRun(session, [week1]);
    await screen.findByLabelText('Attendance for P07');
    expect(screen.getByText('Attendance not recorded: 3')).toBeTruthy();

    // Ending with nothing recorded names everyone, beside the open key prompts.
    fireEvent.click(screen.getByRole('button', { name: 'End session' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Attendance not recorded for P01, P02 and P07.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Keep the session going' }));

    fireEvent.change(screen.getByLabelText('Attendance for P02'), { target: { value: 'absent' } });
    await screen.findByRole('button', { name: 'The others present' });
    fireEvent.click(screen.getByRole('button', { name: 'The others present' }));
    await waitFor(async () => {
      const stored = (await repo.getSession(session.id))!;
      expect(Object.fromEntries(Object.entries(stored.participants).map(([id, e]) => [id, e.attendance]))).toEqual({ p1: 'present', p2: 'absent', p7: 'present' });
    });
    expect(screen.queryByText(/Attendance not recorded/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Attendance for P07'), { target: { value: 'late' } });
    await waitFor(async () => expect((await repo.getSession(session.id))!.participants.p7!.attendance).toBe('late'));

    // With attendance complete and no key prompt open, ending goes straight to the summary.
    fireEvent.click(screen.getByRole('button', { name: 'End session' }));
    await waitFor(() => expect(app.route.value).toEqual({ name: 'summary', sessionId: session.id }));
  });

  it('offers "All present" while nothing is recorded', async () => {
    const session = running(1);
    const { repo } = await openRun(session, []);
    fireEvent.click(await screen.findByRole('button', { name: 'All present' }));
    await waitFor(async () => expect(Object.values((await repo.getSession(session.id))!.participants).map((e) => e.attendance)).toEqual(['present', 'present', 'present']));
  });
});

describe('time in words', () => {
  it('reads session time and pacing as hours, minutes and seconds, and says why it is ahead', async () => {
    // Moved on to step 3 at once: the first two steps took no time at all.
    await openRun(running(3), [week1]);
    const aheadSec = GROUP_90.steps.slice(0, 2).reduce((a, s) => a + s.minutes * 60, 0);
    expect(aheadSec % 60).toBe(0);
    const pacing = await screen.findByText(/^Session time /);
    expect(pacing.textContent).toContain('Session time 0 s of 1 h 30 min');
    expect(pacing.textContent).toContain(`${aheadSec / 60} min ahead of plan: the steps so far took less time than planned.`);
  });
});

describe('teaching in view', () => {
  it('puts today’s outline first and open during New material, with the participants’ rows folded below', async () => {
    const teachStep = GROUP_90.steps.findIndex((s) => s.stepId === 'teach') + 1;
    await openRun(running(teachStep), [week1]);
    const outline = (await screen.findByText('Today’s module outline')).closest('details')!;
    expect(outline.open).toBe(true);
    const prompts = screen.getByRole('heading', { name: 'Prompts for this step' });
    expect(outline.compareDocumentPosition(prompts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rows = (await screen.findByText('Participants’ rows')).closest('details')!;
    expect(rows.open).toBe(false);
    expect(within(rows).getByLabelText('Attendance for P01')).toBeTruthy();
  });

  it('keeps the outline closed below the notes in other steps', async () => {
    await openRun(running(1), [week1]);
    const outline = (await screen.findByText('Today’s module outline')).closest('details')!;
    expect(outline.open).toBe(false);
    expect(screen.getByLabelText('Session notes').compareDocumentPosition(outline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText('Participants’ rows')).toBeNull();
  });
});

describe('the participant’s own words', () => {
  it('are asked for while summarising, and saved on the participant’s entry', async () => {
    const summaryStep = GROUP_90.steps.findIndex((s) => s.stepId === 'summary') + 1;
    const session = running(summaryStep);
    const { repo } = await openRun(session, [week1]);
    const field = await screen.findByLabelText('In P01’s own words');
    fireEvent.input(field, { target: { value: 'The walk helped.' } });
    await waitFor(async () => expect((await repo.getSession(session.id))!.participants.p1!.response).toBe('The walk helped.'));
  });
});
