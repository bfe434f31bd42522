/**
 * The pure helpers behind the group editors (components/groups): reading the group form, the
 * participant draft and its status rule, code problems in words, and the completion marks.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n';
import {
  draftOf,
  lengthChange,
  newGroupDraft,
  readGroupDraft,
  sameSettings,
  usualLength,
  type GroupDraft,
} from '../../components/groups/group-draft';
import { codeProblem, newParticipant, participantDraft, sameParticipant, statusChange } from '../../components/groups/participant';
import { attendanceMarkView, goalMarkView } from '../../components/groups/marks';
import { makeGroup, makeParticipant, T0 } from '../factories';

const t = translator('en');

function draft(overrides: Partial<GroupDraft> = {}): GroupDraft {
  return { ...newGroupDraft('AB'), name: 'Tuesday group', ...overrides };
}

describe('group form', () => {
  it('starts a new group as a closed 90-minute group run by the practitioner', () => {
    expect(newGroupDraft('AB')).toEqual({ name: '', format: 'group', enrolment: 'closed', length: '90', customMinutes: '', facilitators: 'AB' });
  });

  it('reads a preset length, trims the name and splits the facilitators on commas', () => {
    expect(readGroupDraft(draft({ name: '  Tuesday group ', length: '60', facilitators: ' AB, CD ,, ' }))).toEqual({
      ok: true,
      value: { name: 'Tuesday group', format: 'group', enrolment: 'closed', defaultLengthMinutes: 60, facilitators: ['AB', 'CD'] },
    });
    expect(readGroupDraft(draft({ facilitators: '' }))).toMatchObject({ ok: true, value: { facilitators: [] } });
  });

  it('reads a custom length as whole minutes from 15 to 240', () => {
    expect(readGroupDraft(draft({ length: 'custom', customMinutes: '75' }))).toMatchObject({ ok: true, value: { defaultLengthMinutes: 75 } });
    expect(readGroupDraft(draft({ length: 'custom', customMinutes: ' 15 ' }))).toMatchObject({ ok: true, value: { defaultLengthMinutes: 15 } });
    expect(readGroupDraft(draft({ length: 'custom', customMinutes: '240' }))).toMatchObject({ ok: true, value: { defaultLengthMinutes: 240 } });
    for (const customMinutes of ['14', '241', '62.5', '', 'abc', '1e2x']) {
      expect(readGroupDraft(draft({ length: 'custom', customMinutes }))).toEqual({ ok: false, errors: { length: true } });
    }
  });

  it('reports a missing name and a bad length together', () => {
    expect(readGroupDraft(draft({ name: '  ', length: 'custom', customMinutes: '5' }))).toEqual({ ok: false, errors: { name: true, length: true } });
    expect(readGroupDraft(draft({ name: '' }))).toEqual({ ok: false, errors: { name: true } });
  });

  it('turns a group back into the form: a preset length as itself, another as custom', () => {
    expect(draftOf(makeGroup({ facilitators: ['AB', 'CD'] }))).toEqual({
      name: 'Tuesday group',
      format: 'group',
      enrolment: 'closed',
      length: '90',
      customMinutes: '90',
      facilitators: 'AB, CD',
    });
    expect(draftOf(makeGroup({ defaultLengthMinutes: 75 }))).toMatchObject({ length: 'custom', customMinutes: '75' });
  });

  it('reads a group’s own form back as the same settings', () => {
    for (const group of [makeGroup(), makeGroup({ defaultLengthMinutes: 75, format: 'individual', enrolment: 'rolling', facilitators: [] })]) {
      const read = readGroupDraft(draftOf(group));
      expect(read.ok && sameSettings(group, read.value)).toBe(true);
    }
  });

  it('tells a change in any setting from none', () => {
    const group = makeGroup({ facilitators: ['AB', 'CD'] });
    const same = { name: group.name, format: group.format, enrolment: group.enrolment, defaultLengthMinutes: 90, facilitators: ['AB', 'CD'] };
    expect(sameSettings(group, same)).toBe(true);
    expect(sameSettings(group, { ...same, name: 'Wednesday group' })).toBe(false);
    expect(sameSettings(group, { ...same, enrolment: 'rolling' })).toBe(false);
    expect(sameSettings(group, { ...same, defaultLengthMinutes: 60 })).toBe(false);
    expect(sameSettings(group, { ...same, facilitators: ['CD', 'AB'] })).toBe(false);
    expect(sameSettings(group, { ...same, facilitators: ['AB, CD'] })).toBe(false);
  });

  it('starts a custom length from the length chosen so far, once', () => {
    expect(lengthChange(draft({ length: '60' }), 'custom')).toEqual({ length: 'custom', customMinutes: '60' });
    expect(lengthChange(draft({ length: '60', customMinutes: '75' }), 'custom')).toEqual({ length: 'custom' });
    expect(lengthChange(draft({ length: 'custom', customMinutes: '75' }), '45')).toEqual({ length: '45' });
  });

  it('follows the format’s usual length', () => {
    expect(usualLength('individual')).toBe('45');
    expect(usualLength('group')).toBe('90');
  });
});

describe('participant draft', () => {
  const participant = makeParticipant({ goal: 'Walk daily', goalSteps: [{ id: 'gs1', text: 'Buy shoes', status: 'open' }] });

  it('holds the editable fields only, and they complete the record again', () => {
    const d = participantDraft(participant);
    expect(Object.keys(d).sort()).toEqual(['code', 'goal', 'goalSteps', 'joinedOn', 'leftOn', 'relapsePlan', 'status', 'takesMedication']);
    expect({ ...participant, ...d }).toEqual(participant);
  });

  it('ends the membership on the given day when a participant completes or leaves, unless a day was set', () => {
    const active = participantDraft(participant);
    expect(statusChange(active, 'completed', '2024-06-01')).toEqual({ status: 'completed', leftOn: '2024-06-01' });
    expect(statusChange(active, 'left', '2024-06-01')).toEqual({ status: 'left', leftOn: '2024-06-01' });
    expect(statusChange({ ...active, status: 'left', leftOn: '2024-05-20' }, 'completed', '2024-06-01')).toEqual({
      status: 'completed',
      leftOn: '2024-05-20',
    });
  });

  it('clears the end date when a participant is active again', () => {
    expect(statusChange({ ...participantDraft(participant), status: 'left', leftOn: '2024-05-20' }, 'active', '2024-06-01')).toEqual({
      status: 'active',
      leftOn: null,
    });
  });

  it('sees no change when only the time stamp differs', () => {
    expect(sameParticipant(participant, { ...participant, updatedAt: T0 + 5000 })).toBe(true);
    expect(sameParticipant(participant, { ...participant, goal: 'Walk twice a day' })).toBe(false);
    expect(sameParticipant(participant, { ...participant, takesMedication: true })).toBe(false);
  });

  it('starts a new participant active, without goal, medication or end date', () => {
    expect(newParticipant({ id: 'p9', groupId: 'g1', code: 'P09', joinedOn: '2024-02-01', now: T0 })).toEqual(
      makeParticipant({ id: 'p9', code: 'P09', joinedOn: '2024-02-01' }),
    );
  });
});

describe('codeProblem', () => {
  it('gives the cleaned code when it can be saved', () => {
    expect(codeProblem(t, ' P03 ', ['P01', 'P02'])).toEqual({ code: 'P03' });
  });

  it('words a code another participant has, naming that code as stored', () => {
    expect(codeProblem(t, 'p02', ['P01', 'P02'])).toEqual({
      message: 'Another participant in this group already uses P02. Please choose a different code.',
    });
  });

  it('words a code that is not acceptable on its own, quoting what was typed', () => {
    expect(codeProblem(t, ' ', [])).toEqual({ message: 'Please enter a code or initials.' });
    expect(codeProblem(t, ' Maria ', [])).toEqual({ message: expect.stringMatching(/^“Maria” looks like a person’s name\./) });
    expect(codeProblem(t, 'ABCDEFGHIJKLM', [])).toEqual({ message: t('groups.code.tooLong') });
    expect(codeProblem(t, 'a b', [])).toEqual({ message: t('groups.code.invalid') });
  });

  it('speaks the reader’s language', () => {
    expect(codeProblem(translator('nl'), 'P01', ['P01'])).toEqual({
      message: 'Een andere deelnemer in deze groep heeft al de code P01. Kies een andere code.',
    });
  });
});

describe('completion marks', () => {
  it('shows attendance by the coarse mark, and says the recorded detail', () => {
    expect(attendanceMarkView({ mark: 'attended', attendance: 'present' })).toEqual({ symbol: '✓', key: 'groups.mark.present' });
    expect(attendanceMarkView({ mark: 'attended', attendance: 'late' })).toEqual({ symbol: '✓', key: 'groups.mark.late' });
    expect(attendanceMarkView({ mark: 'attended', attendance: 'left-early' })).toEqual({ symbol: '✓', key: 'groups.mark.left-early' });
    expect(attendanceMarkView({ mark: 'absent', attendance: 'absent' })).toEqual({ symbol: '✗', key: 'groups.mark.absent' });
    expect(attendanceMarkView({ mark: 'not-recorded', attendance: null })).toEqual({ symbol: '?', key: 'groups.mark.not-recorded' });
  });

  it('shows goal progress, which implies the goal was reviewed', () => {
    expect(goalMarkView({ progress: 'step-done', reviewed: false })).toEqual({ symbol: '●', key: 'groups.goal.step-done' });
    expect(goalMarkView({ progress: 'some', reviewed: false })).toEqual({ symbol: '◐', key: 'groups.goal.some' });
    expect(goalMarkView({ progress: 'none', reviewed: false })).toEqual({ symbol: '○', key: 'groups.goal.none' });
  });

  it('without progress, tells a reviewed goal from one not reviewed', () => {
    expect(goalMarkView({ progress: null, reviewed: true })).toEqual({ symbol: '○', key: 'groups.goal.reviewed' });
    expect(goalMarkView({ progress: null, reviewed: false })).toEqual({ symbol: '–', key: 'groups.goal.notReviewed' });
  });
});
