/**
 * The environment every extension page (panel, review) runs in: the database, change bus,
 * journal, platform adapter and a typed channel to the background.
 */
import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { createJournal } from '../../lib/db/journal';
import { createKeyring } from '../../lib/db/vault';
import { createLogger } from '../../lib/log';
import { createPlatform } from '../../lib/platform/adapter';
import type { PageToBackground } from '../../lib/messaging/contract';
import type { Environment } from './app-store';

export const DB_BLOCKED_EVENT = 'imr-db-blocked';

const log = createLogger('page');

/**
 * The page's localStorage, or null when the browser refuses it (storage switched off for the
 * profile makes even reading `window.localStorage` throw). Typing then still saves to the
 * database, and the session view says there is no safety copy.
 */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch (e) {
    log.error('localStorage is not available; typed text has no safety copy', e);
    return null;
  }
}

/** A journal over storage that is not there: every put reports failure, nothing is pending. */
const NO_STORAGE: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> = {
  length: 0,
  getItem: () => null,
  setItem: () => {
    throw new DOMException('localStorage is not available', 'SecurityError');
  },
  removeItem: () => undefined,
  key: () => null,
};

export function createPageEnvironment(api: Browser, options: { journal?: Storage | null } = {}): Environment {
  // An older page holding the database open delays an upgrade; the app tells the user (App.tsx).
  const onBlocked = () => document.dispatchEvent(new CustomEvent(DB_BLOCKED_EVENT));
  // The key lives in this page's memory only; the repository and the journal share it.
  const keyring = createKeyring();
  const repo = createRepo(createConnection({ onBlocked }), createChangeBus(), keyring);
  const env: Environment = {
    repo,
    languages: navigator.languages,
    platform: createPlatform(api),
    ...(options.journal !== undefined ? { journal: createJournal(options.journal ?? NO_STORAGE, keyring) } : {}),
    sendToBackground: (message: PageToBackground) => api.runtime.sendMessage(message),
    openReview: () => void api.tabs.create({ url: api.runtime.getURL('/review.html') }),
    openShare: () => void api.tabs.create({ url: api.runtime.getURL('/share.html') }),
  };
  return env;
}
