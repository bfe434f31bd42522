import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONTENT, CONTENT_VERSION, MODULES, getModule } from '../../lib/curriculum';
import { applyAdaptation, checkedAdaptationFile, materialId, materialIds, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import { fileLayer } from '../../lib/curriculum/adaptation-diff';
import { PRODUCT_AUTHORED_FROM_MODULE, isProductAuthored } from '../../lib/curriculum/authorship';

/**
 * Issue 10: the session outlines and worksheet titles of modules 4-11 are this guide's own, so a
 * programme can reword them through its adaptation, as it can change the session counts.
 */
const socialSupport = getModule('social-support')!;
const check = (adaptation: ProgrammeAdaptation) =>
  checkedAdaptationFile({ programmeName: 'FACT Noord', adaptation, contentVersion: CONTENT_VERSION }, BUILT_IN_CONTENT).result;

describe('product-authored module material', () => {
  it('is modules 4 to 11', () => {
    expect(PRODUCT_AUTHORED_FROM_MODULE).toBe(4);
    expect(MODULES.filter(isProductAuthored).map((m) => m.number)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('names every session title, outline topic and handout title with an id', () => {
    const ids = materialIds([socialSupport]);
    expect(ids.has('social-support/s1/title')).toBe(true);
    expect(ids.has('social-support/s1/outline/1')).toBe(true);
    expect(ids.has(`handout/${socialSupport.handouts[1]!.id}`)).toBe(true);
    const expected = socialSupport.handouts.length + socialSupport.sessions.reduce((n, s) => n + 1 + s.outline.length, 0);
    expect(ids.size).toBe(expected);
  });

  it('rewords a session title, an outline topic and a worksheet title, keeping the other language', () => {
    const worksheet = socialSupport.handouts[1]!;
    const adapted = applyAdaptation(BUILT_IN_CONTENT, {
      materialOverrides: {
        [materialId.sessionTitle('social-support', 1)]: { nl: 'Waarom steun ertoe doet' },
        [materialId.outlineTopic('social-support', 1, 2)]: { en: 'How support helps', nl: 'Hoe steun helpt' },
        [materialId.handoutTitle(worksheet.id)]: { en: 'Our network map' },
      },
    });
    const module = adapted.modules.find((m) => m.id === 'social-support')!;
    expect(module.sessions[0]!.title).toEqual({ en: socialSupport.sessions[0]!.title.en, nl: 'Waarom steun ertoe doet' });
    expect(module.sessions[0]!.outline[1]).toEqual({ en: 'How support helps', nl: 'Hoe steun helpt' });
    expect(module.sessions[0]!.outline[0]).toEqual(socialSupport.sessions[0]!.outline[0]);
    expect(module.handouts[1]!.title).toEqual({ en: 'Our network map', nl: worksheet.title.nl });
    // The built-in content is not changed.
    expect(getModule('social-support')!.sessions[0]!.title).toEqual(socialSupport.sessions[0]!.title);
  });

  it('rewords a practice session that a higher session count added', () => {
    const adapted = applyAdaptation(BUILT_IN_CONTENT, {
      sessionCounts: { 'social-support': socialSupport.sessions.length + 1 },
      materialOverrides: { [materialId.sessionTitle('social-support', socialSupport.sessions.length + 1)]: { en: 'Extra practice' } },
    });
    expect(adapted.modules.find((m) => m.id === 'social-support')!.sessions.at(-1)!.title.en).toBe('Extra practice');
  });

  it('goes through the file check and is carried with the file layer', () => {
    const adaptation: ProgrammeAdaptation = { materialOverrides: { 'social-support/s1/title': { en: 'Why people matter' } } };
    const result = check(adaptation);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file.adaptation.materialOverrides).toEqual(adaptation.materialOverrides);
    expect(fileLayer(adaptation)).toEqual(adaptation);
  });

  it.each([
    [{ 'social-support/s99/title': { en: 'x' } }, /unknown material 'social-support\/s99\/title'/],
    [{ 'handout/nope': { en: 'x' } }, /unknown material 'handout\/nope'/],
    [{ 'social-support/s1/title': {} }, /at least one language/],
    [{ 'social-support/s1/title': { nl: '  ' } }, /must not be empty/],
  ])('refuses %j', (materialOverrides, message) => {
    const result = check({ materialOverrides });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });
});
