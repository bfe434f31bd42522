/**
 * Draft progress notes from a session, as plain text to paste into an EHR. SAMHSA recommends a
 * standard IMR progress note because notes are the main data source for fidelity ratings, so the
 * draft always documents goal follow-up, home practice review, strategies used and the agreed
 * home practice, whichever of the three layouts (IMR, DAP, SOAP) the practitioner's record uses.
 *
 * A group session gives one group note plus a short addendum per participant, built only from that
 * participant's own entry. The group note names no participant: it is filed in every member's
 * record, where other members' codes do not belong. An individual session gives one note with the
 * participant's details inside. Pure; every fixed phrase is bilingual.
 *
 * Usage:
 *   const { groupNote, addenda } = draftProgressNote({ session, group, participants, module,
 *     sessionTitle, summary, format: session.noteFormat, locale });
 */
import type { Module, Prompt, TeachingStrategy } from '../curriculum/types';
import { format as fill, type Params } from '../i18n/define';
import { pick, type Locale, type Text } from '../i18n/text';
import type { Attendance, GoalProgress, Group, HomePracticeReview, NoteFormat, Participant, Session } from '../model';
import type { ParticipantRow, SessionSummary } from './summary';

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

const t = (en: string, nl: string): Text => ({ en, nl });

/** Fixed phrases of the notes, kept here rather than in the UI bundles: notes are content, not UI. */
export const NOTE_TEXT = {
  draft: t('DRAFT – review and edit before pasting into the record.', 'CONCEPT – controleer en pas aan voordat je dit in het dossier plakt.'),
  draftShort: t('DRAFT', 'CONCEPT'),
  titleImr: t('IMR progress note', 'IMR-voortgangsnotitie'),
  titleDap: t('IMR progress note (DAP)', 'IMR-voortgangsnotitie (DAP)'),
  titleSoap: t('IMR progress note (SOAP)', 'IMR-voortgangsnotitie (SOEP)'),
  date: t('Date: {date}', 'Datum: {date}'),
  groupSession: t('IMR group session: {group}', 'IMR-groepsbijeenkomst: {group}'),
  individualSession: t('IMR individual session', 'IMR individuele sessie'),
  participant: t('Participant: {code}', 'Deelnemer: {code}'),
  facilitators: t('Facilitators: {names}', 'Trainers: {names}'),
  practitioner: t('Practitioner: {names}', 'Begeleider: {names}'),
  duration: t('Duration: {actual} min (planned {planned} min)', 'Duur: {actual} min (gepland {planned} min)'),

  // IMR progress note sections
  topic: t('Module and session topic', 'Module en onderwerp'),
  attendance: t('Attendance', 'Aanwezigheid'),
  goals: t('Goal follow-up', 'Voortgang persoonlijke doelen'),
  homeReview: t('Home practice review', 'Terugblik op de oefening voor thuis'),
  strategies: t('Strategies used', 'Gebruikte strategieën'),
  participation: t('Participation', 'Deelname'),
  agreed: t('Home practice agreed for next time', 'Afgesproken oefening voor thuis'),
  plan: t('Plan', 'Plan'),
  notes: t('Session notes', 'Notities bij de bijeenkomst'),
  // DAP and SOAP sections (Dutch practice calls SOAP "SOEP", with E for evaluatie)
  data: t('Data', 'Gegevens'),
  assessment: t('Assessment', 'Beoordeling'),
  subjective: t('Subjective', 'Subjectief'),
  objective: t('Objective', 'Objectief'),
  soapAssessment: t('Assessment', 'Evaluatie'),

  moduleLine: t('Module {number}: {module}', 'Module {number}: {module}'),
  sessionLine: t('session {number}', 'bijeenkomst {number}'),
  groupAttendance: t(
    '{attended} of {total} participants attended (on time {present}, late {late}, left early {leftEarly}); absent {absent}; not recorded {notRecorded}.',
    '{attended} van de {total} deelnemers aanwezig (op tijd {present}, te laat {late}, eerder vertrokken {leftEarly}); afwezig {absent}; niet vastgelegd {notRecorded}.',
  ),
  groupGoals: t(
    'Personal goals reviewed with {reviewed} of {attended} attending participants; step completed {stepDone}, some progress {some}, no progress {none}.',
    'Persoonlijke doelen besproken met {reviewed} van de {attended} aanwezige deelnemers; stap afgerond {stepDone}, enige voortgang {some}, geen voortgang {none}.',
  ),
  groupHomeReview: t(
    'Of {attended} attending participants: done {done}, partly done {partly}, not done {notDone}, not recorded {notRecorded}.',
    'Van de {attended} aanwezige deelnemers: gedaan {done}, deels gedaan {partly}, niet gedaan {notDone}, niet vastgelegd {notRecorded}.',
  ),
  groupParticipation: t(
    'Of {attended} attending participants: handout given {handout}, coping skill practised {coping}, medication routine worked on {tailoring}, supporter involved {supporter}.',
    'Van de {attended} aanwezige deelnemers: hand-out meegekregen {handout}, copingvaardigheid geoefend {coping}, inpassen van medicatie besproken {tailoring}, naastbetrokkene betrokken {supporter}.',
  ),
  seeAddenda: t('Details per participant are in the addendum for each participant.', 'Details per deelnemer staan in de aanvulling per deelnemer.'),
  groupAgreed: t(
    'Agreed with {agreed} of {attended} attending participants, {withSupporter} of them together with a supporter.',
    'Afgesproken met {agreed} van de {attended} aanwezige deelnemers, van wie {withSupporter} samen met een naastbetrokkene.',
  ),
  strategyEducational: t('Educational', 'Educatief'),
  strategyMotivational: t('Motivational', 'Motiverend'),
  strategyCbt: t('Cognitive-behavioural', 'Cognitief-gedragsmatig'),
  noStrategies: t('No teaching strategies were marked as done.', 'Er zijn geen strategieën als gedaan aangevinkt.'),
  nextSession: t('Next session: module {number} {module}, session {session}{title}.', 'Volgende bijeenkomst: module {number} {module}, bijeenkomst {session}{title}.'),
  moduleDone: t('This was the last session of the module; continue with the next module.', 'Dit was de laatste bijeenkomst van de module; verder met de volgende module.'),
  followUp: t('Not covered this time, pick up next session: {list}.', 'Deze keer niet aan bod gekomen, volgende keer oppakken: {list}.'),
  outreachGroup: t('Contact the participants who were absent (see their addenda).', 'Neem contact op met de deelnemers die afwezig waren (zie hun aanvulling).'),
  outreachOne: t('Contact {code} before the next session to offer the missed material and agree a new appointment.', 'Neem voor de volgende afspraak contact op met {code} om de gemiste stof aan te bieden en een nieuwe afspraak te maken.'),
  noneRecorded: t('None recorded.', 'Niets vastgelegd.'),

  // per participant
  addendumTitle: t('{draft} – Addendum {code} – IMR group session {date}, module {module}, session {session}', '{draft} – Aanvulling {code} – IMR-groepsbijeenkomst {date}, module {module}, bijeenkomst {session}'),
  absentLine: t(
    '{draft} – {code}: absent from the IMR group session on {date} (module {module}, session {session}). Outreach: contact {code} before the next session, offer the missed material and the handout.',
    '{draft} – {code}: afwezig bij de IMR-groepsbijeenkomst van {date} (module {module}, bijeenkomst {session}). Outreach: neem voor de volgende bijeenkomst contact op met {code} en bied de gemiste stof en de hand-out aan.',
  ),
  unrecordedLine: t(
    '{draft} – {code}: attendance not recorded for the IMR group session on {date}; complete it before filing.',
    '{draft} – {code}: aanwezigheid niet vastgelegd voor de IMR-groepsbijeenkomst van {date}; vul dit aan voordat je het vastlegt.',
  ),
  pAttendance: t('Attendance: {value}', 'Aanwezigheid: {value}'),
  pHomeReview: t('Home practice review: {value}', 'Terugblik oefening voor thuis: {value}'),
  pGoal: t('Goal: "{goal}"', 'Doel: "{goal}"'),
  pCurrentStep: t('Current step: {step}', 'Huidige stap: {step}'),
  pGoalReviewed: t('Goal follow-up: reviewed; progress: {value}', 'Voortgang doel: besproken; voortgang: {value}'),
  pGoalNotReviewed: t('Goal follow-up: not reviewed this session', 'Voortgang doel: deze keer niet besproken'),
  pSupporter: t('Supporter involved: {value}', 'Naastbetrokkene betrokken: {value}'),
  pInSession: t('In session: {value}', 'In de bijeenkomst: {value}'),
  pHandout: t('handout given', 'hand-out meegekregen'),
  pCoping: t('coping skill practised', 'copingvaardigheid geoefend'),
  pTailoring: t('medication routine worked on (behavioural tailoring)', 'inpassen van medicatie in het dagritme besproken'),
  pAgreed: t('Home practice agreed: "{value}"', 'Afgesproken oefening voor thuis: "{value}"'),
  pAgreedSupporter: t('Home practice agreed: "{value}" (with a supporter)', 'Afgesproken oefening voor thuis: "{value}" (samen met een naastbetrokkene)'),
  pAgreedNone: t('Home practice agreed: none recorded', 'Afgesproken oefening voor thuis: niets vastgelegd'),
  pNote: t('Note: {value}', 'Notitie: {value}'),
  iGoalReviewed: t('Reviewed in this session; progress: {value}', 'In deze sessie besproken; voortgang: {value}'),
  iGoalNotReviewed: t('Not reviewed in this session', 'In deze sessie niet besproken'),
  iAgreed: t('"{value}"', '"{value}"'),
  iAgreedSupporter: t('"{value}" (with a supporter)', '"{value}" (samen met een naastbetrokkene)'),
  iNote: t('Note on {code}: {value}', 'Notitie over {code}: {value}'),
  yes: t('yes', 'ja'),
  no: t('no', 'nee'),
  notRecorded: t('not recorded', 'niet vastgelegd'),
} as const satisfies Record<string, Text>;

const ATTENDANCE_TEXT: Record<Attendance, Text> = {
  present: t('present', 'aanwezig'),
  late: t('late', 'te laat'),
  'left-early': t('left early', 'eerder vertrokken'),
  absent: t('absent', 'afwezig'),
};
const HOME_PRACTICE_TEXT: Record<HomePracticeReview, Text> = {
  done: t('done', 'gedaan'),
  partly: t('partly done', 'deels gedaan'),
  'not-done': t('not done', 'niet gedaan'),
};
const GOAL_PROGRESS_TEXT: Record<GoalProgress, Text> = {
  none: t('no progress', 'geen voortgang'),
  some: t('some progress', 'enige voortgang'),
  'step-done': t('step completed', 'stap afgerond'),
};

/** A labelled piece of the note; where it goes depends on the layout. */
interface Block {
  label: Text;
  lines: string[];
}

export function draftProgressNote(input: ProgressNoteInput): ProgressNote {
  const individual = input.session.format === 'individual';
  const say = sayer(input.locale);
  const row = individual ? pickIndividual(input.summary.participants) : null;
  const blocks = individual ? individualBlocks(input, row) : groupBlocks(input);
  const groupNote = [...header(input, row), ...layout(input.format, blocks, say)].join('\n').trim() + '\n';
  const addenda = individual ? [] : input.summary.participants.map((r) => ({ participantId: r.participantId, code: r.code, text: addendum(input, r) }));
  return { groupNote, addenda };
}

type Say = (text: Text, params?: Params) => string;

function sayer(locale: Locale): Say {
  return (text, params) => fill(pick(text, locale), params);
}

function header(input: ProgressNoteInput, row: ParticipantRow | null): string[] {
  const say = sayer(input.locale);
  const { session, summary, group } = input;
  const title = input.format === 'dap' ? NOTE_TEXT.titleDap : input.format === 'soap' ? NOTE_TEXT.titleSoap : NOTE_TEXT.titleImr;
  const staff = (group?.facilitators.length ? group.facilitators : [session.practitioner]).filter((n) => n.trim() !== '').join(', ');
  const lines = [say(NOTE_TEXT.draft), '', say(title), say(NOTE_TEXT.date, { date: session.date })];
  if (row) {
    lines.push(say(NOTE_TEXT.individualSession), say(NOTE_TEXT.participant, { code: row.code }));
  } else {
    lines.push(say(NOTE_TEXT.groupSession, { group: group?.name ?? '' }).trimEnd());
  }
  if (staff) lines.push(say(row ? NOTE_TEXT.practitioner : NOTE_TEXT.facilitators, { names: staff }));
  lines.push(say(NOTE_TEXT.duration, { actual: minutes(summary.totals.actualSec), planned: minutes(summary.totals.plannedSec) }));
  return lines;
}

function layout(format: NoteFormat, blocks: Record<BlockName, Block>, say: Say): string[] {
  const sections: [Text, Block[]][] =
    format === 'dap'
      ? [
          [NOTE_TEXT.data, [blocks.topic, blocks.attendance, blocks.homeReview, blocks.strategies, blocks.notes]],
          [NOTE_TEXT.assessment, [blocks.goals, blocks.participation]],
          [NOTE_TEXT.plan, [blocks.agreed, blocks.plan]],
        ]
      : format === 'soap'
        ? [
            // Subjective is what participants reported about their week; goal progress is the
            // practitioner's judgement, so it sits with the assessment.
            [NOTE_TEXT.subjective, [blocks.homeReview]],
            [NOTE_TEXT.objective, [blocks.topic, blocks.attendance, blocks.strategies, blocks.participation]],
            [NOTE_TEXT.soapAssessment, [blocks.goals, blocks.notes]],
            [NOTE_TEXT.plan, [blocks.agreed, blocks.plan]],
          ]
        : [];

  const out: string[] = [];
  if (format === 'imr') {
    // Every section of the standard note stays visible even when empty, so a gap is seen and
    // filled in rather than silently missing from the record; only the free-text notes are optional.
    for (const name of IMR_ORDER) {
      const block = blocks[name];
      if (block.lines.length === 0 && name === 'notes') continue;
      out.push('', say(block.label), ...(block.lines.length > 0 ? block.lines : [say(NOTE_TEXT.noneRecorded)]));
    }
    return out;
  }
  for (const [heading, list] of sections) {
    const body: string[] = [];
    for (const block of list) {
      if (block.lines.length === 0) continue;
      // The plan block sits under the Plan heading already, so its own label would repeat it.
      if (block.label === NOTE_TEXT.plan) body.push(...block.lines);
      else if (block.lines.length === 1 && !block.lines[0]?.startsWith('- ')) body.push(`${say(block.label)}: ${block.lines[0]}`);
      else body.push(`${say(block.label)}:`, ...block.lines);
    }
    out.push('', say(heading), ...(body.length > 0 ? body : [say(NOTE_TEXT.noneRecorded)]));
  }
  return out;
}

type BlockName = 'topic' | 'attendance' | 'goals' | 'homeReview' | 'strategies' | 'participation' | 'notes' | 'agreed' | 'plan';
/** The IMR progress note keeps the session's own order; the practitioner's notes sit with participation. */
const IMR_ORDER: BlockName[] = ['topic', 'attendance', 'goals', 'homeReview', 'strategies', 'participation', 'notes', 'agreed', 'plan'];

function commonBlocks(input: ProgressNoteInput): Pick<Record<BlockName, Block>, 'topic' | 'strategies' | 'notes'> {
  const notes = input.session.notes.trim();
  return {
    topic: { label: NOTE_TEXT.topic, lines: [topicLine(input)] },
    strategies: { label: NOTE_TEXT.strategies, lines: strategyLines(input) },
    notes: { label: NOTE_TEXT.notes, lines: notes ? notes.split(/\r?\n/) : [] },
  };
}

function groupBlocks(input: ProgressNoteInput): Record<BlockName, Block> {
  const say = sayer(input.locale);
  const { attendance } = input.summary;
  const attending = input.summary.participants.filter((r) => isAttending(r.entry.attendance));
  const count = (pred: (r: ParticipantRow) => boolean) => attending.filter(pred).length;
  const attended = attendance.attended;

  const planLines = [...nextSessionLines(input)];
  if (attendance.absent > 0) planLines.push(say(NOTE_TEXT.outreachGroup));

  return {
    ...commonBlocks(input),
    attendance: { label: NOTE_TEXT.attendance, lines: [say(NOTE_TEXT.groupAttendance, { ...attendance })] },
    goals: {
      label: NOTE_TEXT.goals,
      lines: [
        say(NOTE_TEXT.groupGoals, {
          reviewed: count((r) => r.entry.goalReviewed),
          attended,
          stepDone: count((r) => r.entry.goalProgress === 'step-done'),
          some: count((r) => r.entry.goalProgress === 'some'),
          none: count((r) => r.entry.goalProgress === 'none'),
        }),
      ],
    },
    homeReview: {
      label: NOTE_TEXT.homeReview,
      lines: [
        say(NOTE_TEXT.groupHomeReview, {
          attended,
          done: count((r) => r.entry.homePractice === 'done'),
          partly: count((r) => r.entry.homePractice === 'partly'),
          notDone: count((r) => r.entry.homePractice === 'not-done'),
          notRecorded: count((r) => r.entry.homePractice === null),
        }),
      ],
    },
    participation: {
      label: NOTE_TEXT.participation,
      lines: [
        say(NOTE_TEXT.groupParticipation, {
          attended,
          handout: count((r) => r.entry.handoutGiven),
          coping: count((r) => r.entry.copingSkillPractised),
          tailoring: count((r) => r.entry.behaviouralTailoring),
          supporter: count((r) => r.entry.supporterInvolved),
        }),
        say(NOTE_TEXT.seeAddenda),
      ],
    },
    agreed: {
      label: NOTE_TEXT.agreed,
      lines: [
        say(NOTE_TEXT.groupAgreed, {
          agreed: count((r) => r.entry.nextHomePractice.trim() !== ''),
          attended,
          withSupporter: count((r) => r.entry.nextHomePractice.trim() !== '' && r.entry.nextHomePracticeWithSupporter),
        }),
      ],
    },
    plan: { label: NOTE_TEXT.plan, lines: planLines },
  };
}

function individualBlocks(input: ProgressNoteInput, row: ParticipantRow | null): Record<BlockName, Block> {
  const say = sayer(input.locale);
  const planLines = [...nextSessionLines(input)];
  if (row?.entry.attendance === 'absent') planLines.push(say(NOTE_TEXT.outreachOne, { code: row.code }));
  const own = row ? participantLines(input, row, true) : null;
  const none = [say(NOTE_TEXT.noneRecorded)];
  return {
    ...commonBlocks(input),
    attendance: { label: NOTE_TEXT.attendance, lines: own ? [own.attendance] : none },
    goals: { label: NOTE_TEXT.goals, lines: own?.goal ?? none },
    homeReview: { label: NOTE_TEXT.homeReview, lines: own ? [own.homeReview] : none },
    participation: { label: NOTE_TEXT.participation, lines: own ? [own.supporter, ...own.inSession, ...own.note] : none },
    agreed: { label: NOTE_TEXT.agreed, lines: own ? [own.agreed] : none },
    plan: { label: NOTE_TEXT.plan, lines: planLines },
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
  return attendance ? say(ATTENDANCE_TEXT[attendance]) : say(NOTE_TEXT.notRecorded);
}

function topicLine(input: ProgressNoteInput): string {
  const say = sayer(input.locale);
  const { module, session } = input;
  const moduleText = module ? say(NOTE_TEXT.moduleLine, { number: module.number, module: pick(module.title, input.locale) }) : session.moduleId;
  const title = input.sessionTitle.trim();
  return `${moduleText} – ${say(NOTE_TEXT.sessionLine, { number: session.sessionNumber })}${title ? `: ${title}` : ''}`;
}

const STRATEGY_ORDER: TeachingStrategy[] = ['educational', 'motivational', 'cognitive-behavioural'];
const STRATEGY_LABEL: Record<TeachingStrategy, Text> = {
  educational: NOTE_TEXT.strategyEducational,
  motivational: NOTE_TEXT.strategyMotivational,
  'cognitive-behavioural': NOTE_TEXT.strategyCbt,
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
    const texts = done.filter((o) => strategiesOf(o.prompt).has(strategy)).map((o) => sentence(pick(o.prompt.text, input.locale)));
    if (texts.length > 0) lines.push(`- ${say(STRATEGY_LABEL[strategy])}: ${texts.join('; ')}`);
  }
  return lines.length > 0 ? lines : [say(NOTE_TEXT.noStrategies)];
}

function nextSessionLines(input: ProgressNoteInput): string[] {
  const say = sayer(input.locale);
  const { module, session } = input;
  const lines: string[] = [];
  if (module) {
    const next = module.sessions.find((s) => s.number === session.sessionNumber + 1);
    if (next) {
      const title = pick(next.title, input.locale);
      lines.push(
        say(NOTE_TEXT.nextSession, {
          number: module.number,
          module: pick(module.title, input.locale),
          session: next.number,
          title: title ? `: ${title}` : '',
        }),
      );
    } else if (session.sessionNumber >= module.sessions.length) {
      lines.push(say(NOTE_TEXT.moduleDone));
    }
  }
  const missedKey = input.summary.prompts.missed.filter((o) => o.prompt.key).map((o) => sentence(pick(o.prompt.text, input.locale)));
  if (missedKey.length > 0) lines.push(say(NOTE_TEXT.followUp, { list: missedKey.join('; ') }));
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
  if (participant?.goal.trim()) goal.push(say(NOTE_TEXT.pGoal, { goal: participant.goal.trim() }));
  const step = participant?.goalSteps.find((s) => s.status !== 'done');
  if (step) goal.push(say(NOTE_TEXT.pCurrentStep, { step: step.text }));
  const progress = entry.goalProgress ? say(GOAL_PROGRESS_TEXT[entry.goalProgress]) : say(NOTE_TEXT.notRecorded);
  if (withinSections) goal.push(entry.goalReviewed ? say(NOTE_TEXT.iGoalReviewed, { value: progress }) : say(NOTE_TEXT.iGoalNotReviewed));
  else goal.push(entry.goalReviewed ? say(NOTE_TEXT.pGoalReviewed, { value: progress }) : say(NOTE_TEXT.pGoalNotReviewed));
  const inSessionParts = [
    entry.handoutGiven ? say(NOTE_TEXT.pHandout) : null,
    entry.copingSkillPractised ? say(NOTE_TEXT.pCoping) : null,
    entry.behaviouralTailoring ? say(NOTE_TEXT.pTailoring) : null,
  ].filter((s): s is string => s !== null);
  const next = entry.nextHomePractice.trim();
  const homeReview = entry.homePractice ? say(HOME_PRACTICE_TEXT[entry.homePractice]) : say(NOTE_TEXT.notRecorded);
  const attendance = attendanceText(entry.attendance, say);
  let agreed: string;
  if (!next) agreed = withinSections ? say(NOTE_TEXT.noneRecorded) : say(NOTE_TEXT.pAgreedNone);
  else if (withinSections) agreed = say(entry.nextHomePracticeWithSupporter ? NOTE_TEXT.iAgreedSupporter : NOTE_TEXT.iAgreed, { value: next });
  else agreed = say(entry.nextHomePracticeWithSupporter ? NOTE_TEXT.pAgreedSupporter : NOTE_TEXT.pAgreed, { value: next });
  return {
    attendance: withinSections ? `${row.code}: ${attendance}` : say(NOTE_TEXT.pAttendance, { value: attendance }),
    homeReview: withinSections ? `${row.code}: ${homeReview}` : say(NOTE_TEXT.pHomeReview, { value: homeReview }),
    goal,
    supporter: say(NOTE_TEXT.pSupporter, { value: say(entry.supporterInvolved ? NOTE_TEXT.yes : NOTE_TEXT.no) }),
    inSession: inSessionParts.length > 0 ? [say(NOTE_TEXT.pInSession, { value: inSessionParts.join('; ') })] : [],
    agreed,
    note: entry.note.trim() ? [say(withinSections ? NOTE_TEXT.iNote : NOTE_TEXT.pNote, { code: row.code, value: entry.note.trim() })] : [],
  };
}

function addendum(input: ProgressNoteInput, row: ParticipantRow): string {
  const say = sayer(input.locale);
  const params = {
    draft: say(NOTE_TEXT.draftShort),
    code: row.code,
    date: input.session.date,
    module: input.module?.number ?? input.session.moduleId,
    session: input.session.sessionNumber,
  };
  if (row.entry.attendance === 'absent') return say(NOTE_TEXT.absentLine, params) + '\n';
  if (row.entry.attendance === null) return say(NOTE_TEXT.unrecordedLine, params) + '\n';
  const own = participantLines(input, row);
  return [say(NOTE_TEXT.addendumTitle, params), own.attendance, own.homeReview, ...own.goal, own.supporter, ...own.inSession, own.agreed, ...own.note].join('\n') + '\n';
}

/** Prompt texts are sentences; inside a list they lose the final full stop. */
function sentence(text: string): string {
  return text.trim().replace(/[.。]$/, '');
}

function minutes(seconds: number): number {
  return Math.round(seconds / 60);
}
