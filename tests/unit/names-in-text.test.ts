/** Flagging what looks like a full name in free text before a note is copied (issue 9). */
import { describe, expect, it } from 'vitest';
import { namesIn } from '../../lib/participants';

describe('namesIn', () => {
  it.each([
    ['Maria Jansen (P01) talked about her sister', ['Maria Jansen']],
    ['Spoke with Jan van Dijk and Maria Jansen; Maria Jansen agreed', ['Jan van Dijk', 'Maria Jansen']],
    ['Lively discussion about stress at work.', []],
    ['Audio trouble at the start; P03 joined by phone.', []],
    ['J.K. and P07 practised a role play.', []],
    ['Gesprek met Piet de Vries over werk', ['Piet de Vries']],
  ])('%s', (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });
});
