/**
 * Settings > floating timer: which addresses may be allowed (only what the build's manifest can
 * grant), and that every failure on the way reaches the practitioner in their language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { renderWithApp } from './render-app';
import { OverlaySites } from '../../components/panel/OverlaySites';
import { buildManifest } from '../../lib/platform/manifest';
import type { Platform } from '../../lib/platform/adapter';
import { recentLog } from '../../lib/log';

afterEach(cleanup);

function manifestPatterns(e2eHosts?: string): string[] {
  const m = buildManifest('chrome', e2eHosts) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  return [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])];
}

function fakePlatform(request: () => Promise<boolean>, patterns = manifestPatterns(), activeTab: string | null = null) {
  let origins: string[] = [];
  const platform = {
    hostPatterns: vi.fn(() => patterns),
    requestHosts: vi.fn((_origins: readonly string[]) => request()),
    activeTabUrl: vi.fn(async () => activeTab),
    removeHost: vi.fn(async () => true),
    overlayOrigins: vi.fn(async () => [...origins]),
  };
  const sendToBackground = vi.fn(async (message: { type: string; origin?: string }) => {
    if (message.type === 'page/overlay-enable' && message.origin) origins = [...origins, message.origin];
    if (message.type === 'page/overlay-disable') origins = origins.filter((o) => o !== message.origin);
    return { ok: true };
  });
  return { platform, sendToBackground, env: { platform: platform as unknown as Platform, sendToBackground } };
}

/** OverlaySites with the status line Settings gives it. */
function WithNotice() {
  const [notice, setNotice] = useState('');
  return (
    <>
      <OverlaySites onNotice={setNotice} />
      <p role="status">{notice}</p>
    </>
  );
}

function add(address: string) {
  fireEvent.input(screen.getByLabelText(/Site address|Adres van de site/), { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: /Allow on a site|Toestaan op een site/ }));
}

describe('floating timer sites', () => {
  it('refuses http://localhost in a production build before any permission request', async () => {
    const fake = fakePlatform(async () => true);
    await renderWithApp(<WithNotice />, fake.env);
    add('http://localhost:3000');
    expect(await screen.findByText('Enter a web address starting with https://')).toBeTruthy();
    expect(screen.getByLabelText(/Site address/).getAttribute('aria-invalid')).toBe('true');
    expect(fake.platform.requestHosts).not.toHaveBeenCalled();
    expect(fake.sendToBackground).not.toHaveBeenCalled();
  });

  it('allows a loopback address in the end-to-end build, whose manifest declares it', async () => {
    const fake = fakePlatform(async () => true, manifestPatterns('http://127.0.0.1/*'));
    await renderWithApp(<WithNotice />, fake.env);
    add('http://127.0.0.1:4173/call');
    await waitFor(() => expect(fake.sendToBackground).toHaveBeenCalledWith({ type: 'page/overlay-enable', origin: 'http://127.0.0.1:4173' }));
    expect(fake.platform.requestHosts).toHaveBeenCalledWith(['http://127.0.0.1:4173']);
    expect(await screen.findByText('http://127.0.0.1:4173')).toBeTruthy();
  });

  it('asks for an https site and lists it once granted', async () => {
    const fake = fakePlatform(async () => true);
    await renderWithApp(<WithNotice />, fake.env);
    add('https://meet.google.com/abc-defg-hij');
    expect(await screen.findByText('Google Meet (https://meet.google.com)')).toBeTruthy();
    expect(fake.platform.requestHosts).toHaveBeenCalledWith(['https://meet.google.com']);
  });

  it('shows a translated message when the permission request fails, and logs it', async () => {
    const fake = fakePlatform(async () => {
      throw new Error('This function must be called during a user gesture');
    });
    const { app } = await renderWithApp(<WithNotice />, fake.env);
    add('https://meet.google.com');
    expect(await screen.findByText('The browser could not ask for permission for https://meet.google.com. Try again.')).toBeTruthy();
    expect(fake.sendToBackground).not.toHaveBeenCalled();
    expect(recentLog().at(-1)).toMatchObject({ level: 'error', scope: 'settings', error: expect.stringContaining('user gesture') });

    await app.updateSettings({ locale: 'nl' });
    add('https://meet.google.com');
    expect(await screen.findByText('De browser kon geen toestemming vragen voor https://meet.google.com. Probeer het opnieuw.')).toBeTruthy();
  });

  it('says so when permission is denied, or granted but the overlay cannot be turned on', async () => {
    const denied = fakePlatform(async () => false);
    await renderWithApp(<WithNotice />, denied.env);
    add('https://meet.google.com');
    expect(await screen.findByText('Permission was not granted for https://meet.google.com.')).toBeTruthy();
    cleanup();

    const broken = fakePlatform(async () => true);
    broken.sendToBackground.mockRejectedValueOnce(new Error('Refused message from page'));
    await renderWithApp(<WithNotice />, broken.env);
    add('https://meet.google.com');
    expect(
      await screen.findByText('Permission was granted, but the floating timer could not be turned on for https://meet.google.com. Try again.'),
    ).toBeTruthy();
  });

  it('removing a site: a failure to turn it off or to drop the permission is shown', async () => {
    const fake = fakePlatform(async () => true);
    await renderWithApp(<WithNotice />, fake.env);
    add('https://meet.google.com');
    const remove = await screen.findByRole('button', { name: 'Remove https://meet.google.com' });

    fake.sendToBackground.mockRejectedValueOnce(new Error('worker gone'));
    fireEvent.click(remove);
    expect(await screen.findByText('The floating timer could not be turned off for https://meet.google.com. Try again.')).toBeTruthy();
    expect(fake.platform.removeHost).not.toHaveBeenCalled();

    fake.platform.removeHost.mockRejectedValueOnce(new Error('required permission'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove https://meet.google.com' }));
    expect(await screen.findByText(/The floating timer is off for https:\/\/meet.google.com, but the browser kept its permission/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('https://meet.google.com')).toBeNull());
  });

  it('allows a preset in one click, asking for all its sites at once, and then shows it as allowed', async () => {
    const fake = fakePlatform(async () => true);
    await renderWithApp(<WithNotice />, fake.env);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on Microsoft Teams' }));
    await waitFor(() => expect(fake.platform.requestHosts).toHaveBeenCalledWith(['https://teams.microsoft.com', 'https://teams.live.com']));
    expect(await screen.findByText('Allowed: Microsoft Teams')).toBeTruthy();
    expect(fake.sendToBackground.mock.calls.map(([m]) => m.origin)).toEqual(['https://teams.microsoft.com', 'https://teams.live.com']);
    expect(screen.getByText('Microsoft Teams (https://teams.microsoft.com)')).toBeTruthy();
  });

  it('allows the site of the active tab, or says there is none to allow', async () => {
    const fake = fakePlatform(async () => true, manifestPatterns(), 'https://ehr.example.org/chart/12?x=1');
    await renderWithApp(<WithNotice />, fake.env);
    await screen.findByText(/https:\/\/ehr\.example\.org/);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on this site' }));
    await waitFor(() => expect(fake.platform.requestHosts).toHaveBeenCalledWith(['https://ehr.example.org']));
    cleanup();
    const none = fakePlatform(async () => true, manifestPatterns(), 'chrome://newtab/');
    await renderWithApp(<WithNotice />, none.env);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on this site' }));
    expect(await screen.findByText('The active tab shows no web site the card can be allowed on.')).toBeTruthy();
    expect(none.platform.requestHosts).not.toHaveBeenCalled();
  });
});
