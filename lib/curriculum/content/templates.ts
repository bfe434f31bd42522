import type { SessionTemplate } from '../types';

/*
 * Default time plans. The step order is well supported; the exact minutes per step are NOT taken
 * from a source (no source gives exact minutes). They are defaults a programme
 * may edit through its adaptation (templateMinutes).
 *
 * Follow-up steps (action plan review, goal follow-up, action planning) get generous time on
 * purpose: the Dutch trial found them to be the weakest-delivered elements, and they are the
 * first to be squeezed when teaching overruns.
 */
export const TEMPLATES: SessionTemplate[] = [
  {
    id: 'individual-45',
    format: 'individual',
    lengthMinutes: 45,
    label: { en: 'Individual, 45 min', nl: 'Individueel, 45 min' },
    steps: [
      { stepId: 'check-in', minutes: 3 },
      { stepId: 'review-previous', minutes: 3 },
      { stepId: 'action-plan-review', minutes: 6 },
      { stepId: 'goal-follow-up', minutes: 6 },
      { stepId: 'agenda', minutes: 2 },
      { stepId: 'teach', minutes: 17 },
      { stepId: 'summary', minutes: 3 },
      { stepId: 'action-planning', minutes: 5 },
    ],
  },
  {
    id: 'individual-60',
    format: 'individual',
    lengthMinutes: 60,
    label: { en: 'Individual, 60 min', nl: 'Individueel, 60 min' },
    steps: [
      { stepId: 'check-in', minutes: 4 },
      { stepId: 'review-previous', minutes: 4 },
      { stepId: 'action-plan-review', minutes: 8 },
      { stepId: 'goal-follow-up', minutes: 8 },
      { stepId: 'agenda', minutes: 2 },
      { stepId: 'teach', minutes: 23 },
      { stepId: 'summary', minutes: 4 },
      { stepId: 'action-planning', minutes: 7 },
    ],
  },
  {
    // A Danish trial used weekly 60-minute groups; with several participants the per-person
    // follow-up steps need more of the hour than in an individual session.
    id: 'group-60',
    format: 'group',
    lengthMinutes: 60,
    label: { en: 'Group, 60 min', nl: 'Groep, 60 min' },
    steps: [
      { stepId: 'check-in', minutes: 5 },
      { stepId: 'review-previous', minutes: 3 },
      { stepId: 'action-plan-review', minutes: 8 },
      { stepId: 'goal-follow-up', minutes: 8 },
      { stepId: 'agenda', minutes: 2 },
      { stepId: 'teach', minutes: 22 },
      { stepId: 'summary', minutes: 4 },
      { stepId: 'action-planning', minutes: 8 },
    ],
  },
  {
    // Dutch practice: about half the time on goals and home practice (action plan review, goal
    // follow-up, action planning: 42 min) and half on module content (review, teaching,
    // summary: 41 min); check-in and agenda take the rest.
    id: 'group-90',
    format: 'group',
    lengthMinutes: 90,
    label: { en: 'Group, 90 min', nl: 'Groep, 90 min' },
    steps: [
      { stepId: 'check-in', minutes: 5 },
      { stepId: 'review-previous', minutes: 5 },
      { stepId: 'action-plan-review', minutes: 15 },
      { stepId: 'goal-follow-up', minutes: 15 },
      { stepId: 'agenda', minutes: 2 },
      { stepId: 'teach', minutes: 33 },
      { stepId: 'summary', minutes: 3 },
      { stepId: 'action-planning', minutes: 12 },
    ],
  },
];
