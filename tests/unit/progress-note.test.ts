import { describe, expect, it } from 'vitest';
import { draftProgressNote, type ProgressNoteInput } from '../../lib/session/progress-note';
import { summariseSession } from '../../lib/session/summary';
import type { Module, Prompt } from '../../lib/curriculum/types';
import type { Locale } from '../../lib/i18n/text';
import { formatDate } from '../../lib/i18n/dates';
import type { NoteFormat, ParticipantEntry, Session } from '../../lib/model';
import { makeEntry as entry, makeGroup, makeModule, makeParticipant, makePrompt, makeSession, T0 } from '../factories';

const s = (sec: number) => T0 + sec * 1000;

const prompt = (id: string, over: Partial<Prompt>): Prompt => makePrompt({ id, text: { en: `EN ${id}.`, nl: `NL ${id}.` }, ...over });

const PROMPTS: Prompt[] = [
  prompt('review-homework', { stepId: 'action-plan-review', key: true }),
  prompt('explain-topic', { fidelityItems: ['fs9-educational'], itisItems: ['itis-educational'] }),
  prompt('pros-cons', { fidelityItems: ['fs8-motivational'] }),
  prompt('role-play', { fidelityItems: ['fs10-cognitive-behavioural'] }),
  prompt('ask-supporter', { stepId: 'action-planning', key: true, fidelityItems: ['fs5-significant-others'] }),
];

const MODULE: Module = makeModule({
  number: 3,
  id: 'mod-sv',
  title: { en: 'The Stress-Vulnerability Model', nl: 'Het stress-kwetsbaarheidsmodel' },
  topicArea: 'stress-vulnerability',
  sessions: [1, 2, 3].map((number) => ({
    number,
    title: { en: `Topic ${number}`, nl: `Onderwerp ${number}` },
    outline: [],
    handoutIds: [],
    teachingMoves: [],
    homePractice: [],
  })),
});

const GROUP = makeGroup({ facilitators: ['J. de Vries', 'K. Smit'] });

function participant(id: string, code: string, goal: string) {
  return makeParticipant({
    id,
    code,
    goal,
    goalSteps: [
      { id: `${id}-s1`, text: `${goal}: first step`, status: 'done' },
      { id: `${id}-s2`, text: `${goal}: second step`, status: 'open' },
    ],
    takesMedication: true,
  });
}

const PARTICIPANTS = [
  participant('p1', 'P01', 'Walk to the market'),
  participant('p2', 'P02', 'Find volunteer work'),
  participant('p3', 'P03', 'Sleep better'),
  participant('p4', 'P04', 'Cook twice a week'),
];

const ENTRIES: Record<string, ParticipantEntry> = {
  p1: entry({
    attendance: 'present',
    homePractice: 'done',
    goalReviewed: true,
    goalProgress: 'step-done',
    supporterInvolved: true,
    handoutGiven: true,
    copingSkillPractised: true,
    nextHomePractice: 'Walk to the park twice',
    nextHomePracticeWithSupporter: true,
    note: 'Talked about her dog Max',
  }),
  p2: entry({
    attendance: 'late',
    homePractice: 'not-done',
    goalReviewed: false,
    nextHomePractice: 'Call one shelter',
    note: 'Needs bus fare for next week',
  }),
  p3: entry({ attendance: 'absent' }),
  p4: entry({}),
};

function session(over: Partial<Session> = {}): Session {
  return makeSession({
    practitioner: 'J. de Vries',
    moduleId: 'mod-sv',
    sessionNumber: 2,
    plan: [
      { stepId: 'action-plan-review', seconds: 1200 },
      { stepId: 'teach', seconds: 2400 },
      { stepId: 'action-planning', seconds: 600 },
    ],
    events: [
      { type: 'start', at: s(0) },
      { type: 'next', at: s(1200) },
      { type: 'next', at: s(3900) },
      { type: 'end', at: s(4500) },
    ],
    prompts: {
      'review-homework': { status: 'done', note: '', at: s(10) },
      'explain-topic': { status: 'done', note: '', at: s(1300) },
      'pros-cons': { status: 'done', note: '', at: s(1400) },
      'role-play': { status: 'not-done', note: '', at: s(1500) },
    },
    participants: ENTRIES,
    notes: 'Lively discussion about stress at work.',
    ...over,
  });
}

function draft(format: NoteFormat, locale: Locale, over: Partial<ProgressNoteInput> = {}) {
  const sess = over.session ?? session();
  const participants = over.participants ?? PARTICIPANTS;
  const summary = summariseSession({ session: sess, participants, prompts: PROMPTS, now: s(99_999) });
  return draftProgressNote({
    session: sess,
    group: GROUP,
    participants,
    module: MODULE,
    sessionTitle: locale === 'nl' ? 'Onderwerp 2' : 'Topic 2',
    summary,
    format,
    locale,
    ...over,
  });
}

const lines = (text: string) => text.split('\n');

describe('draftProgressNote: group note layouts', () => {
  it('IMR progress note in English has every section, in session order', () => {
    const note = draft('imr', 'en').groupNote;
    expect(note.startsWith('DRAFT')).toBe(true);
    const headings = [
      'IMR progress note',
      'Module and session topic',
      'Attendance',
      'Goal follow-up',
      'Home practice review',
      'Strategies used',
      'Participation',
      'Session notes',
      'Home practice agreed for next time',
      'Plan',
    ];
    const positions = headings.map((h) => lines(note).indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(note).toContain('Module 3: The Stress-Vulnerability Model – session 2: Topic 2');
    // Dates in the reader's language, never the stored ISO text.
    expect(note).toContain('Date: 6 Mar 2024');
    expect(note).not.toContain('2024-03-06');
    expect(note).toContain('Facilitators: J. de Vries, K. Smit');
    expect(note).toContain('Duration: 1 h 15 min (planned 1 h 10 min)');
    expect(note).toContain('Lively discussion about stress at work.');
    // Clock times and modality for the record (issue 9), and a signature line per facilitator.
    const time = (sec: number) => formatDate(new Date(s(sec)), 'en', { hour: '2-digit', minute: '2-digit' });
    expect(lines(note)).toContain(`Time: ${time(0)}–${time(4500)}`);
    expect(lines(note)).toContain('Modality: not recorded');
    expect(lines(note.trimEnd()).slice(-2)).toEqual([
      'Signature: ______________________  J. de Vries  Date: __________',
      'Signature: ______________________  K. Smit  Date: __________',
    ]);
  });

  it('names the modality and signs in Dutch', () => {
    const note = draft('imr', 'nl', { session: session({ modality: 'video' }) }).groupNote;
    expect(lines(note)).toContain('Vorm: videobellen');
    expect(note).toContain('Duur: 1 u 15 min (gepland 1 u 10 min)');
    expect(lines(note.trimEnd()).at(-1)).toBe('Handtekening: ______________________  K. Smit  Datum: __________');
    expect(lines(draft('imr', 'en', { session: session({ modality: 'phone' }) }).groupNote)).toContain('Modality: phone');
  });

  it('IMR progress note in Dutch', () => {
    const note = draft('imr', 'nl').groupNote;
    expect(note.startsWith('CONCEPT')).toBe(true);
    for (const heading of [
      'IMR-voortgangsnotitie',
      'Module en onderwerp',
      'Aanwezigheid',
      'Opvolgen van hersteldoelen',
      'Nabespreken van de thuisopdracht',
      'Gebruikte strategieën',
      'Deelname',
      'Afgesproken thuisopdracht voor de volgende keer',
      'Plan',
    ]) {
      expect(lines(note)).toContain(heading);
    }
    expect(note).toContain('Module 3: Het stress-kwetsbaarheidsmodel – sessie 2: Onderwerp 2');
    expect(note).not.toContain('Attendance');
  });

  it('DAP in both languages', () => {
    const en = lines(draft('dap', 'en').groupNote);
    expect(en).toContain('IMR progress note (DAP)');
    const enIdx = ['Data', 'Assessment', 'Plan'].map((h) => en.indexOf(h));
    expect(enIdx.every((i) => i >= 0)).toBe(true);
    expect([...enIdx].sort((a, b) => a - b)).toEqual(enIdx);
    const nl = lines(draft('dap', 'nl').groupNote);
    for (const h of ['IMR-voortgangsnotitie (DAP)', 'Gegevens', 'Beoordeling', 'Plan']) expect(nl).toContain(h);
  });

  it('SOAP in both languages (SOEP in Dutch)', () => {
    const en = lines(draft('soap', 'en').groupNote);
    expect(en).toContain('IMR progress note (SOAP)');
    const enIdx = ['Subjective', 'Objective', 'Assessment', 'Plan'].map((h) => en.indexOf(h));
    expect(enIdx.every((i) => i >= 0)).toBe(true);
    expect([...enIdx].sort((a, b) => a - b)).toEqual(enIdx);
    const nl = lines(draft('soap', 'nl').groupNote);
    for (const h of ['IMR-voortgangsnotitie (SOEP)', 'Subjectief', 'Objectief', 'Evaluatie', 'Plan']) expect(nl).toContain(h);
    expect(en).not.toContain('Data');
  });

  it('documents attendance, goal follow-up, home practice review and agreed practice as counts', () => {
    const note = draft('imr', 'en').groupNote;
    expect(note).toContain('2 of 4 participants attended (on time 1, late 1, left early 0); absent 1; not recorded 1.');
    expect(note).toContain('Personal goals reviewed with 1 of 2 attending participants; step completed 1');
    expect(note).toContain('done 1, partly done 0, not done 1, not recorded 0');
    expect(note).toContain('Agreed with 2 of 2 attending participants, 1 of them together with a supporter.');
  });

  it('documents strategies used by family, in the past tense, without the guide’s imperative prompt text', () => {
    const note = draft('imr', 'en').groupNote;
    expect(lines(note)).toContain('- Educational: used (1 prompt marked done)');
    expect(lines(note)).toContain('- Motivational: used (1 prompt marked done)');
    expect(note).not.toContain('EN explain-topic');
    // Role play was marked not done, so no cognitive-behavioural strategy is claimed.
    expect(note).not.toContain('Cognitive-behavioural:');
    expect(lines(draft('imr', 'nl').groupNote)).toContain('- Educatief: toegepast (1 aandachtspunt als gedaan aangevinkt)');
  });

  it('plans the next session and outreach, not a to-do list of missed prompts', () => {
    const note = draft('imr', 'en').groupNote;
    expect(note).toContain('Next session: module 3 The Stress-Vulnerability Model, session 3: Topic 3.');
    expect(note).not.toContain('EN ask-supporter');
    expect(note).not.toContain('pick up next session');
    expect(note).not.toContain('EN review-homework');
    expect(note).toContain('Contact the participants who were absent');
    const last = draft('imr', 'en', { session: session({ sessionNumber: 3 }) }).groupNote;
    expect(last).toContain('This was the last session of the module');
  });

  it('keeps every IMR section when there is nothing to put in it', () => {
    const bare = session({ prompts: {}, notes: '', participants: {}, plan: [{ stepId: 'teach', seconds: 600 }] });
    const note = draft('imr', 'en', { session: bare, module: null }).groupNote;
    const l = lines(note);
    expect(l[l.indexOf('Plan') + 1]).toBe('None recorded.');
    expect(l).not.toContain('Session notes');
    expect(note).toContain('mod-sv – session 2: Topic 2');
  });

  it('names no participant and holds no participant notes, since it is filed in every record', () => {
    const note = draft('soap', 'en').groupNote;
    for (const code of ['P01', 'P02', 'P03', 'P04']) expect(note).not.toContain(code);
    expect(note).not.toContain('dog Max');
    expect(note).not.toContain('bus fare');
    expect(note).not.toContain('Walk to the market');
  });
});

describe('draftProgressNote: addenda', () => {
  const { addenda } = draft('imr', 'en');
  const byCode = (code: string) => addenda.find((a) => a.code === code)?.text ?? '';

  it('has one addendum per participant, each built only from their own entry', () => {
    expect(addenda.map((a) => a.code)).toEqual(['P01', 'P02', 'P03', 'P04']);
    const p1 = byCode('P01');
    const p2 = byCode('P02');
    expect(p1).not.toBe(p2);
    expect(p1).toMatch(/^DRAFT – Addendum P01/);
    expect(p1).toContain('Attendance: present');
    expect(p1).toContain('Home practice review: done');
    expect(p1).toContain('Goal: "Walk to the market"');
    expect(p1).toContain('Current step: Walk to the market: second step');
    expect(p1).toContain('Goal follow-up: reviewed; progress: step completed');
    expect(p1).toContain('Supporter involved: yes');
    expect(p1).toContain('In session: handout given; coping skill practised');
    expect(p1).toContain('Home practice agreed: "Walk to the park twice" (with a supporter)');
    expect(p1).toContain('Note: Talked about her dog Max');
    expect(p2).toContain('Attendance: late');
    expect(p2).toContain('Goal follow-up: not reviewed this session');
    expect(p2).toContain('Note: Needs bus fare for next week');
    // Neither carries the other's data nor the group note.
    expect(p1).not.toContain('bus fare');
    expect(p1).not.toContain('P02');
    expect(p2).not.toContain('dog Max');
    expect(p2).not.toContain('Walk to the market');
    expect(p2).not.toContain('P01');
    expect(p1).not.toContain('Lively discussion');
    expect(p1.split('\n').length).toBeLessThan(15);
  });

  it('gives an absent participant a one-line absence addendum with an outreach reminder', () => {
    const p3 = byCode('P03');
    expect(p3.trim().split('\n')).toHaveLength(1);
    expect(p3).toContain('P03: absent from the IMR group session on 6 Mar 2024');
    expect(p3).toContain('Follow-up: contact P03');
    expect(p3).not.toContain('Sleep better');
  });

  it('flags a participant whose attendance was not recorded', () => {
    expect(byCode('P04')).toContain('attendance not recorded');
  });

  it('is bilingual', () => {
    const nl = draft('dap', 'nl').addenda;
    expect(nl[0]?.text).toMatch(/^CONCEPT – Aanvulling P01/);
    expect(nl[0]?.text).toContain('Afgesproken thuisopdracht: "Walk to the park twice" (samen met een naastbetrokkene)');
    expect(nl[2]?.text).toContain('afwezig');
    expect(nl[2]?.text).toContain('neem voor de volgende sessie contact op met P03');
  });
});

describe('draftProgressNote: individual session', () => {
  const individual = session({ format: 'individual', participants: { p1: ENTRIES.p1 as ParticipantEntry } });

  it('gives one note with the participant’s details inside and no addenda', () => {
    const { groupNote, addenda } = draft('imr', 'en', {
      session: individual,
      group: { ...GROUP, format: 'individual', facilitators: ['J. de Vries'] },
    });
    expect(addenda).toEqual([]);
    expect(groupNote).toContain('IMR individual session');
    expect(groupNote).toContain('Participant: P01');
    expect(groupNote).toContain('Practitioner: J. de Vries');
    expect(groupNote).toContain('Goal: "Walk to the market"');
    expect(groupNote).toContain('Reviewed in this session; progress: step completed');
    expect(groupNote).toContain('Note on P01: Talked about her dog Max');
    expect(groupNote).toContain('"Walk to the park twice" (with a supporter)');
    expect(groupNote).toContain('P01: present');
    expect(groupNote).toContain('Lively discussion about stress at work.');
    expect(groupNote).not.toContain('participants attended');
  });

  it('uses the chosen layout and language', () => {
    const { groupNote } = draft('soap', 'nl', { session: individual });
    for (const h of ['Subjectief', 'Objectief', 'Evaluatie', 'Plan']) expect(lines(groupNote)).toContain(h);
    expect(groupNote).toContain('Deelnemer: P01');
  });

  it('reminds to reach out when the participant did not come', () => {
    const noShow = session({ format: 'individual', participants: { p2: entry({ attendance: 'absent' }) } });
    const { groupNote } = draft('imr', 'en', { session: noShow });
    expect(groupNote).toContain('absent');
    expect(groupNote).toContain('Contact P02 before the next session');
    expect(groupNote).not.toContain('Next session: module');
    const lastNoShow = session({ format: 'individual', sessionNumber: 3, participants: { p2: entry({ attendance: 'absent' }) } });
    expect(draft('imr', 'en', { session: lastNoShow }).groupNote).not.toContain('last session of the module');
  });
});

describe('the participant’s response in their own words (issue 9)', () => {
  it('goes into SOAP Subjective of an individual note and into a group addendum, in both languages', () => {
    const words = 'The walk helped, but Friday was hard.';
    const individual = session({ format: 'individual', participants: { p1: entry({ attendance: 'present', response: words }) } });
    const soap = lines(draft('soap', 'en', { session: individual }).groupNote);
    const subjective = soap.indexOf('Subjective');
    const objective = soap.indexOf('Objective');
    const at = soap.indexOf(`In their own words: “${words}”`);
    expect(at).toBeGreaterThan(subjective);
    expect(at).toBeLessThan(objective);
    expect(draft('soap', 'nl', { session: individual }).groupNote).toContain(`In eigen woorden: “${words}”`);

    const group = session({ participants: { p1: entry({ attendance: 'present', response: words }) } });
    const { groupNote, addenda } = draft('imr', 'en', { session: group });
    expect(groupNote).not.toContain(words);
    expect(addenda[0]!.text).toContain(`In their own words: “${words}”`);
  });
});
