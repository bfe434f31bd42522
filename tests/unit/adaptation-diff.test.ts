import { describe, expect, it } from 'vitest';
import { getModule, getTemplate, type SessionTemplate } from '../../lib/curriculum';
import { countAndMinuteChanges, countChanges, fileLayer, lengthWith, minutesChanges } from '../../lib/curriculum/adaptation-diff';
import type { ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import { makeCustomPrompt } from '../factories';

const socialSupport = getModule('social-support')!; // 7 sessions built in
const stressVulnerability = getModule('stress-vulnerability')!; // 3 sessions built in
const group90 = getTemplate('group-90')!; // teach 33, summary 3, 90 in all
const individual45 = getTemplate('individual-45')!;

/** A record that holds `inherited` only through its prototype. */
const inheriting = <T>(inherited: Record<string, T>): Record<string, T> => Object.create(inherited) as Record<string, T>;

describe('countChanges', () => {
  it('lists only the modules whose count differs from the built-in one, in curriculum order', () => {
    const changes = countChanges({ 'social-support': 5, 'stress-vulnerability': 4, 'recovery-strategies': 4 });
    expect(changes.map((c) => [c.module.id, c.to])).toEqual([
      ['stress-vulnerability', 4],
      ['social-support', 5],
    ]);
    expect(changes[0]?.module).toBe(stressVulnerability);
  });

  it('has nothing to list without counts, and ignores unknown ids and inherited keys', () => {
    expect(countChanges(undefined)).toEqual([]);
    expect(countChanges({})).toEqual([]);
    expect(countChanges({ 'no-such-module': 3, constructor: 2 })).toEqual([]);
    expect(countChanges(inheriting({ 'social-support': 5 }))).toEqual([]);
  });

  it('compares against the modules it is given', () => {
    const shorter = { ...socialSupport, sessions: socialSupport.sessions.slice(0, 5) };
    expect(countChanges({ 'social-support': 5 }, [shorter])).toEqual([]);
    expect(countChanges({ 'social-support': 7 }, [shorter])).toEqual([{ module: shorter, to: 7 }]);
  });
});

describe('minutesChanges', () => {
  it('lists the changed steps of each template with their built-in and new minutes', () => {
    const changes = minutesChanges({
      'group-90': { teach: 30, summary: 3, 'check-in': 6 },
      'individual-45': { teach: 17 },
    });
    expect(changes).toEqual([
      {
        template: group90,
        steps: [
          { stepId: 'check-in', from: 5, to: 6 },
          { stepId: 'teach', from: 33, to: 30 },
        ],
      },
    ]);
  });

  it('has nothing to list without minutes, and ignores unknown templates and inherited keys', () => {
    expect(minutesChanges(undefined)).toEqual([]);
    expect(minutesChanges({ 'group-120': { teach: 40 } })).toEqual([]);
    expect(minutesChanges(inheriting({ 'group-90': { teach: 40 } }))).toEqual([]);
    expect(minutesChanges({ 'group-90': inheriting({ teach: 40 }) })).toEqual([]);
  });

  it('compares against the templates it is given', () => {
    const own: SessionTemplate = { ...individual45, id: 'own-45' };
    expect(minutesChanges({ 'own-45': { teach: 20 } }, [own])).toEqual([{ template: own, steps: [{ stepId: 'teach', from: 17, to: 20 }] }]);
  });
});

describe('lengthWith', () => {
  it('is the sum of the steps with the changed minutes', () => {
    expect(lengthWith(group90, { teach: 40 })).toBe(97);
    expect(lengthWith(group90, {})).toBe(90);
  });

  it('keeps decimal minutes free of floating-point noise and ignores values applyAdaptation would ignore', () => {
    expect(lengthWith(group90, { 'check-in': 5.1, 'review-previous': 5.2 })).toBe(90.3);
    expect(lengthWith(group90, { teach: 0, summary: -2 })).toBe(90);
  });
});

describe('countAndMinuteChanges', () => {
  it('lists the count and minute changes with each changed template’s new length', () => {
    const adaptation: ProgrammeAdaptation = {
      sessionCounts: { 'stress-vulnerability': 5 },
      templateMinutes: { 'group-90': { teach: 30, summary: 6 }, 'group-60': { teach: 22 } },
      textOverrides: { 'checkin-welcome-each': { en: 'Greet each participant by name.' } },
    };
    expect(countAndMinuteChanges(adaptation)).toEqual({
      counts: [{ module: stressVulnerability, to: 5 }],
      templates: [
        {
          template: group90,
          steps: [
            { stepId: 'teach', from: 33, to: 30 },
            { stepId: 'summary', from: 3, to: 6 },
          ],
          total: 90,
        },
      ],
    });
  });

  it('is empty for an adaptation that only changes wording', () => {
    expect(countAndMinuteChanges({ textOverrides: { 'checkin-welcome-each': { nl: 'Welkom.' } } })).toEqual({ counts: [], templates: [] });
  });
});

describe('fileLayer', () => {
  it('keeps only the wording and the custom prompts', () => {
    const custom = makeCustomPrompt();
    const textOverrides = { 'checkin-welcome-each': { en: 'Hello.' } };
    expect(
      fileLayer({ sessionCounts: { 'social-support': 5 }, templateMinutes: { 'group-90': { teach: 30 } }, textOverrides, customPrompts: [custom] }),
    ).toEqual({ textOverrides, customPrompts: [custom] });
  });

  it('adds no empty fields', () => {
    const layer = fileLayer({ sessionCounts: { 'social-support': 5 } });
    expect(layer).toEqual({});
    expect(Object.keys(layer)).toEqual([]);
  });
});
