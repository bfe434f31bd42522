/**
 * Message keys for the choices a group and a participant record hold, kept apart from the
 * components so every view of the same value reads the same words.
 */
import type { MessageKey, Translate } from '../../lib/i18n';
import type { Enrolment, GoalStepStatus, Group, Participant, ParticipantStatus } from '../../lib/model';
import type { SessionFormat } from '../../lib/curriculum/types';

export const FORMAT_LABEL = {
  group: 'groups.format.group',
  individual: 'groups.format.individual',
} as const satisfies Record<SessionFormat, MessageKey>;

export const ENROLMENT_LABEL = {
  closed: 'groups.enrolment.closed',
  rolling: 'groups.enrolment.rolling',
} as const satisfies Record<Enrolment, MessageKey>;

const ENROLMENT_SHORT = {
  closed: 'groups.enrolmentShort.closed',
  rolling: 'groups.enrolmentShort.rolling',
} as const satisfies Record<Enrolment, MessageKey>;

export const STATUS_LABEL = {
  active: 'groups.status.active',
  completed: 'groups.status.completed',
  left: 'groups.status.left',
} as const satisfies Record<ParticipantStatus, MessageKey>;

export const STEP_LABEL = {
  open: 'groups.step.open',
  'in-progress': 'groups.step.in-progress',
  done: 'groups.step.done',
} as const satisfies Record<GoalStepStatus, MessageKey>;

export const RELAPSE_LABEL = {
  none: 'groups.relapsePlan.none',
  written: 'groups.relapsePlan.written',
  practised: 'groups.relapsePlan.practised',
} as const satisfies Record<Participant['relapsePlan'], MessageKey>;

/** "Group · closed group · 90 min": the one-line description under a group's name. */
export function groupLine(t: Translate, group: Pick<Group, 'format' | 'enrolment' | 'defaultLengthMinutes'>): string {
  return t('groups.line', {
    format: t(FORMAT_LABEL[group.format]),
    enrolment: t(ENROLMENT_SHORT[group.enrolment]),
    minutes: group.defaultLengthMinutes,
  });
}
