import type { Module } from '../../types';

// Outside the nine fidelity topic areas (added in the 2009/2010 edition); the session count of 3 is a
// default a programme can change. Sessions 1-2 fill in a habits check that session 3 turns into one small change.
export const healthyLifestyles: Module = {
  number: 11,
  id: 'healthy-lifestyles',
  topicArea: null,
  defaultSessionCountVerified: false,
  title: { en: 'Healthy Lifestyles', nl: 'Gezonde leefstijl' },
  summary: {
    en: 'Participants look at eating, activity, sleep, smoking, substances and routine health care, and each chooses one small lifestyle change that supports their personal goal.',
    nl: 'Deelnemers kijken naar eten, bewegen, slapen, roken, middelengebruik en reguliere lichamelijke zorg, en ieder kiest één kleine leefstijlverandering die het persoonlijke doel ondersteunt.',
  },
  goals: [
    {
      en: 'Participants understand how physical and mental health affect each other.',
      nl: 'Deelnemers begrijpen hoe lichamelijke en psychische gezondheid elkaar beïnvloeden.',
    },
    {
      en: 'Participants take stock of their own habits in eating, activity, sleep, smoking and substances.',
      nl: 'Deelnemers zetten hun eigen gewoonten rond eten, bewegen, slapen, roken en middelengebruik op een rij.',
    },
    {
      en: 'Participants know which routine health checks are worth having and how to prepare for them.',
      nl: 'Deelnemers weten welke reguliere gezondheidscontroles zinvol zijn en hoe ze zich erop voorbereiden.',
    },
    {
      en: 'Each participant chooses one small lifestyle change linked to their personal goal and starts it with support.',
      nl: 'Elke deelnemer kiest één kleine leefstijlverandering die past bij het persoonlijke doel, en begint daarmee met steun.',
    },
  ],
  handouts: [
    { id: 'm11-handout', kind: 'handout', title: { en: 'Healthy Lifestyles', nl: 'Gezonde leefstijl' } },
    {
      id: 'm11-ws-habits',
      kind: 'worksheet',
      title: { en: 'My health habits check', nl: 'Mijn gezondheidsgewoonten op een rij' },
    },
    {
      id: 'm11-ws-lifestyle-change',
      kind: 'worksheet',
      title: { en: 'My small healthy change', nl: 'Mijn kleine gezonde verandering' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'Eating well and being active', nl: 'Gezond eten en bewegen' },
      outline: [
        {
          en: 'Why physical health matters in recovery, including possible medication effects on weight',
          nl: 'Waarom lichamelijke gezondheid belangrijk is voor herstel, ook mogelijke effecten van medicatie op gewicht',
        },
        {
          en: 'Eating well on a small budget: regular meals, fruit and vegetables, fewer sugary drinks',
          nl: 'Gezond eten met een kleine beurs: vaste maaltijden, groente en fruit, minder suikerhoudende dranken',
        },
        {
          en: 'Building activity into daily life, such as walking or taking the stairs',
          nl: 'Bewegen inbouwen in het dagelijks leven, zoals wandelen of de trap nemen',
        },
        {
          en: 'Taking stock of one’s own habits',
          nl: 'De eigen gewoonten op een rij zetten',
        },
      ],
      handoutIds: ['m11-handout', 'm11-ws-habits'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain briefly how eating and activity affect mood, energy and physical health, without blaming anyone.',
            nl: 'Leg kort uit hoe eten en bewegen invloed hebben op stemming, energie en lichamelijke gezondheid, zonder iemand iets te verwijten.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask what participants already do for their health and what makes healthy choices hard for them.',
            nl: 'Vraag wat deelnemers al voor hun gezondheid doen en wat gezonde keuzes voor hen lastig maakt.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'For one habit a participant is considering changing, explore what they like about it now and what changing it could bring.',
            nl: 'Bespreek bij één gewoonte die iemand overweegt te veranderen wat die nu prettig vindt aan de gewoonte en wat veranderen kan opleveren.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Show how to start very small, for example a ten-minute walk twice a week, and build up once that works.',
            nl: 'Laat zien hoe je heel klein begint, bijvoorbeeld twee keer per week tien minuten wandelen, en uitbouwt als dat lukt.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm11-s1-hp1',
          withSupporter: false,
          text: {
            en: 'Fill in the eating and activity part of the health habits worksheet.',
            nl: 'Vul het deel over eten en bewegen in op het werkblad gezondheidsgewoonten.',
          },
        },
        {
          id: 'm11-s1-hp2',
          withSupporter: true,
          text: {
            en: 'Go for a short walk or cook a simple healthy meal together with a supporter.',
            nl: 'Maak samen met een naastbetrokkene een korte wandeling of kook samen een eenvoudige gezonde maaltijd.',
          },
        },
        {
          id: 'm11-s1-hp3',
          withSupporter: false,
          text: {
            en: 'Read the handout and mark one idea you might like to try.',
            nl: 'Lees de hand-out en markeer één idee dat je misschien wilt proberen.',
          },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'Sleep, smoking, alcohol and drugs', nl: 'Slapen, roken, alcohol en drugs' },
      outline: [
        {
          en: 'Good sleep habits and why sleep matters for mental health',
          nl: 'Goede slaapgewoonten en waarom slaap belangrijk is voor psychische gezondheid',
        },
        {
          en: 'Smoking: effects on health and on some medicines; talk to your doctor before quitting',
          nl: 'Roken: gevolgen voor de gezondheid en voor sommige medicijnen; overleg met je arts voordat je stopt',
        },
        {
          en: 'Alcohol and drugs: effects on physical health',
          nl: 'Alcohol en drugs: gevolgen voor de lichamelijke gezondheid',
        },
        {
          en: 'Where to get help to cut down or stop',
          nl: 'Waar je hulp krijgt om te minderen of te stoppen',
        },
      ],
      handoutIds: ['m11-handout', 'm11-ws-habits'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain basic sleep habits and that smoking can change how some medicines work, so quitting is best planned with the doctor.',
            nl: 'Leg de basis van goede slaapgewoonten uit, en dat roken de werking van sommige medicijnen kan veranderen, zodat stoppen het best samen met de arts wordt gepland.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'With a participant who smokes and is willing, list the pros and cons of smoking and of cutting down, respecting their choice.',
            nl: 'Zet met een deelnemer die rookt en dat wil de voor- en nadelen van roken en van minderen op een rij, met respect voor diens keuze.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'When someone says “I’ve tried before, I can’t change”, look at what did work last time and reframe past attempts as practice.',
            nl: 'Zegt iemand ‘Ik heb het al eens geprobeerd, het lukt me niet’, kijk dan wat de vorige keer wél werkte en zie eerdere pogingen als oefening.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how better sleep or less smoking or drinking could help with the next step toward their personal goal.',
            nl: 'Vraag hoe beter slapen of minder roken of drinken kan helpen bij de volgende stap naar het persoonlijke doel.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm11-s2-hp1',
          withSupporter: false,
          text: {
            en: 'Complete the sleep, smoking and substances part of the health habits worksheet.',
            nl: 'Vul het deel over slapen, roken en middelengebruik in op het werkblad gezondheidsgewoonten.',
          },
        },
        {
          id: 'm11-s2-hp2',
          withSupporter: true,
          text: {
            en: 'Talk with a supporter about one habit you are thinking of changing and how they could help.',
            nl: 'Praat met een naastbetrokkene over één gewoonte die je wilt veranderen en hoe die je kan helpen.',
          },
        },
        {
          id: 'm11-s2-hp3',
          withSupporter: false,
          text: {
            en: 'Try one sleep habit for a week, such as going to bed at the same time.',
            nl: 'Probeer een week lang één slaapgewoonte, zoals op een vaste tijd naar bed gaan.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Health check-ups and my small change', nl: 'Gezondheidscontroles en mijn kleine verandering' },
      outline: [
        {
          en: 'Routine health care: regular check-ups with the family doctor, dentist and eye care',
          nl: 'Reguliere lichamelijke zorg: regelmatige controles bij huisarts, tandarts en opticien of oogarts',
        },
        {
          en: 'Preparing for a doctor’s visit: writing down questions and mentioning side effects',
          nl: 'Een bezoek aan de huisarts voorbereiden: vragen opschrijven en bijwerkingen noemen',
        },
        {
          en: 'Choosing one small lifestyle change linked to the personal goal',
          nl: 'Eén kleine leefstijlverandering kiezen die past bij het persoonlijke doel',
        },
        {
          en: 'Planning the first step and who will support it',
          nl: 'De eerste stap plannen en wie daarbij steunt',
        },
      ],
      handoutIds: ['m11-handout', 'm11-ws-lifestyle-change'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the routine check-ups in the handout and ask when each participant last had one.',
            nl: 'Loop de reguliere controles in de hand-out door en vraag wanneer iedere deelnemer er voor het laatst een had.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Role-play a short visit to the family doctor in which the participant raises a health concern or a side effect such as weight gain.',
            nl: 'Oefen in een rollenspel een kort bezoek aan de huisarts waarin de deelnemer een gezondheidszorg of een bijwerking zoals gewichtstoename aankaart.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Help each participant choose one small change that clearly supports their personal goal and write it on the worksheet.',
            nl: 'Help iedere deelnemer één kleine verandering te kiezen die duidelijk bijdraagt aan het persoonlijke doel, en die op het werkblad te zetten.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Make each change specific and small enough: what, when, how often, and who helps.',
            nl: 'Maak elke verandering concreet en klein genoeg: wat, wanneer, hoe vaak en wie helpt.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Praise every healthy step participants took during the module and agree to follow the change up in goal reviews.',
            nl: 'Geef een compliment voor elke gezonde stap die deelnemers in deze module zetten en spreek af de verandering te volgen bij de doelbespreking.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm11-s3-hp1',
          withSupporter: true,
          text: {
            en: 'Start your small change this week with your supporter, for example by walking or shopping together.',
            nl: 'Begin deze week met je kleine verandering samen met je naastbetrokkene, bijvoorbeeld door samen te wandelen of boodschappen te doen.',
          },
        },
        {
          id: 'm11-s3-hp2',
          withSupporter: false,
          text: {
            en: 'Make an appointment for a check-up you are due for and write down your questions.',
            nl: 'Maak een afspraak voor een controle die je nog moet laten doen en schrijf je vragen op.',
          },
        },
        {
          id: 'm11-s3-hp3',
          withSupporter: false,
          text: {
            en: 'Tick off each day you did your small change on the worksheet.',
            nl: 'Vink op het werkblad elke dag af waarop je je kleine verandering hebt gedaan.',
          },
        },
      ],
    },
  ],
};
