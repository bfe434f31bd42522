/**
 * What the guide's database holds, read in the page as anyone with the profile could: the proof
 * that typed text reached IndexedDB, not only the screen. Shared by the Chromium and Firefox tests.
 */

/** A long note with a participant code, typed in the typing journeys. */
export const TYPED_SENTENCE =
  'P02 spoke about the move and her sister, agreed to try the breathing exercise twice a day before work, and asked for the handout in large print.';

/** Runs in the page (self-contained, so either driver can send it): every session as stored. */
export function storedSessions(): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('imr-guide');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction('sessions', 'readonly').objectStore('sessions').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
    };
  });
}

/** The running session's notes among stored sessions; null when none runs. */
export function runningNotes(sessions: unknown[]): string | null {
  const running = (sessions as { status: string; notes: string }[]).find((s) => s.status === 'running');
  return running?.notes ?? null;
}
