/**
 * Fast typing loses nothing: the stored text lags behind the field by the write in flight, and the
 * field must never take that older text back while the page still has newer text of its own.
 *
 * Found in Firefox: keys typed into the panel while its page did not have the window's focus reached
 * the field without any `focus` event, the field thought nobody was typing, copied each committed
 * (older) text back into itself and the keys typed meanwhile were gone ("Pvato sp authespl"). A plain
 * textarea in the same situation kept every character. The same older text came back when a person
 * left the field while a write was in flight.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { RunView } from '../../components/session/RunView';
import { SavedTextarea } from '../../components/session/SavedText';
import { createSessionModel, type SessionModel } from '../../components/state/session-model';
import { AppContext, createAppStore } from '../../components/state/app-store';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo, type Repo } from '../../lib/db/repo';
import { TEMPLATES } from '../../lib/curriculum';
import { makeGroup, startSession, T0 } from '../factories';

afterEach(cleanup);

const GROUP_60 = TEMPLATES.find((t) => t.id === 'group-60')!;

/** A repository whose session writes wait until the test lets them through, one at a time. */
function gatedRepo() {
  const repo = createRepo(createConnection({ name: `typing-race-${Date.now()}-${Math.random()}` }), createChangeBus());
  const waiting: (() => void)[] = [];
  let open = false;
  const gated: Repo = {
    ...repo,
    async updateSession(id, change) {
      if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
      return repo.updateSession(id, change);
    },
  };
  return {
    repo: gated,
    /** Lets the oldest waiting write through and waits until the page has taken in its result. */
    async releaseOne() {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      await act(async () => {
        waiting.shift()?.();
        // The commit, the render it causes and the effects after it (Preact runs them after paint).
        await new Promise((r) => setTimeout(r, 100));
      });
    },
    /** Lets every write through from now on. */
    async openAll() {
      open = true;
      await act(async () => {
        while (waiting.length) waiting.shift()?.();
        await new Promise((r) => setTimeout(r, 100));
      });
    },
  };
}

/** The panel's clock stands still here: every keystroke shares one millisecond. */
async function setup() {
  const gate = gatedRepo();
  await gate.repo.putGroup(makeGroup());
  await gate.repo.putSession(startSession({ template: GROUP_60 }));
  await renderWithApp(<RunView sessionId="s1" />, { repo: gate.repo, now: () => T0 + 1_000 });
  const notes = (await screen.findByLabelText('Session notes')) as HTMLTextAreaElement;
  /** A key press: the browser appends to whatever the field shows, then fires `input`. */
  const type = (text: string) => {
    for (const ch of text) fireEvent.input(notes, { target: { value: notes.value + ch } });
  };
  return { ...gate, notes, type };
}

describe('typing faster than the database writes', () => {
  it('keeps every character when keys reach the field without a focus event', async () => {
    const { repo, notes, type, releaseOne, openAll } = await setup();

    type('Agreed'); // the first write carries "A"; the rest waits for the next one
    await releaseOne(); // "A" is stored while the field holds "Agreed"
    expect(notes.value).toBe('Agreed');
    type(' to call');
    await releaseOne(); // "Agreed to call" is stored
    type(' the library');
    await openAll();

    expect(notes.value).toBe('Agreed to call the library');
    await waitFor(async () => expect((await repo.getSession('s1'))?.notes).toBe('Agreed to call the library'));
  });

  it('keeps every character when the practitioner leaves the field while a write is in flight and comes back', async () => {
    const { repo, notes, type, releaseOne, openAll } = await setup();

    act(() => notes.focus());
    type('Phoned her');
    act(() => notes.blur()); // Tab to the next field
    await releaseOne(); // "P" is stored while the field holds "Phoned her"
    expect(notes.value).toBe('Phoned her');
    act(() => notes.focus()); // and back
    type(' sister');
    await openAll();

    expect(notes.value).toBe('Phoned her sister');
    await waitFor(async () => expect((await repo.getSession('s1'))?.notes).toBe('Phoned her sister'));
  });

  it('still shows text saved elsewhere once the field is left and everything typed here is saved', async () => {
    const { repo, notes, type, openAll } = await setup();
    await openAll();
    act(() => notes.focus());
    type('Draft');
    await waitFor(async () => expect((await repo.getSession('s1'))?.notes).toBe('Draft'));
    act(() => notes.blur());

    // Another page (a second panel, a restore) changes the note.
    await act(async () => {
      await repo.updateSession('s1', (s) => ({ ...s, notes: 'Written in the other window' }));
      await new Promise((r) => setTimeout(r, 100));
    });
    await waitFor(() => expect(notes.value).toBe('Written in the other window'));
  });

  it('saves the last keystrokes when they share a millisecond with the write in flight', async () => {
    const { repo, notes, type, openAll } = await setup();
    await openAll();

    type('Two keys'); // all in one millisecond: "T" is written while the rest waits

    await waitFor(async () => expect((await repo.getSession('s1'))?.notes).toBe('Two keys'));
    expect(notes.value).toBe('Two keys');
    expect(screen.queryByText(/not saved/i)).toBeNull();
  });

  it('a field made again while its text is still being saved (it moved at a step change) shows that text', async () => {
    const gate = gatedRepo();
    await gate.repo.putGroup(makeGroup());
    await gate.repo.putSession(startSession({ template: GROUP_60 }));
    const app = createAppStore({ repo: gate.repo, languages: ['en'], now: () => T0 + 1_000 });
    await app.load();
    const model = createSessionModel(app, 's1', null);
    await model.reload();
    const Field = ({ model, place }: { model: SessionModel; place: string }) => (
      <AppContext.Provider value={app}>
        <div key={place}>
          <SavedTextarea model={model} field={{ kind: 'next-practice', participantId: 'p1' }} label="Home practice" single />
        </div>
      </AppContext.Provider>
    );
    const view = render(<Field model={model} place="details" />);
    const first = screen.getByLabelText('Home practice') as HTMLInputElement;
    for (const ch of 'Walk daily') fireEvent.input(first, { target: { value: first.value + ch } });
    await gate.releaseOne(); // "W" is stored; "Walk daily" still on its way

    view.rerender(<Field model={model} place="row" />);
    const moved = screen.getByLabelText('Home practice') as HTMLInputElement;
    expect(moved).not.toBe(first);
    expect(moved.value).toBe('Walk daily');
    await gate.openAll();
    await waitFor(async () => expect((await gate.repo.getSession('s1'))?.participants.p1?.nextHomePractice).toBe('Walk daily'));
    model.dispose();
  });
});
