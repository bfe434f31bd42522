/**
 * Typed text is never lost silently: the run view with a safety copy (journal) that cannot be
 * written, and with a database that refuses writes for a while (a full disk).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { RunView } from '../../components/session/RunView';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo, type Repo } from '../../lib/db/repo';
import { createJournal, JOURNAL_PREFIX } from '../../lib/db/journal';
import { TEMPLATES } from '../../lib/curriculum';
import { makeGroup, startSession, T0 } from '../factories';

afterEach(cleanup);

class MemoryStorage {
  items = new Map<string, string>();
  refuse = false;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, value: string) {
    if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(k, value);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const GROUP_60 = TEMPLATES.find((t) => t.id === 'group-60')!;

/** A repository whose session writes fail `failures` times with QuotaExceededError, then work. */
function flakyRepo(failures: { left: number }): Repo {
  const repo = createRepo(createConnection({ name: `save-text-${Date.now()}-${Math.random()}` }), createChangeBus());
  return {
    ...repo,
    async updateSession(id, change) {
      if (failures.left > 0) {
        failures.left--;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return repo.updateSession(id, change);
    },
  };
}

async function setup(storage: MemoryStorage, failures = { left: 0 }) {
  const repo = flakyRepo(failures);
  await repo.putGroup(makeGroup());
  await repo.putSession(startSession({ template: GROUP_60 }));
  const journal = createJournal(storage);
  const view = await renderWithApp(<RunView sessionId="s1" />, { repo, journal, now: () => T0 + 1_000 });
  const notes = await screen.findByLabelText('Session notes');
  return { repo, notes, view };
}

describe('saving typed text', () => {
  it('saves to the database and says so when the safety copy cannot be written', async () => {
    const storage = new MemoryStorage();
    storage.refuse = true;
    const { repo, notes } = await setup(storage);

    fireEvent.input(notes, { target: { value: 'Agreed to call the library' } });

    await waitFor(async () => expect((await repo.getSession('s1'))?.notes).toBe('Agreed to call the library'));
    expect(await screen.findByText(/would not keep a safety copy/)).toBeTruthy();
    expect(storage.length).toBe(0);
  });

  it('keeps text in the safety copy while the disk is full, retries, and settles once saved', async () => {
    const storage = new MemoryStorage();
    const failures = { left: 1 };
    const { repo, notes } = await setup(storage, failures);

    fireEvent.input(notes, { target: { value: 'Typed while the disk was full' } });

    expect(await screen.findByText(/storage for this extension is full/)).toBeTruthy();
    expect((await repo.getSession('s1'))?.notes).toBe('');
    const kept = [...storage.items.entries()].filter(([k]) => k.startsWith(JOURNAL_PREFIX));
    expect(kept).toHaveLength(1);
    expect(kept[0]?.[1]).toContain('Typed while the disk was full');

    // The automatic retry (after one second) finds space again.
    await waitFor(async () => expect((await repo.getSession('s1'))?.notes).toBe('Typed while the disk was full'), { timeout: 3_000 });
    expect(await screen.findByText('Everything you typed is saved now.')).toBeTruthy();
    expect(storage.length).toBe(0);
  });

  it('says to copy the text elsewhere when neither the database nor the safety copy can keep it; "Try saving again" saves it', async () => {
    const storage = new MemoryStorage();
    storage.refuse = true;
    const failures = { left: 1 };
    const { repo, notes } = await setup(storage, failures);

    fireEvent.input(notes, { target: { value: 'Only on this page' } });
    expect(await screen.findByText(/Copy your text somewhere safe/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    await waitFor(async () => expect((await repo.getSession('s1'))?.notes).toBe('Only on this page'));
  });
});
