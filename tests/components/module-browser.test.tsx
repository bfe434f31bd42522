import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { useApp } from '../../components/state/app-store';
import { ModulesView, ModuleView, SessionOutline } from '../../components/modules/ModuleBrowser';
import { getModule, MODULES } from '../../lib/curriculum';

afterEach(cleanup);

/** The two routed views, switched the way the panel's ViewSlot does, without pulling in every other view. */
function Browser() {
  const route = useApp().route.value;
  return route.name === 'module' ? <ModuleView moduleId={route.moduleId} /> : <ModulesView />;
}

function moduleButton(n: number, title: string) {
  return screen.getByRole('button', { name: `Module ${n}: ${title}` });
}

const relapses = getModule('reducing-relapses');

describe('module browser', () => {
  it('lists all 11 modules in English with their session counts', async () => {
    await renderWithApp(<Browser />);
    expect(screen.getByRole('heading', { level: 2, name: 'IMR modules' })).toBeTruthy();
    expect(MODULES).toHaveLength(11);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(11);
    for (const m of MODULES) {
      const button = moduleButton(m.number, m.title.en);
      const count = m.sessions.length === 1 ? '1 session' : `${m.sessions.length} sessions`;
      expect(button.closest('li')?.textContent).toContain(count);
    }
  });

  it('marks unverified default session counts in words and explains them', async () => {
    await renderWithApp(<Browser />);
    const unverified = MODULES.filter((m) => !m.defaultSessionCountVerified);
    expect(unverified.length).toBeGreaterThan(0);
    expect(screen.getAllByText('default, unverified')).toHaveLength(unverified.length);
    for (const m of unverified) {
      expect(moduleButton(m.number, m.title.en).closest('li')?.textContent).toContain('default, unverified');
    }
    expect(screen.getByText(/could not be checked against a source/)).toBeTruthy();
  });

  it('says which modules have outlines written for this guide, and explains it on the module page', async () => {
    await renderWithApp(<Browser />);
    for (const m of MODULES) {
      const item = moduleButton(m.number, m.title.en).closest('li')?.textContent ?? '';
      if (m.number >= 4) expect(item).toContain('outlines written for this guide');
      else expect(item).not.toContain('outlines written for this guide');
    }
    fireEvent.click(moduleButton(4, MODULES[3]!.title.en));
    await screen.findByRole('heading', { level: 2, name: `Module 4: ${MODULES[3]!.title.en}` });
    expect(screen.getByText(/this guide’s own summary, not the published IMR handouts/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: /Back to all modules/ })[0]!);
    fireEvent.click(moduleButton(1, MODULES[0]!.title.en));
    await screen.findByRole('heading', { level: 2, name: `Module 1: ${MODULES[0]!.title.en}` });
    expect(screen.queryByText(/not the published IMR handouts/)).toBeNull();
  });

  it('opens module 7 with goals, handouts, sessions, tagged teaching moves and supporter home practice', async () => {
    expect(relapses).toBeDefined();
    if (!relapses) return;
    await renderWithApp(<Browser />);
    fireEvent.click(moduleButton(7, relapses.title.en));

    const title = await screen.findByRole('heading', { level: 2, name: `Module 7: ${relapses.title.en}` });
    expect(document.activeElement).toBe(title);
    expect(screen.getByText(relapses.summary.en)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Goals' })).toBeTruthy();
    for (const goal of relapses.goals) expect(screen.getByText(goal.en)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Handouts and worksheets' })).toBeTruthy();
    expect(screen.getAllByText(/Worksheet/).length).toBeGreaterThan(0);

    const sessions = document.querySelectorAll('details');
    expect(sessions).toHaveLength(relapses.sessions.length);
    expect(sessions[0]?.open).toBe(true);
    expect([...sessions].slice(1).every((d) => !d.open)).toBe(true);
    relapses.sessions.forEach((s, i) => {
      expect(sessions[i]?.querySelector('summary')?.textContent).toBe(`Session ${s.number}: ${s.title.en}`);
    });

    const first = sessions[0] as HTMLElement;
    const session1 = relapses.sessions[0];
    if (!session1) throw new Error('module 7 has no sessions');
    for (const topic of session1.outline) expect(within(first).getByText(topic.en)).toBeTruthy();
    expect(within(first).getByRole('heading', { level: 4, name: 'Teaching moves' })).toBeTruthy();
    for (const strategy of ['Educational', 'Motivational', 'Cognitive-behavioural']) {
      expect(within(first).getAllByText(strategy).length).toBeGreaterThan(0);
    }
    // Each move carries its strategy as text next to its own wording.
    const move = session1.teachingMoves.find((m) => m.strategy === 'cognitive-behavioural');
    expect(within(first).getByText(move?.text.en ?? '').closest('li')?.textContent).toContain('Cognitive-behavioural');

    expect(within(first).getByRole('heading', { level: 4, name: 'Home practice' })).toBeTruthy();
    const withSupporter = session1.homePractice.filter((o) => o.withSupporter);
    expect(withSupporter.length).toBeGreaterThan(0);
    expect(within(first).getAllByText('With a supporter')).toHaveLength(withSupporter.length);
    for (const option of withSupporter) {
      expect(within(first).getByText(option.text.en).closest('li')?.textContent).toContain('With a supporter');
    }
  });

  it('shows Dutch titles after switching the language', async () => {
    const { app } = await renderWithApp(<Browser />);
    await app.updateSettings({ locale: 'nl' });
    expect(await screen.findByRole('heading', { level: 2, name: 'IMR-modules' })).toBeTruthy();
    for (const m of MODULES) expect(moduleButton(m.number, m.title.nl)).toBeTruthy();
    expect(screen.queryByText(MODULES[0]?.title.en ?? '-')).toBeNull();

    fireEvent.click(moduleButton(7, relapses?.title.nl ?? ''));
    expect(await screen.findByRole('heading', { level: 3, name: 'Leerdoelen' })).toBeTruthy();
    expect(screen.getAllByText('Met een naastbetrokkene').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Cognitief-gedragsmatig').length).toBeGreaterThan(0);
  });

  it('works from the keyboard: module entries are buttons and back returns focus to the list', async () => {
    await renderWithApp(<Browser />);
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    expect(buttons).toHaveLength(11);
    for (const b of buttons) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.getAttribute('type')).toBe('button');
      expect(b.tabIndex).toBeGreaterThanOrEqual(0);
    }

    const seven = moduleButton(7, relapses?.title.en ?? '');
    seven.focus();
    expect(document.activeElement).toBe(seven);
    fireEvent.click(seven);

    const backButtons = await screen.findAllByRole('button', { name: 'Back to all modules' });
    expect(backButtons[0]?.tagName).toBe('BUTTON');
    fireEvent.click(backButtons[0] as HTMLElement);

    await screen.findByRole('heading', { level: 2, name: 'IMR modules' });
    await waitFor(() => expect(document.activeElement).toBe(moduleButton(7, relapses?.title.en ?? '')));
  });

  it("shows a programme's own session count as its choice rather than an unverified default", async () => {
    const unverified = MODULES.find((m) => !m.defaultSessionCountVerified);
    if (!unverified) throw new Error('expected a module with an unverified count');
    const { repo } = await renderWithApp(<Browser />);
    await repo.putAdaptation({
      id: 'current',
      programmeName: 'Test programme',
      adaptation: { sessionCounts: { [unverified.id]: 5 } },
      updatedAt: 0,
    });
    const item = () => moduleButton(unverified.number, unverified.title.en).closest('li')?.textContent ?? '';
    await waitFor(() => expect(item()).toContain('5 sessions'));
    expect(item()).toContain('set by your programme');
    expect(item()).not.toContain('default, unverified');
  });

  it('says so when a module id is unknown, and still offers the way back', async () => {
    const { app } = await renderWithApp(<Browser />);
    app.navigate({ name: 'module', moduleId: 'no-such-module' });
    expect(await screen.findByText('This module was not found.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to all modules' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'IMR modules' })).toBeTruthy();
  });
});

describe('SessionOutline', () => {
  it('renders one session compactly with its title at the requested level', async () => {
    if (!relapses) throw new Error('module 7 missing');
    const session = relapses.sessions[1];
    if (!session) throw new Error('module 7 has no session 2');
    await renderWithApp(<SessionOutline module={relapses} sessionNumber={2} titleLevel={4} />);

    expect(screen.getByRole('heading', { level: 4, name: `Session 2: ${session.title.en}` })).toBeTruthy();
    for (const part of ['Topics', 'Handouts and worksheets used', 'Teaching moves', 'Home practice']) {
      expect(screen.getByRole('heading', { level: 5, name: part })).toBeTruthy();
    }
    for (const topic of session.outline) expect(screen.getByText(topic.en)).toBeTruthy();
    for (const move of session.teachingMoves) expect(screen.getByText(move.text.en)).toBeTruthy();
    expect(screen.getAllByText('With a supporter')).toHaveLength(session.homePractice.filter((o) => o.withSupporter).length);
    // Session 1 content must not leak in.
    expect(screen.queryByText(relapses.sessions[0]?.title.en ?? '-')).toBeNull();
  });

  it('reports a session number the module does not have', async () => {
    if (!relapses) throw new Error('module 7 missing');
    await renderWithApp(<SessionOutline module={relapses} sessionNumber={99} />);
    expect(screen.getByText('Session 99 is not part of this module.')).toBeTruthy();
  });
});
