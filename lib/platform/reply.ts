/**
 * Answering a runtime message from a promise, without webextension-polyfill (issue 12: the
 * background uses the browser's own promise-based API, as the on-call card does).
 *
 * Where the browser gives the native `browser` namespace (Firefox), a listener returns the promise
 * and a rejection reaches the sender as an error. Where it does not (Chrome), a listener must call
 * `sendResponse` and return true; a rejection is then sent as the marker webextension-polyfill
 * uses, which the pages' polyfill and the card (components/overlay/connection.ts) turn back into an
 * error. The test is the one the polyfill and WXT's `browser` make, so the background always answers
 * the way the pages' own API expects.
 *
 * Usage:
 *   api.runtime.onMessage.addListener((message, sender, sendResponse) => reply(handle(message, sender), sendResponse));
 */
import { createLogger } from '../log';

const log = createLogger('background');

export const NATIVE_PROMISES = !!(globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id;

export function reply(result: Promise<unknown>, sendResponse: (response: unknown) => void, native: boolean = NATIVE_PROMISES): Promise<unknown> | true {
  if (native) return result;
  result
    .then(sendResponse, (error: unknown) =>
      sendResponse({
        __mozWebExtensionPolyfillReject__: true,
        message: error instanceof Error ? error.message : 'An unexpected error occurred',
      }),
    )
    // The sender may be gone (tab closed): nothing is left to answer.
    .catch(log.catcher('answering a message (the sender may be gone)', 'warn'));
  return true;
}
