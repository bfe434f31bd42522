/**
 * A small but complete data set for backup tests: the demo group (participants with goals, two
 * ended sessions with entries, prompts and notes), a second group with a participant who left, an
 * IT-IS rating and a programme adaptation. Shared by tests/unit and tests/components.
 */
import type { Everything } from '../lib/db/repo';
import { createDemoData } from '../lib/demo';
import { MODULES, PROMPTS, TEMPLATES } from '../lib/curriculum';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { makeGroup, makeParticipant, T0 } from './factories';

export const FIXTURE_NOW = Date.UTC(2024, 5, 1, 9);

export function sampleEverything(): Everything {
  const module = MODULES[0];
  const template = TEMPLATES.find((t) => t.id === 'group-90') ?? TEMPLATES[0];
  if (!module || !template) throw new Error('built-in content is missing');
  const demo = createDemoData({ now: FIXTURE_NOW, locale: 'en', practitioner: 'AB', module, template, prompts: PROMPTS });
  const firstSession = demo.sessions[0];
  if (!firstSession) throw new Error('demo data has no sessions');
  return {
    groups: [...demo.groups, makeGroup({ id: 'g2', name: 'Thursday group' })],
    participants: [
      ...demo.participants,
      makeParticipant({ id: 'p-left', groupId: 'g2', code: 'L01', status: 'left', leftOn: '2023-01-15' }),
    ],
    sessions: demo.sessions,
    itisRatings: [
      {
        id: 'itis-1',
        sessionId: firstSession.id,
        rater: 'Supervisor S.',
        ratedAt: T0,
        scores: { 'itis-relationship': 4, 'itis-goals': 3 },
        comment: 'Warm start.',
      },
    ],
    settings: { ...DEFAULT_SETTINGS, practitioner: 'AB', backupReminderDays: 14 },
    adaptation: {
      id: 'current',
      programmeName: 'GGZ Noord',
      adaptation: { sessionCounts: { 'recovery-strategies': 4 }, templateMinutes: { 'group-90': { teach: 30 } } },
      updatedAt: T0,
    },
    sources: [],
    exclusions: [],
  };
}
