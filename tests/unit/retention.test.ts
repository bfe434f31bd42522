import { describe, expect, it } from 'vitest';
import { dueForErasure, monthsBefore } from '../../lib/retention';
import { makeParticipant } from '../factories';

describe('monthsBefore', () => {
  it.each([
    ['2024-06-15', 6, '2023-12-15'],
    ['2024-06-15', 0, '2024-06-15'],
    ['2024-01-10', 1, '2023-12-10'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2023-03-31', 1, '2023-02-28'],
    ['2024-05-31', 3, '2024-02-29'],
    ['2024-06-15', 24, '2022-06-15'],
    ['2024-06-15', 120, '2014-06-15'],
  ])('%s minus %i months is %s', (today, months, expected) => {
    expect(monthsBefore(today, months)).toBe(expected);
  });

  it.each([
    ['15-06-2024', 6],
    ['2024-06-15', -1],
    ['2024-06-15', 1.5],
  ])('refuses %s / %s', (today, months) => {
    expect(monthsBefore(today, months)).toBeNull();
  });
});

describe('dueForErasure', () => {
  const left = (id: string, leftOn: string | null, status: 'left' | 'completed' | 'active' = 'left') =>
    makeParticipant({ id, code: id.toUpperCase(), status, leftOn });
  const TODAY = '2024-06-15';

  it('is nobody without a rule', () => {
    expect(dueForErasure([left('a', '2000-01-01')], null, TODAY)).toEqual([]);
  });

  it('counts from the end date: more than N months ago goes, exactly N months ago stays', () => {
    const people = [
      left('day-before-cutoff', '2023-12-14'),
      left('on-cutoff', '2023-12-15'),
      left('day-after-cutoff', '2023-12-16'),
      left('completed-long-ago', '2022-01-01', 'completed'),
      left('yesterday', '2024-06-14'),
    ];
    expect(dueForErasure(people, 6, TODAY).map((p) => p.id)).toEqual(['day-before-cutoff', 'completed-long-ago']);
  });

  it('never includes someone active, or without a readable end date', () => {
    const people = [left('active', '2000-01-01', 'active'), left('no-date', null), left('bad-date', '01/01/2000')];
    expect(dueForErasure(people, 1, TODAY)).toEqual([]);
  });

  it('clamps the month end: on 31 March a 1-month rule keeps someone who left on 29 February', () => {
    const people = [left('feb-28', '2024-02-28'), left('feb-29', '2024-02-29')];
    expect(dueForErasure(people, 1, '2024-03-31').map((p) => p.id)).toEqual(['feb-28']);
  });
});
