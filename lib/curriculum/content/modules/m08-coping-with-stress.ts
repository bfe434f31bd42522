import type { Module } from '../../types';

// A relaxation technique is practised in session from session 1 onwards, not only explained:
// coping skills were under-practised in the Dutch trial.
export const copingWithStress: Module = {
  number: 8,
  id: 'coping-with-stress',
  topicArea: 'stress',
  defaultSessionCountVerified: true,
  title: { en: 'Coping with Stress', nl: 'Omgaan met stress' },
  summary: {
    en: 'Participants learn to recognise their own sources and signs of stress, find ways to prevent it, and practise coping and relaxation techniques they can use in daily life.',
    nl: 'Deelnemers leren hun eigen bronnen en signalen van stress herkennen, zoeken manieren om stress te voorkomen en oefenen technieken om met stress om te gaan en te ontspannen in het dagelijks leven.',
  },
  goals: [
    {
      en: 'Participants recognise their own sources of stress, from big life events to daily hassles.',
      nl: 'Deelnemers herkennen hun eigen bronnen van stress, van grote gebeurtenissen tot dagelijkse ergernissen.',
    },
    {
      en: 'Participants notice their own signs of stress early.',
      nl: 'Deelnemers merken hun eigen stresssignalen vroeg op.',
    },
    {
      en: 'Each participant uses at least one way to prevent stress in daily life.',
      nl: 'Elke deelnemer gebruikt minstens één manier om stress te voorkomen in het dagelijks leven.',
    },
    {
      en: 'Participants practise relaxation and coping techniques until they can use them without help.',
      nl: 'Deelnemers oefenen ontspannings- en copingtechnieken tot ze die zelfstandig kunnen toepassen.',
    },
    {
      en: 'Each participant has a personal plan for coping with stress, shared with a supporter.',
      nl: 'Elke deelnemer heeft een eigen plan om met stress om te gaan, gedeeld met een naastbetrokkene.',
    },
  ],
  handouts: [
    { id: 'm8-handout', kind: 'handout', title: { en: 'Coping with Stress', nl: 'Omgaan met stress' } },
    {
      id: 'm8-ws-stress-signs',
      kind: 'worksheet',
      title: { en: 'My sources and signs of stress', nl: 'Mijn stressbronnen en stresssignalen' },
    },
    {
      id: 'm8-ws-relaxation-log',
      kind: 'worksheet',
      title: { en: 'Relaxation practice log', nl: 'Oefenlijst ontspanning' },
    },
    {
      id: 'm8-ws-coping-plan',
      kind: 'worksheet',
      title: { en: 'My plan for coping with stress', nl: 'Mijn plan om met stress om te gaan' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'What stress is and how it affects me', nl: 'Wat stress is en wat het met mij doet' },
      outline: [
        {
          en: 'What stress is: the feeling of pressure when demands feel bigger than what we can handle',
          nl: 'Wat stress is: het gevoel van druk als wat er van je gevraagd wordt groter voelt dan wat je aankunt',
        },
        {
          en: 'Why stress matters in recovery: the link with the stress-vulnerability model',
          nl: 'Waarom stress ertoe doet bij herstel: de koppeling met het stress-kwetsbaarheidsmodel',
        },
        {
          en: 'Stress can come from pleasant and unpleasant events',
          nl: 'Stress kan komen door prettige én onprettige gebeurtenissen',
        },
        {
          en: 'A first relaxation technique: slow breathing',
          nl: 'Een eerste ontspanningsoefening: rustig ademhalen',
        },
      ],
      handoutIds: ['m8-handout', 'm8-ws-relaxation-log'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain briefly what stress is and recall from the stress-vulnerability model how stress can make symptoms worse.',
            nl: 'Leg kort uit wat stress is en haal uit het stress-kwetsbaarheidsmodel terug hoe stress klachten kan verergeren.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask participants for a recent stressful moment and how they could tell they were stressed.',
            nl: 'Vraag deelnemers naar een recent stressvol moment en hoe ze merkten dat ze gestrest waren.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how handling stress better could help with the next step toward their personal goal.',
            nl: 'Vraag hoe beter omgaan met stress kan helpen bij de volgende stap naar het persoonlijke doel.',
          },
        },
        {
          kind: 'relaxation',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Lead a three-minute slow-breathing exercise: breathe in through the nose, out slowly through the mouth. Afterwards ask how each person feels.',
            nl: 'Begeleid een ademhalingsoefening van drie minuten: rustig in door de neus, langzaam uit door de mond. Vraag daarna hoe ieder zich voelt.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm8-s1-hp1',
          withSupporter: false,
          text: {
            en: 'Do the breathing exercise once a day and note it on the practice log.',
            nl: 'Doe de ademhalingsoefening één keer per dag en noteer het op de oefenlijst.',
          },
        },
        {
          id: 'm8-s1-hp2',
          withSupporter: true,
          text: {
            en: 'Read the handout with a supporter and teach them the breathing exercise.',
            nl: 'Lees de hand-out samen met een naastbetrokkene en leer die de ademhalingsoefening.',
          },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'Sources and signs of stress', nl: 'Bronnen en signalen van stress' },
      outline: [
        {
          en: 'Life events: big changes such as moving, losing someone or starting a job',
          nl: 'Ingrijpende gebeurtenissen: grote veranderingen zoals verhuizen, iemand verliezen of nieuw werk',
        },
        {
          en: 'Daily hassles: small, repeated pressures such as noise, money worries or conflict',
          nl: 'Dagelijkse ergernissen: kleine, terugkerende drukfactoren zoals lawaai, geldzorgen of ruzie',
        },
        {
          en: 'Personal signs of stress in body, thoughts, feelings and behaviour',
          nl: 'Eigen stresssignalen in lichaam, gedachten, gevoelens en gedrag',
        },
        {
          en: 'Muscle relaxation as a second technique',
          nl: 'Spierontspanning als tweede techniek',
        },
      ],
      handoutIds: ['m8-handout', 'm8-ws-stress-signs', 'm8-ws-relaxation-log'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the lists of life events and daily hassles; each participant marks the ones that apply to them now.',
            nl: 'Loop de lijsten met ingrijpende gebeurtenissen en dagelijkse ergernissen door; iedere deelnemer kruist aan wat nu voor hem of haar geldt.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask each participant to name one body signal and one behaviour that tell them stress is rising.',
            nl: 'Vraag iedere deelnemer één lichamelijk signaal en één gedraging te noemen waaraan hij of zij merkt dat de stress oploopt.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Explore what participants gain and lose by noticing stress early versus waiting until it feels too much.',
            nl: 'Bespreek wat het oplevert en kost om stress vroeg op te merken, tegenover wachten tot het te veel wordt.',
          },
        },
        {
          kind: 'relaxation',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Lead a short muscle-relaxation exercise: tense and release hands, shoulders and face, one group at a time.',
            nl: 'Begeleid een korte spierontspanningsoefening: handen, schouders en gezicht één voor één aanspannen en loslaten.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Praise everyone who did the breathing exercise at home, however often, and ask what helped them remember.',
            nl: 'Geef iedereen die thuis de ademhalingsoefening deed een compliment, hoe vaak ook, en vraag wat hielp om eraan te denken.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm8-s2-hp1',
          withSupporter: false,
          text: {
            en: 'Fill in the worksheet with your main stressors and signs of stress.',
            nl: 'Vul op het werkblad je belangrijkste stressbronnen en stresssignalen in.',
          },
        },
        {
          id: 'm8-s2-hp2',
          withSupporter: true,
          text: {
            en: 'Ask a supporter which signs they notice in you when you are under stress.',
            nl: 'Vraag een naastbetrokkene welke signalen die bij jou ziet als je onder stress staat.',
          },
        },
        {
          id: 'm8-s2-hp3',
          withSupporter: false,
          text: {
            en: 'Try the muscle relaxation three times this week and note how tense you felt before and after.',
            nl: 'Doe de spierontspanning deze week drie keer en noteer hoe gespannen je je voor en na voelde.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Preventing stress', nl: 'Stress voorkomen' },
      outline: [
        {
          en: 'Ways to prevent stress: a daily routine, enough sleep, time for enjoyable things',
          nl: 'Manieren om stress te voorkomen: een vast dagritme, genoeg slaap, tijd voor leuke dingen',
        },
        {
          en: 'Setting realistic expectations and not taking on too much at once',
          nl: 'Haalbare verwachtingen stellen en niet te veel tegelijk op je nemen',
        },
        {
          en: 'Talking about feelings with someone you trust',
          nl: 'Over je gevoelens praten met iemand die je vertrouwt',
        },
        {
          en: 'Choosing one prevention strategy to try',
          nl: 'Eén manier kiezen om stress te voorkomen en die uitproberen',
        },
      ],
      handoutIds: ['m8-handout', 'm8-ws-stress-signs'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Present the prevention strategies from the handout and ask which ones participants already use.',
            nl: 'Bespreek de manieren om stress te voorkomen uit de hand-out en vraag welke deelnemers al gebruiken.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'For a strategy a participant is unsure about, list the pros and cons of trying it for one week.',
            nl: 'Zet bij een strategie waarover iemand twijfelt de voor- en nadelen op een rij van een week uitproberen.',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Take one daily hassle a participant named last time and find together a way to make it happen less often.',
            nl: 'Neem een dagelijkse ergernis die iemand vorige keer noemde en zoek samen een manier om die minder vaak te laten voorkomen.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Help each participant shrink their chosen strategy to a first step they are confident they can do this week.',
            nl: 'Help iedere deelnemer de gekozen strategie klein te maken tot een eerste stap waarvan hij of zij zeker is die deze week te halen.',
          },
        },
        {
          kind: 'relaxation',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Close with two minutes of slow breathing so the technique keeps being practised.',
            nl: 'Sluit af met twee minuten rustig ademhalen, zodat de techniek geoefend blijft.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm8-s3-hp1',
          withSupporter: false,
          text: {
            en: 'Try your chosen prevention step every day this week and note how it went.',
            nl: 'Probeer de gekozen stap deze week elke dag en noteer hoe het ging.',
          },
        },
        {
          id: 'm8-s3-hp2',
          withSupporter: true,
          text: {
            en: 'Ask a supporter to help with your prevention step, for example by going for a walk with you.',
            nl: 'Vraag een naastbetrokkene je te helpen met je stap, bijvoorbeeld door samen te gaan wandelen.',
          },
        },
        {
          id: 'm8-s3-hp3',
          withSupporter: false,
          text: {
            en: 'Keep practising a relaxation technique and log it.',
            nl: 'Blijf een ontspanningsoefening doen en houd het bij op de oefenlijst.',
          },
        },
      ],
    },
    {
      number: 4,
      title: { en: 'Coping strategies and relaxation', nl: 'Copingstrategieën en ontspanning' },
      outline: [
        {
          en: 'Coping strategies for stress that is already there',
          nl: 'Manieren om om te gaan met stress die er al is',
        },
        {
          en: 'Helpful self-talk instead of stress-raising thoughts',
          nl: 'Helpende gedachten in plaats van gedachten die de stress opvoeren',
        },
        {
          en: 'Talking to someone, physical activity, humour and distraction',
          nl: 'Met iemand praten, bewegen, humor en afleiding',
        },
        {
          en: 'A third relaxation technique: imagining a calm place',
          nl: 'Een derde ontspanningsoefening: je een rustige plek voorstellen',
        },
      ],
      handoutIds: ['m8-handout', 'm8-ws-relaxation-log'],
      teachingMoves: [
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Make a group list of what participants already do when stressed, and mark which strategies help in the long run.',
            nl: 'Maak met de groep een lijst van wat deelnemers al doen bij stress en markeer welke strategieën op de lange duur helpen.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Take a stress-raising thought a participant offers, such as “I can’t handle this”, and work out a calmer, realistic thought together.',
            nl: 'Neem een gedachte die de stress opvoert, zoals ‘Dit kan ik niet aan’, en bedenk samen een rustigere, realistische gedachte.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model helpful self-talk aloud in a short stressful scene, then let participants try it in their own words.',
            nl: 'Doe hardop helpende zelfspraak voor in een korte stressvolle situatie en laat deelnemers het daarna in eigen woorden proberen.',
          },
        },
        {
          kind: 'relaxation',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Lead a short calm-place imagery exercise and ask which of the three techniques each person prefers.',
            nl: 'Begeleid een korte oefening waarin deelnemers zich een rustige plek voorstellen en vraag welke van de drie technieken ieders voorkeur heeft.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask in which situation on the way to their goal a coping strategy would help most.',
            nl: 'Vraag in welke situatie op weg naar het doel een copingstrategie het meest zou helpen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm8-s4-hp1',
          withSupporter: false,
          text: {
            en: 'Use your preferred relaxation technique in one real stressful moment and note what happened.',
            nl: 'Gebruik je favoriete ontspanningsoefening op één echt stressvol moment en noteer wat er gebeurde.',
          },
        },
        {
          id: 'm8-s4-hp2',
          withSupporter: false,
          text: {
            en: 'Write down one stress-raising thought and a calmer thought to replace it.',
            nl: 'Schrijf één gedachte op die je stress geeft en een rustigere gedachte om die te vervangen.',
          },
        },
        {
          id: 'm8-s4-hp3',
          withSupporter: true,
          text: {
            en: 'Do a relaxation exercise together with a supporter.',
            nl: 'Doe een ontspanningsoefening samen met een naastbetrokkene.',
          },
        },
      ],
    },
    {
      number: 5,
      title: { en: 'My plan for coping with stress', nl: 'Mijn plan om met stress om te gaan' },
      outline: [
        {
          en: 'Looking back: which techniques worked at home and which did not',
          nl: 'Terugkijken: welke technieken thuis werkten en welke niet',
        },
        {
          en: 'Matching coping strategies to one’s own main stressors',
          nl: 'Copingstrategieën koppelen aan de eigen belangrijkste stressbronnen',
        },
        {
          en: 'Asking someone for support when stressed',
          nl: 'Iemand om steun vragen als je gestrest bent',
        },
        {
          en: 'Writing a personal plan for coping with stress',
          nl: 'Een eigen plan schrijven om met stress om te gaan',
        },
      ],
      handoutIds: ['m8-ws-stress-signs', 'm8-ws-coping-plan'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Use the practice logs to review what each participant tried and what it did for them.',
            nl: 'Bekijk aan de hand van de oefenlijsten wat iedere deelnemer uitprobeerde en wat het opleverde.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Role-play telling a supporter “I’m feeling stressed, could we talk for ten minutes?”; the co-trainer plays the supporter.',
            nl: 'Oefen in een rollenspel hoe je tegen een naastbetrokkene zegt: ‘Ik voel me gestrest, kunnen we tien minuten praten?’; de co-trainer speelt de naastbetrokkene.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Point out specific progress each participant made in practising, even small steps.',
            nl: 'Benoem bij iedere deelnemer concrete vooruitgang in het oefenen, ook kleine stappen.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Have each participant write on the coping plan how it supports the next step toward their personal goal.',
            nl: 'Laat iedere deelnemer op het plan schrijven hoe het de volgende stap naar het persoonlijke doel ondersteunt.',
          },
        },
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Check that every participant leaves with a written plan naming their stressors, signs and at least two strategies.',
            nl: 'Ga na of iedere deelnemer vertrekt met een uitgeschreven plan met stressbronnen, signalen en minstens twee strategieën.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm8-s5-hp1',
          withSupporter: true,
          text: {
            en: 'Go through your coping plan with a supporter and agree how they can help.',
            nl: 'Bespreek je plan met een naastbetrokkene en spreek af hoe die kan helpen.',
          },
        },
        {
          id: 'm8-s5-hp2',
          withSupporter: false,
          text: {
            en: 'Use one strategy from your plan each time you notice a sign of stress this week.',
            nl: 'Gebruik deze week een strategie uit je plan telkens als je een stresssignaal merkt.',
          },
        },
        {
          id: 'm8-s5-hp3',
          withSupporter: false,
          text: {
            en: 'Keep the plan somewhere visible, for example on the fridge or in your phone.',
            nl: 'Bewaar het plan op een zichtbare plek, bijvoorbeeld op de koelkast of in je telefoon.',
          },
        },
      ],
    },
  ],
};
