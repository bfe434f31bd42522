/**
 * Wording for backups, restores and erasure: record counts with plurals and lists through Intl,
 * sizes in the reader's units, and the file checker's typed problems in the reader's language.
 */
import type { Locale, MessageKey, Translate } from '../../lib/i18n';
import type { BackupIssue, BackupProblem, BackupSummary } from '../../lib/backup/format';
import { BACKUP_VERSION } from '../../lib/backup/format';
import { formatIsoDate } from '../../lib/i18n/dates';
import { SHOWN_PROBLEMS_MAX } from '../../lib/limits';
import { INTL_LOCALE, plural } from '../common/plural';

export { plural };

/** "2 groups, 7 participants and 2 sessions": each count that is not zero, as a list. */
export function countParts(t: Translate, locale: Locale, s: BackupSummary): string[] {
  const parts: string[] = [];
  const add = (n: number, one: MessageKey, other: MessageKey) => n > 0 && parts.push(plural(t, locale, { one, other }, n));
  add(s.groups, 'backup.count.groups.one', 'backup.count.groups.other');
  add(s.participants, 'backup.count.participants.one', 'backup.count.participants.other');
  add(s.sessions, 'backup.count.sessions.one', 'backup.count.sessions.other');
  add(s.ratings, 'backup.count.ratings.one', 'backup.count.ratings.other');
  if (s.adaptation) parts.push(t('backup.count.adaptation'));
  return parts;
}

export function countsText(t: Translate, locale: Locale, s: BackupSummary): string {
  const parts = countParts(t, locale, s);
  if (parts.length === 0) return t('backup.count.nothing');
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(parts);
}

/** "sessions from 6 Mar 2024 to 1 Jun 2024", or null without sessions. */
export function rangeText(t: Translate, locale: Locale, s: BackupSummary): string | null {
  if (!s.firstSession || !s.lastSession) return null;
  return t('backup.count.range', { from: formatIsoDate(s.firstSession, locale), to: formatIsoDate(s.lastSession, locale) });
}

/** Bytes as kB, MB or GB in the reader's language. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

const ISSUE_KEY: Record<BackupIssue['kind'], MessageKey> = {
  missing: 'restore.issue.missing',
  'wrong-type': 'restore.issue.wrongType',
  'not-allowed': 'restore.issue.notAllowed',
  'too-long': 'restore.issue.tooLong',
  'too-many': 'restore.issue.tooMany',
  'out-of-range': 'restore.issue.outOfRange',
  'bad-format': 'restore.issue.badFormat',
  'duplicate-id': 'restore.issue.duplicateId',
  'unknown-group': 'restore.issue.unknownGroup',
  adaptation: 'restore.issue.adaptation',
  unreadable: 'restore.issue.unreadable',
};

export function issueLine(t: Translate, issue: BackupIssue): string {
  const value = issue.value ?? '';
  return t(ISSUE_KEY[issue.kind], { path: issue.path || t('restore.issue.file'), max: value, value, detail: issue.detail ?? '' });
}

export interface ProblemText {
  lead: string;
  /** At most SHOWN_PROBLEMS_MAX lines. */
  items: string[];
  /** How many more problems there are, worded, or null. */
  more: string | null;
}

/** A list of issues: the first SHOWN_PROBLEMS_MAX worded, the rest counted. */
export function issuesText(t: Translate, locale: Locale, lead: string, issues: readonly BackupIssue[]): ProblemText {
  const items = issues.slice(0, SHOWN_PROBLEMS_MAX).map((i) => issueLine(t, i));
  const rest = issues.length - items.length;
  return { lead, items, more: rest > 0 ? plural(t, locale, { one: 'restore.more.one', other: 'restore.more.other' }, rest) : null };
}

export function problemText(t: Translate, locale: Locale, problem: BackupProblem): ProblemText {
  const only = (lead: string): ProblemText => ({ lead, items: [], more: null });
  switch (problem.code) {
    case 'too-large':
      return only(t('restore.problem.tooLarge', { size: formatBytes(problem.maxBytes, locale) }));
    case 'not-json':
      return only(t('restore.problem.notJson'));
    case 'not-a-backup':
      return only(t('restore.problem.notBackup'));
    case 'unknown-version':
      return only(t('restore.problem.version', { version: problem.version, supported: BACKUP_VERSION }));
    case 'needs-passphrase':
      return only(t('restore.passphraseNeeded'));
    case 'wrong-passphrase':
      return only(t('restore.problem.wrongPassphrase'));
    case 'invalid': {
      const lead = plural(t, locale, { one: 'restore.problem.invalid.one', other: 'restore.problem.invalid.other' }, problem.issues.length);
      return issuesText(t, locale, lead, problem.issues);
    }
  }
}
