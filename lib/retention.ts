/**
 * The retention rule: records of participants who left (or completed the programme) more than N
 * months ago are erased on request. Pure: which participants are due, given the rule, today's date
 * and each participant's end date. Erasing them is repo.eraseParticipants, offered after a preview.
 *
 * Usage:
 *   const due = dueForErasure(await repo.listAllParticipants(), settings.retentionMonths, isoDate(now));
 */
import type { Participant } from './model';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar date `months` before `today` (yyyy-mm-dd), the day clamped to the month's length:
 * one month before 31 March is 29 February in a leap year.
 */
export function monthsBefore(today: string, months: number): string | null {
  const match = ISO_DAY.exec(today);
  if (!match || !Number.isInteger(months) || months < 0) return null;
  const [, y, m, d] = match;
  const total = Number(y) * 12 + (Number(m) - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(d), lastDay);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(day)}`;
}

/**
 * Participants whose records the rule erases now: status 'left' or 'completed' with an end date
 * more than `months` months before `today` (leaving exactly `months` months ago is not yet "more
 * than"). Without a rule (null), or for someone still active or without an end date, nobody is due.
 */
export function dueForErasure<P extends Pick<Participant, 'status' | 'leftOn'>>(participants: readonly P[], months: number | null, today: string): P[] {
  if (months === null) return [];
  const cutoff = monthsBefore(today, months);
  if (cutoff === null) return [];
  return participants.filter((p) => p.status !== 'active' && p.leftOn !== null && ISO_DAY.test(p.leftOn) && p.leftOn < cutoff);
}
