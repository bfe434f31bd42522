/**
 * A group's settings as typed into a form, and the reading of that text into a record. Pure, so
 * the rules (length limits, comma-separated facilitators) can be tested without rendering. The
 * create form and the settings form share the one draft shape.
 */
import type { Enrolment, Group } from '../../lib/model';
import type { SessionFormat } from '../../lib/curriculum/types';

export const PRESET_LENGTHS = [45, 60, 90] as const;
export const MIN_MINUTES = 15;
export const MAX_MINUTES = 240;

export interface GroupDraft {
  name: string;
  format: SessionFormat;
  enrolment: Enrolment;
  /** A preset length in minutes, or 'custom' to use customMinutes. */
  length: string;
  customMinutes: string;
  /** Comma-separated, as typed. */
  facilitators: string;
}

export type GroupSettingsValue = Pick<Group, 'name' | 'format' | 'enrolment' | 'defaultLengthMinutes' | 'facilitators'>;

export interface GroupErrors {
  name?: boolean;
  length?: boolean;
}

export function newGroupDraft(practitioner: string): GroupDraft {
  return { name: '', format: 'group', enrolment: 'closed', length: '90', customMinutes: '', facilitators: practitioner };
}

export function draftOf(group: Group): GroupDraft {
  const preset = (PRESET_LENGTHS as readonly number[]).includes(group.defaultLengthMinutes);
  return {
    name: group.name,
    format: group.format,
    enrolment: group.enrolment,
    length: preset ? String(group.defaultLengthMinutes) : 'custom',
    customMinutes: String(group.defaultLengthMinutes),
    facilitators: group.facilitators.join(', '),
  };
}

export function readGroupDraft(d: GroupDraft): { ok: true; value: GroupSettingsValue } | { ok: false; errors: GroupErrors } {
  const errors: GroupErrors = {};
  const name = d.name.trim();
  if (!name) errors.name = true;
  const minutes = Number(d.length === 'custom' ? d.customMinutes : d.length);
  if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) errors.length = true;
  if (errors.name || errors.length) return { ok: false, errors };
  const facilitators = d.facilitators
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { ok: true, value: { name, format: d.format, enrolment: d.enrolment, defaultLengthMinutes: minutes, facilitators } };
}

/** Whether saving would change nothing, so a blur without an edit does not write. */
export function sameSettings(group: Group, value: GroupSettingsValue): boolean {
  return (
    group.name === value.name &&
    group.format === value.format &&
    group.enrolment === value.enrolment &&
    group.defaultLengthMinutes === value.defaultLengthMinutes &&
    group.facilitators.join('\n') === value.facilitators.join('\n')
  );
}

/**
 * The change a new choice in the length select makes. Switching to a custom length starts from the
 * length chosen so far, so the practitioner adjusts a number instead of typing one from nothing.
 */
export function lengthChange(draft: GroupDraft, length: string): Partial<GroupDraft> {
  return length === 'custom' && !draft.customMinutes ? { length, customMinutes: draft.length } : { length };
}

/** Until a length is chosen, the length follows the format's usual one (individual 45, group 90). */
export function usualLength(format: SessionFormat): string {
  return format === 'individual' ? '45' : '90';
}
