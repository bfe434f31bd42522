/**
 * Change notifications between extension pages (panel, review page, background).
 * Every committed write announces the stores it touched, so an open panel and an open review page
 * never show stale data. BroadcastChannel reaches every same-origin context, including the
 * service worker, and does not wake it.
 */
import type { StoreName } from './schema';

export const CHANGES_CHANNEL = 'imr-guide-changes';

export interface ChangeNotice {
  stores: StoreName[];
  /** Ids of changed records, when known; listeners may refresh just those. */
  ids?: string[];
  /** A random id per page, so a page can ignore its own notices. */
  origin: string;
}

export interface ChangeBus {
  readonly origin: string;
  publish(stores: StoreName[], ids?: string[]): void;
  subscribe(listener: (notice: ChangeNotice) => void): () => void;
  close(): void;
}

export function createChangeBus(
  makeChannel: (name: string) => BroadcastChannel = (name) => new BroadcastChannel(name),
): ChangeBus {
  const origin = Math.random().toString(36).slice(2);
  const channel = makeChannel(CHANGES_CHANNEL);
  const listeners = new Set<(notice: ChangeNotice) => void>();
  const deliver = (notice: ChangeNotice) => listeners.forEach((l) => l(notice));
  channel.onmessage = (event: MessageEvent<ChangeNotice>) => {
    if (event.data && Array.isArray(event.data.stores)) deliver(event.data);
  };
  return {
    origin,
    publish(stores, ids) {
      const notice: ChangeNotice = { stores, origin, ...(ids ? { ids } : {}) };
      channel.postMessage(notice);
      // BroadcastChannel does not echo to the sender; local listeners hear it too.
      deliver(notice);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
