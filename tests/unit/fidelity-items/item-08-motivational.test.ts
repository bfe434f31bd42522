import { describe, expect, it } from 'vitest';
import { explain, rate } from './helpers';
import { SHARE_BOUNDARIES, defining, tenSessions } from './sessions-share';

/** Anchor: from not used to used in every session; share of sessions, cut-points unverified. */
describe('item 8, motivation-based strategies', () => {
  it('is defined by linking the material to goals and weighing pros and cons', () => {
    expect(defining('fs8-motivational')).toEqual(['teach-link-to-goals', 'm6-sobriety-plan']);
  });

  it.each(SHARE_BOUNDARIES)('done in %i of 10 sessions -> %i', (n, rating) => {
    expect(rate('fs8-motivational', { sessions: tenSessions(n, 'teach-link-to-goals') }).rating).toBe(rating);
  });

  it.each(defining('fs8-motivational'))('%s done in every session counts', (id) => {
    expect(rate('fs8-motivational', { sessions: tenSessions(10, id) }).rating).toBe(5);
  });

  it('is not top-rated when only other items’ prompts were done', () => {
    const e = rate('fs8-motivational', { sessions: tenSessions(10, 'teach-check-understanding', { 'teach-link-to-goals': 'not-done' }) });
    expect(e.rating).toBe(1);
    expect(explain(e).en).toContain('0 of 10 (0%)');
  });
});
