/**
 * The session runner through the UI: home (demo data, start), the run view's clock, cues,
 * prompts, participants and notes (with the write-ahead journal), and the plan view.
 *
 * Time is injected: the app's `now` reads `clockMs`, which the tests move forward. The session
 * model's 250 ms ticker is captured instead of scheduled, and `tick()` runs it by hand, so the
 * displayed time changes exactly when a test says so and no test waits on a real interval.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp, loadPanelViews } from './render-app';
import { useApp, type Environment } from '../../components/state/app-store';
import { Home } from '../../components/panel/Home';
import { ViewSlot } from '../../components/panel/views';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo, type Repo } from '../../lib/db/repo';
import { createJournal } from '../../lib/db/journal';
import { createDemoData } from '../../lib/demo';
import { createSession } from '../../lib/session/plan';
import { isoDate } from '../../lib/ids';
import { MODULES, PROMPTS, TEMPLATES } from '../../lib/curriculum';
import type { ClockEvent, Session } from '../../lib/model';

const T0 = Date.UTC(2024, 2, 6, 9);
let clockMs = T0;
const now = () => clockMs;

/** The captured session tickers (setInterval with 250 ms), by handle. */
const tickers = new Map<number, () => void>();
let nextHandle = 1_000_000;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;

beforeEach(() => {
  clockMs = T0;
  tickers.clear();
  vi.spyOn(globalThis, 'setInterval').mockImplementation(((fn: () => void, ms?: number, ...rest: unknown[]) => {
    if (ms === 250) {
      const handle = nextHandle++;
      tickers.set(handle, fn);
      return handle;
    }
    return (realSetInterval as (...a: unknown[]) => unknown)(fn, ms, ...rest);
  }) as unknown as typeof setInterval);
  vi.spyOn(globalThis, 'clearInterval').mockImplementation(((handle?: unknown) => {
    if (typeof handle === 'number' && tickers.delete(handle)) return;
    (realClearInterval as (h: unknown) => void)(handle);
  }) as unknown as typeof clearInterval);
});

// The panel's views load on demand (issue 12): their code is loaded once here.
beforeAll(loadPanelViews);

afterEach(() => {
  cleanup();
  tickers.clear();
  vi.restoreAllMocks();
});

/** Runs the session model's ticker once, as the real 250 ms interval would. */
function tick() {
  act(() => {
    for (const fn of [...tickers.values()]) fn();
  });
}

/** Moves the injected clock forward and lets the ticker see it. */
function advance(seconds: number) {
  clockMs += seconds * 1000;
  tick();
}

/** Home plus the panel's other routed views, without the panel shell. */
function Views() {
  const route = useApp().route.value;
  return route.name === 'home' ? <Home /> : <ViewSlot route={route} />;
}

const MODULE_1 = MODULES[0]!;
const GROUP_90 = TEMPLATES.find((t) => t.id === 'group-90')!;

function newRepo(): Repo {
  return createRepo(createConnection({ name: `runner-db-${Date.now()}-${Math.random()}` }), createChangeBus());
}

/** An in-memory Storage for the write-ahead journal. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/**
 * The demo group with its two past sessions, plus a running module-1 session 3 on the group-90
 * template, moved on to step `step` (1-based) at T0.
 */
async function seedRunning(repo: Repo, step = 1): Promise<Session> {
  const demo = createDemoData({ now: T0, locale: 'en', practitioner: 'AB', module: MODULE_1, template: GROUP_90, prompts: PROMPTS });
  const base = createSession({
    group: demo.groups[0]!,
    participants: demo.participants,
    moduleId: MODULE_1.id,
    sessionNumber: 3,
    template: GROUP_90,
    practitioner: 'AB',
    warnSeconds: 120,
    noteFormat: 'imr',
    now: T0,
  });
  const moves: ClockEvent[] = Array.from({ length: step - 1 }, () => ({ type: 'next', at: T0 }));
  const session: Session = { ...base, events: [...base.events, ...moves] };
  await repo.writeBatch({ groups: demo.groups, participants: demo.participants, sessions: [...demo.sessions, session] });
  return session;
}

/** Opens the run view of a seeded running session (the store goes to it on load). */
async function openRunning(step = 1, env: Partial<Environment> = {}) {
  const repo = env.repo ?? newRepo();
  const session = await seedRunning(repo, step);
  const rendered = await renderWithApp(<Views />, { now, ...env, repo });
  expect(rendered.app.route.value).toEqual({ name: 'run', sessionId: session.id });
  await screen.findByRole('timer');
  // Participants load after the session itself.
  await screen.findByLabelText('Attendance for P01');
  return { ...rendered, session };
}

const timerText = () => screen.getByRole('timer').textContent;
const stepHeading = () => screen.getByRole('heading', { level: 2 }).textContent;
const liveRegion = () => document.querySelector('[aria-live="polite"]')!;
const stored = async (repo: Repo, id: string) => (await repo.getSession(id))!;

/** Counts changes to the live region's content: a screen reader announces only on a change. */
function watchLiveRegion() {
  const observer = new MutationObserver(() => undefined);
  observer.observe(liveRegion(), { childList: true, characterData: true, subtree: true });
  return {
    changes: () => observer.takeRecords().length,
    stop: () => observer.disconnect(),
  };
}

describe('home', () => {
  it('loads the demo group, then starts module 1 session 3 on the group-90 template', async () => {
    const { app } = await renderWithApp(<Views />, { now });
    expect(screen.getByText('No groups yet. Create a group, or load demo data to try the guide.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load demo data' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Wednesday recovery group (demo)' })).toBeTruthy();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Demo group loaded: Wednesday recovery group (demo).');
    expect(screen.queryByRole('button', { name: 'Load demo data' })).toBeNull();
    await screen.findByText(`Last session: ${isoDate(T0 - 7 * 86_400_000)}`);
    const groups = await app.repo.listGroups();
    expect(groups.map((g) => g.id)).toEqual(['demo-group']);
    expect(await app.repo.listParticipants('demo-group')).toHaveLength(6);
    const past = await app.repo.listSessions('demo-group');
    expect(past.map((s) => [s.moduleId, s.sessionNumber, s.status])).toEqual([
      [MODULE_1.id, 1, 'ended'],
      [MODULE_1.id, 2, 'ended'],
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Start session for Wednesday recovery group (demo)' }));
    expect(await screen.findByRole('timer')).toBeTruthy();
    const running = await app.repo.runningSessions();
    expect(running).toHaveLength(1);
    expect(running[0]).toMatchObject({
      groupId: 'demo-group',
      moduleId: MODULE_1.id,
      sessionNumber: 3,
      templateId: 'group-90',
      status: 'running',
      createdAt: T0,
      events: [{ type: 'start', at: T0 }],
    });
    expect(running[0]!.plan).toEqual(GROUP_90.steps.map((s) => ({ stepId: s.stepId, seconds: s.minutes * 60 })));
    expect(app.route.value).toEqual({ name: 'run', sessionId: running[0]!.id });
    expect(stepHeading()).toBe('Step 1 of 8: Check-in');
    expect(timerText()).toBe('5:00');
    expect(screen.getByText('1. Recovery Strategies · session 3')).toBeTruthy();
  });

  // Regression: the button is disabled only once app.running has been refreshed after the write,
  // so a double click used to create two running sessions for the same group.
  it('starts only one session on a double click of "Start session"', async () => {
    const { app } = await renderWithApp(<Views />, { now });
    fireEvent.click(screen.getByRole('button', { name: 'Load demo data' }));
    const start = await screen.findByRole('button', { name: 'Start session for Wednesday recovery group (demo)' });
    fireEvent.click(start);
    fireEvent.click(start);
    await screen.findByRole('timer');
    await screen.findByLabelText('Attendance for P01');
    expect(await app.repo.runningSessions()).toHaveLength(1);
  });
});

describe('run view clock', () => {
  it('counts down with the injected time, pauses, resumes, moves between steps and extends', async () => {
    const { app, session } = await openRunning();
    expect(timerText()).toBe('5:00');

    advance(65);
    expect(timerText()).toBe('3:55');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.getByText('Paused')).toBeTruthy();
    advance(30);
    expect(timerText()).toBe('3:55');

    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.queryByText('Paused')).toBeNull();
    advance(5);
    expect(timerText()).toBe('3:50');

    expect((screen.getByRole('button', { name: 'Previous step' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await waitFor(() => expect(stepHeading()).toBe('Step 2 of 8: Review of last session'));
    expect(timerText()).toBe('5:00');
    // The step heading takes focus so keyboard and screen-reader users land on the new step.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));

    fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    await waitFor(() => expect(stepHeading()).toBe('Step 1 of 8: Check-in'));
    expect(timerText()).toBe('3:50');

    fireEvent.click(screen.getByRole('button', { name: 'Add 2 minutes' }));
    await waitFor(() => expect(timerText()).toBe('5:50'));

    const events = (await stored(app.repo, session.id)).events.map((e) => e.type);
    expect(events).toEqual(['start', 'pause', 'resume', 'next', 'back', 'extend']);
  });

  it('shows overrun as negative time with the over-time text and phase class', async () => {
    await openRunning();
    const clockBox = () => screen.getByRole('timer').closest('.run-clock')!;
    expect(clockBox().classList.contains('phase-on-time')).toBe(true);

    advance(200);
    expect(timerText()).toBe('1:40');
    expect(clockBox().classList.contains('phase-warning')).toBe(true);
    expect(screen.queryByText('over time')).toBeNull();

    advance(105);
    expect(timerText()).toBe('-0:05');
    expect(screen.getByText('over time')).toBeTruthy();
    expect(clockBox().classList.contains('phase-overrun')).toBe(true);
    expect(clockBox().classList.contains('phase-warning')).toBe(false);
  });
});

describe('cues', () => {
  it('announces the warning boundary once, then the next step', async () => {
    await openRunning();
    expect(liveRegion().textContent).toBe('');

    advance(179);
    expect(timerText()).toBe('2:01');
    expect(liveRegion().textContent).toBe('');

    const live = watchLiveRegion();
    advance(1);
    expect(liveRegion().textContent).toBe('2 min left in Check-in.');
    expect(live.changes()).toBeGreaterThan(0);
    // Following ticks inside the warning phase leave the live region untouched.
    advance(1);
    advance(10);
    advance(30);
    expect(timerText()).toBe('1:19');
    expect(liveRegion().textContent).toBe('2 min left in Check-in.');
    expect(live.changes()).toBe(0);
    live.stop();

    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await waitFor(() => expect(liveRegion().textContent).toBe('Now step 2: Review of last session.'));
    advance(1);
    expect(liveRegion().textContent).toBe('Now step 2: Review of last session.');
  });

  it('announces time up once at overrun and pause', async () => {
    await openRunning();
    advance(299);
    // One tick jumped straight to the last second: the warning names the time actually left.
    expect(liveRegion().textContent).toBe('1 s left in Check-in.');
    advance(1);
    expect(timerText()).toBe('0:00');
    expect(liveRegion().textContent).toBe('Time is up for Check-in.');
    const live = watchLiveRegion();
    advance(60);
    expect(live.changes()).toBe(0);
    live.stop();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(liveRegion().textContent).toBe('Session paused.'));
  });

  // Regression: a live region speaks only when its text changes; the overrun reminder every
  // OVERRUN_REPEAT_SEC used to repeat "Time is up for <step>." and so was never announced.
  it('re-announces overrun after five more minutes (repeat cue reaches the live region)', async () => {
    await openRunning();
    advance(300);
    expect(liveRegion().textContent).toBe('Time is up for Check-in.');
    const live = watchLiveRegion();
    advance(300);
    expect(timerText()).toBe('-5:00');
    expect(live.changes()).toBeGreaterThan(0);
    expect(liveRegion().textContent).toBe('5 min over time in Check-in.');
    live.stop();
  });

  // Regression (same cause): after "Add 2 minutes" during the warning, crossing the boundary again
  // produced the identical text, so the second warning was never announced.
  it('announces the warning again after the step was extended and the boundary is crossed again', async () => {
    await openRunning();
    advance(180);
    expect(liveRegion().textContent).toBe('2 min left in Check-in.');
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 minutes' }));
    await waitFor(() => expect(timerText()).toBe('4:00'));
    const live = watchLiveRegion();
    advance(120);
    expect(timerText()).toBe('2:00');
    expect(screen.getByRole('timer').closest('.run-clock')!.classList.contains('phase-warning')).toBe(true);
    expect(live.changes()).toBeGreaterThan(0);
    live.stop();
    await waitFor(() => expect(liveRegion().textContent).toBe('2 min left in Check-in.'));
  });
});

describe('prompts', () => {
  const promptTexts = () =>
    [...document.querySelectorAll('.prompt .prompt-text')].map((el) => el.textContent?.replace(/^Key\s*/, '').trim());

  it("lists the step's key prompts first and stores done / cleared / not done with a note", async () => {
    // Step 6 of group-90 is "New material" (teach): two key prompts that are not first in library order.
    const { app, session } = await openRunning(6);
    expect(stepHeading()).toBe('Step 6 of 8: New material');
    expect(promptTexts().slice(0, 3)).toEqual([
      'Model a skill, then have participants practise it in a role play.',
      'Stop teaching in time for the summary and action planning.',
      'Help every participant choose a personal recovery goal and a first step.',
    ]);
    expect(document.querySelectorAll('.prompt.is-key')).toHaveLength(2);
    const teachPrompts = PROMPTS.filter((p) => p.stepId === 'teach' && (p.moduleId === null || p.moduleId === MODULE_1.id));
    expect(promptTexts()).toHaveLength(teachPrompts.filter((p) => !p.formats || p.formats.includes('group')).length);

    const rolePlay = screen.getByRole('group', { name: /Model a skill/ });
    const done = within(rolePlay).getByRole('button', { name: 'Done' });
    expect(done.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(done);
    await waitFor(() => expect(done.getAttribute('aria-pressed')).toBe('true'));
    expect((await stored(app.repo, session.id)).prompts['teach-model-role-play']?.status).toBe('done');

    fireEvent.click(done);
    await waitFor(() => expect(done.getAttribute('aria-pressed')).toBe('false'));
    expect((await stored(app.repo, session.id)).prompts['teach-model-role-play']?.status).toBeNull();

    const timing = screen.getByRole('group', { name: /Stop teaching in time/ });
    const timingItem = timing.closest('li')!;
    expect(within(timingItem).queryByLabelText('Note on this prompt')).toBeNull();
    fireEvent.click(within(timing).getByRole('button', { name: 'Not done' }));
    const note = await within(timingItem).findByLabelText('Note on this prompt');
    expect(within(timing).getByRole('button', { name: 'Not done' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(note, { target: { value: 'Ran out of time' } });
    await waitFor(async () =>
      expect((await stored(app.repo, session.id)).prompts['teach-keep-time-for-planning']).toMatchObject({ status: 'not-done', note: 'Ran out of time' }),
    );
  });

  it('asks before leaving a step with an open key prompt: stay keeps it, anyway moves on', async () => {
    // Step 3 (action plan review) has one key prompt.
    const { app, session } = await openRunning(3);
    expect(stepHeading()).toBe('Step 3 of 8: Action plan review');

    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Key prompts still open in this step:');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      "Review last week's home practice with every participant.",
    ]);

    fireEvent.click(within(alert).getByRole('button', { name: 'Stay on this step' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(stepHeading()).toBe('Step 3 of 8: Action plan review');
    expect((await stored(app.repo, session.id)).events.filter((e) => e.type === 'next')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Next step anyway' }));
    await waitFor(() => expect(stepHeading()).toBe('Step 4 of 8: Goal follow-up'));
    expect(screen.queryByRole('alert')).toBeNull();

    // Answering the key prompt lets "Next step" go straight on.
    const goalPrompt = screen.getByRole('group', { name: /Go through each participant's goal/ });
    fireEvent.click(within(goalPrompt).getByRole('button', { name: 'Not applicable' }));
    await waitFor(() => expect(within(goalPrompt).getByRole('button', { name: 'Not applicable' }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await waitFor(() => expect(stepHeading()).toBe('Step 5 of 8: Set the agenda'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('ends the session only after confirming the open key prompts, then opens the summary', async () => {
    const { app, session } = await openRunning(3);
    fireEvent.click(screen.getByRole('button', { name: 'End session' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Key prompts still open in this session:');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      "Review last week's home practice with every participant.",
    ]);

    fireEvent.click(within(alert).getByRole('button', { name: 'Keep the session going' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await stored(app.repo, session.id)).status).toBe('running');

    fireEvent.click(screen.getByRole('button', { name: 'End session' }));
    clockMs += 1000;
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'End session anyway' }));
    await waitFor(() => expect(app.route.value).toEqual({ name: 'summary', sessionId: session.id }));
    const ended = await stored(app.repo, session.id);
    expect(ended.status).toBe('ended');
    expect(ended.events.at(-1)).toEqual({ type: 'end', at: T0 + 1000 });
    expect(await app.repo.runningSessions()).toEqual([]);
  });
});

describe('participants', () => {
  const mainRow = (code: string) => screen.getByText(code, { selector: '.participant-code' }).closest('.participant-main') as HTMLElement;

  it('stores attendance per participant code', async () => {
    const { app, session } = await openRunning();
    const rows = [...document.querySelectorAll('.participant-code')].map((el) => el.textContent);
    expect(rows).toEqual(['P01', 'P02', 'P03', 'P04', 'P05', 'P06']);
    // Step 1 has only attendance in the row.
    expect(within(mainRow('P01')).queryByLabelText('Home practice of P01')).toBeNull();

    fireEvent.change(screen.getByLabelText('Attendance for P01'), { target: { value: 'present' } });
    fireEvent.change(screen.getByLabelText('Attendance for P05'), { target: { value: 'absent' } });
    await waitFor(async () => {
      const s = await stored(app.repo, session.id);
      expect(s.participants['demo-p1']?.attendance).toBe('present');
      expect(s.participants['demo-p5']?.attendance).toBe('absent');
    });
    expect((await stored(app.repo, session.id)).participants['demo-p2']?.attendance).toBeNull();
    await waitFor(() => expect((screen.getByLabelText('Attendance for P05') as HTMLSelectElement).value).toBe('absent'));

    fireEvent.change(screen.getByLabelText('Attendance for P01'), { target: { value: '' } });
    await waitFor(async () => expect((await stored(app.repo, session.id)).participants['demo-p1']?.attendance).toBeNull());
  });

  it('shows home practice inline in action plan review', async () => {
    const { app, session } = await openRunning(3);
    const select = within(mainRow('P02')).getByLabelText('Home practice of P02') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'partly' } });
    await waitFor(async () => expect((await stored(app.repo, session.id)).participants['demo-p2']?.homePractice).toBe('partly'));
    expect(within(mainRow('P02')).queryByLabelText('Goal progress of P02')).toBeNull();
  });

  it('shows the goal inline in goal follow-up; recording progress also marks it reviewed', async () => {
    const { app, session } = await openRunning(4);
    const item = mainRow('P01').closest('li')!;
    expect(item.querySelector('.participant-goal')?.textContent).toBe('Goal: Find volunteer work with animals · Current step: Call one shelter');
    const reviewed = within(mainRow('P01')).getByLabelText(/Goal reviewed/) as HTMLInputElement;
    expect(reviewed.checked).toBe(false);

    fireEvent.change(within(mainRow('P01')).getByLabelText('Goal progress of P01'), { target: { value: 'some' } });
    await waitFor(async () =>
      expect((await stored(app.repo, session.id)).participants['demo-p1']).toMatchObject({ goalProgress: 'some', goalReviewed: true }),
    );
    await waitFor(() => expect((within(mainRow('P01')).getByLabelText(/Goal reviewed/) as HTMLInputElement).checked).toBe(true));

    fireEvent.click(within(mainRow('P02')).getByLabelText(/Goal reviewed/));
    await waitFor(async () =>
      expect((await stored(app.repo, session.id)).participants['demo-p2']).toMatchObject({ goalProgress: null, goalReviewed: true }),
    );
  });

  it('saves the agreed home practice inline in action planning as it is typed', async () => {
    const { app, session } = await openRunning(8);
    expect(stepHeading()).toBe('Step 8 of 8: Weekly action planning');
    const item = mainRow('P03').closest('li')!;
    const field = within(item).getByLabelText('Home practice agreed with P03 for next time') as HTMLInputElement;
    // Inline: outside the "More for P03" disclosure.
    expect(field.closest('details')).toBeNull();

    fireEvent.input(field, { target: { value: 'Walk' } });
    await waitFor(async () => expect((await stored(app.repo, session.id)).participants['demo-p3']?.nextHomePractice).toBe('Walk'));
    fireEvent.input(field, { target: { value: 'Walk to the corner' } });
    await waitFor(async () =>
      expect((await stored(app.repo, session.id)).participants['demo-p3']?.nextHomePractice).toBe('Walk to the corner'),
    );
  });
});

describe('notes', () => {
  it('journals typed notes synchronously, then writes the database and settles the journal', async () => {
    const journal = createJournal(new MemoryStorage());
    const { app, session } = await openRunning(1, { journal });
    const notes = screen.getByLabelText('Session notes');
    expect(journal.pending()).toEqual([]);

    clockMs += 2000;
    fireEvent.input(notes, { target: { value: 'Group arrived late' } });
    // Before anything is awaited, the keystroke is already in the journal.
    expect(journal.pending()).toEqual([{ sessionId: session.id, fieldKey: 'notes', value: 'Group arrived late', at: T0 + 2000 }]);

    await waitFor(async () => expect((await stored(app.repo, session.id)).notes).toBe('Group arrived late'));
    await waitFor(() => expect(journal.pending()).toEqual([]));
  });

  it('replays a journal entry left by a closed panel into the session on load', async () => {
    const storage = new MemoryStorage();
    const journal = createJournal(storage);
    const repo = newRepo();
    const first = await openRunning(1, { journal, repo });
    // The panel closed after journaling a keystroke but before its database write.
    journal.put({ sessionId: first.session.id, fieldKey: 'notes', value: 'Typed just before closing', at: T0 + 5000 });
    cleanup();
    first.app.dispose();
    expect((await repo.getSession(first.session.id))?.notes).toBe('');

    // A new panel: a new store over the same database and journal storage.
    const second = await renderWithApp(<Views />, { now, repo, journal: createJournal(storage) });
    expect(second.app.route.value).toEqual({ name: 'run', sessionId: first.session.id });
    expect((await repo.getSession(first.session.id))?.notes).toBe('Typed just before closing');
    expect(journal.pending()).toEqual([]);
    await waitFor(() => expect((screen.getByLabelText('Session notes') as HTMLTextAreaElement).value).toBe('Typed just before closing'));
  });
});

describe('plan view', () => {
  async function openPlan() {
    const repo = newRepo();
    const demo = createDemoData({ now: T0, locale: 'en', practitioner: 'AB', module: MODULE_1, template: GROUP_90, prompts: PROMPTS });
    await repo.writeBatch(demo);
    const rendered = await renderWithApp(<Views />, { now, repo });
    rendered.app.navigate({ name: 'plan', groupId: 'demo-group' });
    await screen.findByRole('heading', { level: 2, name: 'Plan a session: Wednesday recovery group (demo)' });
    return rendered;
  }
  const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
  const minutesFor = (step: string) => screen.getByLabelText(`Minutes for ${step}`) as HTMLInputElement;

  it('suggests the next session, resets the session number with the module, and starts with edited minutes', async () => {
    const { app } = await openPlan();
    expect(screen.getByText('Next in sequence: module 1. Recovery Strategies, session 3.')).toBeTruthy();
    expect(select('Module').value).toBe(MODULE_1.id);
    expect(select('Session of the module').value).toBe('3');
    expect(select('Session length and structure').value).toBe('group-90');
    expect(screen.getByText('Total: 90 min')).toBeTruthy();

    const module2 = MODULES[1]!;
    fireEvent.change(select('Module'), { target: { value: module2.id } });
    await waitFor(() => expect(select('Session of the module').value).toBe('1'));
    expect(select('Module').value).toBe(module2.id);
    fireEvent.change(select('Module'), { target: { value: MODULE_1.id } });
    fireEvent.change(select('Session of the module'), { target: { value: '2' } });
    await waitFor(() => expect(select('Session of the module').value).toBe('2'));

    fireEvent.input(minutesFor('Check-in'), { target: { value: '7.5' } });
    expect(screen.getByText('Total: 92.5 min')).toBeTruthy();
    fireEvent.input(minutesFor('New material'), { target: { value: '30' } });
    expect(screen.getByText('Total: 89.5 min')).toBeTruthy();
    // Nonsense is ignored rather than stored.
    fireEvent.input(minutesFor('Summary'), { target: { value: '0' } });
    expect(screen.getByText('Total: 89.5 min')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Start session' }));
    await screen.findByRole('timer');
    const [started] = await app.repo.runningSessions();
    expect(started).toMatchObject({ moduleId: MODULE_1.id, sessionNumber: 2, templateId: 'group-90' });
    const expected = GROUP_90.steps.map((s) => ({
      stepId: s.stepId,
      seconds: s.stepId === 'check-in' ? 450 : s.stepId === 'teach' ? 1800 : s.minutes * 60,
    }));
    expect(started!.plan).toEqual(expected);
    expect(timerText()).toBe('7:30');

    // While it runs, a second session cannot be started.
    app.navigate({ name: 'plan', groupId: 'demo-group' });
    await screen.findByText('Another session is still running. End it before starting a new one.');
    expect((screen.getByRole('button', { name: 'Start session' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await app.repo.runningSessions()).toHaveLength(1);
  });

  it('starts one session when "Start session" is clicked twice', async () => {
    const { app } = await openPlan();
    const start = screen.getByRole('button', { name: 'Start session' });
    fireEvent.click(start);
    fireEvent.click(start);
    await screen.findByRole('timer');
    await screen.findByLabelText('Attendance for P01');
    expect(await app.repo.runningSessions()).toHaveLength(1);
  });

  it('disables starting from home while a session runs', async () => {
    const { app } = await openRunning();
    app.navigate({ name: 'home' });
    expect(await screen.findByText('A session is in progress: Wednesday recovery group (demo), Recovery Strategies.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Start session for Wednesday recovery group (demo)' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Return to the session' }));
    expect(await screen.findByRole('timer')).toBeTruthy();
  });
});

describe('render scope on each tick', () => {
  it('re-renders the clock card every tick but the prompts and participants only at a step boundary', async () => {
    const { PromptList } = await import('../../components/session/PromptList');
    const { ParticipantList } = await import('../../components/session/ParticipantList');
    const { options } = await import('preact');
    await openRunning();
    const counts = { prompts: 0, participants: 0 };
    const previous = options.diffed;
    options.diffed = (vnode) => {
      if (vnode.type === PromptList) counts.prompts++;
      if (vnode.type === ParticipantList) counts.participants++;
      previous?.(vnode);
    };
    try {
      const before = timerText();
      for (let i = 0; i < 8; i++) advance(1);
      expect(timerText()).not.toBe(before);
      expect(counts).toEqual({ prompts: 0, participants: 0 });
      // Moving to the next step re-renders them for the new step.
      fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
      const anyway = screen.queryByRole('button', { name: 'Next step anyway' });
      if (anyway) fireEvent.click(anyway);
      await waitFor(() => expect(stepHeading()).toMatch(/^Step 2 of 8/));
      expect(counts.prompts).toBeGreaterThan(0);
    } finally {
      options.diffed = previous;
    }
  });
});
