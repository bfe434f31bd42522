/**
 * CSV exports of the sessions a supervisor selected on the review page, for a programme's own
 * analysis (R, SPSS, a spreadsheet) or an import into REDCap:
 * - `sessionsCsv`: one row per ended session: date, group, practitioner, module, session number,
 *   format, planned and actual minutes, attendance counts and prompt coverage per Fidelity Scale item;
 * - `promptResponsesCsv`: one row per prompt the session offered or recorded: status, step, key
 *   prompt, the fidelity items it serves, and the practitioner's note when the data has notes.
 *
 * Column names follow REDCap's rules for variable names (lower-case letters, digits and single
 * underscores, starting with a letter, at most 26 characters, none of its reserved names), so the
 * files import without renaming; `isRedcapVariableName` states the rule and the tests hold every
 * column to it. The first column is the record id (the session id), as a REDCap import expects. A
 * session has many prompt responses, so that file carries REDCap's two columns for a repeating
 * instrument (`redcap_repeat_instrument`, `redcap_repeat_instance`); without them rows sharing a
 * record id would overwrite each other.
 *
 * Cells are written by papaparse (quoting, embedded quotes and line breaks), and any text cell that
 * starts with = + - @ tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as
 * text instead of running it as a formula (CSV injection). Numbers are left as numbers.
 *
 * Pure: callers pass the records and the curriculum in use; nothing is read or downloaded here.
 * Usage:
 *   const text = sessionsCsv({ sessions, groups, prompts, modules, ratings });
 */
import Papa from 'papaparse';
import type { FidelityScaleItemId, Module, Prompt, StepId } from '../curriculum/types';
import { FIDELITY_SCALE } from '../fidelity/instruments';
import { itisSummary, type ItisRating } from '../fidelity/itis';
import { sessionPromptCoverage } from '../fidelity/scoring';
import { deriveClock } from '../session/clock';
import { promptsForSession } from '../session/prompts';
import type { Group, PromptStatus, Session } from '../model';

/** REDCap's repeating-instrument name for the prompt responses file. */
export const PROMPT_RESPONSE_INSTRUMENT = 'prompt_response';

/** Names REDCap reserves for its own columns or refuses as field names. */
const REDCAP_RESERVED = new Set([
  'record',
  'event',
  'arm',
  'instance',
  'instrument',
  'redcap_event_name',
  'redcap_repeat_instrument',
  'redcap_repeat_instance',
  'redcap_data_access_group',
  'redcap_survey_identifier',
  'redcap_csrf_token',
]);

/**
 * Whether a column name is a variable name REDCap accepts: lower-case letters, digits and
 * underscores, starting with a letter, at most 26 characters (longer names are cut when data go on
 * to SAS or Stata), no double underscore (checkbox columns use `name___code`), not ending in an
 * underscore or `_complete` (instrument status columns) and not a reserved name.
 * `repeatColumns` allows REDCap's own repeating-instrument columns, which a data file may carry.
 */
export function isRedcapVariableName(name: string, repeatColumns = false): boolean {
  if (repeatColumns && (name === 'redcap_repeat_instrument' || name === 'redcap_repeat_instance')) return true;
  return (
    /^[a-z][a-z0-9_]{0,25}$/.test(name) &&
    !name.includes('__') &&
    !name.endsWith('_') &&
    !name.endsWith('_complete') &&
    !name.startsWith('redcap_') &&
    !REDCAP_RESERVED.has(name)
  );
}

/** A leading character a spreadsheet reads as the start of a formula (OWASP's list). */
export const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number;
type Row = Record<string, Cell>;

/** Papaparse with the settings every export uses: fixed columns, CRLF (RFC 4180), formula cells escaped. */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((c) => row[c] ?? '')) },
    // papaparse's own `true` uses /^[=+\-@\t\r].*$/, which misses a formula followed by a line
    // break ('.' stops at it); testing only the first character catches those too.
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
}

export interface CsvInput {
  /** The sessions to export (the review page's selection); only ended sessions are written. */
  sessions: readonly Session[];
  groups: readonly Group[];
  /** The prompt library in use (built-in content with the programme's adaptation). */
  prompts: readonly Prompt[];
  modules: readonly Module[];
  /** IT-IS ratings; those of exported sessions give the IT-IS columns. */
  ratings?: readonly ItisRating[];
}

/** "fs7-goal-follow-up" → "fs7": short, stable and a valid REDCap prefix. */
export function fidelityColumnPrefix(id: FidelityScaleItemId): string {
  return id.slice(0, id.indexOf('-'));
}

const PROMPT_STATUS_CODES: Record<PromptStatus, string> = { done: 'done', 'not-done': 'not_done', na: 'na' };

/** A prompt's status as a REDCap-safe code: done, not_done, na, or unanswered. */
export function statusCode(status: unknown): string {
  return typeof status === 'string' && Object.hasOwn(PROMPT_STATUS_CODES, status) ? PROMPT_STATUS_CODES[status as PromptStatus] : 'unanswered';
}

const minutes = (seconds: number): number => Math.round(seconds / 6) / 10;

export const SESSION_COLUMNS: readonly string[] = [
  'session_id',
  'session_date',
  'group_id',
  'group_name',
  'practitioner',
  'module_id',
  'module_number',
  'session_number',
  'session_format',
  'planned_min',
  'actual_min',
  'steps_planned',
  'steps_visited',
  'n_participants',
  'n_present',
  'n_late',
  'n_left_early',
  'n_absent',
  'n_not_recorded',
  'n_attended',
  'prompts_offered',
  'prompts_done',
  'prompts_not_done',
  'prompts_na',
  'prompts_unanswered',
  'key_prompts_missed',
  ...FIDELITY_SCALE.flatMap((item) => {
    const p = fidelityColumnPrefix(item.id);
    return [`${p}_offered`, `${p}_done`];
  }),
  'itis_ratings',
  'itis_score',
  'source_id',
];

/** Ended sessions, in the order given. */
const ended = (sessions: readonly Session[]) => sessions.filter((s) => s.status === 'ended');

/** One row per ended session, columns as in SESSION_COLUMNS. */
export function sessionRows(input: CsvInput): Row[] {
  const groupNames = new Map(input.groups.map((g) => [g.id, g.name]));
  const moduleNumbers = new Map(input.modules.map((m) => [m.id, m.number]));
  const ratingsBySession = new Map<string, ItisRating[]>();
  for (const rating of input.ratings ?? []) ratingsBySession.set(rating.sessionId, [...(ratingsBySession.get(rating.sessionId) ?? []), rating]);

  return ended(input.sessions).map((session) => {
    // An ended session's clock stops at its end event, so "now" only matters for a log without one.
    const lastAt = session.events.reduce((max, e) => Math.max(max, e.at), session.updatedAt);
    const clock = deriveClock(session.plan, session.events, lastAt);
    const entries = Object.values(session.participants);
    const count = (attendance: string | null) => entries.filter((e) => e.attendance === attendance).length;
    const coverage = sessionPromptCoverage(session, input.prompts);
    const itis = itisSummary(ratingsBySession.get(session.id) ?? [], () => session.format);
    const row: Row = {
      session_id: session.id,
      session_date: session.date,
      group_id: session.groupId,
      group_name: groupNames.get(session.groupId) ?? '',
      practitioner: session.practitioner,
      module_id: session.moduleId,
      module_number: moduleNumbers.get(session.moduleId) ?? '',
      session_number: session.sessionNumber,
      session_format: session.format,
      planned_min: minutes(session.plan.reduce((sum, step) => sum + step.seconds, 0)),
      actual_min: minutes(clock.elapsedSec),
      steps_planned: session.plan.length,
      steps_visited: clock.steps.filter((s) => s.visited).length,
      n_participants: entries.length,
      n_present: count('present'),
      n_late: count('late'),
      n_left_early: count('left-early'),
      n_absent: count('absent'),
      n_not_recorded: count(null),
      n_attended: count('present') + count('late') + count('left-early'),
      prompts_offered: coverage.total.offered,
      prompts_done: coverage.total.done,
      prompts_not_done: coverage.total.notDone,
      prompts_na: coverage.total.na,
      prompts_unanswered: coverage.total.unanswered,
      key_prompts_missed: coverage.missedKeyPrompts.length,
      itis_ratings: itis.ratings,
      itis_score: itis.mean ?? '',
      source_id: session.source ?? '',
    };
    for (const item of FIDELITY_SCALE) {
      const p = fidelityColumnPrefix(item.id);
      row[`${p}_offered`] = coverage.byFidelityItem[item.id].offered;
      row[`${p}_done`] = coverage.byFidelityItem[item.id].done;
    }
    return row;
  });
}

export function sessionsCsv(input: CsvInput): string {
  return toCsv(SESSION_COLUMNS, sessionRows(input));
}

export const PROMPT_RESPONSE_COLUMNS: readonly string[] = [
  'session_id',
  'redcap_repeat_instrument',
  'redcap_repeat_instance',
  'prompt_id',
  'step',
  'key_prompt',
  'offered',
  'status',
  'fidelity_items',
];
/** Added only when at least one exported prompt record has a note (fidelity-only files have none). */
export const PROMPT_NOTE_COLUMN = 'prompt_note';

interface PromptResponse {
  promptId: string;
  stepId: StepId | null;
  prompt: Prompt | null;
  offered: boolean;
  status: unknown;
  note: string;
}

/**
 * Every prompt the session offered (answered or not, so coverage can be counted), in library order,
 * then prompts it recorded that the library in use no longer offers (an adaptation changed), by id.
 */
function responsesOf(session: Session, prompts: readonly Prompt[]): PromptResponse[] {
  const byId = new Map(prompts.map((p) => [p.id, p]));
  const offered = promptsForSession(prompts, session);
  const offeredIds = new Set(offered.map((p) => p.id));
  const note = (id: string) => {
    const text = session.prompts[id]?.note;
    return typeof text === 'string' ? text.trim() : '';
  };
  const rows: PromptResponse[] = offered.map((p) => ({
    promptId: p.id,
    stepId: p.stepId,
    prompt: p,
    offered: true,
    status: session.prompts[p.id]?.status ?? null,
    note: note(p.id),
  }));
  const others = Object.keys(session.prompts)
    .filter((id) => !offeredIds.has(id))
    .sort((a, b) => a.localeCompare(b));
  for (const id of others) {
    const prompt = byId.get(id) ?? null;
    rows.push({ promptId: id, stepId: prompt?.stepId ?? null, prompt, offered: false, status: session.prompts[id]?.status ?? null, note: note(id) });
  }
  return rows;
}

export function promptResponseRows(input: CsvInput): { columns: string[]; rows: Row[] } {
  const rows: Row[] = [];
  let anyNote = false;
  for (const session of ended(input.sessions)) {
    responsesOf(session, input.prompts).forEach((r, i) => {
      if (r.note !== '') anyNote = true;
      rows.push({
        session_id: session.id,
        redcap_repeat_instrument: PROMPT_RESPONSE_INSTRUMENT,
        redcap_repeat_instance: i + 1,
        prompt_id: r.promptId,
        step: r.stepId ?? '',
        key_prompt: r.prompt ? Number(r.prompt.key) : '',
        offered: Number(r.offered),
        status: statusCode(r.status),
        // Item numbers ("7;9"): short, and the same whatever the language.
        fidelity_items: (r.prompt?.fidelityItems ?? [])
          .map((id) => FIDELITY_SCALE.find((item) => item.id === id)?.number)
          .filter((n) => n !== undefined)
          .join(';'),
        [PROMPT_NOTE_COLUMN]: r.note,
      });
    });
  }
  return { columns: anyNote ? [...PROMPT_RESPONSE_COLUMNS, PROMPT_NOTE_COLUMN] : [...PROMPT_RESPONSE_COLUMNS], rows };
}

export function promptResponsesCsv(input: CsvInput): string {
  const { columns, rows } = promptResponseRows(input);
  return toCsv(columns, rows);
}
