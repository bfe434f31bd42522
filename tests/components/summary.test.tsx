import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { SummaryView } from '../../components/summary/SummaryView';
import { useApp } from '../../components/state/app-store';
import { PROMPTS } from '../../lib/curriculum';
import { promptsOffered } from '../../lib/session/summary';
import { makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';

afterEach(() => {
  cleanup();
  // The clipboard stubs are own properties shadowing happy-dom's; remove them between tests.
  Reflect.deleteProperty(navigator, 'clipboard');
});

const NOW = Date.UTC(2024, 2, 6, 12);
const at = (sec: number) => NOW + sec * 1000;

const GROUP = makeGroup({ defaultLengthMinutes: 60 });

const MISSED_KEY = 'apr-each-participant';
const MISSED_UNANSWERED = 'plan-with-supporter';

function endedSession() {
  const base = makeSession({
    sessionNumber: 2,
    templateId: 'group-60',
    plan: [
      { stepId: 'check-in', seconds: 300 },
      { stepId: 'action-plan-review', seconds: 600 },
      { stepId: 'teach', seconds: 1200 },
      { stepId: 'action-planning', seconds: 600 },
    ],
    events: [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(360) },
      { type: 'next', at: at(900) },
      { type: 'extend', at: at(1000), seconds: 120 },
      { type: 'next', at: at(2400) },
      { type: 'end', at: at(2700) },
    ],
    participants: {
      p1: makeEntry({ attendance: 'present', homePractice: 'done', goalReviewed: true, note: 'Own note of P01' }),
      p2: makeEntry({ attendance: 'absent' }),
    },
    notes: 'Group worked well together.',
    createdAt: NOW,
    updatedAt: NOW,
  });
  for (const p of promptsOffered(base, PROMPTS)) {
    if (p.id === MISSED_UNANSWERED) continue;
    base.prompts[p.id] = { status: p.id === MISSED_KEY ? 'not-done' : 'done', note: '', at: at(10) };
  }
  return base;
}

/** Shows the route, so navigation away from the summary is visible. */
function Probe() {
  const route = useApp().route.value;
  return <span data-testid="route">{route.name}</span>;
}

async function setup(languages: readonly string[] = ['en']) {
  const rendered = await renderWithApp(
    <>
      <SummaryView sessionId="s1" />
      <Probe />
    </>,
    { languages },
  );
  // Seeded after the first render: the view must pick the records up from the change notice.
  await rendered.repo.writeBatch({ groups: [GROUP], participants: [makeParticipant(), makeParticipant({ id: 'p2', code: 'P02' })], sessions: [endedSession()] });
  await screen.findByRole('img', { name: /^(Check-in|Welkom en check-in):/ });
  return rendered;
}

const text = (id: string) => PROMPTS.find((p) => p.id === id)?.text.en ?? '';

describe('SummaryView', () => {
  it('shows planned against actual time per step, as text and as an accessible bar', async () => {
    await setup();
    expect(screen.getByRole('heading', { name: 'Session summary' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Check-in: planned 5 min, actual 6 min, 1 min over' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Action plan review: planned 10 min, actual 9 min' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^New material: planned 22 min, actual 25 min, \+2 min extended, 3 min over$/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Weekly action planning: planned 10 min, actual 5 min' })).toBeTruthy();
    expect(screen.getByText(/Planned 45 min, actual 45 min\./)).toBeTruthy();
  });

  it('lists the missed prompts by their text, key prompts first', async () => {
    await setup();
    const list = screen.getByRole('list', { name: 'Missed prompts' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain(text(MISSED_KEY));
    expect(items[0]?.textContent).toContain('not done');
    expect(items[1]?.textContent).toContain(text(MISSED_UNANSWERED));
    expect(items[1]?.textContent).toContain('not marked');
    // Grouped by fidelity item too; the supporter prompt feeds item 5.
    expect(screen.getByText(/^5\. /)).toBeTruthy();
  });

  it('shows attendance counts and a row per participant', async () => {
    await setup();
    expect(screen.getByText(/Present 1 · late 0 · left early 0 · absent 1 · not recorded 0/)).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'P01' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'P02' })).toBeTruthy();
  });

  it('drafts the IMR note and addenda, switches to SOAP and saves the choice', async () => {
    const { repo } = await setup();
    const imr = screen.getByRole('radio', { name: 'IMR progress note' }) as HTMLInputElement;
    expect(imr.checked).toBe(true);
    const note = screen.getByLabelText('Group note') as HTMLTextAreaElement;
    expect(note.value).toContain('IMR progress note');
    expect(note.value).toContain('Goal follow-up');
    expect(note.value).toContain('Group worked well together.');
    expect(note.value).not.toContain('P01');
    const addendum = screen.getByLabelText('Addendum P01') as HTMLTextAreaElement;
    expect(addendum.value).toContain('Own note of P01');
    expect((screen.getByLabelText('Addendum P02') as HTMLTextAreaElement).value).toContain('absent');

    fireEvent.click(screen.getByRole('radio', { name: 'SOAP' }));
    await waitFor(() => expect((screen.getByLabelText('Group note') as HTMLTextAreaElement).value).toContain('IMR progress note (SOAP)'));
    const soap = (screen.getByLabelText('Group note') as HTMLTextAreaElement).value.split('\n');
    for (const heading of ['Subjective', 'Objective', 'Assessment', 'Plan']) expect(soap).toContain(heading);
    await waitFor(async () => expect((await repo.getSession('s1'))?.noteFormat).toBe('soap'));
    expect((screen.getByRole('radio', { name: 'SOAP' }) as HTMLInputElement).checked).toBe(true);
  });

  it('copies a note to the clipboard and announces it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy Group note' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]?.[0]).toBe((screen.getByLabelText('Group note') as HTMLTextAreaElement).value);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Copied'));

    fireEvent.click(screen.getByRole('button', { name: 'Copy Addendum P01' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(writeText.mock.calls[1]?.[0]).toContain('Own note of P01');
  });

  it('selects the text when the clipboard refuses', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy Group note' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('is selected'));
    expect(document.activeElement).toBe(screen.getByLabelText('Group note'));
  });

  it('goes back to the sessions list', async () => {
    await setup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Back to sessions' })[0]!);
    expect(screen.getByTestId('route').textContent).toBe('home');
  });

  it('speaks Dutch, content included', async () => {
    await setup(['nl-NL']);
    expect(screen.getByRole('heading', { name: 'Samenvatting van de sessie' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Gemiste onderdelen' });
    expect(list.textContent).toContain(PROMPTS.find((p) => p.id === MISSED_KEY)?.text.nl);
    expect(screen.getByRole('img', { name: 'Welkom en check-in: gepland 5 min, werkelijk 6 min, 1 min te lang' })).toBeTruthy();
    expect((screen.getByLabelText('Groepsnotitie') as HTMLTextAreaElement).value).toMatch(/^CONCEPT/);
    expect(screen.getByRole('radio', { name: 'IMR-voortgangsnotitie' })).toBeTruthy();
  });

  it('follows edits made on another page to this session, and leaves other sessions’ edits alone', async () => {
    const { repo } = await setup();
    const reads = vi.spyOn(repo, 'getSession');
    await repo.putSession(makeSession({ id: 's2', date: '2024-03-13' }));
    await repo.updateSession('s1', (s) => ({ ...s, notes: 'Added from the review page.' }));
    await waitFor(() => expect((screen.getByLabelText('Group note') as HTMLTextAreaElement).value).toContain('Added from the review page.'));
    expect(reads.mock.calls.map(([id]) => id)).toEqual(['s1']);
  });

  it('says so when the session does not exist', async () => {
    await renderWithApp(<SummaryView sessionId="nope" />);
    expect(await screen.findByText('This session could not be found.')).toBeTruthy();
  });
});
