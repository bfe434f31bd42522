/** Page object for Settings > Backup and restore and Erase records, in the side panel opened as a tab. */
import type { Download } from 'playwright-core';
import type { PanelPage } from './panel';

export class BackupSection {
  constructor(readonly panel: PanelPage) {}

  private get page() {
    return this.panel.page;
  }

  region(name: 'Backup and restore' | 'Erase records' | 'Storage on this device') {
    return this.page.getByRole('region', { name });
  }

  /** Clicks "Back up everything" and returns the download once the panel says it was saved. */
  async backUp(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.panel.button('Back up everything').click()]);
    await this.region('Backup and restore').getByRole('status').filter({ hasText: /^Backup saved as / }).waitFor();
    return download;
  }

  async eraseEverything() {
    await this.panel.button('Erase everything').click();
    await this.panel.button('Yes, erase everything').click();
    await this.region('Erase records').getByRole('status').filter({ hasText: 'Everything on this device is erased.' }).waitFor();
  }

  /** Chooses the file, checks the preview and confirms. */
  async restore(path: string) {
    await this.page.getByLabel('Restore from backup').setInputFiles(path);
    await this.page.getByRole('heading', { name: 'Restore this backup?' }).waitFor();
    await this.panel.button('Replace everything with this backup').click();
    await this.region('Backup and restore').getByRole('status').filter({ hasText: /^Backup restored: / }).waitFor();
  }
}
