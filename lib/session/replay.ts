import type { Journal } from '../db/journal';
import { NotFoundError, type Repo } from '../db/repo';
import { parseFieldKey, writeTextField } from './text-fields';
import { createLogger } from '../log';

const log = createLogger('replay');

/** Writes text left in the journal by a panel that closed mid-save; returns how many were restored. */
export async function replayJournal(journal: Journal, repo: Pick<Repo, 'updateSession'>): Promise<number> {
  let restored = 0;
  for (const entry of journal.pending()) {
    const field = typeof entry.fieldKey === 'string' ? parseFieldKey(entry.fieldKey) : null;
    if (!field) {
      journal.settle(entry.sessionId, entry.fieldKey, entry.at);
      continue;
    }
    try {
      await repo.updateSession(entry.sessionId, (s) => writeTextField(s, field, entry.value, entry.at));
      restored++;
    } catch (e) {
      // A deleted session's text has nowhere to go; anything else is kept for the next start.
      if (!(e instanceof NotFoundError)) {
        log.error('could not replay typed text; it stays in the journal for the next start', e);
        continue;
      }
    }
    journal.settle(entry.sessionId, entry.fieldKey, entry.at);
  }
  return restored;
}
