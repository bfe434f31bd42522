/**
 * Views loaded on demand (issue 12): a short wait shows nothing, a longer one "Loading…", then the
 * view; a chunk that fails to load shows a translated error with a way to try again, and is logged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { lazyView, LOADING_DELAY_MS } from '../../components/common/lazy';
import { AppContext } from '../../components/state/app-store';
import { onLog, type LogEntry } from '../../lib/log';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <h2>Hello {name}</h2>;
}

/** A chunk load the test settles by hand. */
function controlledLoad() {
  const calls: { resolve: (view: typeof Greeting) => void; reject: (e: unknown) => void }[] = [];
  const load = () => new Promise<typeof Greeting>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

describe('lazyView', () => {
  it('shows nothing for a moment, then "Loading…", then the view with its props', async () => {
    const chunk = controlledLoad();
    const View = lazyView('greeting', chunk.load);
    await renderWithApp(<View name="Ada" />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(await screen.findByRole('status', {}, { timeout: LOADING_DELAY_MS * 10 })).toHaveProperty('textContent', 'Loading…');
    await act(async () => chunk.calls[0]!.resolve(Greeting));
    expect(await screen.findByRole('heading', { name: 'Hello Ada' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(chunk.calls).toHaveLength(1);
  });

  it('shows a view that is already loaded at once, without loading it again', async () => {
    const chunk = controlledLoad();
    const View = lazyView('greeting', chunk.load);
    View.preload();
    await act(async () => chunk.calls[0]!.resolve(Greeting));
    await renderWithApp(<View name="Grace" />);
    expect(screen.getByRole('heading', { name: 'Hello Grace' })).toBeTruthy();
    expect(chunk.calls).toHaveLength(1);
  });

  it('shows the view when a preload lands between the first render and its effect', async () => {
    const chunk = controlledLoad();
    const View = lazyView('greeting', chunk.load);
    View.preload();
    const { app } = await renderWithApp(<p />);
    cleanup();
    // Inside one act: the render, then the chunk landing, then (at the end) the effects.
    await act(async () => {
      render(
        <AppContext.Provider value={app}>
          <View name="Lin" />
        </AppContext.Provider>,
      );
      chunk.calls[0]!.resolve(Greeting);
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { name: 'Hello Lin' })).toBeTruthy();
    expect(chunk.calls).toHaveLength(1);
  });

  it('says so in the reader’s language when the chunk fails, logs it, and loads it on "Try again"', async () => {
    const logged: LogEntry[] = [];
    const off = onLog((entry) => logged.push(entry));
    const chunk = controlledLoad();
    const View = lazyView('greeting', chunk.load);
    const { app } = await renderWithApp(<View name="Ada" />, { languages: ['nl'] });
    expect(app.locale.value).toBe('nl');

    await act(async () => chunk.calls[0]!.reject(new TypeError('Failed to fetch dynamically imported module')));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dit deel van de gids kon niet worden geladen');
    expect(alert.textContent).not.toContain('app.');
    expect(logged.some((e) => e.level === 'error' && e.scope === 'lazy' && e.error?.includes('Failed to fetch'))).toBe(true);
    off();

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(chunk.calls).toHaveLength(2);
    await act(async () => chunk.calls[1]!.resolve(Greeting));
    expect(await screen.findByRole('heading', { name: 'Hello Ada' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
