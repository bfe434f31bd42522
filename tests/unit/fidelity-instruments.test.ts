import { describe, expect, it } from 'vitest';
import type { FidelityScaleItemId } from '../../lib/curriculum/types';
import type { Text } from '../../lib/i18n/text';
import {
  DEFAULT_SHARE_CUTS,
  FIDELITY_BAND_LABELS,
  FIDELITY_SCALE,
  ITIS_BAND_LABELS,
  ITIS_CATEGORY_LABELS,
  ITIS_ITEMS,
  RATINGS,
  SELF_REPORTED_EXPLANATION,
  SELF_REPORTED_LABEL,
  UNVERIFIED_ANCHORS_LABEL,
  anchorsFor,
  isValidCuts,
  resolveCuts,
  shareAnchors,
} from '../../lib/fidelity/instruments';

const FS_IDS: FidelityScaleItemId[] = [
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
];

function expectBilingual(text: Text, where: string): void {
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
  expect(text.nl.trim(), `${where} (nl)`).not.toBe('');
  // Identical texts almost always mean a translation was forgotten.
  expect(text.nl, `${where} is not translated`).not.toBe(text.en);
}

describe('IMR Fidelity Scale', () => {
  it('has 13 items numbered 1..13 in scale order', () => {
    expect(FIDELITY_SCALE).toHaveLength(13);
    expect(FIDELITY_SCALE.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(FIDELITY_SCALE.map((i) => i.id)).toEqual(FS_IDS);
  });

  it('marks items 1-4 verified and 5-13 unverified', () => {
    for (const item of FIDELITY_SCALE) expect(item.anchorsVerified, item.id).toBe(item.number <= 4);
  });

  it.each([
    ['fs1-participants', 'count'],
    ['fs2-program-length', 'share'],
    ['fs3-comprehensiveness', 'topics'],
    ['fs4-handouts', 'share'],
    ['fs5-significant-others', 'share'],
    ['fs6-goal-setting', 'share'],
    ['fs7-goal-follow-up', 'share'],
    ['fs8-motivational', 'sessions-share'],
    ['fs9-educational', 'sessions-share'],
    ['fs10-cognitive-behavioural', 'sessions-share'],
    ['fs11-coping-skills', 'share'],
    ['fs12-relapse-prevention', 'share'],
    ['fs13-behavioural-tailoring', 'share'],
  ] as const)('%s uses the %s rule', (id, rule) => {
    expect(FIDELITY_SCALE.find((i) => i.id === id)?.rule).toBe(rule);
  });

  it('gives share items the default cut-points, editable only where the anchors are unverified', () => {
    for (const item of FIDELITY_SCALE) {
      const share = item.rule === 'share' || item.rule === 'sessions-share';
      expect(item.defaultCuts, item.id).toEqual(share ? [20, 40, 70, 90] : null);
      expect(item.cutsEditable, item.id).toBe(share && !item.anchorsVerified);
      expect(item.shareSubject === null, item.id).toBe(!share);
    }
  });

  it('has bilingual title, description and five anchors for every item', () => {
    for (const item of FIDELITY_SCALE) {
      expectBilingual(item.title, `${item.id} title`);
      expectBilingual(item.description, `${item.id} description`);
      expect(Object.keys(item.anchors).map(Number).sort()).toEqual([1, 2, 3, 4, 5]);
      for (const r of RATINGS) expectBilingual(item.anchors[r], `${item.id} anchor ${r}`);
      if (item.shareSubject) expectBilingual(item.shareSubject, `${item.id} share subject`);
    }
  });

  it('words the item 1 anchors with the verified participant counts', () => {
    const anchors = FIDELITY_SCALE[0]!.anchors;
    expect(anchors[1].en).toMatch(/more than 15/);
    expect(anchors[2].en).toMatch(/13 to 15/);
    expect(anchors[3].en).toMatch(/11 or 12/);
    expect(anchors[4].en).toMatch(/9 or 10/);
    expect(anchors[5].en).toMatch(/at most 8/);
  });

  it('words share anchors from the cut-points', () => {
    const a = shareAnchors({ en: 'Clients', nl: 'Cliënten' }, [10, 25, 50, 62.5]);
    expect(a[1]).toEqual({ en: 'Clients: under 10%', nl: 'Cliënten: minder dan 10%' });
    expect(a[2].en).toBe('Clients: 10% to under 25%');
    expect(a[4].nl).toBe('Cliënten: van 50% tot 62,5%');
    expect(a[5].en).toBe('Clients: 62.5% or more');
  });
});

describe('cut-points', () => {
  it.each([
    [[20, 40, 70, 90], true],
    [[0, 1, 2, 100], true],
    [[20, 40, 40, 90], false],
    [[40, 20, 70, 90], false],
    [[20, 40, 70], false],
    [[20, 40, 70, 101], false],
    [[-1, 40, 70, 90], false],
    [[20, Number.NaN, 70, 90], false],
    ['20,40,70,90', false],
  ])('isValidCuts(%j) is %s', (cuts, valid) => {
    expect(isValidCuts(cuts)).toBe(valid);
  });

  it('honours programme cut-points only for unverified share items', () => {
    const custom = [10, 20, 30, 40] as const;
    expect(resolveCuts('fs6-goal-setting', { 'fs6-goal-setting': custom })).toEqual(custom);
    expect(resolveCuts('fs4-handouts', { 'fs4-handouts': custom })).toEqual(DEFAULT_SHARE_CUTS);
    expect(resolveCuts('fs1-participants', { 'fs1-participants': custom })).toBeNull();
    expect(resolveCuts('fs11-coping-skills', { 'fs11-coping-skills': [50, 40, 70, 90] })).toEqual(DEFAULT_SHARE_CUTS);
    expect(resolveCuts('fs11-coping-skills')).toEqual(DEFAULT_SHARE_CUTS);
  });

  it('rewords anchors for edited cut-points', () => {
    expect(anchorsFor('fs6-goal-setting', { 'fs6-goal-setting': [10, 20, 30, 40] })[5].en).toMatch(/40% or more$/);
    expect(anchorsFor('fs4-handouts', { 'fs4-handouts': [10, 20, 30, 40] })[5].en).toMatch(/90% or more$/);
    expect(anchorsFor('fs3-comprehensiveness')).toBe(FIDELITY_SCALE[2]!.anchors);
  });
});

describe('IT-IS', () => {
  it('has 16 items: 11 core, 2 group-only, 3 optional', () => {
    expect(ITIS_ITEMS).toHaveLength(16);
    expect(new Set(ITIS_ITEMS.map((i) => i.id)).size).toBe(16);
    const count = (c: string) => ITIS_ITEMS.filter((i) => i.category === c).length;
    expect([count('core'), count('group'), count('optional')]).toEqual([11, 2, 3]);
    expect(ITIS_ITEMS.filter((i) => i.category === 'group').map((i) => i.id)).toEqual([
      'itis-involving-all',
      'itis-support-between-members',
    ]);
    expect(ITIS_ITEMS.filter((i) => i.category === 'optional').map((i) => i.id)).toEqual([
      'itis-coping-skills',
      'itis-relapse-prevention',
      'itis-behavioural-tailoring',
    ]);
  });

  it('has bilingual title and description for every item', () => {
    for (const item of ITIS_ITEMS) {
      expectBilingual(item.title, `${item.id} title`);
      expectBilingual(item.description, `${item.id} description`);
    }
  });
});

describe('labels', () => {
  it('are bilingual for every band, category and notice', () => {
    expect(Object.keys(FIDELITY_BAND_LABELS).sort()).toEqual(['high', 'low', 'moderate']);
    expect(Object.keys(ITIS_BAND_LABELS).sort()).toEqual([
      'excellent',
      'needs-improvement',
      'satisfactory',
      'unsatisfactory',
      'very-good',
    ]);
    const texts: [string, Text][] = [
      ...Object.entries(FIDELITY_BAND_LABELS),
      ...Object.entries(ITIS_BAND_LABELS),
      ...Object.entries(ITIS_CATEGORY_LABELS),
      ['self-reported', SELF_REPORTED_LABEL],
      ['self-reported explanation', SELF_REPORTED_EXPLANATION],
      ['unverified', UNVERIFIED_ANCHORS_LABEL],
    ];
    for (const [where, text] of texts) expectBilingual(text, where);
    expect(SELF_REPORTED_LABEL.nl).toBe('Zelfgerapporteerde schatting');
  });
});
