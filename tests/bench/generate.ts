/**
 * Deterministic synthetic data for benchmarks: groups of 6 to 8, a year of weekly sessions each
 * (40) through the curriculum, realistic clock events, attendance, prompt records and notes of
 * realistic length (a few hundred to about 1,500 characters per session, a line for most
 * participants), all from one seed.
 */
import { MODULES, PROMPTS, TEMPLATES } from '../../lib/curriculum';
import { createSession } from '../../lib/session/plan';
import { emptyParticipantEntry, type ClockEvent, type Group, type Participant, type Session } from '../../lib/model';
import { isoDate } from '../../lib/ids';

const DAY = 86_400_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SENTENCES = [
  'Checked in with everyone; two participants reported a difficult week with poor sleep.',
  'Reviewed home practice: most had tried the breathing exercise at least twice.',
  'One participant shared how they used the coping strategy when feeling overwhelmed at work.',
  'Discussed early warning signs and who each person would tell first.',
  'The group practised the step-by-step problem solving method on a real example.',
  'Some hesitation around talking about medication side effects; offered individual follow-up.',
  'Agreed home practice: write down one stressor a day and the strategy tried.',
  'Good energy in the second half; the role play helped the quieter members join in.',
  'Goal follow-up: three reported progress on their steps, one wants to change their goal.',
  'Ran five minutes over in the new material; shortened the review of the handout.',
];

const PARTICIPANT_NOTES = [
  'Participated actively and shared an example from the week.',
  'Quiet today but completed the worksheet.',
  'Did the home practice twice and described what helped.',
  'Arrived late; caught up on the main points after the session.',
  'Asked about involving a family member as a supporter.',
];

export function generate(sessionCount: number, seed = 1) {
  const random = rng(seed);
  const template = TEMPLATES.find((t) => t.id === 'group-90')!;
  const perGroup = 40;
  const groupCount = Math.ceil(sessionCount / perGroup);
  const start = Date.UTC(2024, 0, 3);
  const groups: Group[] = [];
  const participants: Participant[] = [];
  const sessions: Session[] = [];
  for (let g = 0; g < groupCount; g++) {
    const group: Group = {
      id: `g${g}`,
      name: `Group ${g}`,
      format: 'group',
      enrolment: g % 3 === 0 ? 'rolling' : 'closed',
      defaultLengthMinutes: 90,
      facilitators: [`Practitioner ${g % 25}`],
      createdAt: start,
      updatedAt: start,
    };
    groups.push(group);
    const members: Participant[] = Array.from({ length: 6 + Math.floor(random() * 3) }, (_, i) => ({
      id: `g${g}p${i}`,
      groupId: group.id,
      code: `P${i + 1}`,
      joinedOn: isoDate(start),
      leftOn: null,
      status: 'active',
      goal: 'Goal',
      goalSteps: [{ id: 's1', text: 'Step', status: 'in-progress' }],
      takesMedication: i % 4 !== 0,
      relapsePlan: i % 2 ? 'written' : 'none',
      createdAt: start,
      updatedAt: start,
    }));
    participants.push(...members);
    let moduleIndex = 0;
    let sessionNumber = 1;
    for (let n = 0; n < perGroup && sessions.length < sessionCount; n++) {
      const module = MODULES[moduleIndex % MODULES.length]!;
      const at = start + n * 7 * DAY;
      const session = createSession({
        group,
        participants: members,
        moduleId: module.id,
        sessionNumber,
        template,
        practitioner: group.facilitators[0]!,
        warnSeconds: 120,
        noteFormat: 'imr',
        now: at,
      });
      const events: ClockEvent[] = [{ type: 'start', at }];
      let t = at;
      for (const step of session.plan) {
        t += step.seconds * 1000 * (0.8 + random() * 0.5);
        events.push({ type: 'next', at: t });
      }
      events[events.length - 1] = { type: 'end', at: t };
      for (const p of members) {
        session.participants[p.id] = {
          ...emptyParticipantEntry(),
          attendance: random() < 0.8 ? 'present' : 'absent',
          goalReviewed: random() < 0.6,
          handoutGiven: random() < 0.7,
          supporterInvolved: random() < 0.2,
          note: random() < 0.7 ? PARTICIPANT_NOTES[Math.floor(random() * PARTICIPANT_NOTES.length)]! : '',
        };
      }
      for (const prompt of PROMPTS) {
        if (prompt.moduleId && prompt.moduleId !== module.id) continue;
        session.prompts[prompt.id] = { status: random() < 0.7 ? 'done' : 'not-done', note: '', at };
      }
      const notes = Array.from({ length: 3 + Math.floor(random() * 14) }, () => SENTENCES[Math.floor(random() * SENTENCES.length)]!).join(' ');
      sessions.push({ ...session, id: `s${sessions.length}`, events, status: 'ended', date: isoDate(at), notes });
      if (sessionNumber < module.sessions.length) sessionNumber++;
      else {
        moduleIndex++;
        sessionNumber = 1;
      }
    }
  }
  return { groups, participants, sessions };
}
