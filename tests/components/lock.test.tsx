/**
 * The lock screen and Settings > Lock and encryption through the panel: turn on, lock, a wrong
 * passphrase changes nothing, the right one brings the records back, idle time locks, and a
 * forgotten passphrase has a way out (erase everything).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { renderWithApp, loadPanelViews } from './render-app';
import { PanelApp } from '../../components/panel/App';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { createKeyring } from '../../lib/db/vault';
import { makeGroup, makeParticipant } from '../factories';

// The panel's views load on demand (issue 12): their code is loaded once here.
beforeAll(loadPanelViews);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PASS = 'a long enough passphrase';

async function lockedPanel() {
  const repo = createRepo(createConnection({ name: `lock-${Date.now()}-${Math.random()}` }), createChangeBus(), createKeyring());
  await repo.putGroup(makeGroup({ name: 'Thursday IMR' }));
  await repo.putParticipant(makeParticipant({ code: 'K07' }));
  await repo.enableEncryption(PASS);
  repo.forgetKey();
  const view = await renderWithApp(<PanelApp />, { repo });
  await screen.findByRole('heading', { name: 'The guide is locked' });
  return { repo, view };
}

describe('lock screen', () => {
  it('shows nothing private and no navigation while locked', async () => {
    await lockedPanel();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByText(/Thursday IMR/)).toBeNull();
  });

  it('a wrong passphrase says so and changes nothing; the right one opens the records', async () => {
    const { view } = await lockedPanel();
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'wrong passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(/That passphrase does not open the guide/, {}, { timeout: 5_000 })).toBeTruthy();
    expect(view.app.vault.value).toBe('locked');

    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('navigation', {}, { timeout: 5_000 });
    await waitFor(() => expect(view.app.groups.value.map((g) => g.name)).toEqual(['Thursday IMR']));
  });

  it('a forgotten passphrase: erasing everything from the lock screen starts afresh', async () => {
    const { repo } = await lockedPanel();
    fireEvent.click(screen.getByText('Forgot the passphrase?'));
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything' }));
    const confirm = await screen.findByRole('button', { name: /^Yes, erase everything/ });
    fireEvent.click(confirm);
    await screen.findByRole('navigation', {}, { timeout: 5_000 });
    expect(await repo.vaultState()).toBe('off');
    expect(await repo.listGroups()).toEqual([]);
  });

  it('locks by itself after the chosen idle time', async () => {
    const { view } = await lockedPanel();
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('navigation', {}, { timeout: 5_000 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await act(async () => {
      await view.app.updateSettings({ autoLockMinutes: 5 });
    });
    act(() => {
      vi.advanceTimersByTime(4 * 60_000);
    });
    expect(view.app.vault.value).toBe('unlocked');
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(view.app.vault.value).toBe('locked');
    expect(view.app.groups.value).toEqual([]);
  });
});
