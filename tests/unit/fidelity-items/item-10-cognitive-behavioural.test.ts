import { describe, expect, it } from 'vitest';
import { explain, rate } from './helpers';
import { SHARE_BOUNDARIES, defining, tenSessions } from './sessions-share';

/**
 * Anchor: from not used to used in every session (reinforcement, shaping, modelling, role play,
 * cognitive restructuring, relaxation); share of sessions, cut-points unverified. The Dutch IMR study
 * found a ceiling effect here while CBT was one of the weakest elements (IT-IS 2.13), so praise,
 * peer coaching and solving barriers do not count on their own.
 */
describe('item 10, cognitive-behavioural techniques', () => {
  it('is defined by modelling, role play, restructuring, relaxation, rehearsal and shaping only', () => {
    const ids = defining('fs10-cognitive-behavioural');
    expect(ids).toContain('teach-model-role-play');
    expect(ids).toContain('teach-examine-unhelpful-thoughts');
    expect(ids).toContain('m8-practise-coping');
    for (const notDefining of ['apr-reinforce-effort', 'apr-solve-barriers', 'teach-members-coach']) expect(ids).not.toContain(notDefining);
  });

  it.each(SHARE_BOUNDARIES)('role play in %i of 10 sessions -> %i', (n, rating) => {
    expect(rate('fs10-cognitive-behavioural', { sessions: tenSessions(n, 'teach-model-role-play') }).rating).toBe(rating);
  });

  it.each(defining('fs10-cognitive-behavioural'))('%s done in every session counts', (id) => {
    expect(rate('fs10-cognitive-behavioural', { sessions: tenSessions(10, id) }).rating).toBe(5);
  });

  it('is not top-rated when only "Praise every attempt" is ticked and role play is not done', () => {
    const e = rate('fs10-cognitive-behavioural', { sessions: tenSessions(10, 'apr-reinforce-effort', { 'teach-model-role-play': 'not-done' }) });
    expect(e.rating).toBe(1);
    expect(explain(e).en).toMatch(/Praise, peer coaching and solving barriers alone do not count/);
  });

  it.each(['apr-solve-barriers', 'teach-members-coach'])('is not top-rated when only %s is ticked', (id) => {
    expect(rate('fs10-cognitive-behavioural', { sessions: tenSessions(10, id) }).rating).toBe(1);
  });
});
