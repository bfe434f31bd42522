import { describe, expect, it } from 'vitest';
import { PROMPTS } from '../../lib/curriculum';
import { promptsForSession } from '../../lib/session/prompts';
import type { ClockEvent, Session } from '../../lib/model';
import { exclusionMap, splitExcluded, type SessionExclusion } from '../../lib/fidelity/exclusions';
import { SHORT_SESSION_SHARE, sessionAttendance, sessionFacts, sessionLength } from '../../lib/fidelity/session-facts';
import {
  NO_VIEW_FILTER,
  bandByKey,
  facilitatorIndex,
  heatMapColumns,
  inBand,
  listSessions,
  practitionerChoices,
  roleIn,
  summariseSessions,
  type ViewFilter,
} from '../../lib/fidelity/views';
import { ATTENTION_PERCENT, WEAKEST_ELEMENTS, weakElementCoverage } from '../../lib/fidelity/weak-elements';
import { ITIS_ITEMS, FIDELITY_SCALE } from '../../lib/fidelity/instruments';
import type { KeyedFidelityEstimate } from '../../lib/fidelity/scoring';
import { fullPlan, makeEntry, makeGroup, makeSession, T0 } from '../factories';

const MIN = 60_000;
const plan = fullPlan(undefined, 600); // 8 steps of 10 minutes: 80 minutes planned
/** Start, move through `steps` steps spending `minutes` each, then end. */
function timed(steps: number, minutes: number): ClockEvent[] {
  const events: ClockEvent[] = [{ type: 'start', at: T0 }];
  let at = T0;
  for (let i = 1; i < steps; i++) {
    at += minutes * MIN;
    events.push({ type: 'next', at });
  }
  events.push({ type: 'end', at: at + minutes * MIN });
  return events;
}

describe('session length', () => {
  it('is actual against planned, from the clock events, with paused time left out', () => {
    const events: ClockEvent[] = [...timed(8, 10)];
    // A 30-minute pause in the middle does not count.
    events.splice(2, 0, { type: 'pause', at: T0 + 15 * MIN }, { type: 'resume', at: T0 + 45 * MIN });
    const fixed = events.map((e, i) => (i > 3 ? { ...e, at: e.at + 30 * MIN } : e));
    const length = sessionLength(makeSession({ plan, events: fixed }));
    expect(length).toEqual({ kind: 'on-plan', plannedSec: 4800, actualSec: 4800, stepsNotReached: 0 });
  });

  it('marks a session not timed, aborted, short or over', () => {
    expect(sessionLength(makeSession({ plan, events: [] })).kind).toBe('not-timed');
    // Ended in step 5 of 8.
    expect(sessionLength(makeSession({ plan, events: timed(5, 10) }))).toMatchObject({ kind: 'aborted', stepsNotReached: 3 });
    // Every step reached but 8 × 7 = 56 of 80 minutes (70%, under 75%).
    expect(SHORT_SESSION_SHARE).toBe(0.75);
    expect(sessionLength(makeSession({ plan, events: timed(8, 7) }))).toMatchObject({ kind: 'short', actualSec: 56 * 60 });
    // 8 × 8 = 64 minutes is 80%: not short.
    expect(sessionLength(makeSession({ plan, events: timed(8, 8) })).kind).toBe('on-plan');
    expect(sessionLength(makeSession({ plan, events: timed(8, 13) })).kind).toBe('over');
  });
});

describe('attendance', () => {
  it('counts present (late and left early included), recorded and unrecorded entries', () => {
    const session = makeSession({
      participants: {
        a: makeEntry({ attendance: 'present' }),
        b: makeEntry({ attendance: 'late' }),
        c: makeEntry({ attendance: 'absent' }),
        d: makeEntry({ attendance: null }),
      },
    });
    expect(sessionAttendance(session)).toEqual({ present: 2, recorded: 3, unrecorded: 1, total: 4 });
  });
});

describe('sessionFacts', () => {
  it('is computed once per session object and prompt library', () => {
    const session = makeSession({ plan, events: timed(8, 10) });
    const a = sessionFacts(session, PROMPTS);
    expect(sessionFacts(session, PROMPTS)).toBe(a);
    // A changed session is a new object: derived afresh.
    expect(sessionFacts({ ...session }, PROMPTS)).not.toBe(a);
    // Another library (an adaptation) gives its own facts.
    expect(sessionFacts(session, [...PROMPTS])).not.toBe(a);
  });

  it('gives each Fidelity Scale item done, missed or not offered', () => {
    const base = makeSession({ plan, events: timed(8, 10) });
    const offered = promptsForSession(PROMPTS, base);
    const prompts = Object.fromEntries(
      offered.map((p) => [p.id, { status: p.fidelityItems.includes('fs10-cognitive-behavioural') ? ('not-done' as const) : ('done' as const), note: '', at: T0 }]),
    );
    const facts = sessionFacts({ ...base, prompts }, PROMPTS);
    expect(facts.items['fs10-cognitive-behavioural']).toBe('missed');
    expect(facts.items['fs9-educational']).toBe('done');
    expect(facts.items['fs1-participants']).toBe('not-offered');
  });
});

describe('exclusions', () => {
  it('keeps only readable records, and splits sessions into included and excluded in order', () => {
    const map = exclusionMap([
      { sessionId: 's2', reason: 'test', excludedAt: 5 },
      { sessionId: 's3', reason: 'made up' },
      null,
      { reason: 'test' },
    ]);
    expect([...map.keys()]).toEqual(['s2']);
    const sessions = ['s1', 's2', 's3'].map((id) => makeSession({ id }));
    const { included, excluded } = splitExcluded(sessions, map);
    expect(included.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(excluded.map((s) => s.id)).toEqual(['s2']);
    expect(splitExcluded(sessions, new Map<string, SessionExclusion>()).included).toHaveLength(3);
  });
});

describe('listSessions', () => {
  const tuesday = makeGroup({ id: 'g1', facilitators: ['Anna', 'Cas'] });
  const thursday = makeGroup({ id: 'g2', facilitators: ['Bram'] });
  const index = facilitatorIndex([tuesday, thursday]);
  const s = (id: string, over: Partial<Session>) => makeSession({ id, plan, events: timed(8, 10), ...over });
  const sessions = [
    s('a1', { groupId: 'g1', practitioner: 'Anna', date: '2025-01-10', moduleId: 'recovery-strategies' }),
    s('a2', { groupId: 'g1', practitioner: 'Anna', date: '2025-03-10', moduleId: 'practical-facts' }),
    s('b1', { groupId: 'g2', practitioner: 'Bram', date: '2025-02-10' }),
    // Cas stood in as lead in Bram's group once.
    s('c1', { groupId: 'g2', practitioner: 'Cas', date: '2025-02-20' }),
    s('run', { groupId: 'g1', practitioner: 'Anna', date: '2025-04-01', status: 'running' }),
  ];
  const ctx = { today: '2025-06-15', prompts: PROMPTS, facilitators: index };
  const ids = (filter: Partial<ViewFilter>) => listSessions(sessions, { ...NO_VIEW_FILTER, ...filter }, ctx).map((x) => x.id);

  it('lists ended sessions newest first', () => {
    expect(ids({})).toEqual(['a2', 'c1', 'b1', 'a1']);
  });

  it('includes the sessions of groups a practitioner co-facilitates', () => {
    expect(roleIn(sessions[0]!, 'Cas', index)).toBe('co');
    expect(roleIn(sessions[3]!, 'Cas', index)).toBe('lead');
    expect(roleIn(sessions[2]!, 'Anna', index)).toBeNull();
    // Cas co-facilitates Tuesday (a1, a2) and led one Thursday session (c1).
    expect(ids({ practitioner: 'Cas' })).toEqual(['a2', 'c1', 'a1']);
    expect(ids({ practitioner: 'Bram' })).toEqual(['c1', 'b1']);
    expect(practitionerChoices(sessions, index)).toEqual(['Anna', 'Bram', 'Cas']);
  });

  it('filters by group, module and an inclusive date range', () => {
    expect(ids({ groupId: 'g2' })).toEqual(['c1', 'b1']);
    expect(ids({ moduleId: 'practical-facts' })).toEqual(['a2']);
    expect(ids({ from: '2025-02-10', to: '2025-02-20' })).toEqual(['c1', 'b1']);
    expect(ids({ from: '2025-02-11' })).toEqual(['a2', 'c1']);
    // An unreadable bound is ignored rather than hiding everything.
    expect(ids({ to: 'soon' })).toHaveLength(4);
  });

  it('filters by missed key prompts', () => {
    // No prompt is marked in these sessions: every offered key prompt is missed.
    expect(ids({ missedKey: 'some' })).toHaveLength(4);
    expect(ids({ missedKey: 'none' })).toEqual([]);
  });

  it('filters by the band of the session’s group or practitioner', () => {
    const keyed = [
      { key: 'g1', summary: { band: 'high' } },
      { key: 'g2', summary: { band: null } },
    ] as unknown as KeyedFidelityEstimate[];
    const bands = bandByKey(keyed);
    const listed = listSessions(sessions, NO_VIEW_FILTER, ctx);
    expect(inBand(listed, bands, 'group', 'high').map((x) => x.id)).toEqual(['a2', 'a1']);
    expect(inBand(listed, bands, 'group', 'none').map((x) => x.id)).toEqual(['c1', 'b1']);
    expect(inBand(listed, bands, 'group', null)).toHaveLength(4);
  });
});

describe('summaries and the heat map', () => {
  it('sums lengths, attendance, missed key prompts and modules in the order first met', () => {
    const sessions = [
      makeSession({ id: 'x', plan, events: timed(5, 10), date: '2025-02-01', moduleId: 'practical-facts', participants: { a: makeEntry({ attendance: 'present' }) } }),
      makeSession({ id: 'y', plan, events: timed(8, 10), date: '2025-01-01', participants: { a: makeEntry({ attendance: 'present' }), b: makeEntry() } }),
    ];
    const summary = summariseSessions(sessions, PROMPTS);
    expect(summary.sessions).toBe(2);
    expect(summary.lengths).toEqual({ 'not-timed': 0, aborted: 1, short: 0, over: 0, 'on-plan': 1 });
    expect(summary.meanPresent).toBe(1);
    expect(summary.unrecorded).toBe(1);
    expect(summary.modules).toEqual(['recovery-strategies', 'practical-facts']);
    expect(summary.latest).toBe('2025-02-01');
    expect(heatMapColumns(sessions, PROMPTS).map((c) => c.session.id)).toEqual(['x', 'y']);
  });
});

describe('the elements missed most', () => {
  it('are the IT-IS items under 3 in the Dutch trial, weakest first, each naming real instrument items', () => {
    expect(WEAKEST_ELEMENTS.map((e) => e.itisMean)).toEqual([1.73, 2.07, 2.13, 2.28, 2.4, 2.52, 2.83]);
    for (const element of WEAKEST_ELEMENTS) {
      expect(ITIS_ITEMS.some((i) => i.id === element.itisItem)).toBe(true);
      if (element.fidelityItem) expect(FIDELITY_SCALE.some((i) => i.id === element.fidelityItem)).toBe(true);
      // Every element has prompts in the library, so coverage can be measured.
      expect(PROMPTS.some((p) => p.itisItems.includes(element.itisItem))).toBe(true);
    }
    // The two with no Fidelity Scale item: never rated unless looked for.
    expect(WEAKEST_ELEMENTS.filter((e) => e.fidelityItem === null).map((e) => e.id)).toEqual(['action-plan-review', 'action-planning']);
  });

  it('are covered when a prompt for them was done in a session that offered one', () => {
    const base = makeSession({ plan, events: timed(8, 10) });
    const offered = promptsForSession(PROMPTS, base);
    const done = (pred: (id: string) => boolean) =>
      Object.fromEntries(offered.map((p) => [p.id, { status: pred(p.id) ? ('done' as const) : ('not-done' as const), note: '', at: T0 }]));
    const review = offered.filter((p) => p.itisItems.includes('itis-action-plan-review')).map((p) => p.id);
    const sessions = [
      { ...base, id: 'one', prompts: done((id) => review.includes(id)) },
      { ...base, id: 'two', prompts: done(() => false) },
      { ...base, id: 'three', prompts: done(() => false) },
    ];
    const coverage = weakElementCoverage(sessions, PROMPTS);
    const apr = coverage.find((c) => c.element.id === 'action-plan-review')!;
    expect(apr).toMatchObject({ sessions: 3, offered: 3, done: 1, needsAttention: true });
    expect(apr.percent).toBeCloseTo(100 / 3);
    expect(ATTENTION_PERCENT).toBe(50);
  });
});
