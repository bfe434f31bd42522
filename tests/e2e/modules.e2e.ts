import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../lib/curriculum';
import { launch, type Launched } from './harness';
import { PanelPage } from './pages/panel';

describe('module browser in Chromium', () => {
  let launched: Launched;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });

  for (const locale of ['en', 'nl'] as const) {
    it(`lists all 11 modules and opens one without starting a session (${locale})`, async () => {
      const panel = await PanelPage.open(launched);
      await panel.setLanguage(locale);
      await panel.navigate(locale === 'en' ? 'Modules' : 'Modules');
      await panel.page.getByRole('heading', { name: locale === 'en' ? 'IMR modules' : 'IMR-modules' }).waitFor();
      for (const module of MODULES) {
        await expect.poll(() => panel.page.getByRole('button', { name: new RegExp(escape(module.title[locale])) }).count()).toBe(1);
      }
      const m7 = MODULES.find((m) => m.number === 7)!;
      await panel.page.getByRole('button', { name: new RegExp(escape(m7.title[locale])) }).click();
      await panel.page.getByRole('heading', { name: new RegExp(escape(m7.title[locale])) }).first().waitFor();
      const goal = m7.goals[0]![locale];
      await expect.poll(() => panel.page.getByText(goal).count()).toBeGreaterThan(0);
      const homePractice = m7.sessions[0]!.homePractice[0]!.text[locale];
      await expect.poll(() => panel.page.getByText(homePractice).count()).toBeGreaterThan(0);
      expect(await panel.page.getByRole('timer').count()).toBe(0);
      expect(await panel.page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await panel.page.close();
    });
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
