import { describe, expect, it } from 'vitest';
import { rate } from './helpers';
import { SHARE_BOUNDARIES, defining, tenSessions } from './sessions-share';

/** Anchor: from not used to used in every session; share of sessions, cut-points unverified. */
describe('item 9, educational techniques', () => {
  it('is defined by interactive teaching', () => {
    expect(defining('fs9-educational')).toEqual(['teach-handout-together', 'teach-check-understanding', 'summary-own-words']);
  });

  it.each(SHARE_BOUNDARIES)('done in %i of 10 sessions -> %i', (n, rating) => {
    expect(rate('fs9-educational', { sessions: tenSessions(n, 'teach-check-understanding') }).rating).toBe(rating);
  });

  it.each(defining('fs9-educational'))('%s done in every session counts', (id) => {
    expect(rate('fs9-educational', { sessions: tenSessions(10, id) }).rating).toBe(5);
  });

  it('is not top-rated when only the review of last session was done', () => {
    expect(rate('fs9-educational', { sessions: tenSessions(10, 'review-ask-participants') }).rating).toBe(1);
  });
});
