/** Wording for supervision imports: a file's problem and a file's result, in the reader's language. */
import type { Locale, MessageKey, Translate } from '../../lib/i18n';
import { formatDate } from '../../lib/i18n/dates';
import { SUPERVISION_VERSION } from '../../lib/supervision/format';
import type { FileOutcome } from '../../lib/supervision/import';
import { formatBytes, issuesText, plural, type ProblemText } from '../privacy/backup-text';

type Failure = Extract<FileOutcome, { ok: false }>['problem'];

/** What differs between the kinds of file read through lib/files/read.ts. */
export interface FileKindWording {
  /** Says the file is not of this kind. */
  wrongKind: MessageKey;
  /** The format version this build reads. */
  supported: number;
}

/** Why a supervision or feedback file was refused, in the reader's language; nothing was written. */
export function fileProblemText(t: Translate, locale: Locale, file: string, problem: Failure, kind: FileKindWording): ProblemText {
  const lead = t('supervision.fileFailed', { file });
  const one = (reason: string): ProblemText => ({ lead: `${lead} ${reason}`, items: [], more: null });
  switch (problem.code) {
    case 'too-large':
      return one(t('supervision.problem.tooLarge', { size: formatBytes(problem.maxBytes, locale) }));
    case 'not-json':
      return one(t('supervision.problem.notJson'));
    case 'wrong-kind':
      return one(t(kind.wrongKind));
    case 'unknown-version':
      return one(t('supervision.problem.version', { version: problem.version, supported: kind.supported }));
    case 'needs-passphrase':
      return one(t('supervision.needsPassphrase', { file }));
    case 'wrong-passphrase':
      return one(t('supervision.problem.wrongPassphrase'));
    case 'write-failed':
      return one(t('supervision.problem.writeFailed', { message: problem.message }));
    case 'invalid': {
      const count = plural(t, locale, { one: 'supervision.problem.invalid.one', other: 'supervision.problem.invalid.other' }, problem.issues.length);
      return issuesText(t, locale, `${lead} ${count}`, problem.issues);
    }
  }
}

export function importProblemText(t: Translate, locale: Locale, file: string, problem: Failure): ProblemText {
  return fileProblemText(t, locale, file, problem, { wrongKind: 'supervision.problem.wrongKind', supported: SUPERVISION_VERSION });
}

export function importDoneText(t: Translate, locale: Locale, outcome: Extract<FileOutcome, { ok: true }>): string {
  const n = (value: number) => new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);
  const c = outcome.counts.sessions;
  const sessions = t('supervision.countsSessions', { added: n(c.added), updated: n(c.updated), skipped: n(c.skipped) });
  const from = outcome.own
    ? t('supervision.ownFile')
    : t('supervision.fromPractitioner', { practitioner: outcome.practitioner, date: formatDate(new Date(outcome.exportedAt), locale, { dateStyle: 'medium', timeStyle: 'short' }) });
  return `${t('supervision.fileDone', { file: outcome.name, sessions })} (${from})`;
}
