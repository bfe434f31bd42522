/** Amending an ended session (issue 9): the stamp, and the line it puts in the note in both languages. */
import { describe, expect, it } from 'vitest';
import { stampAmendment } from '../../lib/session/amend';
import { draftProgressNote } from '../../lib/session/progress-note';
import { summariseSession } from '../../lib/session/summary';
import { PROMPTS } from '../../lib/curriculum';
import { makeEntry, makeSession } from '../factories';

const AT = Date.UTC(2024, 2, 14, 10);

describe('stampAmendment', () => {
  const ended = makeSession({ participants: { p1: makeEntry() } });
  it('stamps a change to an ended session', () => {
    const next = { ...ended, participants: { p1: makeEntry({ attendance: 'present' }) }, updatedAt: AT };
    expect(stampAmendment(next, ended, AT).amendedAt).toBe(AT);
  });
  it('does not stamp a running session, ending it, or a write that changes nothing', () => {
    const running = makeSession({ status: 'running' });
    expect(stampAmendment({ ...running, notes: 'x' }, running, AT).amendedAt).toBeUndefined();
    expect(stampAmendment({ ...running, status: 'ended' }, running, AT).amendedAt).toBeUndefined();
    expect(stampAmendment({ ...ended, updatedAt: AT }, ended, AT).amendedAt).toBeUndefined();
    expect(stampAmendment(ended, ended, AT)).toBe(ended);
  });
  it('moves the stamp on with a later amendment', () => {
    const once = { ...ended, notes: 'a', amendedAt: AT };
    expect(stampAmendment({ ...once, notes: 'b' }, once, AT + 1000).amendedAt).toBe(AT + 1000);
  });
});

describe('the note of an amended session', () => {
  it.each([
    ['en', 'Amended on 14 Mar 2024.'],
    ['nl', 'Gecorrigeerd op 14 mrt 2024.'],
  ] as const)('says when it was amended (%s)', (locale, line) => {
    const session = makeSession({ amendedAt: AT });
    const summary = summariseSession({ session, participants: [], prompts: PROMPTS, now: AT });
    const note = draftProgressNote({ session, group: null, participants: [], module: undefined, sessionTitle: '', summary, format: 'imr', locale });
    expect(note.groupNote.split('\n')).toContain(line);
    const plain = draftProgressNote({ session: makeSession(), group: null, participants: [], module: undefined, sessionTitle: '', summary, format: 'imr', locale });
    expect(plain.groupNote).not.toContain(line.split(' ')[0]);
  });
});
