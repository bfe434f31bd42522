/**
 * Protecting what a practitioner types, in a real Chromium: no silent loss when localStorage is
 * full or the database refuses writes, and the lock with encryption at rest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, externalRequests, launch, withoutCiphertext, type Launched } from './harness';
import { PanelPage } from './pages/panel';

const PASSPHRASE = 'blue kettle on the stove';

/** Everything stored in the guide's database, as stored: what anyone with the profile could read. */
function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('imr-guide');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const stores = ['groups', 'participants', 'sessions'];
          const tx = db.transaction(stores, 'readonly');
          const out: unknown[] = [];
          let left = stores.length;
          for (const name of stores) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out.push(all.result);
              if (--left === 0) {
                db.close();
                resolve(JSON.stringify(out));
              }
            };
          }
        };
      }),
  );
}

async function startDemoSession(panel: PanelPage) {
  await panel.loadDemoData();
  await panel.button('Start session').click();
  await panel.timer().waitFor();
}

describe('no silent loss', () => {
  let launched: Launched;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('localStorage full: typing still saves to the database, and the practitioner is told', async () => {
    const panel = await PanelPage.open(launched);
    await startDemoSession(panel);
    // Fill this origin's localStorage to its quota, as a long-lived profile or another page might.
    const filled = await panel.page.evaluate(() => {
      // Big pieces first, then ever smaller ones, until not even one character fits.
      let items = 0;
      for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler-${items}`, chunk);
            items++;
          } catch {
            break;
          }
        }
      }
      return items;
    });
    expect(filled).toBeGreaterThan(0);

    await panel.notes().fill('Written while local storage was full');
    await panel.page.getByText(/would not keep a safety copy/).waitFor();

    await panel.page.reload();
    await panel.ready();
    await expect.poll(() => panel.notes().inputValue()).toBe('Written while local storage was full');
    await panel.page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await panel.page.close();
  });
});

describe('no silent loss when the disk is full', () => {
  let launched: Launched;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('a full disk: the text is kept in the safety copy and saved once space returns', async () => {
    const panel = await PanelPage.open(launched);
    await startDemoSession(panel);
    // Simulate a full disk: every write to the sessions store fails as Chromium fails it.
    await panel.page.evaluate(() => {
      const real = IDBObjectStore.prototype.put;
      const w = window as unknown as { diskFull: boolean };
      w.diskFull = true;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (w.diskFull && this.name === 'sessions') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      };
    });

    await panel.notes().fill('Typed while the disk was full');
    await panel.page.getByText(/Not saved yet: the browser’s storage for this extension is full/).waitFor();
    const journal = await panel.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('imr-guide-journal:'))
        .map((k) => localStorage.getItem(k) ?? ''),
    );
    expect(journal.join()).toContain('Typed while the disk was full');

    await panel.page.evaluate(() => {
      (window as unknown as { diskFull: boolean }).diskFull = false;
    });
    await panel.page.getByText('Everything you typed is saved now.').waitFor({ timeout: 10_000 });
    const settled = await panel.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('imr-guide-journal:')).length);
    expect(settled).toBe(0);

    // Read back from the database by a fresh page.
    const again = await PanelPage.open(launched);
    await expect.poll(() => again.notes().inputValue()).toBe('Typed while the disk was full');
    await again.page.close();
    await panel.page.close();
  });
});

describe('lock and encryption at rest', () => {
  let launched: Launched;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('encrypts, locks, survives a reload locked, refuses a wrong passphrase and unlocks with the right one', async () => {
    const panel = await PanelPage.open(launched);
    await startDemoSession(panel);
    const NOTE = 'P02 spoke about the move and her sister';
    await panel.notes().fill(NOTE);
    await expect.poll(async () => (await rawDatabase(panel.page)).includes(NOTE)).toBe(true);

    await panel.navigate('Settings');
    await panel.page.getByLabel(/^New passphrase/).fill(PASSPHRASE);
    await panel.page.getByLabel('Type the new passphrase again').fill(PASSPHRASE);
    expect(await axeViolations(panel.page)).toEqual([]);
    await panel.button('Turn on encryption').click();
    await panel.page.getByText('Encryption is on. Every record is now stored encrypted.').waitFor({ timeout: 20_000 });

    const encrypted = await rawDatabase(panel.page);
    expect(encrypted).not.toContain(NOTE);
    expect(withoutCiphertext(encrypted)).not.toContain('P02');

    await panel.page.getByRole('banner').getByRole('button', { name: 'Lock now' }).click();
    await panel.page.getByRole('heading', { name: 'The guide is locked' }).waitFor();
    await panel.page.reload();
    await panel.page.getByRole('heading', { name: 'The guide is locked' }).waitFor();
    // The running session's step and time stay visible; nothing private does.
    await panel.page.getByText(/A session is running:/).waitFor();
    expect(await panel.page.getByText(NOTE).count()).toBe(0);
    expect(await axeViolations(panel.page)).toEqual([]);

    await panel.page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase');
    await panel.button('Unlock').click();
    await panel.page.getByText(/That passphrase does not open the guide/).waitFor({ timeout: 20_000 });
    expect(await rawDatabase(panel.page)).toBe(encrypted);

    await panel.page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.button('Unlock').click();
    await panel.page.getByRole('navigation').waitFor({ timeout: 20_000 });
    await panel.navigate('Sessions');
    await panel.button(/Return to the session/).first().click();
    await expect.poll(() => panel.notes().inputValue()).toBe(NOTE);
    await panel.page.close();
  });

  it('sent no request off the device', () => {
    expect(externalRequests(launched)).toEqual([]);
  });
});

