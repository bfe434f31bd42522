/**
 * Performance budgets, measured (printed), never asserted: timing on a shared machine is noise.
 * Budgets in each name are for a 2-core machine. Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { MODULES, PROMPTS } from '../../lib/curriculum';
import { deriveClock } from '../../lib/session/clock';
import { summariseSession } from '../../lib/session/summary';
import { estimateBy, estimateFidelity, sessionPromptCoverage } from '../../lib/fidelity/scoring';
import { suggestNext } from '../../lib/session/plan';
import { generate } from './generate';

const big = generate(10_000);
const one = big.sessions[0]!;
const now = Date.UTC(2025, 6, 1);

describe('per tick (runs 4 times a second while a session is open)', () => {
  bench('deriveClock, one session (budget 0.05 ms)', () => {
    deriveClock(one.plan, one.events, now);
  });
});

describe('end of session', () => {
  bench('summariseSession (budget 2 ms)', () => {
    summariseSession({ session: one, participants: big.participants.slice(0, 8), prompts: PROMPTS, now });
  });
  bench('sessionPromptCoverage (budget 1 ms)', () => {
    sessionPromptCoverage(one, PROMPTS);
  });
});

describe('supervisor review over 10,000 sessions', () => {
  const input = { groups: big.groups, participants: big.participants, sessions: big.sessions, modules: MODULES, prompts: PROMPTS, now };
  bench('estimateFidelity, whole programme (budget 300 ms)', () => {
    estimateFidelity(input);
  }, { iterations: 5 });
  bench('estimateBy practitioner (budget 500 ms)', () => {
    estimateBy('practitioner', input);
  }, { iterations: 3 });
  bench('suggestNext for one group of 40 sessions (budget 1 ms)', () => {
    suggestNext(big.sessions.slice(0, 40), MODULES);
  });
});
