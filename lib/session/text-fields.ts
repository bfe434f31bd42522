/**
 * Free-text fields of a session that save as the practitioner types. Each has a stable key so a
 * keystroke can be journaled synchronously (lib/db/journal.ts) before the asynchronous database
 * write, and replayed if the panel closed in between.
 */
import { emptyParticipantEntry, type Session } from '../model';

export type TextField =
  | { kind: 'notes' }
  | { kind: 'participant-note'; participantId: string }
  | { kind: 'next-practice'; participantId: string }
  | { kind: 'participant-response'; participantId: string }
  | { kind: 'prompt-note'; promptId: string };

export function fieldKey(field: TextField): string {
  switch (field.kind) {
    case 'notes':
      return 'notes';
    case 'participant-note':
    case 'next-practice':
    case 'participant-response':
      return `${field.kind}:${field.participantId}`;
    case 'prompt-note':
      return `prompt-note:${field.promptId}`;
  }
}

export function parseFieldKey(key: string): TextField | null {
  if (key === 'notes') return { kind: 'notes' };
  const colon = key.indexOf(':');
  if (colon < 0) return null;
  const [kind, id] = [key.slice(0, colon), key.slice(colon + 1)];
  if (!id) return null;
  if (kind === 'participant-note' || kind === 'next-practice' || kind === 'participant-response') return { kind, participantId: id };
  if (kind === 'prompt-note') return { kind, promptId: id };
  return null;
}

export function readTextField(session: Session, field: TextField): string {
  switch (field.kind) {
    case 'notes':
      return session.notes;
    case 'participant-note':
      return session.participants[field.participantId]?.note ?? '';
    case 'next-practice':
      return session.participants[field.participantId]?.nextHomePractice ?? '';
    case 'participant-response':
      return session.participants[field.participantId]?.response ?? '';
    case 'prompt-note':
      return session.prompts[field.promptId]?.note ?? '';
  }
}

export function writeTextField(session: Session, field: TextField, value: string, now: number): Session {
  switch (field.kind) {
    case 'notes':
      return { ...session, notes: value };
    case 'participant-note':
    case 'next-practice':
    case 'participant-response': {
      const entry = session.participants[field.participantId] ?? emptyParticipantEntry();
      const patch = field.kind === 'participant-note' ? { note: value } : field.kind === 'next-practice' ? { nextHomePractice: value } : { response: value };
      return { ...session, participants: { ...session.participants, [field.participantId]: { ...entry, ...patch } } };
    }
    case 'prompt-note': {
      const record = session.prompts[field.promptId] ?? { status: null, note: '', at: now };
      return { ...session, prompts: { ...session.prompts, [field.promptId]: { ...record, note: value, at: now } } };
    }
  }
}
