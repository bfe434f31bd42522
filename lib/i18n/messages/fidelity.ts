import { defineMessages } from '../define';

/**
 * What the fidelity estimates say about their own basis (lib/fidelity/scoring.ts), the names of the
 * record fields that feed them (lib/fidelity/evidence.ts) and the wording of share anchors
 * (lib/fidelity/instruments.ts). Keys ending in .one / .other are chosen by Intl.PluralRules on the
 * count the message names (lib/i18n/render.ts). Dutch follows docs/GLOSSARY-nl.md.
 */
export const fidelity = defineMessages(
  {
    'fidelity.basis.noSessions': 'No ended sessions yet.',
    'fidelity.basis.noParticipants': 'No participant has attended an ended session yet.',

    'fidelity.basis.fs1.one': 'Participants present in the one ended session: {max}.',
    'fidelity.basis.fs1.other': 'Largest number of participants present in one of {s} ended sessions: {max}.',
    'fidelity.basis.fs1.individual.one': 'The one ended session was an individual session.',
    'fidelity.basis.fs1.individual.other': 'All {s} ended sessions were individual sessions.',
    'fidelity.basis.fs1.noAttendance.one': 'No attendance has been recorded in the one ended session.',
    'fidelity.basis.fs1.noAttendance.other': 'No attendance has been recorded in the {s} ended sessions.',

    'fidelity.basis.fs2.one':
      'Participants who reached the programme length: {n} of {d} ({pct}). Reached means a stretch of at least {sessions} attended sessions over at least {weeks} weeks, on average at least one every {gap} days: six months of weekly sessions, or a year of fortnightly ones. Time on a waiting list does not count. Judged is the one participant who has stopped, has reached it, or had a first session at least {weeks} weeks ago.',
    'fidelity.basis.fs2.other':
      'Participants who reached the programme length: {n} of {d} ({pct}). Reached means a stretch of at least {sessions} attended sessions over at least {weeks} weeks, on average at least one every {gap} days: six months of weekly sessions, or a year of fortnightly ones. Time on a waiting list does not count. Judged are the {d} participants who have stopped, have reached it, or had a first session at least {weeks} weeks ago.',
    'fidelity.basis.fs2.notYet':
      'No participant has stopped, reached the programme length, or had a first session 26 weeks ago yet, so programme length cannot be judged yet.',

    'fidelity.basis.fs3.one': '{k} of the 9 topic areas is covered by modules with at least one ended session: {modules}.',
    'fidelity.basis.fs3.other': '{k} of the 9 topic areas are covered by modules with at least one ended session: {modules}.',
    'fidelity.basis.fs3.none': 'None of the 9 topic areas is covered: the ended sessions belong to modules outside them.',
    'fidelity.basis.fs3.noHandouts.one':
      'No handout was recorded as given, and no handout prompt as done, in the one ended session. The scale gives the lowest rating when no educational handouts are available, whatever the topics ({k} of 9 covered).',
    'fidelity.basis.fs3.noHandouts.other':
      'No handout was recorded as given, and no handout prompt as done, in any of the {s} ended sessions. The scale gives the lowest rating when no educational handouts are available, whatever the topics ({k} of 9 covered).',

    'fidelity.basis.fs4': 'Participants given a handout in every module in which they attended a session: {n} of {d} ({pct}).',
    'fidelity.basis.fs5':
      'Participants with a supporter involved in the {days} days up to their last attended session: {n} of {d} ({pct}). Involved means the supporter took part in a session, or home practice agreed with the supporter was done by the next session; an agreement alone does not count.',
    'fidelity.basis.fs6': 'Participants with a recorded recovery goal broken into at least one step: {n} of {d} ({pct}).',
    'fidelity.basis.fs7':
      'Participants whose goal was reviewed in at least {share}% of the sessions they attended: {n} of {d} ({pct}). The scale asks for routine follow-up without a number; {share}% is this product’s choice.',
    'fidelity.basis.fs11':
      'Participants who practised coping skills systematically: {n} of {d} ({pct}). Systematically means in at least {min} attended sessions, at least {share}% of those they attended, over at least {days} days (this product’s choice); one practice does not count.',
    'fidelity.basis.fs12': 'Participants with a written or practised relapse-prevention plan: {n} of {d} ({pct}).',
    'fidelity.basis.fs13':
      'Participants taking medication who worked on fitting it into their routine in at least {min} sessions at least {days} days apart (the routine made, then checked): {n} of {d} ({pct}). Swapping experiences once does not count.',
    'fidelity.basis.fs13.noMedication': 'None of the participants in these sessions takes medication, so this item is not rated.',

    'fidelity.basis.fs8': 'Ended sessions in which a motivation-based technique was marked done: {n} of {s} ({pct}).',
    'fidelity.basis.fs9': 'Ended sessions in which an interactive teaching technique was marked done: {n} of {s} ({pct}).',
    'fidelity.basis.fs10':
      'Ended sessions in which modelling, role play, cognitive restructuring, relaxation or shaping was marked done: {n} of {s} ({pct}). Praise, peer coaching and solving barriers alone do not count.',
    'fidelity.basis.sessions.noPrompts':
      'None of the prompts that define this item is in the prompt library, so the session records cannot show it.',

    'fidelity.fedBy': 'Fed by',
    'fidelity.fedBy.prompts': 'Prompts marked done: {list}.',
    'fidelity.fedBy.fields': 'Records: {list}.',
    'fidelity.field.session.date': 'session date',
    'fidelity.field.session.format': 'session format (group or individual)',
    'fidelity.field.session.module': 'module of the session',
    'fidelity.field.entry.attendance': 'attendance',
    'fidelity.field.entry.handoutGiven': 'handout given',
    'fidelity.field.entry.supporterInvolved': 'supporter involved',
    'fidelity.field.entry.nextHomePracticeWithSupporter': 'home practice agreed with a supporter',
    'fidelity.field.entry.homePractice': 'home practice review',
    'fidelity.field.entry.goalReviewed': 'goal reviewed',
    'fidelity.field.entry.copingSkillPractised': 'coping skill practised',
    'fidelity.field.entry.behaviouralTailoring': 'medication routine worked on',
    'fidelity.field.participant.status': 'participant status (taking part, completed, left)',
    'fidelity.field.participant.goal': 'recovery goal',
    'fidelity.field.participant.goalSteps': 'goal steps',
    'fidelity.field.participant.relapsePlan': 'relapse-prevention plan',
    'fidelity.field.participant.takesMedication': 'takes medication',

    'fidelity.anchor.share.1': '{subject}: under {c1}',
    'fidelity.anchor.share.2': '{subject}: {c1} to under {c2}',
    'fidelity.anchor.share.3': '{subject}: {c2} to under {c3}',
    'fidelity.anchor.share.4': '{subject}: {c3} to under {c4}',
    'fidelity.anchor.share.5': '{subject}: {c4} or more',
  },
  {
    'fidelity.basis.noSessions': 'Nog geen afgesloten sessies.',
    'fidelity.basis.noParticipants': 'Nog geen deelnemer heeft een afgesloten sessie bijgewoond.',

    'fidelity.basis.fs1.one': 'Aanwezige deelnemers in de enige afgesloten sessie: {max}.',
    'fidelity.basis.fs1.other': 'Grootste aantal aanwezige deelnemers in één van {s} afgesloten sessies: {max}.',
    'fidelity.basis.fs1.individual.one': 'De enige afgesloten sessie was een individuele sessie.',
    'fidelity.basis.fs1.individual.other': 'Alle {s} afgesloten sessies waren individuele sessies.',
    'fidelity.basis.fs1.noAttendance.one': 'In de enige afgesloten sessie is geen aanwezigheid vastgelegd.',
    'fidelity.basis.fs1.noAttendance.other': 'In de {s} afgesloten sessies is geen aanwezigheid vastgelegd.',

    'fidelity.basis.fs2.one':
      'Deelnemers die de programmaduur hebben gehaald: {n} van {d} ({pct}). Gehaald betekent een reeks van minstens {sessions} bijgewoonde sessies over minstens {weeks} weken, gemiddeld minstens één per {gap} dagen: zes maanden wekelijks, of een jaar om de week. Tijd op een wachtlijst telt niet mee. Beoordeeld is de ene deelnemer die gestopt is, de duur heeft gehaald of minstens {weeks} weken geleden een eerste sessie had.',
    'fidelity.basis.fs2.other':
      'Deelnemers die de programmaduur hebben gehaald: {n} van {d} ({pct}). Gehaald betekent een reeks van minstens {sessions} bijgewoonde sessies over minstens {weeks} weken, gemiddeld minstens één per {gap} dagen: zes maanden wekelijks, of een jaar om de week. Tijd op een wachtlijst telt niet mee. Beoordeeld zijn de {d} deelnemers die gestopt zijn, de duur hebben gehaald of minstens {weeks} weken geleden een eerste sessie hadden.',
    'fidelity.basis.fs2.notYet':
      'Nog geen deelnemer is gestopt, heeft de programmaduur gehaald of had 26 weken geleden een eerste sessie, dus de programmaduur is nog niet te beoordelen.',

    'fidelity.basis.fs3.one': '{k} van de 9 thema’s komt aan bod in modules met minstens één afgesloten sessie: {modules}.',
    'fidelity.basis.fs3.other': '{k} van de 9 thema’s komen aan bod in modules met minstens één afgesloten sessie: {modules}.',
    'fidelity.basis.fs3.none': 'Geen van de 9 thema’s komt aan bod: de afgesloten sessies horen bij modules daarbuiten.',
    'fidelity.basis.fs3.noHandouts.one':
      'In de enige afgesloten sessie is geen hand-out als meegegeven vastgelegd en geen aandachtspunt over hand-outs als gedaan aangevinkt. De schaal geeft de laagste score als er geen educatieve hand-outs beschikbaar zijn, ongeacht de thema’s ({k} van 9 aan bod).',
    'fidelity.basis.fs3.noHandouts.other':
      'In geen van de {s} afgesloten sessies is een hand-out als meegegeven vastgelegd of een aandachtspunt over hand-outs als gedaan aangevinkt. De schaal geeft de laagste score als er geen educatieve hand-outs beschikbaar zijn, ongeacht de thema’s ({k} van 9 aan bod).',

    'fidelity.basis.fs4': 'Deelnemers die een hand-out kregen in elke module waarin zij een sessie bijwoonden: {n} van {d} ({pct}).',
    'fidelity.basis.fs5':
      'Deelnemers bij wie een naastbetrokkene betrokken was in de {days} dagen tot en met hun laatst bijgewoonde sessie: {n} van {d} ({pct}). Betrokken betekent dat de naaste aan een sessie deelnam, of dat een thuisopdracht die met de naaste was afgesproken bij de volgende sessie gedaan was; alleen een afspraak telt niet.',
    'fidelity.basis.fs6': 'Deelnemers met een vastgelegd hersteldoel dat in minstens één stap is opgedeeld: {n} van {d} ({pct}).',
    'fidelity.basis.fs7':
      'Deelnemers van wie het hersteldoel werd besproken in minstens {share}% van de sessies die zij bijwoonden: {n} van {d} ({pct}). De schaal vraagt om vaste opvolging zonder een getal te noemen; {share}% is een keuze van dit product.',
    'fidelity.basis.fs11':
      'Deelnemers die systematisch copingvaardigheden oefenden: {n} van {d} ({pct}). Systematisch betekent in minstens {min} bijgewoonde sessies, minstens {share}% van de sessies die zij bijwoonden, over minstens {days} dagen (een keuze van dit product); één keer oefenen telt niet.',
    'fidelity.basis.fs12': 'Deelnemers met een uitgeschreven of geoefend signaleringsplan: {n} van {d} ({pct}).',
    'fidelity.basis.fs13':
      'Deelnemers met medicatie die in minstens {min} sessies met minstens {days} dagen ertussen werkten aan het inpassen ervan in hun dagritme (de routine gemaakt en daarna nagelopen): {n} van {d} ({pct}). Eén keer ervaringen uitwisselen telt niet.',
    'fidelity.basis.fs13.noMedication': 'Geen van de deelnemers in deze sessies gebruikt medicatie, dus dit item wordt niet beoordeeld.',

    'fidelity.basis.fs8': 'Afgesloten sessies waarin een motiverende techniek als gedaan is aangevinkt: {n} van {s} ({pct}).',
    'fidelity.basis.fs9': 'Afgesloten sessies waarin een interactieve educatieve techniek als gedaan is aangevinkt: {n} van {s} ({pct}).',
    'fidelity.basis.fs10':
      'Afgesloten sessies waarin voordoen, rollenspel, cognitieve herstructurering, ontspanning of shaping als gedaan is aangevinkt: {n} van {s} ({pct}). Alleen waardering geven, elkaar coachen of belemmeringen oplossen telt niet.',
    'fidelity.basis.sessions.noPrompts':
      'Geen van de aandachtspunten die dit item bepalen staat in de bibliotheek, dus de sessieverslagen kunnen het niet laten zien.',

    'fidelity.fedBy': 'Gebaseerd op',
    'fidelity.fedBy.prompts': 'Aandachtspunten die als gedaan zijn aangevinkt: {list}.',
    'fidelity.fedBy.fields': 'Gegevens: {list}.',
    'fidelity.field.session.date': 'datum van de sessie',
    'fidelity.field.session.format': 'vorm van de sessie (groep of individueel)',
    'fidelity.field.session.module': 'module van de sessie',
    'fidelity.field.entry.attendance': 'aanwezigheid',
    'fidelity.field.entry.handoutGiven': 'hand-out meegegeven',
    'fidelity.field.entry.supporterInvolved': 'naastbetrokkene betrokken',
    'fidelity.field.entry.nextHomePracticeWithSupporter': 'thuisopdracht afgesproken met een naastbetrokkene',
    'fidelity.field.entry.homePractice': 'nabespreking van de thuisopdracht',
    'fidelity.field.entry.goalReviewed': 'hersteldoel besproken',
    'fidelity.field.entry.copingSkillPractised': 'copingvaardigheid geoefend',
    'fidelity.field.entry.behaviouralTailoring': 'inpassen van medicatie besproken',
    'fidelity.field.participant.status': 'status van de deelnemer (doet mee, afgerond, gestopt)',
    'fidelity.field.participant.goal': 'hersteldoel',
    'fidelity.field.participant.goalSteps': 'stappen naar het hersteldoel',
    'fidelity.field.participant.relapsePlan': 'signaleringsplan',
    'fidelity.field.participant.takesMedication': 'gebruikt medicatie',

    'fidelity.anchor.share.1': '{subject}: minder dan {c1}',
    'fidelity.anchor.share.2': '{subject}: van {c1} tot {c2}',
    'fidelity.anchor.share.3': '{subject}: van {c2} tot {c3}',
    'fidelity.anchor.share.4': '{subject}: van {c3} tot {c4}',
    'fidelity.anchor.share.5': '{subject}: {c4} of meer',
  },
);
