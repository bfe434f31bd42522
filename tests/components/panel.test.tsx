/**
 * The side panel shell: navigation, language switching (strings and <html lang>), reopening into
 * a running session, and the settings view (warning minutes, notifications permission).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp, loadPanelViews } from './render-app';
import { PanelApp } from '../../components/panel/App';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { TEMPLATES } from '../../lib/curriculum';
import type { Platform } from '../../lib/platform/adapter';
import { makeGroup, startSession } from '../factories';

const NOW = Date.UTC(2024, 2, 6, 9);
const now = () => NOW;

// The panel's views load on demand (issue 12): their code is loaded once here.
beforeAll(loadPanelViews);

afterEach(() => {
  cleanup();
  document.documentElement.lang = '';
});

const nav = () => screen.getByRole('navigation', { name: 'Main' });
const navButton = (name: string) => within(nav()).getByRole('button', { name });

/** A platform whose permission prompt answers `granted`; only what the panel calls. */
function fakePlatform(granted: boolean) {
  const platform = {
    requestNotifications: vi.fn(async () => granted),
    overlayOrigins: vi.fn(async () => [] as string[]),
    requestHosts: vi.fn(async () => false),
    activeTabUrl: vi.fn(async () => null),
    removeHost: vi.fn(async () => true),
  };
  return { platform, env: { platform: platform as unknown as Platform } };
}

describe('panel shell', () => {
  it('renders the title and navigation, and switches views', async () => {
    const openReview = vi.fn();
    const { app } = await renderWithApp(<PanelApp />, { now, openReview });
    expect(screen.getByRole('heading', { level: 1, name: 'IMR Session Guide' })).toBeTruthy();
    expect(within(nav()).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Sessions',
      'Groups',
      'Modules',
      'Settings',
      'Supervisor review (opens in a new tab)',
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Sessions' })).toBeTruthy();
    expect(navButton('Sessions').getAttribute('aria-current')).toBe('page');

    fireEvent.click(navButton('Groups'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Groups' })).toBeTruthy();
    expect(navButton('Groups').getAttribute('aria-current')).toBe('page');
    expect(navButton('Sessions').getAttribute('aria-current')).toBeNull();

    fireEvent.click(navButton('Modules'));
    expect(await screen.findByRole('heading', { level: 2, name: 'IMR modules' })).toBeTruthy();

    fireEvent.click(navButton('Settings'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Settings' })).toBeTruthy();
    expect(app.route.value).toEqual({ name: 'settings' });

    fireEvent.click(navButton('Supervisor review (opens in a new tab)'));
    expect(openReview).toHaveBeenCalledTimes(1);
    expect(app.route.value).toEqual({ name: 'settings' });
  });

  it('switches to Dutch: strings re-render, <html lang> follows, the choice is stored', async () => {
    const { app } = await renderWithApp(<PanelApp />, { now });
    await screen.findByRole('heading', { level: 2, name: 'Sessions' });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'nl' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'IMR Sessiegids' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Sessies' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Sessies',
      'Groepen',
      'Modules',
      'Instellingen',
      'Supervisie (opent in een nieuw tabblad)',
    ]);
    expect(screen.getByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    expect(document.title).toBe('IMR Sessiegids');
    expect((screen.getByLabelText('Taal') as HTMLSelectElement).value).toBe('nl');
    expect((await app.repo.getSettings()).locale).toBe('nl');

    // "Browser language" follows the browser (English here) again.
    fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'auto' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'IMR Session Guide' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect((await app.repo.getSettings()).locale).toBeNull();
  });

  it('opens straight into the run view when a session is running', async () => {
    const repo = createRepo(createConnection({ name: `panel-db-${Date.now()}-${Math.random()}` }), createChangeBus());
    const group = makeGroup({ defaultLengthMinutes: 60 });
    const session = startSession({ group, template: TEMPLATES.find((t) => t.id === 'group-60')!, now: NOW - 90_000 });
    await repo.writeBatch({ groups: [group], sessions: [session] });

    const { app } = await renderWithApp(<PanelApp />, { now, repo });
    expect(app.route.value).toEqual({ name: 'run', sessionId: session.id });
    expect(await screen.findByRole('timer')).toBeTruthy();
    // Five minutes of check-in, 90 seconds gone while the panel was closed.
    expect(screen.getByRole('timer').textContent).toBe('3:30');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Step 1 of 8: Check-in');
    expect(navButton('Sessions').getAttribute('aria-current')).toBeNull();
  });
});

describe('settings', () => {
  async function openSettings(env: Parameters<typeof renderWithApp>[1] = {}) {
    const rendered = await renderWithApp(<PanelApp />, { now, ...env });
    fireEvent.click(navButton('Settings'));
    await screen.findByRole('heading', { level: 2, name: 'Settings' });
    return rendered;
  }
  const notifications = () => screen.getByLabelText('Notify me when the panel is closed') as HTMLInputElement;

  it('stores the warning minutes as warnSeconds', async () => {
    const { app } = await openSettings();
    const warn = screen.getByLabelText('Warn this many minutes before a step ends') as HTMLInputElement;
    expect(warn.value).toBe('2');

    fireEvent.change(warn, { target: { value: '3' } });
    await waitFor(async () => expect((await app.repo.getSettings()).warnSeconds).toBe(180));
    fireEvent.change(warn, { target: { value: '0.5' } });
    await waitFor(async () => expect((await app.repo.getSettings()).warnSeconds).toBe(30));
    expect(app.settings.value.warnSeconds).toBe(30);
    // A negative number is not a warning time.
    fireEvent.change(warn, { target: { value: '-1' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await app.repo.getSettings()).warnSeconds).toBe(30);
  });

  it('asks for the notifications permission when turned on and stores the setting when granted', async () => {
    const { platform, env } = fakePlatform(true);
    const { app } = await openSettings(env);
    expect(notifications().checked).toBe(false);

    fireEvent.click(notifications());
    expect(platform.requestNotifications).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await app.repo.getSettings()).notifications).toBe(true));
    await waitFor(() => expect(notifications().checked).toBe(true));
    expect(screen.queryByText('Notifications were not allowed; the panel still shows every cue.')).toBeNull();

    // Turning them off needs no permission prompt.
    fireEvent.click(notifications());
    await waitFor(async () => expect((await app.repo.getSettings()).notifications).toBe(false));
    expect(platform.requestNotifications).toHaveBeenCalledTimes(1);
  });

  it('keeps notifications off and says so when the permission is denied', async () => {
    const { platform, env } = fakePlatform(false);
    const { app } = await openSettings(env);

    fireEvent.click(notifications());
    expect(platform.requestNotifications).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Notifications were not allowed; the panel still shows every cue.')).toBeTruthy();
    expect((await app.repo.getSettings()).notifications).toBe(false);
    expect(app.settings.value.notifications).toBe(false);
    // The box does not claim notifications are on.
    expect(notifications().checked).toBe(false);
  });
});

describe('errors', () => {
  it('explains a full disk in the user’s language and can be dismissed', async () => {
    const { app } = await renderWithApp(<PanelApp />);
    await app.updateSettings({ locale: 'nl' });
    app.report(new DOMException('quota', 'QuotaExceededError'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De opslag van de browser voor deze extensie is vol');
    fireEvent.click(within(alert).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
