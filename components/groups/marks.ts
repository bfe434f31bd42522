/**
 * How a participant's attendance and goal follow-up per session are shown: a symbol for the eye
 * and a message key for the words that say the same, so no mark relies on shape or colour alone.
 * Pure, so the mapping can be tested without rendering.
 */
import type { MessageKey } from '../../lib/i18n';
import type { AttendanceRecord, GoalMark } from '../../lib/completion';

export interface MarkView {
  symbol: string;
  key: MessageKey;
}

const ATTENDANCE_SYMBOL = { attended: '✓', absent: '✗', 'not-recorded': '?' } as const;

/** The symbol follows the coarse mark; the words keep the recorded detail (late, left early). */
export function attendanceMarkView(record: Pick<AttendanceRecord, 'mark' | 'attendance'>): MarkView {
  const key = record.attendance === null ? 'groups.mark.not-recorded' : (`groups.mark.${record.attendance}` as const);
  return { symbol: ATTENDANCE_SYMBOL[record.mark], key };
}

/** Progress recorded implies the goal was discussed, even if the "reviewed" box was left unticked. */
export function goalMarkView(mark: Pick<GoalMark, 'progress' | 'reviewed'>): MarkView {
  if (mark.progress === 'step-done') return { symbol: '●', key: 'groups.goal.step-done' };
  if (mark.progress === 'some') return { symbol: '◐', key: 'groups.goal.some' };
  if (mark.progress === 'none') return { symbol: '○', key: 'groups.goal.none' };
  return mark.reviewed ? { symbol: '○', key: 'groups.goal.reviewed' } : { symbol: '–', key: 'groups.goal.notReviewed' };
}
