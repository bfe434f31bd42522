/**
 * What erasing a participant touches, for the confirmation: their entries go with them
 * (repo.eraseParticipants), but free text written about the session is not rewritten, so the
 * practitioner is told how many of those texts still mention the participant's code. Pure.
 */
import type { Participant, Session } from './model';

export interface ErasureImpact {
  /** Sessions holding an entry for the participant (erased with them). */
  sessionsWithEntries: number;
  /** Sessions whose free text (notes, prompt notes, other participants' notes) mentions the code. */
  notesMentioning: number;
}

/** The code as a whole word, any case: "P01" is found in "P01 left early", not in "P010". */
export function mentions(text: string, code: string): boolean {
  const trimmed = code.trim();
  if (!trimmed) return false;
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function freeTexts(session: Session, participantId: string): string[] {
  const texts = [session.notes, ...Object.values(session.prompts).map((p) => p.note)];
  for (const [id, entry] of Object.entries(session.participants)) {
    // The participant's own entry is erased with them.
    if (id !== participantId) texts.push(entry.note, entry.nextHomePractice);
  }
  return texts;
}

export function erasureImpact(participant: Pick<Participant, 'id' | 'code'>, sessions: readonly Session[]): ErasureImpact {
  let sessionsWithEntries = 0;
  let notesMentioning = 0;
  for (const session of sessions) {
    if (Object.hasOwn(session.participants, participant.id)) sessionsWithEntries++;
    if (freeTexts(session, participant.id).some((text) => mentions(text, participant.code))) notesMentioning++;
  }
  return { sessionsWithEntries, notesMentioning };
}
