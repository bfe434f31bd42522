import { describe, expect, it } from 'vitest';
import type { FidelityScaleItemId, Module, Prompt, TopicArea } from '../../lib/curriculum/types';
import { fidelityBand, itisBand, type Cuts } from '../../lib/fidelity/instruments';
import { itisItemAverages, itisSessionScore, itisSummary, type ItisRating } from '../../lib/fidelity/itis';
import {
  estimateBy,
  estimateFidelity,
  ratingForCount,
  ratingForShare,
  ratingForTopics,
  sessionPromptCoverage,
  summariseFidelity,
  type FidelityEstimate,
  type FidelityInput,
} from '../../lib/fidelity/scoring';
import { FIDELITY_SCALE } from '../../lib/fidelity/instruments';
import { renderMessage } from '../../lib/i18n/render';
import type { Group, Participant, ParticipantEntry, PromptStatus, Session } from '../../lib/model';
import { fullPlan, makeEntry, makeGroup, makeModule, makeParticipant, makePrompt, makeSession, promptRecords } from '../factories';

// ---------------------------------------------------------------------------------------------
// Factories (tests/factories.ts) with this file's defaults: practitioner Anna, module m1, a full
// plan of 600 s steps, sessions dated 2025-01-01 and participants who joined 2024-11-01.

const NOW = Date.parse('2025-07-01T12:00:00Z');

const group = (id: string, over: Partial<Group> = {}): Group => makeGroup({ id, ...over });

const participant = (id: string, over: Partial<Participant> = {}): Participant =>
  makeParticipant({ id, code: id.toUpperCase(), joinedOn: '2024-11-01', ...over });

const present = (over: Partial<ParticipantEntry> = {}): ParticipantEntry => makeEntry({ attendance: 'present', ...over });
const absent = (): ParticipantEntry => makeEntry({ attendance: 'absent' });

function session(
  id: string,
  over: Partial<Omit<Session, 'prompts'>> & { promptStatus?: Record<string, PromptStatus | null> } = {},
): Session {
  const { promptStatus = {}, ...rest } = over;
  return makeSession({ id, practitioner: 'Anna', moduleId: 'm1', plan: fullPlan(), date: '2025-01-01', prompts: promptRecords(promptStatus), ...rest });
}

const module = (id: string, number: number, topicArea: TopicArea | null): Module => makeModule({ id, number, topicArea });

const prompt = (id: string, over: Partial<Prompt> = {}): Prompt => makePrompt({ id, ...over });

const byItem = (estimates: FidelityEstimate[], id: FidelityScaleItemId): FidelityEstimate => {
  const e = estimates.find((x) => x.itemId === id);
  if (!e) throw new Error(`no estimate for ${id}`);
  return e;
};

// ---------------------------------------------------------------------------------------------
// Anchor rules

describe('ratingForCount (item 1)', () => {
  it.each([
    [0, 5],
    [1, 5],
    [8, 5],
    [9, 4],
    [10, 4],
    [11, 3],
    [12, 3],
    [13, 2],
    [15, 2],
    [16, 1],
    [40, 1],
  ])('%i participants -> %i', (n, rating) => {
    expect(ratingForCount(n)).toBe(rating);
  });

  it('gives individual sessions full credit', () => {
    expect(ratingForCount(1, 'individual')).toBe(5);
    expect(ratingForCount(20, 'individual')).toBe(5);
  });
});

describe('ratingForShare', () => {
  it.each([
    [0, 1],
    [19.9, 1],
    [20, 2],
    [39.9, 2],
    [40, 3],
    [69.9, 3],
    [70, 4],
    [89.9, 4],
    [90, 5],
    [100, 5],
  ])('%d%% -> %i with the default cut-points', (pct, rating) => {
    expect(ratingForShare(pct)).toBe(rating);
  });

  it.each([
    [9.9, 1],
    [10, 2],
    [24.9, 2],
    [25, 3],
    [49.9, 3],
    [50, 4],
    [74.9, 4],
    [75, 5],
  ])('%d%% -> %i with custom cut-points [10, 25, 50, 75]', (pct, rating) => {
    expect(ratingForShare(pct, [10, 25, 50, 75])).toBe(rating);
  });

  it('is not moved below a cut-point by float noise', () => {
    expect(0.57 * 100).toBeLessThan(57);
    expect(ratingForShare(0.57 * 100, [20, 40, 57, 90])).toBe(4);
  });

  it('refuses NaN instead of calling it the lowest rating', () => {
    expect(() => ratingForShare(Number.NaN)).toThrow(RangeError);
  });
});

describe('ratingForTopics (item 3)', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 4],
    [7, 4],
    [8, 5],
    [9, 5],
  ])('%i topic areas -> %i', (n, rating) => {
    expect(ratingForTopics(n)).toBe(rating);
  });
});

describe('bands', () => {
  it.each([
    [1, 'low'],
    [2.99, 'low'],
    [3.0, 'moderate'],
    [3.99, 'moderate'],
    [4.0, 'high'],
    [3.9999999, 'high'],
    [5, 'high'],
  ] as const)('fidelity mean %d is %s', (mean, band) => {
    expect(fidelityBand(mean)).toBe(band);
  });

  it('bands a value that float arithmetic puts just under 4 as high', () => {
    const noisy = Array.from({ length: 10 }, () => 0.4).reduce((a, b) => a + b, 0); // 3.9999999999999996
    expect(noisy).toBeLessThan(4);
    expect(fidelityBand(noisy)).toBe('high');
    expect(itisBand(noisy)).toBe('very-good');
  });

  it.each([
    [1, 'unsatisfactory'],
    [1.99, 'unsatisfactory'],
    [2.0, 'needs-improvement'],
    [2.99, 'needs-improvement'],
    [3.0, 'satisfactory'],
    [3.99, 'satisfactory'],
    [4.0, 'very-good'],
    [4.99, 'very-good'],
    [5.0, 'excellent'],
    [4.9999999, 'excellent'],
  ] as const)('IT-IS score %d is %s', (score, band) => {
    expect(itisBand(score)).toBe(band);
  });

  it('refuses NaN', () => {
    expect(() => fidelityBand(Number.NaN)).toThrow(RangeError);
    expect(() => itisBand(Number.NaN)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Prompt coverage

const PROMPTS: Prompt[] = [
  prompt('teach-link-to-goals', { fidelityItems: ['fs8-motivational'], itisItems: ['itis-motivational'] }),
  prompt('teach-check-understanding', { moduleId: 'm1', key: true, fidelityItems: ['fs9-educational'], itisItems: ['itis-educational'] }),
  prompt('teach-model-role-play', {
    formats: ['group'],
    key: true,
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-cognitive-behavioural'],
  }),
  prompt('pm-goal', { stepId: 'goal-follow-up', key: true, fidelityItems: ['fs7-goal-follow-up'], itisItems: ['itis-goals'] }),
  prompt('pm-all', { stepId: 'check-in', formats: ['group'], itisItems: ['itis-involving-all'] }),
];

describe('sessionPromptCoverage', () => {
  it('tallies a group session per item and lists missed key prompts', () => {
    const s = session('s1', { promptStatus: { 'teach-link-to-goals': 'done', 'teach-check-understanding': 'done', 'teach-model-role-play': 'not-done', 'pm-goal': 'done' } });
    const c = sessionPromptCoverage(s, PROMPTS);
    expect(c.sessionId).toBe('s1');
    expect(c.total).toEqual({ offered: 5, done: 3, notDone: 1, na: 0, unanswered: 1 });
    expect(c.byFidelityItem['fs8-motivational']).toEqual({ offered: 1, done: 1, notDone: 0, na: 0, unanswered: 0 });
    expect(c.byFidelityItem['fs10-cognitive-behavioural']).toEqual({ offered: 1, done: 0, notDone: 1, na: 0, unanswered: 0 });
    expect(c.byFidelityItem['fs1-participants']).toEqual({ offered: 0, done: 0, notDone: 0, na: 0, unanswered: 0 });
    expect(c.byItisItem['itis-involving-all']).toEqual({ offered: 1, done: 0, notDone: 0, na: 0, unanswered: 1 });
    expect(c.byItisItem['itis-goals'].done).toBe(1);
    expect(c.missedKeyPrompts.map((p) => p.id)).toEqual(['teach-model-role-play']);
  });

  it('offers only prompts for the session module and format; records of other prompts do not count', () => {
    const s = session('s-ind', {
      format: 'individual',
      moduleId: 'm1',
      promptStatus: { 'teach-model-role-play': 'done', 'pm-all': 'done', 'teach-link-to-goals': 'na' },
    });
    const c = sessionPromptCoverage(s, PROMPTS);
    expect(c.total).toEqual({ offered: 3, done: 0, notDone: 0, na: 1, unanswered: 2 });
    expect(c.byFidelityItem['fs10-cognitive-behavioural'].offered).toBe(0);
    expect(c.missedKeyPrompts.map((p) => p.id)).toEqual(['teach-check-understanding', 'pm-goal']);

    const otherModule = sessionPromptCoverage(session('s-m2', { moduleId: 'm2' }), PROMPTS);
    expect(otherModule.byFidelityItem['fs9-educational'].offered).toBe(0);
  });

  it('offers only prompts whose step is in the plan', () => {
    const s = session('s-short', { plan: fullPlan(['check-in', 'goal-follow-up']), promptStatus: { 'teach-link-to-goals': 'done' } });
    const c = sessionPromptCoverage(s, PROMPTS);
    expect(c.total.offered).toBe(2);
    expect(c.byFidelityItem['fs8-motivational'].offered).toBe(0);
    expect(c.missedKeyPrompts.map((p) => p.id)).toEqual(['pm-goal']);
  });

  it('does not count a key prompt marked not applicable as missed', () => {
    const s = session('s-na', { promptStatus: { 'teach-check-understanding': 'na', 'teach-model-role-play': 'na', 'pm-goal': 'done' } });
    expect(sessionPromptCoverage(s, PROMPTS).missedKeyPrompts).toEqual([]);
  });

  it('handles no prompts at all', () => {
    const c = sessionPromptCoverage(session('s0'), []);
    expect(c.total.offered).toBe(0);
    expect(c.missedKeyPrompts).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Fidelity estimates on a hand-built programme
//
// Participants (NOW = 2025-07-01):
//   p1 joined 2024-11-01 (242 days ago), goal with a step, on medication, written relapse plan
//   p2 joined 2024-11-01, left 2025-02-01, no goal, on medication
//   p3 joined 2025-05-01 (61 days ago, still active), goal without steps, practised relapse plan
//   p4 joined 2024-11-01, on medication, only ever absent: not in the population
// Ended sessions, all group g1:
//   s1 2024-11-05 m1 Anna: p1 (goal reviewed, handout), p2 (handout), p4 absent
//   s2 2025-01-20 m1 Anna: p1 (goal reviewed, supporter), p2 (supporter)
//   s3 2025-05-06 m2 Bram: p1 (goal reviewed, coping), p3 (goal reviewed, home practice with supporter)
//   s4 2025-05-20 m7 Anna: p1 (behavioural tailoring), p3 late (goal reviewed)
// Running session s5 (m3, 23 attendees, every flag set) must change nothing.

const MODULES: Module[] = [
  module('m1', 1, 'recovery-strategies'),
  module('m2', 2, 'facts-about-illness'),
  module('m3', 3, 'stress-vulnerability'),
  module('m6', 6, null),
  module('m7', 7, 'relapse-prevention'),
];

const PARTICIPANTS: Participant[] = [
  participant('p1', {
    goal: 'Find a volunteer job',
    goalSteps: [{ id: 'st1', text: 'Call the volunteer centre', status: 'open' }],
    takesMedication: true,
    relapsePlan: 'written',
  }),
  participant('p2', { leftOn: '2025-02-01', status: 'left', takesMedication: true }),
  participant('p3', { joinedOn: '2025-05-01', goal: 'Sleep better', relapsePlan: 'practised' }),
  participant('p4', { takesMedication: true }),
];

const everything: Partial<ParticipantEntry> = {
  goalReviewed: true,
  supporterInvolved: true,
  handoutGiven: true,
  copingSkillPractised: true,
  behaviouralTailoring: true,
  nextHomePracticeWithSupporter: true,
};

const SESSIONS: Session[] = [
  session('s1', {
    date: '2024-11-05',
    participants: { p1: present({ goalReviewed: true, handoutGiven: true }), p2: present({ handoutGiven: true }), p4: absent() },
    promptStatus: { 'teach-link-to-goals': 'done', 'teach-check-understanding': 'done', 'teach-model-role-play': 'not-done', 'pm-goal': 'done' },
  }),
  session('s2', {
    date: '2025-01-20',
    participants: { p1: present({ goalReviewed: true, supporterInvolved: true }), p2: present({ supporterInvolved: true }) },
    promptStatus: { 'teach-link-to-goals': 'done', 'teach-check-understanding': 'na', 'teach-model-role-play': 'done' },
  }),
  session('s3', {
    date: '2025-05-06',
    moduleId: 'm2',
    practitioner: 'Bram',
    participants: {
      p1: present({ goalReviewed: true, copingSkillPractised: true }),
      p3: present({ goalReviewed: true, nextHomePracticeWithSupporter: true }),
    },
    // pm-edu belongs to m1, so this record must not count for item 9.
    promptStatus: { 'teach-link-to-goals': 'not-done', 'teach-check-understanding': 'done', 'teach-model-role-play': null },
  }),
  session('s4', {
    date: '2025-05-20',
    moduleId: 'm7',
    participants: { p1: present({ behaviouralTailoring: true }), p3: { ...present({ goalReviewed: true }), attendance: 'late' } },
    promptStatus: { 'teach-link-to-goals': 'done', 'teach-model-role-play': 'done' },
  }),
  session('s5', {
    date: '2025-06-01',
    moduleId: 'm3',
    status: 'running',
    participants: {
      p1: present(everything),
      p2: present(everything),
      p3: present(everything),
      ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`x${i}`, present()])),
    },
    promptStatus: { 'teach-link-to-goals': 'done', 'teach-check-understanding': 'done', 'teach-model-role-play': 'done', 'pm-goal': 'done' },
  }),
];

const INPUT: FidelityInput = {
  groups: [group('g1'), group('g2')],
  participants: PARTICIPANTS,
  sessions: SESSIONS,
  modules: MODULES,
  prompts: PROMPTS,
  now: NOW,
};

const EMPTY: FidelityInput = { groups: [], participants: [], sessions: [], modules: [], prompts: [], now: NOW };

describe('estimateFidelity', () => {
  const estimates = estimateFidelity(INPUT);

  it('returns all 13 items in order, each labelled self-reported', () => {
    expect(estimates.map((e) => e.itemId)).toEqual([
      'fs1-participants',
      'fs2-program-length',
      'fs3-comprehensiveness',
      'fs4-handouts',
      'fs5-significant-others',
      'fs6-goal-setting',
      'fs7-goal-follow-up',
      'fs8-motivational',
      'fs9-educational',
      'fs10-cognitive-behavioural',
      'fs11-coping-skills',
      'fs12-relapse-prevention',
      'fs13-behavioural-tailoring',
    ]);
    for (const e of estimates) {
      expect(e.selfReported).toBe(true);
      expect(e.anchorsVerified).toBe(['fs1-participants', 'fs2-program-length', 'fs3-comprehensiveness', 'fs4-handouts'].includes(e.itemId));
      expect(e.basis.sessions).toBe(4); // the running session is not counted
      expect(renderMessage(e.basis.description, 'en')).not.toBe('');
      expect(renderMessage(e.basis.description, 'nl')).not.toBe('');
    }
  });

  // [item, rating, value, participants in basis, why]
  it.each([
    ['fs1-participants', 5, 2, 3, 'largest ended session has 2 present (the running one with 23 is ignored)'],
    ['fs2-program-length', 1, 0, 2, 'p1 and p2 are judged; neither attended 26 sessions (p3 is too recent)'],
    ['fs3-comprehensiveness', 2, 3, 3, 'm1, m2 and m7 ended; m3 only in the running session'],
    ['fs4-handouts', 2, 100 / 3, 3, 'p2 (handout in m1, the only module attended); p1 and p3 had none in m2 or m7'],
    ['fs5-significant-others', 2, 100 / 3, 3, 'p2 (supporter on last day); p1 supporter 120 days before; p3 agreed home practice never reviewed as done'],
    ['fs6-goal-setting', 2, 100 / 3, 3, 'only p1 has a goal with a step'],
    ['fs7-goal-follow-up', 3, 200 / 3, 3, 'p1 3 of 4 (75 %), p3 2 of 2; p2 0 of 2'],
    ['fs8-motivational', 4, 75, 3, 'done in s1, s2, s4'],
    ['fs9-educational', 2, 25, 3, 'done in s1 only (na in s2, not offered in s3)'],
    ['fs10-cognitive-behavioural', 3, 50, 3, 'done in s2 and s4'],
    ['fs11-coping-skills', 1, 0, 3, 'p1 practised once: not systematic'],
    ['fs12-relapse-prevention', 3, 200 / 3, 3, 'p1 written, p3 practised'],
    ['fs13-behavioural-tailoring', 1, 0, 2, 'p1 worked on it once: no follow-up (p3 takes no medication, p4 never attended)'],
  ] as const)('%s: rating %i, value %d, over %i participants (%s)', (id, rating, value, participants, _why) => {
    const e = byItem(estimates, id);
    expect(e.rating).toBe(rating);
    expect(e.value).toBeCloseTo(value, 10);
    expect(e.basis.participants).toBe(participants);
  });

  it('explains the basis with the counts, floored so a shown percentage never crosses a cut', () => {
    const en = (id: FidelityScaleItemId) => renderMessage(byItem(estimates, id).basis.description, 'en');
    const nl = (id: FidelityScaleItemId) => renderMessage(byItem(estimates, id).basis.description, 'nl');
    expect(en('fs4-handouts')).toContain('1 of 3 (33.3%)');
    expect(nl('fs4-handouts')).toContain('1 van 3 (33,3%)');
    expect(en('fs7-goal-follow-up')).toContain('2 of 3 (66.6%)');
    expect(en('fs2-program-length')).toMatch(/at least 26 attended sessions over at least 26 weeks/);
    expect(en('fs7-goal-follow-up')).toMatch(/75%.*product’s choice/);
    expect(en('fs3-comprehensiveness')).toContain('Module 1, Module 2 and Module 7');
    expect(nl('fs3-comprehensiveness')).toContain('Module 1 (nl), Module 2 (nl) en Module 7 (nl)');
  });

  it('reports the cut-points used for share items only', () => {
    expect(byItem(estimates, 'fs1-participants').cuts).toBeNull();
    expect(byItem(estimates, 'fs3-comprehensiveness').cuts).toBeNull();
    expect(byItem(estimates, 'fs6-goal-setting').cuts).toEqual([20, 40, 70, 90]);
  });

  it('summarises: mean 31 / 13 = 2.38, low, all items rated', () => {
    const s = summariseFidelity(estimates);
    expect(s).toMatchObject({ mean: 2.38, band: 'low', ratedItems: 13, totalItems: 13, complete: true, missing: [], selfReported: true });
    expect(s.label.nl).toBe('Zelfgerapporteerde schatting');
  });

  it('applies programme cut-points to unverified items only; invalid ones fall back', () => {
    const custom: Cuts = [10, 20, 30, 40];
    const e = estimateFidelity({
      ...INPUT,
      cuts: { 'fs6-goal-setting': custom, 'fs4-handouts': custom, 'fs11-coping-skills': [50, 40, 70, 90] },
    });
    expect(byItem(e, 'fs6-goal-setting').rating).toBe(4); // 33.3 % >= 30
    expect(byItem(e, 'fs6-goal-setting').cuts).toEqual(custom);
    expect(byItem(e, 'fs4-handouts').rating).toBe(2); // verified: defaults stay (33.3 %)
    expect(byItem(e, 'fs11-coping-skills').cuts).toEqual([20, 40, 70, 90]); // invalid: defaults
  });
});

describe('estimateFidelity on empty or thin data', () => {
  const noNaN = (estimates: FidelityEstimate[]) => {
    for (const e of estimates) {
      for (const n of [e.value, e.basis.sessions, e.basis.participants]) if (n !== null) expect(Number.isNaN(n)).toBe(false);
      expect(JSON.stringify(e.basis.description)).not.toMatch(/NaN|Infinity|undefined/);
    }
  };

  it('rates nothing without data', () => {
    const estimates = estimateFidelity(EMPTY);
    expect(estimates).toHaveLength(13);
    for (const e of estimates) {
      expect(e.rating).toBeNull();
      expect(e.value).toBeNull();
      expect(e.basis.sessions).toBe(0);
    }
    noNaN(estimates);
    expect(summariseFidelity(estimates)).toMatchObject({ mean: null, band: null, ratedItems: 0, complete: false });
  });

  it('ignores running sessions entirely', () => {
    const running = SESSIONS.filter((s) => s.status === 'running');
    const estimates = estimateFidelity({ ...INPUT, sessions: running });
    expect(estimates.every((e) => e.rating === null)).toBe(true);
    noNaN(estimates);
  });

  it('rates session items but not participant items when attendees are not in the participant list', () => {
    const estimates = estimateFidelity({ ...INPUT, participants: [] });
    expect(byItem(estimates, 'fs1-participants').rating).toBe(5);
    expect(byItem(estimates, 'fs3-comprehensiveness').rating).toBe(2);
    expect(byItem(estimates, 'fs8-motivational').rating).toBe(4);
    for (const id of ['fs2-program-length', 'fs4-handouts', 'fs7-goal-follow-up', 'fs13-behavioural-tailoring'] as const) {
      expect(byItem(estimates, id).rating).toBeNull();
    }
    noNaN(estimates);
    expect(summariseFidelity(estimates)).toMatchObject({ ratedItems: 5, complete: false }); // items 1, 3, 8, 9, 10;
  });

  it('does not rate item 1 when no attendance was recorded', () => {
    const e = estimateFidelity({ ...EMPTY, sessions: [session('s1', { participants: { p1: makeEntry() } })] });
    expect(byItem(e, 'fs1-participants').rating).toBeNull();
  });

  it('does not rate items 8-10 when no prompt serves them', () => {
    const e = estimateFidelity({ ...INPUT, prompts: [] });
    expect(byItem(e, 'fs8-motivational').rating).toBeNull();
    expect(byItem(e, 'fs9-educational').rating).toBeNull();
    expect(byItem(e, 'fs10-cognitive-behavioural').rating).toBeNull();
  });

  it('does not rate item 13 when nobody takes medication', () => {
    const e = estimateFidelity({ ...INPUT, participants: PARTICIPANTS.map((p) => ({ ...p, takesMedication: false })) });
    expect(byItem(e, 'fs13-behavioural-tailoring').rating).toBeNull();
    expect(renderMessage(byItem(e, 'fs13-behavioural-tailoring').basis.description, 'en')).toMatch(/medication/);
  });

  it('does not rate programme length while everyone is recent and still taking part', () => {
    const recent = SESSIONS.filter((s) => s.date >= '2025-05-01');
    const e = estimateFidelity({ ...INPUT, sessions: recent, participants: PARTICIPANTS.map((p) => ({ ...p, leftOn: null, status: 'active' as const })) });
    expect(byItem(e, 'fs2-program-length').rating).toBeNull();
  });

  it('rates 0 topic areas as 1 when only modules outside the nine were taught', () => {
    const e = estimateFidelity({ ...INPUT, sessions: [session('s1', { moduleId: 'm6', participants: { p1: present() } })] });
    expect(byItem(e, 'fs3-comprehensiveness')).toMatchObject({ rating: 1, value: 0 });
  });

  it('gives individual sessions full credit on item 1', () => {
    const sessions = [1, 2, 3].map((i) =>
      session(`i${i}`, { groupId: 'gi', format: 'individual', templateId: 'individual-60', participants: { p1: present() } }),
    );
    const e = estimateFidelity({ ...INPUT, groups: [group('gi', { format: 'individual' })], sessions });
    expect(byItem(e, 'fs1-participants')).toMatchObject({ rating: 5, value: 1 });
    expect(renderMessage(byItem(e, 'fs1-participants').basis.description, 'en')).toMatch(/individual/);
  });

  it.each([
    [8, 5],
    [9, 4],
    [16, 1],
  ])('rates item 1 from the largest session: %i present -> %i', (n, rating) => {
    const participants = Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, present()]));
    const sessions = [session('small', { participants: { q0: present() } }), session('big', { participants })];
    expect(byItem(estimateFidelity({ ...EMPTY, sessions }), 'fs1-participants')).toMatchObject({ rating, value: n });
  });
});

describe('edges of the product-chosen rules', () => {
  // Each participant attends one session on 2025-05-31 (their last) and maybe an earlier one.
  const last = '2025-05-31';

  it('supporter contact counts within 30 days of the last attended session, not 31', () => {
    const e = estimateFidelity({
      ...EMPTY,
      participants: [participant('q1'), participant('q2')],
      sessions: [
        session('a', { date: '2025-05-01', participants: { q1: present({ supporterInvolved: true }) } }), // 30 days
        session('b', { date: '2025-04-30', participants: { q2: present({ supporterInvolved: true }) } }), // 31 days
        session('c', { date: last, participants: { q1: present(), q2: present() } }),
      ],
    });
    expect(byItem(e, 'fs5-significant-others').value).toBe(50);
  });

  it.each([
    [3, 4, true],
    [2, 3, false],
    [1, 1, true],
    [0, 1, false],
  ])('goal follow-up: reviewed %i of %i attended sessions -> counts %s', (reviewed, attendedCount, counts) => {
    const sessions = Array.from({ length: attendedCount }, (_, i) =>
      session(`s${i}`, { date: `2025-05-${String(i + 10)}`, participants: { q: present({ goalReviewed: i < reviewed }) } }),
    );
    const e = estimateFidelity({ ...EMPTY, participants: [participant('q')], sessions });
    expect(byItem(e, 'fs7-goal-follow-up').value).toBe(counts ? 100 : 0);
  });
});

describe('estimateBy', () => {
  it('splits by practitioner, sorted, each over its own sessions', () => {
    const result = estimateBy('practitioner', INPUT);
    expect(result.map((r) => r.key)).toEqual(['Anna', 'Bram']);
    const [anna, bram] = result;
    // Anna: s1, s2, s4. Population p1 (3 sessions), p2 (2), p3 (1).
    expect(byItem(anna!.estimates, 'fs2-program-length')).toMatchObject({ rating: 1, value: 0 });
    expect(byItem(anna!.estimates, 'fs7-goal-follow-up').value).toBeCloseTo(100 / 3, 10); // p3 only
    expect(byItem(anna!.estimates, 'fs8-motivational')).toMatchObject({ rating: 5, value: 100 });
    expect(byItem(anna!.estimates, 'fs3-comprehensiveness')).toMatchObject({ rating: 2, value: 2 });
    // Bram: s3 only. p1's first session in this scope is s3 itself, so p1 is not judged yet; p3 is too recent.
    expect(byItem(bram!.estimates, 'fs2-program-length')).toMatchObject({ rating: null, value: null });
    expect(byItem(bram!.estimates, 'fs3-comprehensiveness')).toMatchObject({ rating: 1, value: 1 });
    expect(byItem(bram!.estimates, 'fs4-handouts')).toMatchObject({ rating: 1, value: 0 });
    expect(byItem(bram!.estimates, 'fs8-motivational')).toMatchObject({ rating: 1, value: 0 });
    expect(bram!.estimates[0]!.basis.sessions).toBe(1);
  });

  it('splits by group, listing groups without ended sessions', () => {
    const result = estimateBy('group', INPUT);
    expect(result.map((r) => r.key)).toEqual(['g1', 'g2']);
    expect(result[0]!.estimates).toEqual(estimateFidelity(INPUT));
    expect(result[1]!.estimates.every((e) => e.rating === null)).toBe(true);
    expect(result[1]!.summary.mean).toBeNull();
  });

  it('also lists a group that only appears on sessions', () => {
    const result = estimateBy('group', { ...INPUT, sessions: [...SESSIONS, session('orphan', { groupId: 'g9', participants: { p1: present() } })] });
    expect(result.map((r) => r.key)).toEqual(['g1', 'g2', 'g9']);
  });

  it('returns nothing for practitioners when no session has ended', () => {
    expect(estimateBy('practitioner', EMPTY)).toEqual([]);
  });
});

describe('summariseFidelity', () => {
  const make = (ratings: (1 | 2 | 3 | 4 | 5 | null)[]): FidelityEstimate[] =>
    ratings.map((rating, i) => ({
      itemId: FIDELITY_SCALE[i]!.id,
      rating,
      value: null,
      basis: { sessions: 0, participants: 0, description: { key: 'fidelity.basis.noSessions' } },
      selfReported: true,
      anchorsVerified: false,
      cuts: null,
    }));

  it.each([
    // A band only for all 13 items (issue 10): a partial mean is shown with its coverage, never banded.
    [[4, 4, 4, null], 4, null, 3],
    [[4, 4, 3], 3.67, null, 3],
    [[5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, null], 5, null, 12],
    [[5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4], 4.92, 'high', 13],
    [[4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3], 3.46, 'moderate', 13],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2], 2.92, 'low', 13],
  ] as const)('%j -> mean %d, band %s', (ratings, mean, band, rated) => {
    expect(summariseFidelity(make([...ratings]))).toMatchObject({ mean, band, ratedItems: rated, totalItems: 13, complete: rated === 13 });
  });

  it('names each missing item with its reason, in scale order', () => {
    const s = summariseFidelity(make([5, null, 5, 5, null, 5, 5, 5, 5, 5, 5, 5, 5]));
    expect(s.band).toBeNull();
    expect(s.missing.map((m) => m.itemId)).toEqual(['fs2-program-length', 'fs5-significant-others']);
    expect(renderMessage(s.missing[0]!.reason, 'en')).toBe('No ended sessions yet.');
  });
});

// ---------------------------------------------------------------------------------------------
// IT-IS

const CORE = [
  'itis-relationship',
  'itis-recovery-orientation',
  'itis-structured-curriculum',
  'itis-goals',
  'itis-action-plan-review',
  'itis-action-planning',
  'itis-significant-others',
  'itis-educational',
  'itis-motivational',
  'itis-cognitive-behavioural',
  'itis-structure-time',
] as const;

function itis(id: string, sessionId: string, scores: ItisRating['scores']): ItisRating {
  return { id, sessionId, rater: 'Supervisor', ratedAt: 0, scores, comment: '' };
}

const fullRating = itis('r1', 'sg', {
  ...Object.fromEntries(CORE.map((c) => [c, 3])),
  'itis-involving-all': 5,
  'itis-support-between-members': 5,
  'itis-coping-skills': 4,
});

describe('itisSessionScore', () => {
  it('averages core, group and rated optional items for a group session', () => {
    // (11 * 3 + 5 + 5 + 4) / 14 = 47 / 14 = 3.357
    expect(itisSessionScore(fullRating, 'group')).toMatchObject({ score: 3.36, band: 'satisfactory', missingItems: [] });
    expect(itisSessionScore(fullRating, 'group').ratedItems).toHaveLength(14);
  });

  it('leaves group items out for an individual session', () => {
    // (11 * 3 + 4) / 12 = 37 / 12 = 3.083
    const r = itisSessionScore(fullRating, 'individual');
    expect(r).toMatchObject({ score: 3.08, band: 'satisfactory' });
    expect(r.ratedItems).not.toContain('itis-involving-all');
  });

  it('lists unrated core and group items, not unrated optional ones', () => {
    const r = itis('r2', 's', { 'itis-relationship': 4 });
    expect(itisSessionScore(r, 'individual')).toMatchObject({ score: 4, band: 'very-good' });
    expect(itisSessionScore(r, 'individual').missingItems).toEqual(CORE.slice(1));
    expect(itisSessionScore(r, 'group').missingItems).toEqual([...CORE.slice(1), 'itis-involving-all', 'itis-support-between-members']);
  });

  it('returns null without any applicable score, and ignores out-of-range values', () => {
    expect(itisSessionScore(itis('r3', 's', {}), 'group')).toMatchObject({ score: null, band: null });
    expect(itisSessionScore(itis('r4', 's', { 'itis-involving-all': 5 }), 'individual').score).toBeNull();
    const bad = itis('r5', 's', { 'itis-relationship': 7 as 5, 'itis-goals': 2 });
    expect(itisSessionScore(bad, 'group').score).toBe(2);
  });
});

describe('itisItemAverages and itisSummary', () => {
  const ratings = [
    fullRating, // session sg, group
    itis('r2', 'si', { 'itis-relationship': 4, 'itis-involving-all': 1 }), // individual: group item ignored
  ];
  const formatOf = (id: string) => (id === 'si' ? ('individual' as const) : ('group' as const));

  it('averages per item with n, in scale order', () => {
    const avg = itisItemAverages(ratings, formatOf);
    expect(avg).toHaveLength(16);
    expect(avg[0]).toEqual({ itemId: 'itis-relationship', mean: 3.5, n: 2, band: 'satisfactory' });
    expect(avg.find((a) => a.itemId === 'itis-involving-all')).toEqual({ itemId: 'itis-involving-all', mean: 5, n: 1, band: 'excellent' });
    expect(avg.find((a) => a.itemId === 'itis-relapse-prevention')).toEqual({ itemId: 'itis-relapse-prevention', mean: null, n: 0, band: null });
    // Without formats every score counts.
    expect(itisItemAverages(ratings).find((a) => a.itemId === 'itis-involving-all')).toMatchObject({ mean: 3, n: 2 });
  });

  it('summarises the mean session score', () => {
    // (47/14 + 4) / 2 = 3.679
    expect(itisSummary(ratings, formatOf)).toEqual({ ratings: 2, mean: 3.68, band: 'satisfactory' });
    expect(itisSummary([])).toEqual({ ratings: 0, mean: null, band: null });
  });
});
