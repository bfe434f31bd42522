/**
 * The review page stays fresh without re-reading everything: typing in a running session (one
 * notice per keystroke) costs at most a read of that session, coalesced; an ended session that
 * changes is patched in; a notice that does not say what changed reads everything once.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { ReviewApp } from '../../components/review/ReviewApp';
import { COALESCE_MS, FIRST_READ_ABOVE, gather, patchSessions, type ReviewData } from '../../components/review/useReviewData';
import { fullPlan, makeGroup, makeSession } from '../factories';

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

describe('gathering change notices', () => {
  const none = { all: false, sessionIds: new Set<string>() };
  it('keeps named sessions, falls back to everything for anything else, ignores unwatched stores', () => {
    expect(gather(none, { stores: ['sessions'], ids: ['a'], origin: 'x' }).sessionIds).toEqual(new Set(['a']));
    expect(gather(none, { stores: ['sessions'], origin: 'x' }).all).toBe(true);
    expect(gather(none, { stores: ['groups'], ids: ['g'], origin: 'x' }).all).toBe(true);
    expect(gather(none, { stores: ['settings'], origin: 'x' })).toBe(none);
  });

  it('a running session’s change needs no render; an ended one is patched in', () => {
    const ended = makeSession({ id: 'e1' });
    const running = makeSession({ id: 'r1', status: 'running' });
    const data: ReviewData = { groups: [], participants: [], sessions: [ended, running], loadedAt: 0, complete: true };
    expect(patchSessions(data, new Map([['r1', { ...running, notes: 'typing' }]]))).toBe(data);
    const patched = patchSessions(data, new Map([['e1', { ...ended, notes: 'amended' }]]));
    expect(patched.sessions.find((s) => s.id === 'e1')?.notes).toBe('amended');
    expect(patchSessions(data, new Map([['e1', undefined]])).sessions.map((s) => s.id)).toEqual(['r1']);
  });
});

describe('ReviewApp with a practitioner typing elsewhere', () => {
  it('reads everything once, then only the session that changed', async () => {
    const { repo } = await renderWithApp(<div />);
    await repo.putGroup(makeGroup());
    await repo.putSession(makeSession({ id: 'done', plan: fullPlan(), events: [{ type: 'start', at: 1 }, { type: 'end', at: 2 }] }));
    await repo.putSession(makeSession({ id: 'live', status: 'running', plan: fullPlan(), events: [{ type: 'start', at: 1 }] }));
    cleanup();
    const listAll = vi.spyOn(repo, 'listAllSessions');
    const getOne = vi.spyOn(repo, 'getSession');
    await renderWithApp(<ReviewApp />, { repo });
    await screen.findByRole('heading', { level: 2, name: 'Sessions' });
    await waitFor(() => expect(listAll).toHaveBeenCalledTimes(1));

    for (let i = 0; i < 10; i++) await repo.updateSession('live', (s) => ({ ...s, notes: `typing ${i}` }));
    await new Promise((r) => setTimeout(r, COALESCE_MS * 2));
    expect(listAll).toHaveBeenCalledTimes(1);
    expect(getOne.mock.calls.filter(([id]) => id === 'live').length).toBeLessThanOrEqual(2);
  });
});

describe('ReviewApp with many sessions', () => {
  it('shows the newest sessions first when there are many, then the whole page', async () => {
    const { repo } = await renderWithApp(<div />);
    await repo.putGroup(makeGroup());
    await repo.putSession(makeSession({ id: 'done', date: '2024-03-05', plan: fullPlan(), events: [{ type: 'start', at: 1 }, { type: 'end', at: 2 }] }));
    cleanup();
    vi.spyOn(repo, 'countSessions').mockResolvedValue(FIRST_READ_ABOVE + 1);
    const real = repo.listAllSessions.bind(repo);
    let release: () => void = () => undefined;
    const slow = vi.spyOn(repo, 'listAllSessions').mockImplementation(() => new Promise((resolve) => (release = () => void real().then(resolve))));
    await renderWithApp(<ReviewApp />, { repo });
    await screen.findByText(/The newest sessions are shown/);
    expect(screen.getByRole('table', { name: /^Ended sessions/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Fidelity estimate' })).toBeNull();
    await waitFor(() => expect(slow).toHaveBeenCalled());
    release();
    await screen.findByRole('heading', { name: 'Fidelity estimate' });
    expect(screen.queryByText(/The newest sessions are shown/)).toBeNull();
  });
});

describe('estimate columns', () => {
  it('shows twelve groups at a time, with the next and previous ones a click away', async () => {
    const { repo } = await renderWithApp(<div />);
    for (let i = 0; i < 14; i++) {
      const groupId = `g${String(i).padStart(2, '0')}`;
      await repo.putGroup(makeGroup({ id: groupId, name: `Group ${String(i).padStart(2, '0')}` }));
      await repo.putSession(makeSession({ id: `s${i}`, groupId, plan: fullPlan(), events: [{ type: 'start', at: 1 }, { type: 'end', at: 2 }] }));
    }
    cleanup();
    await renderWithApp(<ReviewApp />, { repo });
    const table = await screen.findByRole('table', { name: /^IMR Fidelity Scale per group/ });
    const headers = () => [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers()).toHaveLength(1 + 12);
    expect(screen.getByText('Columns 1 to 12 of 14')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next columns' }));
    await waitFor(() => expect(headers().slice(1)).toEqual(['Group 12', 'Group 13']));
    fireEvent.click(screen.getByRole('button', { name: 'Previous columns' }));
    await waitFor(() => expect(headers()).toHaveLength(13));
  });
});
