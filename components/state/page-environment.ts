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
import { createPlatform } from '../../lib/platform/adapter';
import type { PageToBackground } from '../../lib/messaging/contract';
import type { Environment } from './app-store';

export const DB_BLOCKED_EVENT = 'imr-db-blocked';

export function createPageEnvironment(api: Browser, options: { journal?: Storage } = {}): Environment {
  // An older page holding the database open delays an upgrade; the app tells the user (App.tsx).
  const onBlocked = () => document.dispatchEvent(new CustomEvent(DB_BLOCKED_EVENT));
  const repo = createRepo(createConnection({ onBlocked }), createChangeBus());
  const env: Environment = {
    repo,
    languages: navigator.languages,
    platform: createPlatform(api),
    ...(options.journal ? { journal: createJournal(options.journal) } : {}),
    sendToBackground: (message: PageToBackground) => api.runtime.sendMessage(message),
    openReview: () => void api.tabs.create({ url: api.runtime.getURL('/review.html') }),
  };
  return env;
}
