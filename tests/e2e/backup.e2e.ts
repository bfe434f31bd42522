/**
 * Backup and restore in a real Chromium: demo data and a note typed in a running session are
 * backed up to a downloaded file, everything is erased, and the file restores all of it.
 * The tests run in order on one profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { externalRequests, launch, newProfileDir, type Launched } from './harness';
import { PanelPage } from './pages/panel';
import { BackupSection } from './pages/backup';

const NOTE = 'Backup check: P02 brought a supporter today.';

describe('backup, erase everything, restore (in order)', () => {
  let launched: Launched;
  let backupPath = '';
  beforeAll(async () => {
    launched = await launch(newProfileDir());
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('loads demo data and types a note in a running session', async () => {
    let panel = await PanelPage.open(launched);
    await panel.loadDemoData();
    await panel.button(/^Start session/).first().click();
    await panel.timer().waitFor();
    await panel.notes().fill(NOTE);
    await panel.page.close();
    // Reopened, the note is there: it reached the database (or the journal replayed it into it).
    panel = await PanelPage.open(launched);
    await expect.poll(() => panel.notes().inputValue()).toBe(NOTE);
    await panel.page.close();
  });

  it('backs up everything to a dated file that holds the records', async () => {
    const panel = await PanelPage.open(launched);
    await panel.navigate('Settings');
    const section = new BackupSection(panel);
    // Settings asked for persistent storage and shows what the browser reports, and the space used.
    await expect.poll(() => section.region('Storage on this device').textContent()).toMatch(/In use: .+ of .+ available to the guide\./);
    const download = await section.backUp();
    expect(download.suggestedFilename()).toMatch(/^imr-guide-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = join(launched.profileDir, download.suggestedFilename());
    await download.saveAs(backupPath);
    const file = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; version: number; encrypted: boolean; data: { groups: unknown[]; participants: unknown[]; sessions: { notes: string }[] } };
    expect(file).toMatchObject({ format: 'imr-guide/backup', version: 1, encrypted: false });
    expect(file.data.groups).toHaveLength(1);
    expect(file.data.participants).toHaveLength(6);
    expect(file.data.sessions.map((s) => s.notes)).toContain(NOTE);
    await panel.page.close();
  });

  it('erases everything', async () => {
    const panel = await PanelPage.open(launched);
    await panel.navigate('Settings');
    await new BackupSection(panel).eraseEverything();
    await panel.navigate('Sessions');
    await panel.page.getByText('No groups yet. Create a group, or load demo data to try the guide.').waitFor();
    await panel.page.close();
  });

  it('restores the file and finds everything back: group, participants and the typed note', async () => {
    const panel = await PanelPage.open(launched);
    await panel.navigate('Settings');
    await new BackupSection(panel).restore(backupPath);

    await panel.navigate('Groups');
    await panel.page.getByRole('button', { name: /Wednesday recovery group/ }).first().click();
    for (const code of ['P01', 'P06']) await expect.poll(() => panel.page.getByText(code, { exact: true }).count()).toBeGreaterThan(0);

    await panel.navigate('Sessions');
    await panel.button('Return to the session').first().click();
    await expect.poll(() => panel.notes().inputValue()).toBe(NOTE);
    await panel.page.close();
  });

  it('sent nothing outside the extension', () => {
    expect(externalRequests(launched)).toEqual([]);
  });
});
