import { defineMessages } from '../define';

export const review = defineMessages(
  {
    'review.title': 'Supervisor review',
    'review.selfReported': 'Figures here are self-reported estimates from the practitioners’ own prompted notes, not official fidelity ratings.',
    'review.sessions': 'Sessions',
    'review.empty': 'No ended sessions yet.',
    'review.date': 'Date',
    'review.group': 'Group',
    'review.module': 'Module and session',
    'review.practitioner': 'Practitioner',
    'review.prompts': 'Prompts done',
    'review.promptsDone': '{done} of {offered}',
  },
  {
    'review.title': 'Supervisie',
    'review.selfReported': 'De cijfers hier zijn zelfgerapporteerde schattingen op basis van de eigen notities van de trainers, geen officiële modelgetrouwheidsscores.',
    'review.sessions': 'Sessies',
    'review.empty': 'Nog geen afgeronde sessies.',
    'review.date': 'Datum',
    'review.group': 'Groep',
    'review.module': 'Module en bijeenkomst',
    'review.practitioner': 'Trainer',
    'review.prompts': 'Aandachtspunten gedaan',
    'review.promptsDone': '{done} van {offered}',
  },
);
