import type { Step } from '../types';

/**
 * The eight steps of an IMR session. The order is well supported by the literature
 * (SAMHSA IMR toolkit, 2009/2010); the purposes stress the per-participant follow-up that the Dutch
 * trial found most often skipped.
 */
export const STEPS: Step[] = [
  {
    id: 'check-in',
    title: { en: 'Check-in', nl: 'Welkom en check-in' },
    purpose: {
      en: 'Welcome everyone, catch up informally for a moment and check whether anything urgent needs attention today.',
      nl: 'Iedereen welkom heten, even informeel bijpraten en nagaan of er iets dringends speelt dat vandaag aandacht nodig heeft.',
    },
  },
  {
    id: 'review-previous',
    title: { en: 'Review of last session', nl: 'Terugblik op de vorige sessie' },
    purpose: {
      en: 'Recall the main points of the previous session together, so that new material builds on what participants already know.',
      nl: 'Samen de belangrijkste punten van de vorige sessie ophalen, zodat de nieuwe stof aansluit op wat deelnemers al weten.',
    },
  },
  {
    id: 'action-plan-review',
    title: { en: 'Action plan review', nl: 'Terugblik op het actieplan' },
    purpose: {
      en: 'Go over the home practice agreed last time with each participant: value what was tried and solve together what got in the way.',
      nl: 'Met iedere deelnemer de afgesproken thuisopdracht doorlopen: waarderen wat is geprobeerd en samen oplossen wat in de weg zat.',
    },
  },
  {
    id: 'goal-follow-up',
    title: { en: 'Goal follow-up', nl: 'Voortgang hersteldoelen' },
    purpose: {
      en: "Look at each participant's personal recovery goal and the step they are working on, and record progress on the goal chart.",
      nl: 'Per deelnemer het persoonlijke hersteldoel en de stap waaraan gewerkt wordt bekijken, en de voortgang vastleggen op het doelenoverzicht.',
    },
  },
  {
    id: 'agenda',
    title: { en: 'Set the agenda', nl: 'Agenda vaststellen' },
    purpose: {
      en: "Say what today's session covers and how the time is divided, and agree when other matters will be picked up.",
      nl: 'Benoemen wat er vandaag aan bod komt en hoe de tijd is verdeeld, en afspreken wanneer andere zaken aan de orde komen.',
    },
  },
  {
    id: 'teach',
    title: { en: 'New material', nl: 'Nieuwe stof' },
    purpose: {
      en: 'Teach the module topic interactively, mixing explanation, motivational strategies and practice such as modelling and role play.',
      nl: 'Het onderwerp van de module interactief behandelen, met een mix van uitleg, motiverende technieken en oefenen, zoals voordoen en rollenspel.',
    },
  },
  {
    id: 'summary',
    title: { en: 'Summary', nl: 'Samenvatting' },
    purpose: {
      en: "Pull together what was learned and the progress made today, preferably in the participants' own words.",
      nl: 'Samenvatten wat er vandaag is geleerd en welke vooruitgang is geboekt, bij voorkeur in de woorden van de deelnemers zelf.',
    },
  },
  {
    id: 'action-planning',
    title: { en: 'Weekly action planning', nl: 'Actieplan voor de komende week' },
    purpose: {
      en: 'Agree with each participant one specific home practice for the coming week, linked to their goal and ideally shared with a supporter.',
      nl: 'Met iedere deelnemer één concrete thuisopdracht afspreken voor de komende week, gekoppeld aan het eigen doel en bij voorkeur samen met een naastbetrokkene.',
    },
  },
];
