/**
 * "Load demo data": a realistic demo group so a newcomer sees the product working at once.
 * Six participants by code, a personal goal each, and two past sessions of module 1.
 * Pure: the caller writes the result in one transaction.
 */
import type { Module, Prompt, SessionTemplate } from './curriculum/types';
import {
  emptyParticipantEntry,
  type ClockEvent,
  type Group,
  type Participant,
  type ParticipantEntry,
  type Session,
} from './model';
import { createSession } from './session/plan';
import { isoDate } from './ids';

const DAY = 86_400_000;

interface DemoInput {
  now: number;
  locale: 'en' | 'nl';
  practitioner: string;
  module: Module;
  template: SessionTemplate;
  prompts: readonly Prompt[];
}

const GOALS: { en: string; nl: string; steps: { en: string; nl: string }[] }[] = [
  { en: 'Find volunteer work with animals', nl: 'Vrijwilligerswerk met dieren vinden', steps: [{ en: 'Make a list of animal shelters nearby', nl: 'Lijst maken van dierenasiels in de buurt' }, { en: 'Call one shelter', nl: 'Eén asiel bellen' }] },
  { en: 'Walk to the market every Saturday', nl: 'Elke zaterdag naar de markt lopen', steps: [{ en: 'Walk to the corner and back', nl: 'Naar de hoek en terug lopen' }, { en: 'Walk half way with my sister', nl: 'Halverwege lopen met mijn zus' }] },
  { en: 'Sleep better so I can keep my job', nl: 'Beter slapen zodat ik mijn werk kan houden', steps: [{ en: 'Same bedtime on weekdays', nl: 'Door de week op dezelfde tijd naar bed' }] },
  { en: 'Reconnect with my brother', nl: 'Weer contact met mijn broer', steps: [{ en: 'Write him a short message', nl: 'Hem een kort bericht schrijven' }, { en: 'Meet for coffee', nl: 'Samen koffie drinken' }] },
  { en: 'Cook a warm meal three times a week', nl: 'Drie keer per week een warme maaltijd koken', steps: [{ en: 'Plan one simple recipe', nl: 'Eén eenvoudig recept uitkiezen' }] },
  { en: 'Start a computer course at the library', nl: 'Een computercursus bij de bibliotheek volgen', steps: [{ en: 'Ask at the library desk about courses', nl: 'Bij de balie vragen naar cursussen' }, { en: 'Enrol', nl: 'Inschrijven' }] },
];

export function createDemoData(input: DemoInput): { groups: Group[]; participants: Participant[]; sessions: Session[] } {
  const { now, locale } = input;
  const group: Group = {
    id: 'demo-group',
    name: locale === 'nl' ? 'Herstelgroep woensdag (voorbeeld)' : 'Wednesday recovery group (demo)',
    format: 'group',
    enrolment: 'closed',
    defaultLengthMinutes: input.template.lengthMinutes,
    facilitators: [input.practitioner || 'Demo practitioner', 'Co-trainer'],
    createdAt: now - 30 * DAY,
    updatedAt: now - 30 * DAY,
  };
  const participants: Participant[] = GOALS.map((goal, i) => ({
    id: `demo-p${i + 1}`,
    groupId: group.id,
    code: `P0${i + 1}`,
    joinedOn: isoDate(now - 21 * DAY),
    leftOn: null,
    status: 'active',
    goal: goal[locale],
    goalSteps: goal.steps.map((s, j) => ({ id: `demo-p${i + 1}-g${j + 1}`, text: s[locale], status: j === 0 && i % 2 === 0 ? 'done' : j === 0 ? 'in-progress' : 'open' })),
    takesMedication: i !== 3,
    relapsePlan: 'none',
    createdAt: now - 21 * DAY,
    updatedAt: now - 7 * DAY,
  }));

  const sessions = [14, 7].map((daysAgo, n) => {
    const startedAt = now - daysAgo * DAY;
    const base = createSession({
      group,
      participants,
      moduleId: input.module.id,
      sessionNumber: n + 1,
      template: input.template,
      practitioner: group.facilitators[0] ?? '',
      warnSeconds: 120,
      noteFormat: 'imr',
      now: startedAt,
    });
    // Steps ran roughly to plan; teaching overran a little in the first session.
    const events: ClockEvent[] = [{ type: 'start', at: startedAt }];
    let at = startedAt;
    base.plan.forEach((step, i) => {
      at += (step.seconds + (n === 0 && step.stepId === 'teach' ? 300 : 0)) * 1000;
      events.push(i === base.plan.length - 1 ? { type: 'end', at } : { type: 'next', at });
    });
    const entries: Record<string, ParticipantEntry> = {};
    participants.forEach((p, i) => {
      const absent = n === 1 && i === 4;
      entries[p.id] = absent
        ? { ...emptyParticipantEntry(), attendance: 'absent' }
        : {
            ...emptyParticipantEntry(),
            attendance: i === 2 && n === 1 ? 'late' : 'present',
            homePractice: n === 0 ? null : i % 3 === 0 ? 'partly' : 'done',
            goalReviewed: n === 1 || i < 3,
            goalProgress: n === 1 ? (i % 2 === 0 ? 'step-done' : 'some') : null,
            supporterInvolved: i === 1,
            handoutGiven: true,
            nextHomePractice:
              locale === 'nl' ? 'Hand-out doorlezen en één stap naar het doel zetten' : 'Read the handout and take one step toward the goal',
            nextHomePracticeWithSupporter: i === 1 || i === 3,
          };
    });
    const prompts: Session['prompts'] = {};
    input.prompts
      .filter((p) => p.moduleId === null || p.moduleId === input.module.id)
      .forEach((p, i) => {
        // Mirrors the evidence: the weak elements are the ones left undone.
        const weak = p.fidelityItems.includes('fs5-significant-others') || p.fidelityItems.includes('fs10-cognitive-behavioural');
        prompts[p.id] = { status: weak && i % 2 === 0 ? 'not-done' : 'done', note: '', at: startedAt };
      });
    return {
      ...base,
      id: `demo-session-${n + 1}`,
      events,
      status: 'ended' as const,
      participants: entries,
      prompts,
      notes:
        locale === 'nl'
          ? 'Groep actief en betrokken. Iedereen heeft een persoonlijk doel benoemd.'
          : 'Group engaged. Everyone named a personal goal.',
      updatedAt: at,
    };
  });

  return { groups: [group], participants, sessions };
}
