import { describe, expect, it } from 'vitest';
import { erasureImpact, mentions } from '../../lib/erasure';
import { backupDue } from '../../lib/backup/reminder';
import { makeEntry, makeParticipant, makeSession, promptRecords } from '../factories';

describe('mentions', () => {
  it.each([
    ['P01 left early', 'P01', true],
    ['talked with p01.', 'P01', true],
    ['P010 joined', 'P01', false],
    ['XP01', 'P01', false],
    ['J.K. and AB', 'J.K.', true],
    ['JxK', 'J.K', false],
    ['anything', '  ', false],
  ])('%j mentions %j: %s', (text, code, expected) => {
    expect(mentions(text, code)).toBe(expected);
  });
});

describe('erasureImpact', () => {
  it('counts sessions with their entry and sessions whose free text names them', () => {
    const p = makeParticipant({ id: 'p1', code: 'P01' });
    const sessions = [
      makeSession({ id: 's1', participants: { p1: makeEntry(), p2: makeEntry() }, notes: 'P01 shared a story' }),
      makeSession({ id: 's2', participants: { p1: makeEntry({ note: 'P01 own note (erased with the entry)' }) } }),
      makeSession({ id: 's3', participants: { p2: makeEntry({ note: 'practised with P01' }) } }),
      makeSession({ id: 's4', prompts: { ...promptRecords({ a: 'done' }), b: { status: 'done', note: 'p01 asked', at: 0 } } }),
      makeSession({ id: 's5', notes: 'P010 only' }),
    ];
    expect(erasureImpact(p, sessions)).toEqual({ sessionsWithEntries: 2, notesMentioning: 3 });
  });
});

describe('backupDue', () => {
  const DAY = 86_400_000;
  const NOW = 100 * DAY;
  it.each([
    [{ backupReminderDays: 7, lastBackupAt: null }, true, true],
    [{ backupReminderDays: 7, lastBackupAt: null }, false, false],
    [{ backupReminderDays: 0, lastBackupAt: null }, true, false],
    [{ backupReminderDays: 7, lastBackupAt: NOW - 7 * DAY }, true, true],
    [{ backupReminderDays: 7, lastBackupAt: NOW - 7 * DAY + 1 }, true, false],
  ])('%j with records %s: %s', (settings, hasRecords, expected) => {
    expect(backupDue(settings, NOW, hasRecords)).toBe(expected);
  });
});
