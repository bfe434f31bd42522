import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../lib/curriculum/types';
import { PROMPTS } from '../../lib/curriculum';
import {
  NO_FILTER,
  formatMean,
  formatPercent,
  groupsInScope,
  inPeriod,
  itemsServedByPrompts,
  monthLabel,
  monthlyItemCoverage,
  periodCutoff,
  practitionersOf,
  selectSessions,
} from '../../lib/fidelity/trend';
import { FIDELITY_SCALE } from '../../lib/fidelity/instruments';
import type { Group, PromptStatus, Session } from '../../lib/model';
import { fullPlan, makeGroup, makePrompt, makeSession, promptRecords } from '../factories';

const group = (id: string, over: Partial<Group> = {}): Group => makeGroup({ id, facilitators: [], ...over });

const prompt = (id: string, over: Partial<Prompt> = {}): Prompt => makePrompt({ id, ...over });

let created = 0;
function session(id: string, over: Partial<Omit<Session, 'prompts'>> & { promptStatus?: Record<string, PromptStatus> } = {}): Session {
  const { promptStatus = {}, ...rest } = over;
  created += 1;
  return makeSession({
    id,
    practitioner: 'Anna',
    moduleId: 'm1',
    plan: fullPlan(),
    prompts: promptRecords(promptStatus),
    date: '2025-03-10',
    createdAt: created,
    updatedAt: created,
    ...rest,
  });
}

describe('periodCutoff and inPeriod', () => {
  it('counts back whole calendar months from today', () => {
    expect(periodCutoff('last-3-months', '2025-07-15')).toBe('2025-04-15');
    expect(periodCutoff('last-12-months', '2025-07-15')).toBe('2024-07-15');
    expect(periodCutoff('all', '2025-07-15')).toBeNull();
  });

  it('crosses the year boundary', () => {
    expect(periodCutoff('last-3-months', '2025-02-10')).toBe('2024-11-10');
    expect(periodCutoff('last-12-months', '2025-01-01')).toBe('2024-01-01');
  });

  it('clamps to the end of a shorter month, leap years included', () => {
    expect(periodCutoff('last-3-months', '2025-05-31')).toBe('2025-02-28');
    expect(periodCutoff('last-3-months', '2024-05-31')).toBe('2024-02-29');
    expect(periodCutoff('last-12-months', '2024-02-29')).toBe('2023-02-28');
  });

  it('covers the days after the cutoff up to today', () => {
    expect(inPeriod('2025-04-15', 'last-3-months', '2025-07-15')).toBe(false);
    expect(inPeriod('2025-04-16', 'last-3-months', '2025-07-15')).toBe(true);
    expect(inPeriod('2025-07-15', 'last-3-months', '2025-07-15')).toBe(true);
    expect(inPeriod('2020-01-01', 'all', '2025-07-15')).toBe(true);
  });

  it('leaves sessions without a readable date out of a period, but not out of "all"', () => {
    expect(inPeriod('', 'last-12-months', '2025-07-15')).toBe(false);
    expect(inPeriod('15-07-2025', 'last-12-months', '2025-07-15')).toBe(false);
    expect(inPeriod('', 'all', '2025-07-15')).toBe(true);
    expect(periodCutoff('last-3-months', 'not a date')).toBeNull();
    expect(inPeriod('2025-07-01', 'last-3-months', 'not a date')).toBe(false);
  });
});

describe('selectSessions', () => {
  const sessions = [
    session('old', { date: '2024-01-05' }),
    session('running', { date: '2025-07-01', status: 'running' }),
    session('b1', { date: '2025-06-01', groupId: 'g2', practitioner: 'Bram' }),
    session('a-late', { date: '2025-06-20' }),
    session('a-early', { date: '2025-06-20' }),
    session('nobody', { date: '2025-05-01', practitioner: '' }),
  ];
  // Same date: the later-created session comes first.
  sessions[3]!.createdAt = 100;
  sessions[4]!.createdAt = 50;

  it('keeps ended sessions only, newest first', () => {
    expect(selectSessions(sessions, NO_FILTER, '2025-07-15').map((s) => s.id)).toEqual(['a-late', 'a-early', 'b1', 'nobody', 'old']);
  });

  it('narrows by group, practitioner (including "not recorded") and period', () => {
    const ids = (filter: Partial<typeof NO_FILTER>) => selectSessions(sessions, { ...NO_FILTER, ...filter }, '2025-07-15').map((s) => s.id);
    expect(ids({ groupId: 'g2' })).toEqual(['b1']);
    expect(ids({ practitioner: 'Anna' })).toEqual(['a-late', 'a-early', 'old']);
    expect(ids({ practitioner: '' })).toEqual(['nobody']);
    expect(ids({ period: 'last-3-months' })).toEqual(['a-late', 'a-early', 'b1', 'nobody']);
    expect(ids({ period: 'last-3-months', practitioner: 'Anna', groupId: 'g1' })).toEqual(['a-late', 'a-early']);
    expect(ids({ groupId: 'none' })).toEqual([]);
  });

  it('does not reorder its input', () => {
    const before = sessions.map((s) => s.id);
    selectSessions(sessions, NO_FILTER, '2025-07-15');
    expect(sessions.map((s) => s.id)).toEqual(before);
  });
});

describe('practitionersOf and groupsInScope', () => {
  it('lists practitioners of ended sessions alphabetically, "not recorded" last', () => {
    const sessions = [
      session('1', { practitioner: 'Zoë' }),
      session('2', { practitioner: '' }),
      session('3', { practitioner: 'Anna' }),
      session('4', { practitioner: 'Anna' }),
      session('5', { practitioner: 'Running only', status: 'running' }),
    ];
    expect(practitionersOf(sessions)).toEqual(['Anna', 'Zoë', '']);
    expect(practitionersOf([])).toEqual([]);
  });

  it('scopes groups to the chosen group, or to a practitioner’s groups, or keeps all', () => {
    const groups = [group('g1', { facilitators: ['Anna'] }), group('g2'), group('g3')];
    const selected = [session('s', { groupId: 'g2', practitioner: 'Anna' })];
    const ids = (filter: Partial<typeof NO_FILTER>, sel = selected) =>
      groupsInScope(groups, sel, { ...NO_FILTER, ...filter }).map((g) => g.id);
    expect(ids({})).toEqual(['g1', 'g2', 'g3']);
    expect(ids({ groupId: 'g3' })).toEqual(['g3']);
    // Anna facilitates g1 and ran a selected session in g2.
    expect(ids({ practitioner: 'Anna' })).toEqual(['g1', 'g2']);
    expect(ids({ practitioner: 'Bram' }, [])).toEqual([]);
    // "Not recorded" is nobody's facilitator name.
    expect(ids({ practitioner: '' }, [])).toEqual([]);
  });
});

describe('itemsServedByPrompts', () => {
  it('lists items with at least one prompt, in scale order', () => {
    const prompts = [
      prompt('a', { fidelityItems: ['fs10-cognitive-behavioural', 'fs4-handouts'] }),
      prompt('b', { fidelityItems: ['fs4-handouts'] }),
      prompt('c'),
    ];
    expect(itemsServedByPrompts(prompts)).toEqual(['fs4-handouts', 'fs10-cognitive-behavioural']);
    expect(itemsServedByPrompts([])).toEqual([]);
  });

  it('leaves out the items the built-in library cannot show (1-3 come from other records)', () => {
    const served = itemsServedByPrompts(PROMPTS);
    expect(served).not.toContain('fs1-participants');
    expect(served).not.toContain('fs2-program-length');
    expect(served).not.toContain('fs3-comprehensiveness');
    expect(served).toContain('fs7-goal-follow-up');
    expect(served).toEqual(FIDELITY_SCALE.map((i) => i.id).filter((id) => served.includes(id)));
  });
});

describe('monthlyItemCoverage', () => {
  const prompts = [
    prompt('cbt-teach', { fidelityItems: ['fs10-cognitive-behavioural'] }),
    prompt('cbt-m2', { fidelityItems: ['fs10-cognitive-behavioural'], moduleId: 'm2' }),
    prompt('edu', { fidelityItems: ['fs9-educational'] }),
  ];
  const ITEM = 'fs10-cognitive-behavioural' as const;

  it('counts per month the sessions with a prompt for the item marked done', () => {
    const rows = monthlyItemCoverage(
      [
        session('1', { date: '2025-01-07', promptStatus: { 'cbt-teach': 'done' } }),
        session('2', { date: '2025-01-14', promptStatus: { 'cbt-teach': 'not-done' } }),
        session('3', { date: '2025-01-21', promptStatus: { 'cbt-teach': 'na', edu: 'done' } }),
        session('4', { date: '2025-02-04', promptStatus: { 'cbt-teach': 'done' } }),
      ],
      prompts,
      ITEM,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ month: '2025-01', sessions: 3, offered: 3, covered: 1 });
    expect(rows[0]!.percent).toBeCloseTo(100 / 3, 10);
    expect(rows[1]).toEqual({ month: '2025-02', sessions: 1, offered: 1, covered: 1, percent: 100 });
  });

  it('keeps months without sessions visible between the first and last month, across a year end', () => {
    const rows = monthlyItemCoverage(
      [session('1', { date: '2024-11-03', promptStatus: { 'cbt-teach': 'done' } }), session('2', { date: '2025-02-10' })],
      prompts,
      ITEM,
    );
    expect(rows.map((r) => r.month)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(rows[1]).toEqual({ month: '2024-12', sessions: 0, offered: 0, covered: 0, percent: null });
    expect(rows[3]).toEqual({ month: '2025-02', sessions: 1, offered: 1, covered: 0, percent: 0 });
  });

  it('counts a session whose plan or module did not offer the item’s prompts as not covered, and says so in "offered"', () => {
    const rows = monthlyItemCoverage(
      [
        // The teach step was left out of the plan: the prompt was never shown.
        session('1', { date: '2025-03-01', plan: [{ stepId: 'check-in', seconds: 600 }], promptStatus: { 'cbt-teach': 'done' } }),
        // Module 2 offers its own prompt too; one done is enough.
        session('2', { date: '2025-03-08', moduleId: 'm2', promptStatus: { 'cbt-m2': 'done', 'cbt-teach': 'not-done' } }),
      ],
      prompts,
      ITEM,
    );
    expect(rows).toEqual([{ month: '2025-03', sessions: 2, offered: 1, covered: 1, percent: 50 }]);
  });

  it('ignores running sessions and sessions without a readable date; no sessions gives no rows', () => {
    const rows = monthlyItemCoverage(
      [
        session('1', { date: '2025-03-01', status: 'running', promptStatus: { 'cbt-teach': 'done' } }),
        session('2', { date: '', promptStatus: { 'cbt-teach': 'done' } }),
        session('3', { date: '2025-13-01', promptStatus: { 'cbt-teach': 'done' } }),
      ],
      prompts,
      ITEM,
    );
    expect(rows).toEqual([]);
    expect(monthlyItemCoverage([], prompts, ITEM)).toEqual([]);
  });

  it('gives 0 % for an item no prompt serves, never a gap that hides the sessions', () => {
    const rows = monthlyItemCoverage([session('1', { date: '2025-03-01' })], prompts, 'fs13-behavioural-tailoring');
    expect(rows).toEqual([{ month: '2025-03', sessions: 1, offered: 0, covered: 0, percent: 0 }]);
  });
});

describe('display helpers', () => {
  it('names months in the reader’s language', () => {
    expect(monthLabel('2025-03', 'en')).toBe('March 2025');
    expect(monthLabel('2025-03', 'nl')).toBe('maart 2025');
    expect(monthLabel('2024-12', 'nl')).toBe('december 2024');
  });

  it('floors percentages to one decimal so a shown figure never crosses a cut-point', () => {
    expect(formatPercent(100 / 3, 'en')).toBe('33.3%');
    expect(formatPercent(100 / 3, 'nl')).toBe('33,3%');
    expect(formatPercent(19.96, 'en')).toBe('19.9%');
    expect(formatPercent(57, 'en')).toBe('57%');
    expect(formatPercent((0.57 * 100 * 10) / 10, 'en')).toBe('57%');
    expect(formatPercent(0, 'nl')).toBe('0%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });

  it('shows a mean with two decimals and the local decimal sign', () => {
    expect(formatMean(3.85, 'en')).toBe('3.85');
    expect(formatMean(3.85, 'nl')).toBe('3,85');
    expect(formatMean(4, 'nl')).toBe('4,00');
  });
});
