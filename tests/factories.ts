/**
 * Test data factories: every record complete and valid, with fixed ids and timestamps, so a test
 * overrides only the fields that matter to it. Shared by tests/unit and tests/components.
 *
 * Not for migration fixtures (tests/unit/fixtures/db-v*.ts): those are literal records of what
 * older databases held and must not change when these defaults do.
 */
import { STEP_IDS, type Module, type Prompt, type StepId } from '../lib/curriculum/types';
import {
  emptyParticipantEntry,
  type Group,
  type Participant,
  type ParticipantEntry,
  type PlannedStep,
  type PromptStatus,
  type Session,
} from '../lib/model';
import { createSession, type NewSessionInput } from '../lib/session/plan';

/** The default record timestamp (2023-11-14T22:13:20Z). */
export const T0 = 1_700_000_000_000;

/** A closed group 'g1', "Tuesday group", 90 minutes, run by AB. */
export function makeGroup(overrides: Partial<Group> = {}): Group {
  return {
    id: 'g1',
    name: 'Tuesday group',
    format: 'group',
    enrolment: 'closed',
    defaultLengthMinutes: 90,
    facilitators: ['AB'],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** An active participant 'p1' (code P01) of group 'g1', joined 2024-01-01, no goal yet. */
export function makeParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    id: 'p1',
    groupId: 'g1',
    code: 'P01',
    joinedOn: '2024-01-01',
    leftOn: null,
    status: 'active',
    goal: '',
    goalSteps: [],
    takesMedication: false,
    relapsePlan: 'none',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A participant's entry in a session: nothing recorded unless overridden. */
export function makeEntry(overrides: Partial<ParticipantEntry> = {}): ParticipantEntry {
  return { ...emptyParticipantEntry(), ...overrides };
}

/** A plan with every step of `steps` (all eight by default) lasting `seconds`. */
export function fullPlan(steps: readonly StepId[] = STEP_IDS, seconds = 600): PlannedStep[] {
  return steps.map((stepId) => ({ stepId, seconds }));
}

/** Prompt records with the given statuses, an empty note and time `at`. */
export function promptRecords(statuses: Record<string, PromptStatus | null>, at = 0): Session['prompts'] {
  return Object.fromEntries(Object.entries(statuses).map(([id, status]) => [id, { status, note: '', at }]));
}

/**
 * An ended group session 's1' of group 'g1' (module recovery-strategies, session 1, template
 * group-90, practitioner AB) dated 2024-03-06, with no plan, events, prompts or participants.
 */
export function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 's1',
    groupId: 'g1',
    practitioner: 'AB',
    moduleId: 'recovery-strategies',
    sessionNumber: 1,
    templateId: 'group-90',
    format: 'group',
    plan: [],
    warnSeconds: 120,
    events: [],
    status: 'ended',
    prompts: {},
    participants: {},
    notes: '',
    noteFormat: 'imr',
    date: '2024-03-06',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/**
 * A running session 's1' as the panel starts it (lib/session/plan.ts createSession) from the given
 * template: for makeGroup()'s group, module recovery-strategies session 1, practitioner AB,
 * warning 120 s before a step's end, started at T0.
 */
export function startSession(input: Partial<NewSessionInput> & Pick<NewSessionInput, 'template'>, id = 's1'): Session {
  const session = createSession({
    group: makeGroup(),
    participants: [],
    moduleId: 'recovery-strategies',
    sessionNumber: 1,
    practitioner: 'AB',
    warnSeconds: 120,
    noteFormat: 'imr',
    now: T0,
    ...input,
  });
  return { ...session, id };
}

/** A prompt for the teach step of every module, serving no fidelity item; its text is its id. */
export function makePrompt(overrides: Partial<Prompt> = {}): Prompt {
  const id = overrides.id ?? 'prompt-1';
  return {
    id,
    stepId: 'teach',
    moduleId: null,
    key: false,
    text: { en: id, nl: id },
    how: { en: '', nl: '' },
    fidelityItems: [],
    itisItems: [],
    ...overrides,
  };
}

/** A programme's own prompt, as a programme adaptation adds one (check-in, IT-IS recovery orientation). */
export function makeCustomPrompt(overrides: Partial<Prompt> = {}): Prompt {
  return makePrompt({
    id: 'custom-peer-worker',
    stepId: 'check-in',
    text: { en: 'Ask the peer worker to open the session.', nl: 'Vraag de ervaringsdeskundige de bijeenkomst te openen.' },
    how: { en: 'Agree beforehand what they will share.', nl: 'Spreek vooraf af wat hij of zij vertelt.' },
    itisItems: ['itis-recovery-orientation'],
    ...overrides,
  });
}

/** Module `number` (1 by default, id m1, title "Module 1") with no handouts or sessions. */
export function makeModule(overrides: Partial<Module> = {}): Module {
  const number = overrides.number ?? 1;
  return {
    number,
    id: `m${number}`,
    title: { en: `Module ${number}`, nl: `Module ${number} (nl)` },
    summary: { en: '', nl: '' },
    goals: [],
    topicArea: null,
    defaultSessionCountVerified: true,
    handouts: [],
    sessions: [],
    ...overrides,
  };
}
