import { defineMessages } from '../define';

/**
 * Exports on the review page (components/review/Exports.tsx): CSV and FHIR files, the printable
 * report, and the texts the FHIR questionnaires carry (lib/exports/fhir.ts).
 */
export const exportsBundle = defineMessages(
  {
    'exports.heading': 'Exports and report',
    'exports.intro': 'These act on the ended sessions selected above ({count}).',
    'exports.csvSessions': 'Export CSV (sessions)',
    'exports.csvPrompts': 'Export CSV (prompt responses)',
    'exports.fhir': 'Export FHIR bundle',
    'exports.print': 'Print report',
    'exports.hint':
      'CSV column names follow REDCap’s rules for variable names; cells that a spreadsheet could run as a formula start with an apostrophe. The FHIR bundle (R4) holds no participants and no free text.',
    'exports.none': 'No ended session is selected, so there is nothing to export.',
    'exports.written': 'Written {file}.',
    'exports.failed': 'The export did not work: {message}',

    'exports.report.title': 'IMR supervision report',
    'exports.report.selection': 'Selection',
    'exports.report.printed': 'Printed on {date}',
    'exports.report.count': 'Ended sessions: {count}',
    'exports.report.sessions': 'Sessions',
    'exports.report.sessionsCaption': 'Ended sessions in the selection, newest first',
    'exports.report.minutes': 'Minutes planned / actual',
    'exports.report.minutesValue': '{planned} / {actual}',
    'exports.report.attended': 'Attended',
    'exports.report.attendedValue': '{attended} of {total}',

    'exports.fhir.itisTitle': 'IMR Treatment Integrity Scale (IT-IS)',
    'exports.fhir.itisDescription':
      'A supervisor’s rating of one IMR session on the 16 items of the IT-IS, each from 1 to 5. Group items apply to group sessions only; optional items only when that part of the curriculum was delivered.',
    'exports.fhir.promptsTitle': 'IMR session prompt checklist',
    'exports.fhir.promptsDescription':
      'The prompts the session guide offers per step of an IMR session, as used by this programme. Each is marked done, not done or not applicable by the practitioner: a self-reported record, not an official rating.',
    'exports.fhir.status.done': 'Done',
    'exports.fhir.status.not-done': 'Not done',
    'exports.fhir.status.na': 'Not applicable',
    'exports.fhir.serviceType': 'Illness Management and Recovery (IMR)',
  },
  {
    'exports.heading': 'Exporteren en rapport',
    'exports.intro': 'Deze werken op de afgeronde sessies die hierboven zijn geselecteerd ({count}).',
    'exports.csvSessions': 'CSV exporteren (sessies)',
    'exports.csvPrompts': 'CSV exporteren (antwoorden op aandachtspunten)',
    'exports.fhir': 'FHIR-bundel exporteren',
    'exports.print': 'Rapport afdrukken',
    'exports.hint':
      'De kolomnamen in de CSV volgen de regels van REDCap voor variabelenamen; cellen die een spreadsheet als formule zou kunnen uitvoeren, beginnen met een apostrof. De FHIR-bundel (R4) bevat geen deelnemers en geen vrije tekst.',
    'exports.none': 'Er is geen afgeronde sessie geselecteerd, dus er valt niets te exporteren.',
    'exports.written': '{file} is opgeslagen.',
    'exports.failed': 'Het exporteren is niet gelukt: {message}',

    'exports.report.title': 'IMR-rapport voor supervisie',
    'exports.report.selection': 'Selectie',
    'exports.report.printed': 'Afgedrukt op {date}',
    'exports.report.count': 'Afgeronde sessies: {count}',
    'exports.report.sessions': 'Sessies',
    'exports.report.sessionsCaption': 'Afgeronde sessies in de selectie, nieuwste eerst',
    'exports.report.minutes': 'Minuten gepland / werkelijk',
    'exports.report.minutesValue': '{planned} / {actual}',
    'exports.report.attended': 'Aanwezig',
    'exports.report.attendedValue': '{attended} van {total}',

    'exports.fhir.itisTitle': 'IT-IS (IMR Treatment Integrity Scale)',
    'exports.fhir.itisDescription':
      'De beoordeling van één IMR-sessie door een supervisor op de 16 items van de IT-IS, elk van 1 tot 5. Groepsitems gelden alleen voor groepssessies; optionele items alleen als dat deel van het curriculum aan bod kwam.',
    'exports.fhir.promptsTitle': 'Checklist met aandachtspunten voor IMR-sessies',
    'exports.fhir.promptsDescription':
      'De aandachtspunten die de sessiegids per onderdeel van een IMR-sessie biedt, zoals dit programma ze gebruikt. De trainer markeert elk als gedaan, niet gedaan of niet van toepassing: een zelfgerapporteerde registratie, geen officiële meting.',
    'exports.fhir.status.done': 'Gedaan',
    'exports.fhir.status.not-done': 'Niet gedaan',
    'exports.fhir.status.na': 'Niet van toepassing',
    'exports.fhir.serviceType': 'IMR (Illness Management and Recovery)',
  },
);
