import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { MODULES, PROMPTS } from '../../lib/curriculum';
import {
  PROMPT_NOTE_COLUMN,
  PROMPT_RESPONSE_COLUMNS,
  SESSION_COLUMNS,
  isRedcapVariableName,
  promptResponsesCsv,
  sessionsCsv,
  statusCode,
  toCsv,
} from '../../lib/exports/csv';
import { createDemoData } from '../../lib/demo';
import { getTemplate } from '../../lib/curriculum';
import type { ItisRating } from '../../lib/fidelity/itis';
import { T0, fullPlan, makeEntry, makeGroup, makePrompt, makeSession, promptRecords } from '../factories';

/** Parses CSV the way an analyst's tool would, header row first. */
function parse(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ',' });
  expect(result.errors).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

const prompts = [
  makePrompt({ id: 'apr', stepId: 'action-plan-review', key: true, fidelityItems: ['fs7-goal-follow-up', 'fs9-educational'] }),
  makePrompt({ id: 'teach', stepId: 'teach', fidelityItems: ['fs9-educational'] }),
  makePrompt({ id: 'plan', stepId: 'action-planning', key: true, fidelityItems: [] }),
  makePrompt({ id: 'other-module', stepId: 'teach', moduleId: 'm2' }),
];
const modules = MODULES;

// 80 minutes planned (8 steps of 10), started, paused 5 minutes, ended after 70 active minutes.
const session = makeSession({
  id: 's1',
  plan: fullPlan(),
  events: [
    { type: 'start', at: T0 },
    { type: 'pause', at: T0 + 30 * 60_000 },
    { type: 'resume', at: T0 + 35 * 60_000 },
    { type: 'next', at: T0 + 40 * 60_000 },
    { type: 'end', at: T0 + 75 * 60_000 },
  ],
  prompts: promptRecords({ apr: 'done', teach: 'not-done' }),
  participants: {
    p1: makeEntry({ attendance: 'present' }),
    p2: makeEntry({ attendance: 'late' }),
    p3: makeEntry({ attendance: 'absent' }),
    p4: makeEntry({ attendance: 'left-early' }),
    p5: makeEntry(),
  },
});

describe('REDCap variable names', () => {
  it('accepts what REDCap accepts and refuses the rest', () => {
    for (const ok of ['session_id', 'fs13_offered', 'n_present', 'a', 'a'.repeat(26)]) expect(isRedcapVariableName(ok), ok).toBe(true);
    for (const bad of ['Session', '1st', '_id', 'id_', 'a__b', 'a-b', 'a b', 'a'.repeat(27), 'form_complete', 'redcap_event_name', 'event', 'arm', 'record', ''])
      expect(isRedcapVariableName(bad), bad).toBe(false);
    expect(isRedcapVariableName('redcap_repeat_instance')).toBe(false);
    expect(isRedcapVariableName('redcap_repeat_instance', true)).toBe(true);
  });

  it('holds every column of both files to the rule, the record id first', () => {
    const columns = [...SESSION_COLUMNS, ...PROMPT_RESPONSE_COLUMNS, PROMPT_NOTE_COLUMN];
    for (const c of columns) expect(isRedcapVariableName(c, true), c).toBe(true);
    expect(new Set(SESSION_COLUMNS).size).toBe(SESSION_COLUMNS.length);
    expect(SESSION_COLUMNS[0]).toBe('session_id');
    expect(PROMPT_RESPONSE_COLUMNS.slice(0, 3)).toEqual(['session_id', 'redcap_repeat_instrument', 'redcap_repeat_instance']);
  });
});

describe('sessions CSV', () => {
  it('writes one row per ended session with timing, attendance and coverage per fidelity item', () => {
    const running = makeSession({ id: 's2', status: 'running' });
    const ratings: ItisRating[] = [
      { id: 'r1', sessionId: 's1', rater: 'Sup', ratedAt: T0, scores: { 'itis-relationship': 4, 'itis-goals': 3 }, comment: '' },
      { id: 'r2', sessionId: 's1', rater: 'Sup 2', ratedAt: T0, scores: { 'itis-relationship': 5 }, comment: '' },
      { id: 'r3', sessionId: 'elsewhere', rater: 'Sup', ratedAt: T0, scores: { 'itis-relationship': 1 }, comment: '' },
    ];
    const text = sessionsCsv({ sessions: [session, running], groups: [makeGroup()], prompts, modules, ratings });
    const { fields, rows } = parse(text);
    expect(fields).toEqual(SESSION_COLUMNS);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      session_id: 's1',
      session_date: '2024-03-06',
      group_id: 'g1',
      group_name: 'Tuesday group',
      practitioner: 'AB',
      module_id: 'recovery-strategies',
      module_number: '1',
      session_number: '1',
      session_format: 'group',
      planned_min: '80',
      actual_min: '70',
      steps_planned: '8',
      steps_visited: '2',
      n_participants: '5',
      n_present: '1',
      n_late: '1',
      n_left_early: '1',
      n_absent: '1',
      n_not_recorded: '1',
      n_attended: '3',
      prompts_offered: '3',
      prompts_done: '1',
      prompts_not_done: '1',
      prompts_na: '0',
      prompts_unanswered: '1',
      key_prompts_missed: '1',
      fs7_offered: '1',
      fs7_done: '1',
      fs9_offered: '2',
      fs9_done: '1',
      fs1_offered: '0',
      itis_ratings: '2',
      itis_score: '4.25',
      source_id: '',
    });
  });

  it('uses CRLF line ends and leaves the IT-IS score empty without a rating', () => {
    const text = sessionsCsv({ sessions: [session], groups: [], prompts, modules });
    expect(text.split('\r\n')).toHaveLength(2);
    expect(parse(text).rows[0]).toMatchObject({ itis_ratings: '0', itis_score: '', group_name: '' });
  });

  it('writes the demo sessions with the real prompt library', () => {
    const demo = createDemoData({ now: T0, locale: 'en', practitioner: 'AB', module: MODULES[0]!, template: getTemplate('group-90')!, prompts: PROMPTS });
    const { rows } = parse(sessionsCsv({ sessions: demo.sessions, groups: demo.groups, prompts: PROMPTS, modules }));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(Number(row.prompts_offered)).toBeGreaterThan(10);
      expect(Number(row.planned_min)).toBe(90);
      expect(Number(row.actual_min)).toBeGreaterThanOrEqual(90);
    }
  });
});

describe('prompt responses CSV', () => {
  it('writes every offered prompt (unanswered too) and recorded prompts no longer offered', () => {
    const withGone = { ...session, prompts: { ...session.prompts, ...promptRecords({ gone: 'done' }) } };
    const { fields, rows } = parse(promptResponsesCsv({ sessions: [withGone], groups: [], prompts, modules }));
    expect(fields).toEqual(PROMPT_RESPONSE_COLUMNS);
    expect(rows.map((r) => [r.prompt_id, r.step, r.status, r.offered, r.key_prompt, r.fidelity_items, r.redcap_repeat_instance])).toEqual([
      ['apr', 'action-plan-review', 'done', '1', '1', '7;9', '1'],
      ['teach', 'teach', 'not_done', '1', '0', '9', '2'],
      ['plan', 'action-planning', 'unanswered', '1', '1', '', '3'],
      ['gone', '', 'done', '0', '', '', '4'],
    ]);
    expect(rows.every((r) => r.session_id === 's1' && r.redcap_repeat_instrument === 'prompt_response')).toBe(true);
  });

  it('adds the note column only when the data has notes', () => {
    const noted = { ...session, prompts: { ...session.prompts, apr: { status: 'done' as const, note: '  Went round everyone.\nP02 did it twice ', at: 0 } } };
    const { fields, rows } = parse(promptResponsesCsv({ sessions: [noted], groups: [], prompts, modules }));
    expect(fields).toEqual([...PROMPT_RESPONSE_COLUMNS, PROMPT_NOTE_COLUMN]);
    expect(rows[0]?.prompt_note).toBe('Went round everyone.\nP02 did it twice');
    expect(rows[1]?.prompt_note).toBe('');
  });

  it('maps unknown statuses from older files to unanswered', () => {
    expect(statusCode('done')).toBe('done');
    expect(statusCode('not-done')).toBe('not_done');
    expect(statusCode('na')).toBe('na');
    expect(statusCode(null)).toBe('unanswered');
    expect(statusCode('maybe')).toBe('unanswered');
    expect(statusCode('toString')).toBe('unanswered');
  });
});

describe('CSV injection', () => {
  const dangerous = ['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=1\n+2'];

  it('prefixes every text cell that a spreadsheet would run as a formula with an apostrophe', () => {
    const text = toCsv(['a'], dangerous.map((a) => ({ a })));
    const { rows } = parse(text);
    expect(rows.map((r) => r.a)).toEqual(dangerous.map((d) => `'${d}`));
  });

  it('leaves safe text and numbers as they are, negative numbers included', () => {
    const { rows } = parse(toCsv(['a', 'b'], [{ a: 'plain, with "quotes"', b: -3 }, { a: 'x=1', b: 2.5 }]));
    expect(rows).toEqual([
      { a: 'plain, with "quotes"', b: '-3' },
      { a: 'x=1', b: '2.5' },
    ]);
  });

  it('escapes names, group names, prompt ids and notes that come from imported files', () => {
    const evil = makeSession({
      id: '=cmd|"/c calc"!A1',
      practitioner: '@evil',
      groupId: 'g-evil',
      prompts: { '+x': { status: 'done', note: '-note', at: 0 } },
    });
    const groups = [makeGroup({ id: 'g-evil', name: '=2+2' })];
    const sessions = parse(sessionsCsv({ sessions: [evil], groups, prompts, modules })).rows[0];
    expect(sessions).toMatchObject({ session_id: `'=cmd|"/c calc"!A1`, practitioner: "'@evil", group_name: "'=2+2" });
    const responses = parse(promptResponsesCsv({ sessions: [evil], groups, prompts, modules })).rows;
    expect(responses[0]).toMatchObject({ session_id: `'=cmd|"/c calc"!A1`, prompt_id: "'+x", prompt_note: "'-note" });
    for (const row of [sessions!, ...responses]) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+@\t\r]/);
  });
});
