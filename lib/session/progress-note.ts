/**
 * Draft progress notes from a session, as plain text to paste into an EHR. SAMHSA recommends a
 * standard IMR progress note because notes are the main data source for fidelity ratings, so the
 * draft always documents goal follow-up, home practice review, strategies used and the agreed
 * home practice, whichever of the three layouts (IMR, DAP, SOAP) the practitioner's record uses.
 *
 * A group session gives one group note plus a short addendum per participant, built only from that
 * participant's own entry. The group note names no participant: it is filed in every member's
 * record, where other members' codes do not belong. An individual session gives one note with the
 * participant's details inside. Pure; every fixed phrase is in the notes bundle, and numbers and
 * dates are formatted for the note's language (lib/i18n/render.ts).
 *
 * Usage:
 *   const { groupNote, addenda } = draftProgressNote({ session, group, participants, module,
 *     sessionTitle, summary, format: session.noteFormat, locale });
 */
import type { Module, Prompt, TeachingStrategy } from '../curriculum/types';
import { message, renderMessage, type MessageParam } from '../i18n/render';
import type { notes } from '../i18n/messages/notes';
import { pick, type Locale } from '../i18n/text';
import type { Attendance, GoalProgress, Group, HomePracticeReview, Modality, NoteFormat, Participant, Session } from '../model';
import type { ParticipantRow, SessionSummary } from './summary';
import { isoDate } from '../ids';
import { formatDate } from '../i18n/dates';
import { spanMessage } from '../i18n/durations';

export interface ProgressNoteInput {
  session: Session;
  group: Group | null | undefined;
  participants: readonly Participant[];
  module: Module | null | undefined;
  /** The session's topic in the note's language; may be blank. */
  sessionTitle: string;
  summary: SessionSummary;
  format: NoteFormat;
  locale: Locale;
}

export interface ParticipantAddendum {
  participantId: string;
  code: string;
  text: string;
}

export interface ProgressNote {
  /** For an individual session, the one note. */
  groupNote: string;
  /** Group sessions only: one per participant with an entry, in code order. */
  addenda: ParticipantAddendum[];
}

/** A phrase of the note: a key of the notes bundle (lib/i18n/messages/notes.ts) without its prefix. */
type Phrase = NotePhrase;
type NotePhrase = KeyOf<typeof notes> extends `note.${infer P}` ? (P extends `${infer S}.other` ? S : P extends `${string}.one` ? never : P) : never;
type KeyOf<B> = B extends { en: Record<infer K, string> } ? K : never;

const ATTENDANCE_TEXT: Record<Attendance, Phrase> = {
  present: 'attendance.present',
  late: 'attendance.late',
  'left-early': 'attendance.left-early',
  absent: 'attendance.absent',
};
const HOME_PRACTICE_TEXT: Record<HomePracticeReview, Phrase> = {
  done: 'homePractice.done',
  partly: 'homePractice.partly',
  'not-done': 'homePractice.not-done',
};
const GOAL_PROGRESS_TEXT: Record<GoalProgress, Phrase> = {
  none: 'goalProgress.none',
  some: 'goalProgress.some',
  'step-done': 'goalProgress.step-done',
};

/** A labelled piece of the note; where it goes depends on the layout. */
interface Block {
  label: Phrase;
  lines: string[];
}

export function draftProgressNote(input: ProgressNoteInput): ProgressNote {
  const individual = input.session.format === 'individual';
  const say = sayer(input.locale);
  const row = individual ? pickIndividual(input.summary.participants) : null;
  const blocks = individual ? individualBlocks(input, row) : groupBlocks(input);
  const groupNote = [...header(input, row), ...layout(input.format, blocks, say), '', ...signature(input)].join('\n').trim() + '\n';
  const addenda = individual ? [] : input.summary.participants.map((r) => ({ participantId: r.participantId, code: r.code, text: addendum(input, r) }));
  return { groupNote, addenda };
}

type Say = (phrase: Phrase, params?: Readonly<Record<string, MessageParam>>, count?: number) => string;

const MODALITY_TEXT: Record<Modality, Phrase> = { 'in-person': 'modalityInPerson', video: 'modalityVideo', phone: 'modalityPhone' };

/** "09:00" / "09:00": wall-clock time in the note's language. */
function clockTime(ms: number, locale: Locale): string {
  return formatDate(new Date(ms), locale, { hour: '2-digit', minute: '2-digit' });
}

/** One signature line per facilitator (or the practitioner), to sign once the draft is checked. */
function signature(input: ProgressNoteInput): string[] {
  const say = sayer(input.locale);
  const names = (input.group?.facilitators.length ? input.group.facilitators : [input.session.practitioner]).filter((n) => n.trim() !== '');
  return (names.length > 0 ? names : ['']).map((name) => say('signature', { name }));
}

function sayer(locale: Locale): Say {
  return (phrase, params, count) => renderMessage(message(`note.${phrase}`, params, count), locale);
}

function header(input: ProgressNoteInput, row: ParticipantRow | null): string[] {
  const say = sayer(input.locale);
  const { session, summary, group } = input;
  const title = input.format === 'dap' ? 'titleDap' : input.format === 'soap' ? 'titleSoap' : 'titleImr';
  const staff = (group?.facilitators.length ? group.facilitators : [session.practitioner]).filter((n) => n.trim() !== '').join(', ');
  const lines = [say('draft'), '', say(title), say('date', { date: { date: session.date } })];
  // A correction after the session ended is part of the record (issue 9).
  if (session.amendedAt !== undefined) lines.push(say('amended', { date: { date: isoDate(session.amendedAt) } }));
  if (row) {
    lines.push(say('individualSession'), say('participant', { code: row.code }));
  } else {
    lines.push(say('groupSession', { group: group?.name ?? '' }).trimEnd());
  }
  if (staff) lines.push(say(row ? 'practitioner' : 'facilitators', { names: staff }));
  // Clock times, modality and duration, as a record needs them (issue 9).
  if (summary.startedAt !== null && summary.endedAt !== null) {
    lines.push(say('clockTimes', { start: clockTime(summary.startedAt, input.locale), end: clockTime(summary.endedAt, input.locale) }));
  }
  lines.push(say('modality', { value: say(session.modality ? MODALITY_TEXT[session.modality] : 'notRecorded') }));
  lines.push(say('duration', { actual: { message: spanMessage(summary.totals.actualSec) }, planned: { message: spanMessage(summary.totals.plannedSec) } }));
  return lines;
}

function layout(format: NoteFormat, blocks: Record<BlockName, Block>, say: Say): string[] {
  const sections: [Phrase, Block[]][] =
    format === 'dap'
      ? [
          ['data', [blocks.topic, blocks.attendance, blocks.homeReview, blocks.strategies, blocks.notes]],
          ['assessment', [blocks.goals, blocks.participation]],
          ['plan', [blocks.agreed, blocks.plan]],
        ]
      : format === 'soap'
        ? [
            // Subjective is what participants reported about their week; goal progress is the
            // practitioner's judgement, so it sits with the assessment.
            ['subjective', [blocks.homeReview]],
            ['objective', [blocks.topic, blocks.attendance, blocks.strategies, blocks.participation]],
            ['soapAssessment', [blocks.goals, blocks.notes]],
            ['plan', [blocks.agreed, blocks.plan]],
          ]
        : [];

  const out: string[] = [];
  if (format === 'imr') {
    // Every section of the standard note stays visible even when empty, so a gap is seen and
    // filled in rather than silently missing from the record; only the free-text notes are optional.
    for (const name of IMR_ORDER) {
      const block = blocks[name];
      if (block.lines.length === 0 && name === 'notes') continue;
      out.push('', say(block.label), ...(block.lines.length > 0 ? block.lines : [say('noneRecorded')]));
    }
    return out;
  }
  for (const [heading, list] of sections) {
    const body: string[] = [];
    for (const block of list) {
      if (block.lines.length === 0) continue;
      // The plan block sits under the Plan heading already, so its own label would repeat it.
      if (block.label === 'plan') body.push(...block.lines);
      else if (block.lines.length === 1 && !block.lines[0]?.startsWith('- ')) body.push(say('labelled', { label: say(block.label), value: block.lines[0] ?? '' }));
      else body.push(say('labelOnly', { label: say(block.label) }), ...block.lines);
    }
    out.push('', say(heading), ...(body.length > 0 ? body : [say('noneRecorded')]));
  }
  return out;
}

type BlockName = 'topic' | 'attendance' | 'goals' | 'homeReview' | 'strategies' | 'participation' | 'notes' | 'agreed' | 'plan';
/** The IMR progress note keeps the session's own order; the practitioner's notes sit with participation. */
const IMR_ORDER: BlockName[] = ['topic', 'attendance', 'goals', 'homeReview', 'strategies', 'participation', 'notes', 'agreed', 'plan'];

function commonBlocks(input: ProgressNoteInput): Pick<Record<BlockName, Block>, 'topic' | 'strategies' | 'notes'> {
  const notes = input.session.notes.trim();
  return {
    topic: { label: 'topic', lines: [topicLine(input)] },
    strategies: { label: 'strategies', lines: strategyLines(input) },
    notes: { label: 'notes', lines: notes ? notes.split(/\r?\n/) : [] },
  };
}

function groupBlocks(input: ProgressNoteInput): Record<BlockName, Block> {
  const say = sayer(input.locale);
  const { attendance } = input.summary;
  const attending = input.summary.participants.filter((r) => isAttending(r.entry.attendance));
  const count = (pred: (r: ParticipantRow) => boolean) => attending.filter(pred).length;
  const attended = attendance.attended;

  const planLines = [...nextSessionLines(input)];
  if (attendance.absent > 0) planLines.push(say('outreachGroup'));

  return {
    ...commonBlocks(input),
    attendance: { label: 'attendance', lines: [say('groupAttendance', { ...attendance }, attendance.total)] },
    goals: {
      label: 'goals',
      lines: [
        say('groupGoals', {
          reviewed: count((r) => r.entry.goalReviewed),
          attended,
          stepDone: count((r) => r.entry.goalProgress === 'step-done'),
          some: count((r) => r.entry.goalProgress === 'some'),
          none: count((r) => r.entry.goalProgress === 'none'),
        }),
      ],
    },
    homeReview: {
      label: 'homeReview',
      lines: [
        say('groupHomeReview', {
          attended,
          done: count((r) => r.entry.homePractice === 'done'),
          partly: count((r) => r.entry.homePractice === 'partly'),
          notDone: count((r) => r.entry.homePractice === 'not-done'),
          notRecorded: count((r) => r.entry.homePractice === null),
        }),
      ],
    },
    participation: {
      label: 'participation',
      lines: [
        say('groupParticipation', {
          attended,
          handout: count((r) => r.entry.handoutGiven),
          coping: count((r) => r.entry.copingSkillPractised),
          tailoring: count((r) => r.entry.behaviouralTailoring),
          supporter: count((r) => r.entry.supporterInvolved),
        }),
        say('seeAddenda'),
      ],
    },
    agreed: {
      label: 'agreed',
      lines: [
        say('groupAgreed', {
          agreed: count((r) => r.entry.nextHomePractice.trim() !== ''),
          attended,
          withSupporter: count((r) => r.entry.nextHomePractice.trim() !== '' && r.entry.nextHomePracticeWithSupporter),
        }),
      ],
    },
    plan: { label: 'plan', lines: planLines },
  };
}

function individualBlocks(input: ProgressNoteInput, row: ParticipantRow | null): Record<BlockName, Block> {
  const say = sayer(input.locale);
  // Someone who did not come gets the outreach plan, never a module-completion line (issue 9).
  const absent = row?.entry.attendance === 'absent';
  const planLines = absent && row ? [say('outreachOne', { code: row.code })] : [...nextSessionLines(input)];
  const own = row ? participantLines(input, row, true) : null;
  const none = [say('noneRecorded')];
  return {
    ...commonBlocks(input),
    attendance: { label: 'attendance', lines: own ? [own.attendance] : none },
    goals: { label: 'goals', lines: own?.goal ?? none },
    homeReview: { label: 'homeReview', lines: own ? [own.homeReview, ...own.response] : none },
    participation: { label: 'participation', lines: own ? [own.supporter, ...own.inSession, ...own.note] : none },
    agreed: { label: 'agreed', lines: own ? [own.agreed] : none },
    plan: { label: 'plan', lines: planLines },
  };
}

/** The participant of an individual session: the one whose attendance was recorded, else the first. */
function pickIndividual(rows: readonly ParticipantRow[]): ParticipantRow | null {
  return rows.find((r) => r.entry.attendance !== null) ?? rows[0] ?? null;
}

function isAttending(attendance: Attendance | null): boolean {
  return attendance !== null && attendance !== 'absent';
}

function attendanceText(attendance: Attendance | null, say: Say): string {
  return attendance ? say(ATTENDANCE_TEXT[attendance]) : say('notRecorded');
}

function topicLine(input: ProgressNoteInput): string {
  const say = sayer(input.locale);
  const { module, session } = input;
  const moduleText = module ? say('moduleLine', { number: module.number, module: pick(module.title, input.locale) }) : session.moduleId;
  const title = input.sessionTitle.trim();
  const sessionText = say('sessionLine', { number: session.sessionNumber });
  return title ? say('topicLineTitled', { module: moduleText, session: sessionText, title }) : say('topicLine', { module: moduleText, session: sessionText });
}

const STRATEGY_ORDER: TeachingStrategy[] = ['educational', 'motivational', 'cognitive-behavioural'];
const STRATEGY_LABEL: Record<TeachingStrategy, Phrase> = {
  educational: 'strategyEducational',
  motivational: 'strategyMotivational',
  'cognitive-behavioural': 'strategyCbt',
};

/** Which strategy families a prompt exercises, read from the fidelity and IT-IS items it feeds. */
function strategiesOf(prompt: Prompt): Set<TeachingStrategy> {
  const out = new Set<TeachingStrategy>();
  const has = (fs: string, itis: string) => prompt.fidelityItems.some((i) => i === fs) || prompt.itisItems.some((i) => i === itis);
  if (has('fs9-educational', 'itis-educational')) out.add('educational');
  if (has('fs8-motivational', 'itis-motivational')) out.add('motivational');
  if (has('fs10-cognitive-behavioural', 'itis-cognitive-behavioural')) out.add('cognitive-behavioural');
  return out;
}

function strategyLines(input: ProgressNoteInput): string[] {
  const say = sayer(input.locale);
  const done = input.summary.prompts.offered.filter((o) => o.outcome === 'done');
  const lines: string[] = [];
  for (const strategy of STRATEGY_ORDER) {
    // Documented as what was done, never as the guide's imperative checklist text (issue 9).
    const n = done.filter((o) => strategiesOf(o.prompt).has(strategy)).length;
    if (n > 0) lines.push(say('strategyUsed', { strategy: say(STRATEGY_LABEL[strategy]), n }, n));
  }
  return lines.length > 0 ? lines : [say('noStrategies')];
}

function nextSessionLines(input: ProgressNoteInput): string[] {
  const say = sayer(input.locale);
  const { module, session } = input;
  const lines: string[] = [];
  if (module) {
    const next = module.sessions.find((s) => s.number === session.sessionNumber + 1);
    if (next) {
      const title = pick(next.title, input.locale);
      const params = { number: module.number, module: pick(module.title, input.locale), session: next.number };
      lines.push(title ? say('nextSessionTitled', { ...params, title }) : say('nextSession', params));
    } else if (session.sessionNumber >= module.sessions.length) {
      lines.push(say('moduleDone'));
    }
  }
  // Missed prompts are not the participant's plan; the guide carries them into the next session itself.
  return lines;
}

/**
 * One participant's own lines, from their entry and their own participant record only.
 * `withinSections` drops the labels that the individual note's section headings already give.
 */
function participantLines(input: ProgressNoteInput, row: ParticipantRow, withinSections = false) {
  const say = sayer(input.locale);
  const { entry, participant } = row;
  const goal: string[] = [];
  if (participant?.goal.trim()) goal.push(say('pGoal', { goal: participant.goal.trim() }));
  const step = participant?.goalSteps.find((s) => s.status !== 'done');
  if (step) goal.push(say('pCurrentStep', { step: step.text }));
  const progress = entry.goalProgress ? say(GOAL_PROGRESS_TEXT[entry.goalProgress]) : say('notRecorded');
  if (withinSections) goal.push(entry.goalReviewed ? say('iGoalReviewed', { value: progress }) : say('iGoalNotReviewed'));
  else goal.push(entry.goalReviewed ? say('pGoalReviewed', { value: progress }) : say('pGoalNotReviewed'));
  const inSessionParts = [
    entry.handoutGiven ? say('pHandout') : null,
    entry.copingSkillPractised ? say('pCoping') : null,
    entry.behaviouralTailoring ? say('pTailoring') : null,
  ].filter((s): s is string => s !== null);
  const next = entry.nextHomePractice.trim();
  const homeReview = entry.homePractice ? say(HOME_PRACTICE_TEXT[entry.homePractice]) : say('notRecorded');
  const attendance = attendanceText(entry.attendance, say);
  let agreed: string;
  if (!next) agreed = withinSections ? say('noneRecorded') : say('pAgreedNone');
  else if (withinSections) agreed = say(entry.nextHomePracticeWithSupporter ? 'iAgreedSupporter' : 'iAgreed', { value: next });
  else agreed = say(entry.nextHomePracticeWithSupporter ? 'pAgreedSupporter' : 'pAgreed', { value: next });
  return {
    attendance: withinSections ? say('codeValue', { code: row.code, value: attendance }) : say('pAttendance', { value: attendance }),
    homeReview: withinSections ? say('codeValue', { code: row.code, value: homeReview }) : say('pHomeReview', { value: homeReview }),
    goal,
    supporter: say('pSupporter', { value: say(entry.supporterInvolved ? 'yes' : 'no') }),
    inSession: inSessionParts.length > 0 ? [say('pInSession', { value: inSessionParts.join('; ') })] : [],
    agreed,
    note: entry.note.trim() ? [say(withinSections ? 'iNote' : 'pNote', { code: row.code, value: entry.note.trim() })] : [],
    // The participant's response in their own words (issue 9): what SOAP's Subjective is for.
    response: entry.response?.trim() ? [say('pResponse', { value: entry.response.trim() })] : [],
  };
}

function addendum(input: ProgressNoteInput, row: ParticipantRow): string {
  const say = sayer(input.locale);
  const params = {
    draft: say('draftShort'),
    code: row.code,
    date: { date: input.session.date },
    module: input.module?.number ?? input.session.moduleId,
    session: input.session.sessionNumber,
  };
  if (row.entry.attendance === 'absent') return say('absentLine', params) + '\n';
  if (row.entry.attendance === null) return say('unrecordedLine', params) + '\n';
  const own = participantLines(input, row);
  return [say('addendumTitle', params), own.attendance, own.homeReview, ...own.response, ...own.goal, own.supporter, ...own.inSession, own.agreed, ...own.note].join('\n') + '\n';
}


