/**
 * Participant records as the group view edits them: a typed code's problem in words, the editable
 * part of a record, the status/end-date rule, and the record a new participant starts as. Pure,
 * so the rules can be tested without rendering.
 */
import { checkParticipantCodeInGroup, type CodeCheck } from '../../lib/participants';
import type { MessageKey, Translate } from '../../lib/i18n';
import type { Participant, ParticipantStatus } from '../../lib/model';

const CODE_PROBLEM = {
  empty: 'groups.code.empty',
  'looks-like-name': 'groups.code.looksLikeName',
  'too-long': 'groups.code.tooLong',
  invalid: 'groups.code.invalid',
} as const satisfies Record<Extract<CodeCheck, { ok: false }>['reason'], MessageKey>;

/** Why a code cannot be saved, in words, or the cleaned code (the rule is checkParticipantCodeInGroup). */
export function codeProblem(t: Translate, raw: string, otherCodes: readonly string[]): { message: string } | { code: string } {
  const check = checkParticipantCodeInGroup(raw, otherCodes);
  if (check.ok) return { code: check.code };
  if (check.reason === 'duplicate') return { message: t('groups.code.duplicate', { code: check.taken }) };
  return { message: t(CODE_PROBLEM[check.reason], { value: raw.trim() }) };
}

/** The fields of a participant the group view edits. */
export type ParticipantDraft = Pick<
  Participant,
  'code' | 'joinedOn' | 'leftOn' | 'status' | 'goal' | 'goalSteps' | 'takesMedication' | 'relapsePlan'
>;

export function participantDraft(p: Participant): ParticipantDraft {
  return {
    code: p.code,
    joinedOn: p.joinedOn,
    leftOn: p.leftOn,
    status: p.status,
    goal: p.goal,
    goalSteps: p.goalSteps,
    takesMedication: p.takesMedication,
    relapsePlan: p.relapsePlan,
  };
}

/** Whether saving would change nothing but the time stamp, so a blur without an edit does not write. */
export function sameParticipant(p: Participant, next: Participant): boolean {
  return JSON.stringify({ ...p, updatedAt: 0 }) === JSON.stringify({ ...next, updatedAt: 0 });
}

/** A completed or left participant gets an end date (today unless one was given); back to active clears it. */
export function statusChange(draft: ParticipantDraft, status: ParticipantStatus, today: string): Pick<ParticipantDraft, 'status' | 'leftOn'> {
  return { status, leftOn: status === 'active' ? null : (draft.leftOn ?? today) };
}

export function newParticipant(input: { id: string; groupId: string; code: string; joinedOn: string; now: number }): Participant {
  return {
    id: input.id,
    groupId: input.groupId,
    code: input.code,
    joinedOn: input.joinedOn,
    leftOn: null,
    status: 'active',
    goal: '',
    goalSteps: [],
    takesMedication: false,
    relapsePlan: 'none',
    createdAt: input.now,
    updatedAt: input.now,
  };
}
