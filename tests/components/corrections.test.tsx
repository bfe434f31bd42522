/**
 * Corrections after a session ended (issue 9): amend from the summary (stamped, shown in the
 * summary and the note), and delete after a confirmation that says what goes.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp, loadPanelViews } from './render-app';
import { useApp } from '../../components/state/app-store';
import { ViewSlot } from '../../components/panel/views';
import { makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';

// The review page's body and import sections load on demand (issue 12): their code is loaded
// once here, so the first test does not wait on the test runner transforming it.
beforeAll(async () => {
  await Promise.all([
    import('../../components/review/ReviewBody'),
    import('../../components/supervision/SupervisionImport'),
    import('../../components/supervision/ImportedSources'),
  ]);
});

// The panel's views load on demand (issue 12): their code is loaded once here.
beforeAll(loadPanelViews);

afterEach(cleanup);

const NOW = Date.UTC(2024, 2, 14, 10);
const ended = makeSession({
  id: 's1',
  date: '2024-03-13',
  participants: { p1: makeEntry({ attendance: null }), p2: makeEntry({ attendance: 'present' }) },
});

function Routed() {
  const route = useApp().route.value;
  return <ViewSlot route={route} />;
}

async function openSummary() {
  const rendered = await renderWithApp(<Routed />, { now: () => NOW });
  await rendered.repo.writeBatch({
    groups: [makeGroup()],
    participants: [makeParticipant(), makeParticipant({ id: 'p2', code: 'P02' })],
    sessions: [ended, makeSession({ id: 's0', date: '2024-03-06' })],
  });
  rendered.app.navigate({ name: 'summary', sessionId: 's1' });
  await screen.findByRole('heading', { name: 'Session summary' });
  return rendered;
}

describe('amending an ended session', () => {
  it('opens the record, stamps the change, and shows "amended on" in the summary and the note', async () => {
    const { repo, app } = await openSummary();
    expect(screen.queryByText(/^Amended on/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Amend this session' }));
    expect(await screen.findByRole('heading', { name: 'Amend the session of 13 Mar 2024' })).toBeTruthy();
    fireEvent.change(await screen.findByLabelText('Attendance for P01'), { target: { value: 'late' } });
    await waitFor(async () => expect(await repo.getSession('s1')).toMatchObject({ amendedAt: NOW, status: 'ended', participants: { p1: { attendance: 'late' } } }));

    fireEvent.click(screen.getByRole('button', { name: 'Done: back to the summary' }));
    await waitFor(() => expect(app.route.value).toEqual({ name: 'summary', sessionId: 's1' }));
    expect(await screen.findByText(/^Amended on 14 Mar 2024/)).toBeTruthy();
    const note = document.querySelector<HTMLTextAreaElement>('textarea.summary-note-text')!;
    expect(note.value.split('\n')).toContain('Amended on 14 Mar 2024.');
  });
});

describe('deleting a session', () => {
  it('says what goes, can be kept, and deletes in one step when confirmed', async () => {
    const { repo, app } = await openSummary();
    fireEvent.click(screen.getByRole('button', { name: 'Delete this session' }));
    const confirm = screen.getByRole('group', { name: 'Delete this session?' });
    expect(confirm.textContent).toContain(
      'This deletes the session of 13 Mar 2024 (1. Recovery Strategies, session 1) with the attendance and entries of 2 participants, its notes and prompt marks, and 0 IT-IS ratings.',
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: 'Delete this session?' })).toBeNull();
    expect(await repo.getSession('s1')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete this session' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Delete this session?' })).getByRole('button', { name: 'Yes, delete this session' }));
    await waitFor(() => expect(app.route.value).toEqual({ name: 'home' }));
    expect(await repo.getSession('s1')).toBeUndefined();
    expect((await repo.listSessions('g1')).map((s) => s.id)).toEqual(['s0']);
  });
});

describe('deleting a group', () => {
  it('names the group and counts what goes, then deletes it with its participants and sessions', async () => {
    const { repo, app } = await openSummary();
    app.navigate({ name: 'group', groupId: 'g1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete this group' }));
    const confirm = screen.getByRole('group', { name: 'Delete Tuesday group?' });
    expect(confirm.textContent).toContain('This deletes the group with its 2 participants and 2 sessions');
    expect(confirm.textContent).not.toContain('1 participants');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, delete the group' }));
    await waitFor(() => expect(app.route.value).toEqual({ name: 'groups' }));
    expect(await repo.listGroups()).toEqual([]);
    expect(await repo.listAllParticipants()).toEqual([]);
    expect(await repo.listAllSessions()).toEqual([]);
    await waitFor(() => expect(app.groups.value).toEqual([]));
  });
});

describe('demo data', () => {
  it('is removed in one action from home', async () => {
    const { Home } = await import('../../components/panel/Home');
    const { app, repo } = await renderWithApp(<Home />, { now: () => NOW });
    fireEvent.click(screen.getByRole('button', { name: 'Load demo data' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove demo data' }));
    expect(await screen.findByText('Demo data removed: the demo group, its participants and sessions.')).toBeTruthy();
    await screen.findByRole('button', { name: 'Load demo data' });
    expect(await repo.listAllSessions()).toEqual([]);
    expect(await repo.listAllParticipants()).toEqual([]);
    expect(app.groups.value).toEqual([]);
  });
});

describe('a note ready for the record', () => {
  it('records the modality for the note and flags a typed full name before copying', async () => {
    const rendered = await renderWithApp(<Routed />, { now: () => NOW });
    const named = makeSession({
      id: 'n1',
      date: '2024-03-13',
      notes: 'Maria Jansen (P01) talked about her sister.',
      participants: { p1: makeEntry({ attendance: 'present', note: 'Spoke with Jan van Dijk', nextHomePractice: 'Call library coordinator' }) },
    });
    await rendered.repo.writeBatch({ groups: [makeGroup()], participants: [makeParticipant()], sessions: [named] });
    rendered.app.navigate({ name: 'summary', sessionId: 'n1' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Before copying: these look like a person’s name.');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Session notes: “Maria Jansen”', 'Note about P01: “Jan van Dijk”']);

    const note = () => document.querySelector<HTMLTextAreaElement>('textarea.summary-note-text')!.value;
    expect(note().split('\n')).toContain('Modality: not recorded');
    fireEvent.change(screen.getByLabelText('How the session was held'), { target: { value: 'video' } });
    await waitFor(() => expect(note().split('\n')).toContain('Modality: video call'));
    expect((await rendered.repo.getSession('n1'))!.modality).toBe('video');
  });
});

describe('the review page', () => {
  it('shows an amended session as amended, and follows when the panel amends another', async () => {
    const { ReviewApp } = await import('../../components/review/ReviewApp');
    const rendered = await renderWithApp(<ReviewApp />, { now: () => NOW });
    const amended = makeSession({ id: 'a1', date: '2024-03-13', amendedAt: NOW, participants: { p1: makeEntry({ attendance: 'present' }) } });
    const plain = makeSession({ id: 'a2', date: '2024-03-06', participants: { p1: makeEntry({ attendance: 'present' }) } });
    await rendered.repo.writeBatch({ groups: [makeGroup()], participants: [makeParticipant()], sessions: [amended, plain] });
    const table = await screen.findByRole('table', { name: /^Ended sessions/ });
    const row = (date: string) => within(table).getByRole('rowheader', { name: new RegExp(date) }).closest('tr')!;
    await waitFor(() => expect(row('13 Mar 2024').textContent).toContain('Amended on 14 Mar 2024.'));
    expect(row('6 Mar 2024').textContent).not.toContain('Amended');
    await rendered.repo.updateSession('a2', (s) => ({ ...s, amendedAt: NOW }));
    await waitFor(() => expect(row('6 Mar 2024').textContent).toContain('Amended on 14 Mar 2024.'));
  });
});

describe('counts in the confirmations', () => {
  it('use the singular for one (Intl.PluralRules)', async () => {
    const rendered = await renderWithApp(<Routed />, { now: () => NOW });
    const one = makeSession({ id: 'o1', date: '2024-03-13', participants: { p1: makeEntry({ attendance: 'present' }) } });
    await rendered.repo.writeBatch({ groups: [makeGroup()], participants: [makeParticipant()], sessions: [one] });
    rendered.app.navigate({ name: 'summary', sessionId: 'o1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete this session' }));
    expect(screen.getByRole('group', { name: 'Delete this session?' }).textContent).toContain('with the attendance and entries of 1 participant, its notes');
    rendered.app.navigate({ name: 'group', groupId: 'g1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete this group' }));
    expect(screen.getByRole('group', { name: 'Delete Tuesday group?' }).textContent).toContain('with its 1 participant and 1 session:');
  });
});
