import type { Module } from '../../types';

// Written in a motivational-interviewing style: the module is for everyone, whether or not they use,
// and lets each participant choose between stopping, cutting down and reducing harm.
export const drugAlcoholUse: Module = {
  number: 6,
  id: 'drug-alcohol-use',
  title: { en: 'Drug and Alcohol Use', nl: 'Alcohol- en drugsgebruik' },
  summary: {
    en: 'Participants look openly at why people use alcohol and drugs, the problems use can bring and the pros and cons of changing, and build a personal plan for high-risk situations.',
    nl: 'Deelnemers kijken open naar waarom mensen alcohol en drugs gebruiken, welke problemen gebruik kan geven en wat de voor- en nadelen van veranderen zijn, en maken een persoonlijk plan voor risicosituaties.',
  },
  goals: [
    {
      en: 'Participants know common substances and the reasons people use them.',
      nl: 'Deelnemers kennen veelgebruikte middelen en de redenen waarom mensen ze gebruiken.',
    },
    {
      en: 'Participants understand how alcohol and drugs can affect mental health, medication and daily life.',
      nl: 'Deelnemers begrijpen hoe alcohol en drugs de psychische gezondheid, medicatie en het dagelijks leven kunnen beïnvloeden.',
    },
    {
      en: 'Participants weigh the pros and cons of using and of changing, at their own pace.',
      nl: 'Deelnemers wegen in hun eigen tempo de voor- en nadelen af van gebruiken en van veranderen.',
    },
    {
      en: 'Participants who want to change write a personal plan for sobriety or reducing harm and rehearse saying no in high-risk situations.',
      nl: 'Deelnemers die willen veranderen, schrijven een persoonlijk plan om te stoppen of schade te beperken en oefenen nee zeggen in risicosituaties.',
    },
  ],
  topicArea: null,
  defaultSessionCountVerified: false,
  handouts: [
    { id: 'm6-handout', kind: 'handout', title: { en: 'Drug and alcohol use', nl: 'Alcohol- en drugsgebruik' } },
    {
      id: 'm6-ws-pros-cons',
      kind: 'worksheet',
      title: { en: 'Pros and cons of using and of changing', nl: 'Voor- en nadelen van gebruiken en van veranderen' },
    },
    {
      id: 'm6-ws-high-risk',
      kind: 'worksheet',
      title: { en: 'My high-risk situations', nl: 'Mijn risicosituaties' },
    },
    {
      id: 'm6-ws-personal-plan',
      kind: 'worksheet',
      title: {
        en: 'My personal plan for sobriety or reducing harm',
        nl: 'Mijn persoonlijke plan om te stoppen of schade te beperken',
      },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'Alcohol, drugs and why people use them', nl: 'Alcohol, drugs en waarom mensen gebruiken' },
      outline: [
        { en: 'Common substances and their effects', nl: 'Veelgebruikte middelen en hun effecten' },
        {
          en: 'Reasons people use: to relax, to socialise, to cope with symptoms, to sleep',
          nl: 'Redenen om te gebruiken: ontspannen, gezelligheid, omgaan met klachten, slapen',
        },
        { en: 'Your own reasons, if you use', nl: 'Je eigen redenen, als je gebruikt' },
        {
          en: 'Why this topic matters when you live with a mental illness',
          nl: 'Waarom dit onderwerp ertoe doet als je met een psychische aandoening leeft',
        },
      ],
      handoutIds: ['m6-handout'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Introduce the topic as open to everyone, whether they use, used to or never did, and say nobody will be judged or pushed.',
            nl: 'Introduceer het onderwerp als iets voor iedereen, of iemand nu gebruikt, vroeger gebruikte of nooit gebruikte, en zeg dat niemand wordt veroordeeld of onder druk gezet.',
          },
        },
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the handout’s overview of substances and their effects together.',
            nl: 'Bespreek samen het overzicht van middelen en hun effecten in de hand-out.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask first what people in general get out of alcohol or drugs; then invite participants to add their own reasons if they want to.',
            nl: 'Vraag eerst wat mensen in het algemeen uit alcohol of drugs halen; nodig deelnemers daarna uit hun eigen redenen toe te voegen als ze willen.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how alcohol or drug use relates, if at all, to what they want from their recovery goal.',
            nl: 'Vraag of, en hoe, alcohol- of drugsgebruik samenhangt met wat ze willen bereiken met hun hersteldoel.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Thank participants for being open about their use, without praising or criticising the use itself.',
            nl: 'Bedank deelnemers voor hun openheid over gebruik, zonder het gebruik zelf te prijzen of te bekritiseren.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm6-s1-hp1',
          withSupporter: true,
          text: {
            en: 'Read the handout with a supporter and talk about what stood out.',
            nl: 'Lees de hand-out met een naastbetrokkene en bespreek wat opviel.',
          },
        },
        {
          id: 'm6-s1-hp2',
          withSupporter: false,
          text: {
            en: 'If you use, note for one week when you used, how much and what for.',
            nl: 'Als je gebruikt: noteer een week lang wanneer je gebruikte, hoeveel en waarvoor.',
          },
        },
        {
          id: 'm6-s1-hp3',
          withSupporter: false,
          text: { en: 'Take the next step toward your recovery goal.', nl: 'Zet de volgende stap naar je hersteldoel.' },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'Problems alcohol and drugs can cause', nl: 'Problemen door alcohol en drugs' },
      outline: [
        {
          en: 'Effects on symptoms and relapse, seen through the stress-vulnerability model',
          nl: 'Invloed op klachten en terugval, bekeken met het stress-kwetsbaarheidsmodel',
        },
        { en: 'Interactions with medication', nl: 'Wisselwerking met medicatie' },
        {
          en: 'Effects on health, money, relationships, work and housing',
          nl: 'Gevolgen voor gezondheid, geld, relaties, werk en wonen',
        },
        { en: 'Looking at your own use across these areas', nl: 'Je eigen gebruik langs deze gebieden bekijken' },
      ],
      handoutIds: ['m6-handout', 'm6-ws-pros-cons'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain with the stress-vulnerability model how even moderate use can raise vulnerability and interact with medication.',
            nl: 'Leg met het stress-kwetsbaarheidsmodel uit hoe ook matig gebruik de kwetsbaarheid kan vergroten en kan inwerken op medicatie.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask whether participants have noticed any of the problems in the handout, in their own life or in people they know.',
            nl: 'Vraag of deelnemers problemen uit de hand-out herkennen, in hun eigen leven of bij mensen die ze kennen.',
          },
        },
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Ask participants to explain in their own words why drinking can make symptoms worse the next day.',
            nl: 'Vraag deelnemers in eigen woorden uit te leggen waarom drinken de klachten de volgende dag kan verergeren.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask whether use helps or gets in the way of their recovery goal; reflect back what they say without arguing.',
            nl: 'Vraag of gebruik helpt of juist in de weg zit bij hun hersteldoel; vat samen wat ze zeggen, zonder in discussie te gaan.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Explore beliefs such as “I can only relax with a drink” by looking together for times they managed without.',
            nl: 'Onderzoek gedachten als “ik kan alleen ontspannen met een drankje” door samen te zoeken naar momenten waarop het zonder lukte.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm6-s2-hp1',
          withSupporter: false,
          text: {
            en: 'Mark on the worksheet any areas of your life where use has caused problems.',
            nl: 'Geef op het werkblad aan op welke gebieden in je leven gebruik problemen gaf, als dat zo is.',
          },
        },
        {
          id: 'm6-s2-hp2',
          withSupporter: true,
          text: {
            en: 'If you feel ready, ask a supporter you trust how they see the effects of your use.',
            nl: 'Als je eraan toe bent: vraag een naastbetrokkene die je vertrouwt hoe hij of zij de gevolgen van je gebruik ziet.',
          },
        },
        {
          id: 'm6-s2-hp3',
          withSupporter: false,
          text: {
            en: 'Keep noting your use and your mood each day.',
            nl: 'Blijf elke dag je gebruik en je stemming noteren.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Weighing the pros and cons', nl: 'Voor- en nadelen afwegen' },
      outline: [
        { en: 'Pros and cons of using, as you experience them', nl: 'Voor- en nadelen van gebruiken, zoals jij ze ervaart' },
        { en: 'Pros and cons of stopping or cutting down', nl: 'Voor- en nadelen van stoppen of minderen' },
        {
          en: 'Your options: stopping, cutting down or using more safely',
          nl: 'Je mogelijkheden: stoppen, minderen of veiliger gebruiken',
        },
        { en: 'How ready you feel to change', nl: 'Hoe klaar je je voelt om te veranderen' },
      ],
      handoutIds: ['m6-ws-pros-cons', 'm6-handout'],
      teachingMoves: [
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Fill in all four boxes of the pros-and-cons worksheet with each participant, starting with what they like about using so the talk stays open.',
            nl: 'Vul met elke deelnemer alle vier de vakken van het werkblad in, en begin met wat hij of zij prettig vindt aan gebruiken, zodat het gesprek open blijft.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask participants to rate from 0 to 10 how important a change is to them, then ask why they did not choose a lower number.',
            nl: 'Vraag deelnemers op een schaal van 0 tot 10 aan te geven hoe belangrijk verandering voor hen is, en vraag daarna waarom ze geen lager cijfer kozen.',
          },
        },
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain the options (stopping, cutting down, safer use) and that each person chooses their own direction.',
            nl: 'Leg de mogelijkheden uit (stoppen, minderen, veiliger gebruiken) en dat ieder zelf de richting kiest.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Reflect and affirm every statement in favour of change, e.g. “You want a clear head when your daughter visits.”',
            nl: 'Vat elke uitspraak vóór verandering samen en bevestig die, bijvoorbeeld: “Je wilt een helder hoofd als je dochter op bezoek komt.”',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'For a participant who is ready, shape the change into a small first step, such as one alcohol-free day a week.',
            nl: 'Maak voor een deelnemer die eraan toe is van de verandering een kleine eerste stap, zoals één alcoholvrije dag per week.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm6-s3-hp1',
          withSupporter: false,
          text: {
            en: 'Finish the pros-and-cons worksheet and add anything that comes to mind during the week.',
            nl: 'Maak het werkblad voor- en nadelen af en vul aan wat je in de loop van de week te binnen schiet.',
          },
        },
        {
          id: 'm6-s3-hp2',
          withSupporter: true,
          text: {
            en: 'Share your pros and cons with a supporter and ask what they would add.',
            nl: 'Bespreek je voor- en nadelen met een naastbetrokkene en vraag wat hij of zij zou toevoegen.',
          },
        },
        {
          id: 'm6-s3-hp3',
          withSupporter: false,
          text: {
            en: 'If you feel ready, try one small change, such as one alcohol-free day.',
            nl: 'Als je eraan toe bent: probeer één kleine verandering, zoals één alcoholvrije dag.',
          },
        },
      ],
    },
    {
      number: 4,
      title: { en: 'High-risk situations and your personal plan', nl: 'Risicosituaties en je persoonlijke plan' },
      outline: [
        {
          en: 'Recognising your high-risk situations: people, places, feelings',
          nl: 'Je risicosituaties herkennen: mensen, plekken, gevoelens',
        },
        { en: 'Ways to avoid them or cope with them', nl: 'Manieren om ze te vermijden of ermee om te gaan' },
        { en: 'Saying no to an offer', nl: 'Nee zeggen tegen een aanbod' },
        {
          en: 'Writing your personal plan, and who will support you',
          nl: 'Je persoonlijke plan opschrijven, en wie je daarbij steunt',
        },
      ],
      handoutIds: ['m6-ws-high-risk', 'm6-ws-personal-plan'],
      teachingMoves: [
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask each participant which people, places and feelings most often lead to using, and note them on the worksheet.',
            nl: 'Vraag elke deelnemer welke mensen, plekken en gevoelens het vaakst tot gebruik leiden, en noteer ze op het werkblad.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model turning down an offer: a clear “no thanks”, eye contact, an alternative (“I’ll have a coffee”) and leaving if needed.',
            nl: 'Doe voor hoe je een aanbod afslaat: een duidelijk “nee, dank je”, oogcontact, een alternatief (“ik neem een koffie”) en zo nodig weggaan.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Each participant rehearses saying no in their own high-risk situation, with the co-trainer playing someone who insists.',
            nl: 'Elke deelnemer oefent nee zeggen in de eigen risicosituatie, met de cotrainer in de rol van iemand die blijft aandringen.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'After each rehearsal, praise one specific thing that worked, then replay it with one improvement.',
            nl: 'Geef na elke oefening waardering voor één concreet ding dat werkte en speel het daarna nog eens met één verbetering.',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'For each high-risk situation, work out one way to avoid it and one way to cope if it happens anyway.',
            nl: 'Bedenk per risicosituatie één manier om die te vermijden en één manier om ermee om te gaan als die zich toch voordoet.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Link the personal plan to the participant’s recovery goal and to the reasons for change on their pros-and-cons worksheet.',
            nl: 'Verbind het persoonlijke plan met het hersteldoel van de deelnemer en met de redenen voor verandering op het werkblad voor- en nadelen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm6-s4-hp1',
          withSupporter: false,
          text: {
            en: 'Complete your personal plan: your aim, high-risk situations, ways to cope and who supports you.',
            nl: 'Maak je persoonlijke plan af: je doel, risicosituaties, manieren om ermee om te gaan en wie je steunt.',
          },
        },
        {
          id: 'm6-s4-hp2',
          withSupporter: true,
          text: {
            en: 'Share your plan with a supporter and practise saying no together.',
            nl: 'Deel je plan met een naastbetrokkene en oefen samen nee zeggen.',
          },
        },
        {
          id: 'm6-s4-hp3',
          withSupporter: false,
          text: {
            en: 'Say no once in a real situation, or note a time you avoided a high-risk situation.',
            nl: 'Zeg één keer nee in een echte situatie, of noteer een moment waarop je een risicosituatie hebt vermeden.',
          },
        },
      ],
    },
  ],
};
