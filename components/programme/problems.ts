/**
 * Which fields of the draft the file format's validator rejects, worded for the field. The
 * validator stays the one judge: each field is checked by validating an adaptation holding only
 * that field. Pure.
 */
import { MODULES, TEMPLATES } from '../../lib/curriculum';
import { MAX_SESSIONS_PER_MODULE, MIN_SESSIONS_PER_MODULE, ownValue, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import { fileLayer } from '../../lib/curriculum/adaptation-diff';
import { stepTitle } from '../../lib/curriculum/step-title';
import { pick, type Locale, type Translate } from '../../lib/i18n';
import { countId, minutesId, NAME_ID, type Candidate, type Draft } from './draft';
import { validate } from './adaptation-file';

/** Stands in for the programme name when one field is checked on its own. */
const ANY_NAME = 'programme';

export interface FieldProblem {
  id: string;
  label: string;
  message: string;
}

export interface Problems {
  fields: FieldProblem[];
  /** Problems in the part that came by file (wording, custom prompts), as the validator words them. */
  other: string[];
}

function fails(programmeName: string, adaptation: ProgrammeAdaptation): boolean {
  return !validate(programmeName, adaptation, new Date(0)).ok;
}

/**
 * Which fields the validator rejects, each checked on its own. Its checks are per entry, so the
 * parts' problems are the whole candidate's; the whole is still what decides whether to save.
 */
export function problemsOf(draft: Draft, candidate: Candidate, carried: ProgrammeAdaptation, t: Translate, locale: Locale): Problems {
  const fields: FieldProblem[] = [];
  if (fails(draft.name.trim(), {})) fields.push({ id: NAME_ID, label: t('programme.name'), message: t('programme.nameRequired') });

  const range = { min: MIN_SESSIONS_PER_MODULE, max: MAX_SESSIONS_PER_MODULE };
  for (const m of MODULES) {
    const id = countId(m.id);
    const label = t('programme.counts.label', { n: m.number, title: pick(m.title, locale) });
    const count = ownValue(candidate.adaptation.sessionCounts, m.id);
    if (candidate.unreadable.has(id)) fields.push({ id, label, message: t('programme.notNumber') });
    else if (count !== undefined && fails(ANY_NAME, { sessionCounts: { [m.id]: count } })) {
      fields.push({ id, label, message: t('programme.counts.invalid', range) });
    }
  }

  for (const tpl of TEMPLATES) {
    const changed = ownValue(candidate.adaptation.templateMinutes, tpl.id);
    for (const s of tpl.steps) {
      const id = minutesId(tpl.id, s.stepId);
      const label = `${stepTitle(s.stepId, locale)} (${pick(tpl.label, locale)})`;
      const minutes = changed?.[s.stepId];
      if (candidate.unreadable.has(id)) fields.push({ id, label, message: t('programme.notNumber') });
      else if (minutes !== undefined && fails(ANY_NAME, { templateMinutes: { [tpl.id]: { [s.stepId]: minutes } } })) {
        fields.push({ id, label, message: t('programme.minutes.invalid') });
      }
    }
  }

  const other = validate(ANY_NAME, fileLayer(carried), new Date(0));
  return { fields, other: other.ok ? [] : other.errors };
}
