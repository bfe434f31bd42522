/**
 * The UI strings load as a chunk of their own (issue 12). Until they are in, a page shows nothing
 * (never a bare key); when the chunk cannot be loaded, it says so in the reader's language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { AppContext, createAppStore } from '../../components/state/app-store';
import { PanelApp } from '../../components/panel/App';

vi.mock('../../lib/i18n/load', () => ({
  loadMessageTables: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));

afterEach(cleanup);

describe('a page whose strings cannot be loaded', () => {
  it('shows no key, and says what happened in the browser’s language', async () => {
    const repo = createRepo(createConnection({ name: `strings-${Date.now()}` }), createChangeBus());
    const app = createAppStore({ repo, languages: ['nl-NL'] });
    const { container } = render(
      <AppContext.Provider value={app}>
        <PanelApp />
      </AppContext.Provider>,
    );
    expect(container.textContent).toBe('');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De gids kon zijn teksten niet laden');
    expect(container.textContent).not.toMatch(/\b(app|nav|home)\.\w+/);
    expect(app.messagesFailed.value).toBe(true);
    // The rest of the start-up (database, curriculum) still finishes; let it, before the page goes.
    await waitFor(() => expect(app.curriculum.value.modules.length).toBeGreaterThan(0));
  });
});
