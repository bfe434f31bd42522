/**
 * Backup, restore and erasure through the UI, over a real repository on fake-indexeddb: a full
 * round trip (back up, erase everything, restore from the downloaded file), an encrypted backup
 * with a wrong and then the right passphrase, a broken file's problems, erasing one participant,
 * the retention rule and the reminder.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp, loadPanelViews } from './render-app';
import { Settings } from '../../components/panel/Settings';
import { Home } from '../../components/panel/Home';
import { GroupView } from '../../components/groups/GroupsView';
import type { Everything, Repo } from '../../lib/db/repo';
import { sampleEverything, FIXTURE_NOW } from '../backup-fixture';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const now = () => FIXTURE_NOW;

let downloads: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  downloads = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs[Number(this.href.split('-').pop()) - 1];
    if (blob) downloads.push({ name: this.download, blob });
  });
});
// The panel's views load on demand (issue 12): their code is loaded once here.
beforeAll(loadPanelViews);

afterEach(cleanup);

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const sorted = (d: Everything) => ({ ...d, groups: byId(d.groups), participants: byId(d.participants), sessions: byId(d.sessions), itisRatings: byId(d.itisRatings) });

const status = (section: string) => within(screen.getByRole('region', { name: section })).getAllByRole('status').at(-1)!;

async function chooseFile(text: string, name = 'imr-guide-backup-2024-06-01.json') {
  const input = screen.getByLabelText('Restore from backup') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function backUp(): Promise<string> {
  fireEvent.click(screen.getByRole('button', { name: 'Back up everything' }));
  await waitFor(() => expect(status('Backup and restore').textContent).toMatch(/^Backup saved as imr-guide-backup-2024-06-01\.json: /));
  const last = downloads.at(-1);
  expect(last?.name).toBe('imr-guide-backup-2024-06-01.json');
  return last!.blob.text();
}

async function eraseEverything(repo: Repo) {
  fireEvent.click(screen.getByRole('button', { name: 'Erase everything' }));
  const title = await screen.findByRole('heading', { name: 'Erase everything on this device?' });
  await waitFor(() => expect(document.activeElement).toBe(title));
  fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
  await waitFor(() => expect(status('Erase records').textContent).toBe('Everything on this device is erased.'));
  // Focus goes back to the button that opened the step.
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Erase everything' }));
  const empty = await repo.readEverything();
  expect([empty.groups, empty.participants, empty.sessions, empty.itisRatings]).toEqual([[], [], [], []]);
  expect(empty.adaptation).toBeNull();
}

describe('backup, erase everything, restore', () => {
  it('round-trips every record through the downloaded file', async () => {
    localStorage.setItem('imr-guide-journal:s1|notes', JSON.stringify({ sessionId: 's1', fieldKey: 'notes', value: 'x', at: 1 }));
    const { repo, app } = await renderWithApp(<Settings />, { now });
    const original = sampleEverything();
    await repo.replaceEverything(original);

    const text = await backUp();
    expect(status('Backup and restore').textContent).toBe(
      'Backup saved as imr-guide-backup-2024-06-01.json: 2 groups, 7 participants, 2 sessions, 1 IT-IS rating and the programme adaptation.',
    );
    await waitFor(() => expect(app.settings.value.lastBackupAt).toBe(FIXTURE_NOW));
    expect(JSON.parse(text)).toMatchObject({ format: 'imr-guide/backup', version: 1, encrypted: false });

    await eraseEverything(repo);
    expect(localStorage.getItem('imr-guide-journal:s1|notes')).toBeNull();

    await chooseFile(text);
    const preview = await screen.findByRole('heading', { name: 'Restore this backup?' });
    await waitFor(() => expect(document.activeElement).toBe(preview));
    const box = preview.parentElement!;
    expect(within(box).getByText('2 groups')).toBeTruthy();
    expect(within(box).getByText('7 participants')).toBeTruthy();
    expect(within(box).getByText('no records')).toBeTruthy();
    expect(within(box).getByText(/^sessions from /)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace everything with this backup' }));
    await waitFor(() => expect(status('Backup and restore').textContent).toMatch(/^Backup restored: 2 groups, 7 participants/));

    const restored = await repo.readEverything();
    expect(sorted(restored)).toEqual(sorted({ ...original, settings: { ...original.settings, lastBackupAt: FIXTURE_NOW } }));
  });

  it('restores only what the preview showed, and Cancel changes nothing', async () => {
    const { repo } = await renderWithApp(<Settings />, { now });
    await repo.replaceEverything(sampleEverything());
    const text = await backUp();
    await repo.eraseParticipants(['demo-p1']);
    await chooseFile(text);
    await screen.findByRole('heading', { name: 'Restore this backup?' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(status('Backup and restore').textContent).toBe('Restore cancelled; nothing was changed.'));
    expect((await repo.listAllParticipants()).map((p) => p.id)).not.toContain('demo-p1');
  });

  it('an encrypted backup asks for its passphrase; a wrong one says so and changes nothing', async () => {
    const { repo, app } = await renderWithApp(<Settings />, { now });
    await repo.replaceEverything(sampleEverything());
    await repo.enableEncryption('a long passphrase');
    await app.refreshVault();
    expect(await screen.findByText(/the backup file is encrypted/)).toBeTruthy();

    const text = await backUp();
    // Text with spaces or quotes cannot occur by chance in base64 ciphertext; a short code could.
    expect(text).not.toContain('Wednesday recovery group');
    expect(text).not.toContain('"participants"');
    expect(JSON.parse(text)).toMatchObject({ encrypted: true });

    await repo.replaceEverything({ ...sampleEverything(), groups: [sampleEverything().groups[0]!], participants: [], sessions: [], itisRatings: [] });
    const before = await repo.readEverything();
    await chooseFile(text);
    const pass = await screen.findByLabelText('Passphrase of the backup');
    await waitFor(() => expect(document.activeElement).toBe(pass));
    fireEvent.input(pass, { target: { value: 'not the passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This passphrase does not open the backup, or the file was changed. Nothing was changed; try again.');
    expect(await repo.readEverything()).toEqual(before);

    fireEvent.input(pass, { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the backup' }));
    await screen.findByRole('heading', { name: 'Restore this backup?' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('A passphrase is set on this device: the restored records are encrypted with it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace everything with this backup' }));
    await waitFor(() => expect(status('Backup and restore').textContent).toMatch(/^Backup restored: /));
    expect((await repo.listAllParticipants()).map((p) => p.code).sort()).toEqual(['L01', 'P01', 'P02', 'P03', 'P04', 'P05', 'P06']);
  }, 20_000);

  it('warns before an encrypted backup is restored where encryption is off', async () => {
    const { repo, app } = await renderWithApp(<Settings />, { now });
    await repo.replaceEverything(sampleEverything());
    await repo.enableEncryption('a long passphrase');
    await app.refreshVault();
    const text = await backUp();
    await repo.disableEncryption('a long passphrase');
    await app.refreshVault();

    await chooseFile(text);
    fireEvent.input(await screen.findByLabelText('Passphrase of the backup'), { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the backup' }));
    await screen.findByRole('heading', { name: 'Restore this backup?' });
    expect(screen.getByText(/This file was encrypted, but encryption is off on this device/)).toBeTruthy();
  }, 20_000);

  it('lists at most 20 problems of a broken file, counts the rest, and writes nothing', async () => {
    const { repo } = await renderWithApp(<Settings />, { now });
    const data = sampleEverything();
    await repo.replaceEverything(data);
    const broken = { ...data, participants: data.participants.map((p) => ({ ...p, joinedOn: 'soon', code: 'x'.repeat(50), status: 'paused' })) };
    const text = JSON.stringify({ format: 'imr-guide/backup', version: 1, exportedAt: new Date(FIXTURE_NOW).toISOString(), app: { version: '0.1.0' }, encrypted: false, data: broken });
    await chooseFile(text);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The backup cannot be restored: it has 21 problems. Nothing was changed.')).toBeTruthy();
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(within(alert).getByText('data.participants.0.code: longer than 20 characters')).toBeTruthy();
    expect(within(alert).getByText('And 1 more problem.')).toBeTruthy();
    expect(sorted(await repo.readEverything())).toEqual(sorted(data));
  });

  it('says so when the file is not a backup at all', async () => {
    await renderWithApp(<Settings />, { now });
    await chooseFile('{"format":"something-else"}', 'other.json');
    expect((await screen.findByRole('alert')).textContent).toBe('This file is not a backup from the IMR Session Guide.');
  });
});

describe('erasing one participant', () => {
  it('says how many sessions lose their entries and which notes still mention the code', async () => {
    const { repo, app } = await renderWithApp(<GroupView groupId="demo-group" />, { now });
    const data = sampleEverything();
    data.sessions[1]!.notes = 'P01 and P02 practised the role play.';
    await repo.replaceEverything(data);
    await waitFor(() => expect(app.groups.value.length).toBe(2));
    await screen.findByRole('heading', { level: 2, name: 'Wednesday recovery group (demo)' });
    await waitFor(() => expect(document.querySelectorAll('.groups-code').length).toBe(6));

    fireEvent.click(screen.getByRole('button', { name: 'Erase participant P01' }));
    const title = await screen.findByRole('heading', { name: 'Erase P01?' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    const box = title.parentElement!;
    expect(within(box).getByText('This erases P01 and their entries in 2 sessions. It cannot be undone.')).toBeTruthy();
    expect(
      within(box).getByText('Free-text session notes are not rewritten: the notes of 1 session of this group mention P01. Edit them yourself if needed.'),
    ).toBeTruthy();

    fireEvent.click(within(box).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Erase P01?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Erase participant P01' }));

    fireEvent.click(screen.getByRole('button', { name: 'Erase participant P01' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, erase P01' }));
    await waitFor(() => expect([...document.querySelectorAll('.groups-code')].map((el) => el.textContent)).not.toContain('P01'));
    expect((await repo.listAllParticipants()).map((p) => p.id)).not.toContain('demo-p1');
    for (const s of await repo.listSessions('demo-group')) expect(Object.keys(s.participants)).not.toContain('demo-p1');
  });
});

describe('retention rule', () => {
  it('is off by default; once set it lists who is due, and erases them after confirmation', async () => {
    const { repo, app } = await renderWithApp(<Settings />, { now });
    await repo.replaceEverything({ ...sampleEverything(), settings: DEFAULT_SETTINGS });
    const rule = screen.getByLabelText('Erase participants who left more than N months ago') as HTMLInputElement;
    expect(rule.checked).toBe(false);
    fireEvent.click(rule);
    await waitFor(() => expect(app.settings.value.retentionMonths).toBe(24));
    fireEvent.change(await screen.findByLabelText('N (months after leaving)'), { target: { value: '12' } });
    await waitFor(() => expect(app.settings.value.retentionMonths).toBe(12));

    const region = screen.getByRole('region', { name: 'Retention' });
    expect(await within(region).findByText('1 participant is due for erasure now:')).toBeTruthy();
    expect(within(region).getByText('L01, left on 15 Jan 2023')).toBeTruthy();

    fireEvent.click(within(region).getByRole('button', { name: 'Back up first' }));
    await waitFor(() => expect(within(region).getAllByRole('status').at(-1)!.textContent).toMatch(/^Backup saved as /));
    expect(downloads).toHaveLength(1);

    fireEvent.click(within(region).getByRole('button', { name: 'Erase these now' }));
    fireEvent.click(await within(region).findByRole('button', { name: 'Yes, erase them' }));
    await waitFor(() => expect(within(region).getAllByRole('status').at(-1)!.textContent).toBe('1 participant erased.'));
    expect((await repo.listAllParticipants()).map((p) => p.id)).not.toContain('p-left');
    expect(await within(region).findByText('Nobody is due for erasure now.')).toBeTruthy();
  });
});

describe('backup reminder', () => {
  it('shows on Home when there are records and no backup, and leads to the backup button', async () => {
    const { repo, app } = await renderWithApp(<Home />, { now });
    expect(screen.queryByText(/There is no backup of these records yet/)).toBeNull();
    await repo.replaceEverything({ ...sampleEverything(), settings: DEFAULT_SETTINGS });
    expect(await screen.findByText(/There is no backup of these records yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to backup' }));
    expect(app.route.value).toEqual({ name: 'settings' });
  });

  it('stays away after a recent backup, and when reminders are off', async () => {
    const { repo } = await renderWithApp(<Home />, { now });
    await repo.replaceEverything({ ...sampleEverything(), settings: { ...DEFAULT_SETTINGS, lastBackupAt: FIXTURE_NOW - 86_400_000 } });
    await screen.findByRole('heading', { level: 3, name: 'Thursday group' });
    expect(screen.queryByRole('button', { name: 'Go to backup' })).toBeNull();
    await repo.updateSettings({ lastBackupAt: FIXTURE_NOW - 8 * 86_400_000 });
    expect(await screen.findByText(/The last backup is 7 days old or more/)).toBeTruthy();
    await repo.updateSettings({ backupReminderDays: 0 });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Go to backup' })).toBeNull());
  });
});
