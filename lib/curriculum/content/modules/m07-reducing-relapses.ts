import type { Module } from '../../types';

// The module is built so that by session 4 every participant has a written, complete relapse-prevention
// plan made with a supporter and has rehearsed part of it: the Dutch trial found plans often missing or unchecked.
export const reducingRelapses: Module = {
  number: 7,
  id: 'reducing-relapses',
  topicArea: 'relapse-prevention',
  defaultSessionCountVerified: true,
  title: { en: 'Reducing Relapses', nl: 'Terugval verminderen' },
  summary: {
    en: 'Participants learn what can set off a relapse and how to spot its early warning signs, then each writes and rehearses a personal relapse-prevention plan together with a supporter.',
    nl: 'Deelnemers leren wat een terugval kan uitlokken en hoe ze vroege signalen herkennen. Daarna maakt ieder samen met een naastbetrokkene een eigen signaleringsplan en oefent een deel ervan.',
  },
  goals: [
    {
      en: 'Participants can name their own triggers that have led to setbacks before.',
      nl: 'Deelnemers kunnen hun eigen uitlokkende factoren noemen die eerder tot terugval hebben geleid.',
    },
    {
      en: 'Participants recognise their own early warning signs, with help from a supporter.',
      nl: 'Deelnemers herkennen hun eigen vroege signalen, met hulp van een naastbetrokkene.',
    },
    {
      en: 'Each participant has a written relapse-prevention plan: triggers, warning signs, steps to take and who helps.',
      nl: 'Elke deelnemer heeft een uitgeschreven signaleringsplan: uitlokkende factoren, vroege signalen, wat je dan doet en wie helpt.',
    },
    {
      en: 'Each participant has rehearsed at least one step of the plan and shared the plan with a supporter.',
      nl: 'Elke deelnemer heeft minstens één stap uit het plan geoefend en het plan gedeeld met een naastbetrokkene.',
    },
  ],
  handouts: [
    { id: 'm7-handout', kind: 'handout', title: { en: 'Reducing Relapses', nl: 'Terugval verminderen' } },
    {
      id: 'm7-ws-warning-signs',
      kind: 'worksheet',
      title: { en: 'My triggers and early warning signs', nl: 'Mijn uitlokkende factoren en vroege signalen' },
    },
    {
      id: 'm7-ws-relapse-plan',
      kind: 'worksheet',
      title: { en: 'My relapse-prevention plan', nl: 'Mijn signaleringsplan' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'Relapses and what triggers them', nl: 'Terugval en wat die uitlokt' },
      outline: [
        {
          en: 'What a relapse is, and why setbacks are part of many recovery stories',
          nl: 'Wat een terugval is, en waarom tegenslag bij veel herstelverhalen hoort',
        },
        {
          en: 'Relapses often build up slowly, which gives time to act',
          nl: 'Een terugval bouwt zich vaak langzaam op, en dat geeft tijd om in te grijpen',
        },
        {
          en: 'Common triggers: stress, poor sleep, stopping medication, alcohol or drugs',
          nl: 'Veelvoorkomende uitlokkende factoren: stress, slecht slapen, stoppen met medicatie, alcohol of drugs',
        },
        {
          en: 'Finding one’s own triggers in past experiences',
          nl: 'De eigen uitlokkende factoren vinden in eerdere ervaringen',
        },
      ],
      handoutIds: ['m7-handout', 'm7-ws-warning-signs'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain in a few sentences what a relapse is and that most build up over days or weeks, so there is room to act early.',
            nl: 'Leg in een paar zinnen uit wat een terugval is en dat die zich meestal in dagen of weken opbouwt, zodat er ruimte is om vroeg in te grijpen.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask each participant, as far as they want to share, what was going on in their life before an earlier setback.',
            nl: 'Vraag iedere deelnemer, voor zover die dat wil delen, wat er in het leven speelde vóór een eerdere terugval.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how a relapse could get in the way of their personal goal, and how staying well protects it.',
            nl: 'Vraag hoe een terugval het persoonlijke doel in de weg kan zitten, en hoe stabiel blijven dat doel beschermt.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'When someone says a relapse means they failed, help them weigh that thought and find a kinder, more accurate one.',
            nl: 'Zegt iemand dat een terugval betekent dat hij of zij gefaald heeft, onderzoek die gedachte dan samen en zoek een mildere, meer kloppende gedachte.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Praise each trigger a participant names and write it straight onto their worksheet.',
            nl: 'Geef een compliment voor elke uitlokkende factor die iemand noemt en schrijf die meteen op het werkblad.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm7-s1-hp1',
          withSupporter: true,
          text: {
            en: 'Read the handout with a supporter and ask what they noticed happening before an earlier setback.',
            nl: 'Lees de hand-out samen met een naastbetrokkene en vraag wat die zag gebeuren vóór een eerdere terugval.',
          },
        },
        {
          id: 'm7-s1-hp2',
          withSupporter: false,
          text: {
            en: 'Add at least two personal triggers to the worksheet.',
            nl: 'Schrijf minstens twee eigen uitlokkende factoren op het werkblad.',
          },
        },
        {
          id: 'm7-s1-hp3',
          withSupporter: false,
          text: {
            en: 'Notice this week when a trigger comes up, and what you did.',
            nl: 'Let deze week op wanneer een uitlokkende factor zich voordoet, en wat je toen deed.',
          },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'Early warning signs', nl: 'Vroege signalen' },
      outline: [
        {
          en: 'What early warning signs are and how they differ from everyday ups and downs',
          nl: 'Wat vroege signalen zijn en hoe ze verschillen van gewone ups en downs',
        },
        {
          en: 'Common signs: changes in sleep, pulling back from people, feeling tense or suspicious',
          nl: 'Veelvoorkomende signalen: anders slapen, je terugtrekken, gespannen of achterdochtig zijn',
        },
        {
          en: 'Finding one’s own signs, including the first and the later ones',
          nl: 'De eigen signalen vinden, zowel de eerste als de latere',
        },
        {
          en: 'How supporters can help notice signs early',
          nl: 'Hoe naastbetrokkenen kunnen helpen signalen vroeg op te merken',
        },
      ],
      handoutIds: ['m7-handout', 'm7-ws-warning-signs'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the list of common warning signs in the handout; each participant ticks the ones they recognise.',
            nl: 'Loop de lijst met veelvoorkomende vroege signalen in de hand-out door; iedere deelnemer vinkt aan wat hij of zij herkent.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask participants to think back to the weeks before a past setback: what was the very first change?',
            nl: 'Laat deelnemers terugdenken aan de weken vóór een eerdere terugval: wat was de allereerste verandering?',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Explore the pros and cons of telling a supporter about one’s warning signs, including worries about being watched.',
            nl: 'Bespreek de voor- en nadelen van je vroege signalen vertellen aan een naastbetrokkene, ook de zorg dat je dan in de gaten wordt gehouden.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'With your co-trainer, show how to ask a supporter: “What did you notice in me before I became unwell last time?”',
            nl: 'Doe samen met de co-trainer voor hoe je een naastbetrokkene vraagt: ‘Wat merkte jij aan mij voordat het de vorige keer misging?’',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Let participants practise that question in pairs, then give each one specific praise and one tip.',
            nl: 'Laat deelnemers die vraag in tweetallen oefenen in een rollenspel en geef ieder daarna een concreet compliment en één tip.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm7-s2-hp1',
          withSupporter: true,
          text: {
            en: 'Ask a supporter which early warning signs they have noticed in you, and add them to the worksheet.',
            nl: 'Vraag een naastbetrokkene welke vroege signalen die bij jou heeft gezien, en zet ze op het werkblad.',
          },
        },
        {
          id: 'm7-s2-hp2',
          withSupporter: false,
          text: {
            en: 'Finish the warning-signs part of the worksheet and mark your first three signs.',
            nl: 'Maak het deel over vroege signalen op het werkblad af en markeer je eerste drie signalen.',
          },
        },
        {
          id: 'm7-s2-hp3',
          withSupporter: true,
          text: {
            en: 'Invite a supporter to join a session where you make your relapse-prevention plan.',
            nl: 'Nodig een naastbetrokkene uit voor een sessie waarin je je signaleringsplan maakt.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Making a relapse-prevention plan', nl: 'Een signaleringsplan maken' },
      outline: [
        {
          en: 'The parts of a plan: triggers, early warning signs, steps to take, who helps and how to reach them',
          nl: 'De onderdelen van een plan: uitlokkende factoren, vroege signalen, wat je dan doet, wie helpt en hoe je die bereikt',
        },
        {
          en: 'Choosing steps for each warning sign, from small self-care steps to contacting the team',
          nl: 'Per signaal stappen kiezen, van kleine dingen die je zelf doet tot contact met het behandelteam',
        },
        {
          en: 'Choosing who helps and agreeing what they will do',
          nl: 'Kiezen wie helpt en afspreken wat die persoon dan doet',
        },
        {
          en: 'Each participant writes a first version of their own plan',
          nl: 'Iedere deelnemer schrijft een eerste versie van het eigen plan',
        },
      ],
      handoutIds: ['m7-handout', 'm7-ws-warning-signs', 'm7-ws-relapse-plan'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Walk through the plan worksheet part by part, using the triggers and signs participants already collected.',
            nl: 'Loop het werkblad signaleringsplan stap voor stap door, met de uitlokkende factoren en signalen die deelnemers al verzamelden.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Show a filled-in example plan and think aloud while choosing steps for one warning sign.',
            nl: 'Laat een ingevuld voorbeeldplan zien en denk hardop na terwijl je stappen kiest bij één vroeg signaal.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Have each participant start with one sign and one step, then build the plan out; help whoever gets stuck.',
            nl: 'Laat iedere deelnemer beginnen met één signaal en één stap en het plan daarna uitbreiden; help wie vastloopt.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Discuss the pros and cons of sharing the plan with supporters and the treatment team, and let each person decide who gets a copy.',
            nl: 'Bespreek de voor- en nadelen van het plan delen met naastbetrokkenen en het behandelteam, en laat ieder zelf kiezen wie een kopie krijgt.',
          },
        },
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Before closing, check that every participant has a written draft and note who still needs help finishing it.',
            nl: 'Controleer voor het einde dat iedere deelnemer een geschreven eerste versie heeft en noteer wie nog hulp nodig heeft om het af te maken.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm7-s3-hp1',
          withSupporter: true,
          text: {
            en: 'Go through your draft plan with a supporter and write down what they will do when they see a warning sign.',
            nl: 'Bespreek je conceptplan met een naastbetrokkene en schrijf op wat die doet als hij of zij een vroeg signaal ziet.',
          },
        },
        {
          id: 'm7-s3-hp2',
          withSupporter: false,
          text: {
            en: 'Fill in the phone numbers and contacts on your plan.',
            nl: 'Vul de telefoonnummers en contactpersonen in op je plan.',
          },
        },
        {
          id: 'm7-s3-hp3',
          withSupporter: false,
          text: {
            en: 'Bring your plan to your care coordinator or doctor and ask them to add their part.',
            nl: 'Neem je plan mee naar je behandelaar of regiebehandelaar en vraag die om het eigen deel aan te vullen.',
          },
        },
      ],
    },
    {
      number: 4,
      title: { en: 'Practising and using the plan', nl: 'Het plan oefenen en gebruiken' },
      outline: [
        {
          en: 'Checking that every plan is complete and that a supporter knows about it',
          nl: 'Nagaan of elk plan compleet is en of een naastbetrokkene ervan weet',
        },
        {
          en: 'Rehearsing a step of the plan before it is needed',
          nl: 'Een stap uit het plan oefenen voordat die nodig is',
        },
        {
          en: 'Where to keep the plan and who has a copy',
          nl: 'Waar je het plan bewaart en wie een kopie heeft',
        },
        {
          en: 'Reviewing and updating the plan regularly and after any setback',
          nl: 'Het plan regelmatig en na elke terugval bekijken en bijwerken',
        },
      ],
      handoutIds: ['m7-ws-relapse-plan'],
      teachingMoves: [
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Go round and check each plan has triggers, warning signs, steps, helpers and contact details, and that a supporter has seen it.',
            nl: 'Ga de kring rond en controleer of elk plan uitlokkende factoren, vroege signalen, stappen, helpers en contactgegevens bevat, en of een naastbetrokkene het heeft gezien.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Role-play a moment from each plan: the participant notices a warning sign and calls their supporter or the team to ask for help.',
            nl: 'Speel met elke deelnemer een moment uit het eigen plan na: hij of zij merkt een vroeg signaal op en belt de naastbetrokkene of het team om hulp.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Give specific praise after each rehearsal and let the group name what went well.',
            nl: 'Geef na elk rollenspel een concreet compliment en laat de groep benoemen wat goed ging.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how using the plan early helps them keep working on their personal goal.',
            nl: 'Vraag hoe het plan vroeg gebruiken helpt om aan het persoonlijke doel te blijven werken.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'If someone feels asking for help early is weak or a bother, look at that thought together and reframe it as taking charge.',
            nl: 'Vindt iemand vroeg om hulp vragen zwak of lastig voor anderen, bekijk die gedachte dan samen en zet hem om naar ‘zelf de regie nemen’.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm7-s4-hp1',
          withSupporter: true,
          text: {
            en: 'Practise one step of your plan with a supporter, for example the phone call you would make.',
            nl: 'Oefen één stap uit je plan met een naastbetrokkene, bijvoorbeeld het telefoontje dat je dan zou plegen.',
          },
        },
        {
          id: 'm7-s4-hp2',
          withSupporter: false,
          text: {
            en: 'Give copies of your plan to the people you chose and keep one where you can find it quickly.',
            nl: 'Geef een kopie van je plan aan de mensen die je koos en bewaar er een op een plek waar je hem snel vindt.',
          },
        },
        {
          id: 'm7-s4-hp3',
          withSupporter: false,
          text: {
            en: 'Check your warning signs once a week and pick a date to review the plan.',
            nl: 'Loop je vroege signalen één keer per week na en kies een datum om het plan te evalueren.',
          },
        },
      ],
    },
  ],
};
