/**
 * Home with a long history: the most recently run groups first and the rest on request, so a
 * profile of hundreds of groups does not draw them all before the panel can start a session.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { AppContext } from '../../components/state/app-store';
import { loadPanelViews, renderWithApp } from './render-app';
import { Home } from '../../components/panel/Home';
import { makeGroup, makeSession } from '../factories';
import type { Repo } from '../../lib/db/repo';

// Home's export and feedback sections load on demand: their code is loaded once here.
beforeAll(loadPanelViews);
afterEach(cleanup);

const groupsList = () => document.getElementById('home-groups')!;
const headings = () => within(groupsList()).queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

async function seed(repo: Repo, count: number, ran: Record<number, string>) {
  const groups = Array.from({ length: count }, (_, i) => makeGroup({ id: `g${i}`, name: `Group ${String(i).padStart(2, '0')}` }));
  const sessions = Object.entries(ran).map(([n, date]) => makeSession({ id: `s${n}`, groupId: `g${n}`, date, status: 'ended' }));
  await repo.writeBatch({ groups, sessions });
}

describe('Home: which groups it lists', () => {
  it('lists a few groups all at once, by name, with their last session', async () => {
    const { repo, app } = await renderWithApp(<Home />);
    await seed(repo, 3, { 2: '2026-11-20' });
    await app.load();
    await screen.findByText('Last session: 2026-11-20');
    expect(headings()).toEqual(['Group 00', 'Group 01', 'Group 02']);
    expect(screen.getAllByText('No sessions yet')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('lists the six run most recently of many, and every group on request', async () => {
    const { repo, app } = await renderWithApp(<Home />);
    await seed(repo, 40, { 31: '2026-11-27', 5: '2026-11-20', 12: '2026-11-24', 39: '2026-10-01', 20: '2026-11-01', 8: '2025-03-03', 9: '2024-01-01' });
    await app.load();
    await screen.findByText('Last session: 2026-11-27');
    expect(headings()).toEqual(['Group 31', 'Group 12', 'Group 05', 'Group 20', 'Group 39', 'Group 08']);
    expect(screen.getAllByRole('button', { name: /^Start/ })).toHaveLength(6);

    const toggle = screen.getByRole('button', { name: 'Show all 40 groups' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(headings()).toHaveLength(40);
    // Every group's date is read on request; the oldest run group then comes before those never run.
    await screen.findByText('Last session: 2024-01-01');
    expect(headings().slice(0, 8)).toEqual(['Group 31', 'Group 12', 'Group 05', 'Group 20', 'Group 39', 'Group 08', 'Group 09', 'Group 00']);
    const back = screen.getByRole('button', { name: 'Show only the groups run most recently' });
    expect(back.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(back);
    expect(headings()).toHaveLength(6);
  });

  it('has its six groups in the first frame: their order is read with the start-up data', async () => {
    const { repo, app } = await renderWithApp(<Home />);
    await seed(repo, 40, { 31: '2026-11-27', 5: '2026-11-20', 12: '2026-11-24', 39: '2026-10-01', 20: '2026-11-01', 8: '2025-03-03' });
    await app.load();
    cleanup();
    render(
      <AppContext.Provider value={app}>
        <Home />
      </AppContext.Provider>,
    );
    // No waiting: the first render already lists them, with their dates.
    expect(headings()).toEqual(['Group 31', 'Group 12', 'Group 05', 'Group 20', 'Group 39', 'Group 08']);
    expect(screen.getByText('Last session: 2026-11-27')).toBeTruthy();
    expect(groupsList().getAttribute('aria-busy')).toBe('false');
  });
});
