/** Page object for the side panel, opened as a tab (the real panel needs a toolbar click). */
import type { Page } from 'playwright-core';
import { panelUrl, type Launched } from '../harness';

export class PanelPage {
  constructor(readonly page: Page) {}

  static async open(launched: Launched): Promise<PanelPage> {
    const page = await launched.context.newPage();
    await page.goto(panelUrl(launched));
    const panel = new PanelPage(page);
    await panel.ready();
    return panel;
  }

  async ready() {
    await this.page.getByRole('navigation').waitFor();
    await this.page.getByText(/^Loading…$|^Laden…$/).waitFor({ state: 'detached' });
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }

  timer() {
    return this.page.getByRole('timer');
  }

  /** The current step's remaining time, in seconds (negative while overrunning). */
  async remainingSeconds(): Promise<number> {
    const text = (await this.timer().textContent())?.trim() ?? '';
    const negative = text.startsWith('-');
    const parts = text.replace('-', '').split(':').map(Number);
    const seconds = parts.reduce((acc, n) => acc * 60 + n, 0);
    return negative ? -seconds : seconds;
  }

  notes() {
    return this.page.getByLabel('Session notes');
  }

  async loadDemoData() {
    await this.button('Load demo data').click();
    await this.page.getByRole('status').filter({ hasText: 'Demo group loaded' }).waitFor();
  }

  async navigate(name: 'Sessions' | 'Groups' | 'Modules' | 'Settings' | 'Sessies' | 'Groepen' | 'Instellingen') {
    await this.page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  }

  async setLanguage(value: 'en' | 'nl') {
    await this.page.getByLabel(/Language|Taal/).selectOption(value);
  }
}
