/**
 * The shape of IMR knowledge: modules, sessions, session templates and fidelity prompts.
 * Content lives in lib/curriculum/content/ as typed data; validate.ts checks its integrity
 * and tests/unit/curriculum.test.ts runs those checks, so the panel never validates at start-up.
 */
import type { Text } from '../i18n/text';

/** The eight steps of an IMR session, in order (SAMHSA IMR toolkit, 2009/2010). */
export const STEP_IDS = [
  'check-in',
  'review-previous',
  'action-plan-review',
  'goal-follow-up',
  'agenda',
  'teach',
  'summary',
  'action-planning',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type TeachingStrategy = 'educational' | 'motivational' | 'cognitive-behavioural';

/** A concrete teaching move, e.g. role play, tagged with the strategy family it belongs to. */
export type TeachingMoveKind =
  | 'explain'
  | 'check-understanding'
  | 'review-handout'
  | 'elicit-experience'
  | 'connect-to-goals'
  | 'explore-pros-cons'
  | 'reinforcement'
  | 'shaping'
  | 'modelling'
  | 'role-play'
  | 'cognitive-restructuring'
  | 'relaxation'
  | 'behavioural-tailoring'
  | 'problem-solving';

export interface TeachingMove {
  kind: TeachingMoveKind;
  strategy: TeachingStrategy;
  text: Text;
}

export interface HomePracticeOption {
  id: string;
  text: Text;
  /** Done together with a family member, friend or other supporter. */
  withSupporter: boolean;
}

export interface Handout {
  id: string;
  title: Text;
  kind: 'handout' | 'worksheet';
}

export interface ModuleSession {
  /** 1-based position within the module. */
  number: number;
  title: Text;
  /** Topics covered, in teaching order. */
  outline: Text[];
  /** Handout / worksheet ids from the module's `handouts`. */
  handoutIds: string[];
  teachingMoves: TeachingMove[];
  homePractice: HomePracticeOption[];
}

/** The nine topic areas of fidelity item 3 (comprehensiveness of curriculum). */
export const TOPIC_AREAS = [
  'recovery-strategies',
  'facts-about-illness',
  'stress-vulnerability',
  'social-support',
  'medication',
  'relapse-prevention',
  'stress',
  'coping-with-symptoms',
  'mental-health-system',
] as const;
export type TopicArea = (typeof TOPIC_AREAS)[number];

export interface Module {
  /** 1..11 */
  number: number;
  id: string;
  title: Text;
  summary: Text;
  goals: Text[];
  /** Which fidelity topic area this module covers; null for modules outside the 9 (drugs & alcohol, healthy lifestyles). */
  topicArea: TopicArea | null;
  /** The reference marks some counts unverified: shown with a marker, editable by a programme. */
  defaultSessionCountVerified: boolean;
  handouts: Handout[];
  sessions: ModuleSession[];
}

export type SessionFormat = 'individual' | 'group';

export interface TemplateStep {
  stepId: StepId;
  minutes: number;
}

export interface SessionTemplate {
  id: string;
  format: SessionFormat;
  lengthMinutes: number;
  label: Text;
  steps: TemplateStep[];
}

export interface Step {
  id: StepId;
  title: Text;
  /** What the step is for, one or two sentences. */
  purpose: Text;
}

/** Identifiers of the IMR Fidelity Scale items (1..13) and IT-IS items. */
export type FidelityScaleItemId =
  | 'fs1-participants'
  | 'fs2-program-length'
  | 'fs3-comprehensiveness'
  | 'fs4-handouts'
  | 'fs5-significant-others'
  | 'fs6-goal-setting'
  | 'fs7-goal-follow-up'
  | 'fs8-motivational'
  | 'fs9-educational'
  | 'fs10-cognitive-behavioural'
  | 'fs11-coping-skills'
  | 'fs12-relapse-prevention'
  | 'fs13-behavioural-tailoring';

export type ItisItemId =
  | 'itis-relationship'
  | 'itis-recovery-orientation'
  | 'itis-structured-curriculum'
  | 'itis-goals'
  | 'itis-action-plan-review'
  | 'itis-action-planning'
  | 'itis-significant-others'
  | 'itis-educational'
  | 'itis-motivational'
  | 'itis-cognitive-behavioural'
  | 'itis-structure-time'
  | 'itis-involving-all'
  | 'itis-support-between-members'
  | 'itis-coping-skills'
  | 'itis-relapse-prevention'
  | 'itis-behavioural-tailoring';

export interface Prompt {
  id: string;
  stepId: StepId;
  /** Null for prompts that apply to every module. */
  moduleId: string | null;
  /** Only shown for these formats; all formats when omitted. */
  formats?: SessionFormat[];
  /** Key prompts are surfaced again before leaving the step and at the end of the session. */
  key: boolean;
  /** Short imperative, what to do. */
  text: Text;
  /** How to do it well, one or two sentences: the prompt teaches. */
  how: Text;
  fidelityItems: FidelityScaleItemId[];
  itisItems: ItisItemId[];
}
