import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { useApp } from '../../components/state/app-store';
import { GroupsView, GroupView } from '../../components/groups/GroupsView';
import type { Attendance } from '../../lib/model';
import type { Repo } from '../../lib/db/repo';
import { makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';

afterEach(cleanup);

/** The two routed views, switched the way the panel's ViewSlot does, without every other view. */
function Groups() {
  const route = useApp().route.value;
  return route.name === 'group' ? <GroupView groupId={route.groupId} /> : <GroupsView />;
}

const NOW = Date.UTC(2024, 2, 1, 12);

function session(id: string, date: string, moduleId: string, attendance: Record<string, Attendance>) {
  const participants = Object.fromEntries(Object.entries(attendance).map(([pid, a]) => [pid, makeEntry({ attendance: a })]));
  return makeSession({ id, moduleId, participants, date, createdAt: Date.parse(date), updatedAt: Date.parse(date) });
}

/** Opens one group's view with the given records already stored. */
async function openGroup(batch: Parameters<Repo['writeBatch']>[0]) {
  const rendered = await renderWithApp(<Groups />, { now: () => NOW });
  await rendered.app.repo.writeBatch(batch);
  await waitFor(() => expect(rendered.app.groups.value.length).toBeGreaterThan(0));
  rendered.app.navigate({ name: 'group', groupId: batch.groups?.[0]?.id ?? 'g1' });
  await screen.findByRole('heading', { level: 2, name: batch.groups?.[0]?.name ?? '' });
  // Participants and sessions load after the group itself.
  const codes = (batch.participants ?? []).map((p) => p.code).sort();
  if (codes.length === 0) await screen.findByText('No participants yet.');
  else await waitFor(() => expect([...document.querySelectorAll('.groups-code')].map((el) => el.textContent)).toEqual(codes));
  return rendered;
}

function type(el: HTMLElement, value: string) {
  fireEvent.input(el, { target: { value } });
}

describe('groups list', () => {
  it('creates a group through the form, lists it and stores it', async () => {
    const { app } = await renderWithApp(<Groups />, { now: () => NOW });
    expect(screen.getByRole('heading', { level: 2, name: 'Groups' })).toBeTruthy();
    expect(screen.getByText('Closed groups tend to build more cohesion, which helps people stay to the end.')).toBeTruthy();

    type(screen.getByLabelText('Group name'), '  Thursday group ');
    fireEvent.click(screen.getByLabelText('Rolling admission: people can join at any time'));
    fireEvent.change(screen.getByLabelText('Default session length'), { target: { value: 'custom' } });
    type(await screen.findByLabelText('Length in minutes'), '75');
    type(screen.getByLabelText('Facilitators and co-facilitators'), 'AB, CD , ');
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Thursday group' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Group created: Thursday group.');
    const stored = await app.repo.listGroups();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: 'Thursday group',
      format: 'group',
      enrolment: 'rolling',
      defaultLengthMinutes: 75,
      facilitators: ['AB', 'CD'],
      createdAt: NOW,
    });
    // The form is ready for the next group.
    expect((screen.getByLabelText('Group name') as HTMLInputElement).value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Open Thursday group' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Thursday group' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Plan a session' }));
    expect(app.route.value).toEqual({ name: 'plan', groupId: stored[0]?.id });
  });

  it('keeps the typed text and stores nothing when the name is missing', async () => {
    const { app } = await renderWithApp(<Groups />);
    type(screen.getByLabelText('Facilitators and co-facilitators'), 'AB');
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));
    expect(await screen.findByText('Give the group a name.')).toBeTruthy();
    expect((screen.getByLabelText('Facilitators and co-facilitators') as HTMLInputElement).value).toBe('AB');
    expect(await app.repo.listGroups()).toEqual([]);
  });

  it('shows Dutch strings after switching the language', async () => {
    const { app } = await renderWithApp(<Groups />);
    await app.updateSettings({ locale: 'nl' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Groepen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Groep aanmaken' })).toBeTruthy();
    expect(screen.getByLabelText('Gesloten groep: iedereen begint tegelijk')).toBeTruthy();
    expect(screen.getByLabelText('Doorlopende instroom: deelnemers kunnen op elk moment instromen')).toBeTruthy();
  });
});

describe('one group', () => {
  it('adds a participant by code with today as the joined date', async () => {
    const { app } = await openGroup({ groups: [makeGroup()] });
    expect(screen.getByText('No participants yet.')).toBeTruthy();
    expect((screen.getByLabelText('Joined on') as HTMLInputElement).value).toBe('2024-03-01');
    type(screen.getByLabelText('Code or initials'), ' P07 ');
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));

    expect(await screen.findByText('Participant P07 added.')).toBeTruthy();
    const stored = await app.repo.listParticipants('g1');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ code: 'P07', groupId: 'g1', joinedOn: '2024-03-01', status: 'active', goalSteps: [] });
    expect(await screen.findByRole('heading', { level: 3, name: 'Participants (1)' })).toBeTruthy();
  });

  it('warns politely about a full name and stores nothing until it is fixed', async () => {
    const { app } = await openGroup({ groups: [makeGroup()] });
    const code = screen.getByLabelText('Code or initials');
    type(code, 'Maria Jansen');
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));

    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('“Maria Jansen” looks like a person’s name');
    expect(warning.textContent).toContain('code or initials only');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(code.getAttribute('aria-describedby')).toContain(warning.id);
    expect((code as HTMLInputElement).value).toBe('Maria Jansen');
    expect(await app.repo.listParticipants('g1')).toEqual([]);

    type(code, 'M.J.');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    await waitFor(async () => expect((await app.repo.listParticipants('g1')).map((p) => p.code)).toEqual(['M.J.']));
  });

  it('refuses a code another participant already uses', async () => {
    const { app } = await openGroup({ groups: [makeGroup()], participants: [makeParticipant()] });
    const add = within(screen.getByRole('form', { name: 'Add a participant' }));
    type(add.getByLabelText('Code or initials'), 'p01');
    fireEvent.click(add.getByRole('button', { name: 'Add participant' }));
    expect((await screen.findByRole('alert')).textContent).toContain('already uses P01');
    expect(await app.repo.listParticipants('g1')).toHaveLength(1);
  });

  it('does not save an edited code that looks like a name, and keeps what was typed', async () => {
    const { app } = await openGroup({ groups: [makeGroup()], participants: [makeParticipant()] });
    const item = within(screen.getByText('P01', { selector: '.groups-code' }).closest('li')!);
    const code = item.getByLabelText('Code or initials');
    type(code, 'Pieter');
    fireEvent.blur(code);
    expect((await item.findByRole('alert')).textContent).toContain('looks like a person’s name');
    expect((code as HTMLInputElement).value).toBe('Pieter');
    expect((await app.repo.listParticipants('g1'))[0]?.code).toBe('P01');
  });

  it('saves the goal and its steps on blur and on change', async () => {
    const { app } = await openGroup({ groups: [makeGroup()], participants: [makeParticipant()] });
    const stored = async () => (await app.repo.listParticipants('g1'))[0]!;

    const goal = screen.getByLabelText('Personal recovery goal');
    type(goal, 'Find volunteer work');
    fireEvent.blur(goal);
    await waitFor(async () => expect((await stored()).goal).toBe('Find volunteer work'));
    expect(await screen.findByText('Saved')).toBeTruthy();

    for (const text of ['List nearby shelters', 'Call one shelter']) {
      type(screen.getByLabelText('New step'), text);
      fireEvent.click(screen.getByRole('button', { name: 'Add step' }));
    }
    await waitFor(async () => expect((await stored()).goalSteps.map((s) => s.text)).toEqual(['List nearby shelters', 'Call one shelter']));
    expect((screen.getByLabelText('New step') as HTMLInputElement).value).toBe('');

    fireEvent.change(screen.getByLabelText('Status of step 1'), { target: { value: 'done' } });
    fireEvent.change(screen.getByLabelText('Status of step 2'), { target: { value: 'in-progress' } });
    const step2 = screen.getByLabelText('Step 2');
    type(step2, 'Call two shelters');
    fireEvent.blur(step2);
    await waitFor(async () =>
      expect((await stored()).goalSteps.map((s) => [s.text, s.status])).toEqual([
        ['List nearby shelters', 'done'],
        ['Call two shelters', 'in-progress'],
      ]),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    await waitFor(async () => expect((await stored()).goalSteps.map((s) => s.text)).toEqual(['Call two shelters']));

    fireEvent.click(screen.getByLabelText('Takes psychiatric medication'));
    fireEvent.change(screen.getByLabelText('Relapse-prevention plan'), { target: { value: 'written' } });
    await waitFor(async () => expect(await stored()).toMatchObject({ takesMedication: true, relapsePlan: 'written', updatedAt: NOW }));
  });

  it('records leaving with a date, and clears it when the participant returns', async () => {
    const { app } = await openGroup({ groups: [makeGroup()], participants: [makeParticipant()] });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'left' } });
    await waitFor(async () => expect((await app.repo.listParticipants('g1'))[0]).toMatchObject({ status: 'left', leftOn: '2024-03-01' }));
    fireEvent.change(screen.getByLabelText('Date completed or left'), { target: { value: '2024-02-20' } });
    await waitFor(async () => expect((await app.repo.listParticipants('g1'))[0]?.leftOn).toBe('2024-02-20'));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'active' } });
    await waitFor(async () => expect((await app.repo.listParticipants('g1'))[0]).toMatchObject({ status: 'active', leftOn: null }));
    expect(screen.queryByLabelText('Date completed or left')).toBeNull();
  });

  it('flags two consecutive absences with an outreach prompt and shows attendance', async () => {
    await openGroup({
      groups: [makeGroup()],
      participants: [makeParticipant(), makeParticipant({ id: 'p2', code: 'P02' })],
      sessions: [
        session('s1', '2024-01-08', 'recovery-strategies', { p1: 'present', p2: 'present' }),
        session('s2', '2024-01-15', 'recovery-strategies', { p1: 'absent', p2: 'present' }),
        session('s3', '2024-01-22', 'recovery-strategies', { p1: 'absent', p2: 'late' }),
      ],
    });
    const flag = await screen.findByText(/Absent twice in a row/);
    const notice = flag.closest('li')!;
    expect(notice.textContent).toContain('P01');
    expect(notice.textContent).toContain('reach out before the next session');
    // Below 70 % too: 1 of 3.
    expect(screen.getByText(/Attendance below 70 %/).closest('li')?.textContent).toContain('P01');
    expect(screen.getAllByText('Reach out')).toHaveLength(1);

    const p1 = within(screen.getByText('P01', { selector: '.groups-code' }).closest('li')!);
    expect(p1.getByText('1 of 3 recorded sessions, 33 %')).toBeTruthy();
    const history = p1.getByRole('list', { name: 'Attendance per session, oldest first' });
    expect(within(history).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '✓8 Jan 2024: present',
      '✗15 Jan 2024: absent',
      '✗22 Jan 2024: absent',
    ]);
    const p2 = within(screen.getByText('P02', { selector: '.groups-code' }).closest('li')!);
    expect(p2.getByText('3 of 3 recorded sessions, 100 %')).toBeTruthy();
    expect(p2.queryByText(/Absent twice in a row/)).toBeNull();
  });

  // Issue 9: after one session with nothing recorded every participant showed "1/3 sessions · 33 % ⚠ Reach out".
  it('shows unrecorded attendance as unrecorded and never counts it as absent', async () => {
    const unrecorded = makeSession({ id: 's2', date: '2024-01-15', createdAt: Date.parse('2024-01-15'), participants: { p1: makeEntry() } });
    const alsoUnrecorded = makeSession({ id: 's3', date: '2024-01-22', createdAt: Date.parse('2024-01-22'), participants: {} });
    await openGroup({
      groups: [makeGroup()],
      participants: [makeParticipant()],
      sessions: [session('s1', '2024-01-08', 'recovery-strategies', { p1: 'present' }), unrecorded, alsoUnrecorded],
    });
    const row = screen.getByText('P01', { selector: '.groups-code' }).closest('li')!;
    expect(row.querySelector('summary')!.textContent).toBe('P01 · 1/1 recorded sessions · 100 % · 2 not recorded');
    expect(within(row).getByText('1 of 1 recorded sessions, 100 % Not recorded: 2.')).toBeTruthy();
    expect(screen.queryByText('Reach out')).toBeNull();
    expect(screen.queryByText(/Attendance below 70 %/)).toBeNull();
  });

  it('shows the goal chart with text alternatives', async () => {
    const s1 = session('s1', '2024-01-08', 'recovery-strategies', { p1: 'present' });
    const s2 = session('s2', '2024-01-15', 'recovery-strategies', { p1: 'present' });
    s1.participants.p1 = { ...s1.participants.p1!, goalReviewed: true, goalProgress: 'some' };
    s2.participants.p1 = { ...s2.participants.p1!, goalReviewed: false };
    await openGroup({ groups: [makeGroup()], participants: [makeParticipant()], sessions: [s1, s2] });
    const chart = screen.getByRole('list', { name: 'Goal follow-up per attended session, oldest first' });
    expect(within(chart).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '◐8 Jan 2024: goal reviewed, some progress',
      '–15 Jan 2024: goal not reviewed',
    ]);
  });

  it('lists the modules a rolling-admission participant missed, in curriculum order', async () => {
    const { app } = await openGroup({
      groups: [makeGroup({ enrolment: 'rolling' })],
      participants: [makeParticipant({ joinedOn: '2024-02-01' })],
      sessions: [
        session('s1', '2024-01-08', 'practical-facts', {}),
        session('s2', '2024-01-15', 'recovery-strategies', {}),
        session('s3', '2024-02-05', 'stress-vulnerability', { p1: 'present' }),
      ],
    });
    const [m1, m2] = app.curriculum.value.modules;
    const name1 = `1. ${m1?.title.en}`;
    const name2 = `2. ${m2?.title.en}`;
    const heading = screen.getByRole('heading', { level: 4, name: 'Modules missed' });
    const list = heading.parentElement!.querySelector('.groups-missed')!;
    expect([...list.querySelectorAll('li')].map((li) => li.firstChild?.textContent)).toEqual([name1, name2]);

    // Issue 9: a module caught up outside the group counts as covered, and the mark can be taken back.
    fireEvent.click(screen.getByRole('button', { name: `Mark caught up (${name2})` }));
    await waitFor(async () => expect((await app.repo.listParticipants('g1'))[0]?.caughtUp).toEqual([m2!.id]));
    await screen.findByRole('heading', { level: 4, name: 'Caught up outside the group' });
    const missedNow = screen.getByRole('heading', { level: 4, name: 'Modules missed' }).parentElement!.querySelector('.groups-missed')!;
    expect([...missedNow.querySelectorAll('li')].map((li) => li.firstChild?.textContent)).toEqual([name1]);
    fireEvent.click(screen.getByRole('button', { name: `Not caught up after all (${name2})` }));
    await waitFor(async () => expect((await app.repo.listParticipants('g1'))[0]?.caughtUp).toEqual([]));
  });

  it('shows the group view in Dutch', async () => {
    const { app } = await openGroup({ groups: [makeGroup()], participants: [makeParticipant()] });
    await app.updateSettings({ locale: 'nl' });
    expect(await screen.findByRole('heading', { level: 3, name: 'Deelnemers (1)' })).toBeTruthy();
    expect(screen.getByLabelText('Persoonlijk hersteldoel')).toBeTruthy();
    expect(screen.getByLabelText('Signaleringsplan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sessie plannen' })).toBeTruthy();
  });
});
