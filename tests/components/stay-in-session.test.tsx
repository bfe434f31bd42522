/**
 * Staying in the session (issue 9): a "Session running" bar with a way back on every other view,
 * focus on the new view's heading after navigation, and the panel's own keys (N next, P pause)
 * that never fire while typing.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp, loadPanelViews } from './render-app';
import { PanelApp } from '../../components/panel/App';
import { createSession } from '../../lib/session/plan';
import { MODULES, TEMPLATES } from '../../lib/curriculum';
import { makeGroup, makeParticipant } from '../factories';

// The panel's views load on demand (issue 12): their code is loaded once here.
beforeAll(loadPanelViews);

afterEach(cleanup);

const T0 = Date.UTC(2024, 2, 20, 9);
const GROUP_90 = TEMPLATES.find((t) => t.id === 'group-90')!;
const group = makeGroup();

async function openPanelWithRunningSession() {
  const rendered = await renderWithApp(<div />, { now: () => T0 });
  const session = createSession({
    group,
    participants: [makeParticipant()],
    moduleId: MODULES[0]!.id,
    sessionNumber: 1,
    template: GROUP_90,
    practitioner: 'AB',
    warnSeconds: 120,
    noteFormat: 'imr',
    now: T0,
  });
  await rendered.repo.writeBatch({ groups: [group], participants: [makeParticipant()], sessions: [session] });
  cleanup();
  const panel = await renderWithApp(<PanelApp />, { now: () => T0, repo: rendered.repo });
  await screen.findByRole('timer');
  return { ...panel, repo: rendered.repo, session };
}

const heading2 = () => screen.getAllByRole('heading', { level: 2 })[0]!;

describe('the running-session bar', () => {
  it('shows on every other view and leads back to the session, with focus on its step heading', async () => {
    const { app, session } = await openPanelWithRunningSession();
    expect(screen.queryByRole('region', { name: 'Running session' })).toBeNull();

    for (const view of ['Groups', 'Modules', 'Settings', 'Sessions']) {
      fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: view }));
      const bar = await screen.findByRole('region', { name: 'Running session' });
      expect(bar.textContent).toContain('Session running: Tuesday group.');
      // Focus follows the navigation to the new view's heading.
      await waitFor(() => expect(document.activeElement).toBe(heading2()));
    }
    fireEvent.click(within(screen.getByRole('region', { name: 'Running session' })).getByRole('button', { name: 'Return to the session' }));
    await waitFor(() => expect(app.route.value).toEqual({ name: 'run', sessionId: session.id }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Step 1 of 8/));
    expect(screen.queryByRole('region', { name: 'Running session' })).toBeNull();
  });
});

describe('panel keys', () => {
  it('N moves to the next step and P pauses and resumes, but not while typing', async () => {
    const { repo, session } = await openPanelWithRunningSession();
    // Effects (the key listener) run after the first paint.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    const notes = screen.getByLabelText('Session notes');
    fireEvent.keyDown(notes, { key: 'n' });
    fireEvent.keyDown(notes, { key: 'p' });
    expect((await repo.getSession(session.id))!.events.map((e) => e.type)).toEqual(['start']);

    fireEvent.keyDown(document.body, { key: 'n' });
    // Step 1 has a key prompt open: the same confirmation as the button.
    const alert = await screen.findByRole('alert').catch(() => null);
    if (alert) fireEvent.click(within(alert).getByRole('button', { name: 'Next step anyway' }));
    await waitFor(async () => expect((await repo.getSession(session.id))!.events.map((e) => e.type)).toEqual(['start', 'next']));
    await screen.findByRole('heading', { level: 2, name: /^Step 2 of 8/ });

    fireEvent.keyDown(document.body, { key: 'P' });
    await screen.findByRole('button', { name: 'Resume' });
    fireEvent.keyDown(document.body, { key: 'p' });
    await screen.findByRole('button', { name: 'Pause' });
    expect((await repo.getSession(session.id))!.events.map((e) => e.type)).toEqual(['start', 'next', 'pause', 'resume']);
    expect(screen.getByText('Keys in this panel: N for the next step, P to pause or resume (not while typing).')).toBeTruthy();
  });
});
