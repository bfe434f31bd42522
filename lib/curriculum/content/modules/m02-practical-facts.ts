import type { Module } from '../../types';

// One general handout: the diagnosis-specific handouts of the manual (schizophrenia, bipolar disorder,
// depression) are left to a programme adaptation, which can add them per participant.
export const practicalFacts: Module = {
  number: 2,
  id: 'practical-facts',
  title: { en: 'Practical Facts about Mental Illnesses', nl: 'Praktische feiten over psychische aandoeningen' },
  summary: {
    en: 'Participants learn practical facts about their diagnosis, how mental illnesses can change over time and what helps, and how to deal with stigma.',
    nl: 'Deelnemers leren praktische feiten over hun diagnose, over het beloop van psychische aandoeningen en wat helpt, en over omgaan met stigma.',
  },
  goals: [
    {
      en: 'Participants understand how a diagnosis is made and which symptoms are common in their condition.',
      nl: 'Deelnemers begrijpen hoe een diagnose tot stand komt en welke klachten bij hun aandoening vaak voorkomen.',
    },
    {
      en: 'Participants know that the course differs between people and that many people improve over time.',
      nl: 'Deelnemers weten dat het beloop per persoon verschilt en dat veel mensen na verloop van tijd vooruitgaan.',
    },
    {
      en: 'Participants can name treatments and self-help strategies that help.',
      nl: 'Deelnemers kunnen behandelingen en zelfhulpstrategieën noemen die helpen.',
    },
    {
      en: 'Participants can tell myths from facts and choose how to respond to stigma.',
      nl: 'Deelnemers kunnen mythes van feiten onderscheiden en kiezen hoe ze op stigma reageren.',
    },
  ],
  topicArea: 'facts-about-illness',
  defaultSessionCountVerified: true,
  handouts: [
    {
      id: 'm2-handout',
      kind: 'handout',
      title: { en: 'Practical facts about mental illnesses', nl: 'Praktische feiten over psychische aandoeningen' },
    },
    {
      id: 'm2-ws-my-experience',
      kind: 'worksheet',
      title: { en: 'My experience of symptoms and what helps', nl: 'Mijn ervaring met klachten en wat helpt' },
    },
    {
      id: 'm2-ws-stigma',
      kind: 'worksheet',
      title: { en: 'Myths, facts and my response to stigma', nl: 'Mythes, feiten en mijn reactie op stigma' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'Diagnosis and symptoms', nl: 'Diagnose en klachten' },
      outline: [
        {
          en: 'How a diagnosis is made, and what it does and does not tell you',
          nl: 'Hoe een diagnose tot stand komt en wat die wel en niet zegt',
        },
        {
          en: 'Common symptoms of the conditions in the group',
          nl: 'Veelvoorkomende klachten bij de aandoeningen in de groep',
        },
        {
          en: 'Mental illnesses are common and nobody’s fault',
          nl: 'Psychische aandoeningen komen veel voor en zijn niemands schuld',
        },
        { en: 'Your own experience of symptoms', nl: 'Je eigen ervaring met klachten' },
      ],
      handoutIds: ['m2-handout', 'm2-ws-my-experience'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain in plain words how professionals arrive at a diagnosis, and that a diagnosis describes symptoms, not the person.',
            nl: 'Leg in gewone woorden uit hoe hulpverleners tot een diagnose komen, en dat een diagnose klachten beschrijft en niet de persoon.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Invite participants, if they wish, to say which symptoms from the handout they recognise; respect anyone who prefers not to.',
            nl: 'Nodig deelnemers uit om, als ze willen, te vertellen welke klachten uit de hand-out ze herkennen; respecteer wie dat liever niet doet.',
          },
        },
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Ask participants to explain in their own words the difference between a symptom and a diagnosis.',
            nl: 'Vraag deelnemers in eigen woorden het verschil tussen een klacht en een diagnose uit te leggen.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how knowing more about their condition could help with their personal recovery goal.',
            nl: 'Vraag hoe meer kennis over hun aandoening kan helpen bij hun persoonlijke hersteldoel.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'When someone blames themselves for the illness, ask what they would say to a friend in the same position.',
            nl: 'Geeft iemand zichzelf de schuld van de aandoening, vraag dan wat hij of zij tegen een vriend in dezelfde situatie zou zeggen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm2-s1-hp1',
          withSupporter: true,
          text: {
            en: 'Read the handout with a supporter and talk about which parts fit your experience.',
            nl: 'Lees de hand-out met een naastbetrokkene en bespreek welke delen bij jouw ervaring passen.',
          },
        },
        {
          id: 'm2-s1-hp2',
          withSupporter: false,
          text: {
            en: 'Fill in the first part of the worksheet: the symptoms you have experienced.',
            nl: 'Vul het eerste deel van het werkblad in: de klachten die je hebt ervaren.',
          },
        },
        {
          id: 'm2-s1-hp3',
          withSupporter: false,
          text: {
            en: 'Write down one question about your diagnosis to ask your practitioner or doctor.',
            nl: 'Schrijf één vraag over je diagnose op om aan je behandelaar of arts te stellen.',
          },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'How mental illnesses change over time', nl: 'Het beloop van psychische aandoeningen' },
      outline: [
        { en: 'The course differs from person to person', nl: 'Het beloop verschilt van persoon tot persoon' },
        { en: 'Periods with more and with fewer symptoms', nl: 'Periodes met meer en met minder klachten' },
        {
          en: 'Many people improve and lead meaningful lives',
          nl: 'Veel mensen gaan vooruit en leiden een zinvol leven',
        },
        { en: 'Your own course so far', nl: 'Je eigen beloop tot nu toe' },
      ],
      handoutIds: ['m2-handout', 'm2-ws-my-experience'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain that the course varies widely and that long-term studies show many people improve, often with ups and downs.',
            nl: 'Leg uit dat het beloop sterk verschilt en dat langlopend onderzoek laat zien dat veel mensen vooruitgaan, vaak met ups en downs.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask participants to sketch their course as a simple timeline of better and harder periods, and what was going on then.',
            nl: 'Laat deelnemers hun beloop schetsen als een eenvoudige tijdlijn van betere en moeilijkere periodes, en vraag wat er toen speelde.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask what helped in the better periods and how that could support the current step toward their goal.',
            nl: 'Vraag wat hielp in de betere periodes en hoe dat kan helpen bij de huidige stap naar hun doel.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Gently question thoughts like “it will never get better” by looking together at the better periods on the timeline.',
            nl: 'Bevraag gedachten als “het wordt nooit beter” voorzichtig door samen naar de betere periodes op de tijdlijn te kijken.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Name the progress each participant has made so far, however small.',
            nl: 'Benoem de vooruitgang die elke deelnemer tot nu toe heeft geboekt, hoe klein ook.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm2-s2-hp1',
          withSupporter: false,
          text: {
            en: 'Finish your timeline and mark what helped in the better periods.',
            nl: 'Maak je tijdlijn af en geef aan wat hielp in de betere periodes.',
          },
        },
        {
          id: 'm2-s2-hp2',
          withSupporter: true,
          text: {
            en: 'Go over your timeline with a supporter who knew you then, and ask what they noticed.',
            nl: 'Bespreek je tijdlijn met een naastbetrokkene die je toen kende, en vraag wat hem of haar opviel.',
          },
        },
        {
          id: 'm2-s2-hp3',
          withSupporter: false,
          text: { en: 'Take the next step toward your recovery goal.', nl: 'Zet de volgende stap naar je hersteldoel.' },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'What helps: treatment and self-help', nl: 'Wat helpt: behandeling en zelfhulp' },
      outline: [
        {
          en: 'Treatments that help: medication, psychological treatment, rehabilitation',
          nl: 'Behandelingen die helpen: medicatie, psychologische behandeling, rehabilitatie',
        },
        {
          en: 'Self-help: knowing your illness, daily routine, sleep, support',
          nl: 'Zelfhulp: je aandoening kennen, dagritme, slaap, steun',
        },
        { en: 'Peer support and recovery groups', nl: 'Lotgenotencontact en herstelgroepen' },
        {
          en: 'Telling the people around you what helps',
          nl: 'De mensen om je heen vertellen wat helpt',
        },
      ],
      handoutIds: ['m2-handout', 'm2-ws-my-experience'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the handout’s section on treatment and self-help; participants mark what they have tried.',
            nl: 'Bespreek het deel van de hand-out over behandeling en zelfhulp; deelnemers geven aan wat ze al hebben geprobeerd.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask each participant to share one treatment or self-help strategy that made a difference for them.',
            nl: 'Vraag elke deelnemer één behandeling of zelfhulpstrategie te noemen die voor hem of haar verschil maakte.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'For a strategy someone hesitates about, list together what it could bring and what worries them.',
            nl: 'Zet bij een strategie waarover iemand twijfelt samen op een rij wat die kan opleveren en wat zorgen baart.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model telling a family member what helps: “When I’m under stress, it helps if you give me some quiet time.”',
            nl: 'Doe voor hoe je een familielid vertelt wat helpt: “Als ik gespannen ben, helpt het als je me even rust geeft.”',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'In pairs, participants practise the same kind of message about their own situation, then swap roles.',
            nl: 'In tweetallen oefenen deelnemers zo’n boodschap over hun eigen situatie; daarna wisselen ze van rol.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm2-s3-hp1',
          withSupporter: false,
          text: {
            en: 'Try one self-help strategy from the handout and note the effect.',
            nl: 'Probeer één zelfhulpstrategie uit de hand-out en noteer het effect.',
          },
        },
        {
          id: 'm2-s3-hp2',
          withSupporter: true,
          text: {
            en: 'Tell a supporter what helps you, as practised, and ask what they have seen help.',
            nl: 'Vertel een naastbetrokkene wat jou helpt, zoals geoefend, en vraag wat hij of zij heeft zien helpen.',
          },
        },
        {
          id: 'm2-s3-hp3',
          withSupporter: false,
          text: {
            en: 'Add what helps you to the worksheet.',
            nl: 'Vul op het werkblad aan wat jou helpt.',
          },
        },
      ],
    },
    {
      number: 4,
      title: { en: 'Stigma: myths and facts', nl: 'Stigma: mythes en feiten' },
      outline: [
        {
          en: 'Common myths about mental illness, and the facts',
          nl: 'Veelvoorkomende mythes over psychische aandoeningen, en de feiten',
        },
        { en: 'How stigma and self-stigma can affect you', nl: 'Hoe stigma en zelfstigma je kunnen raken' },
        { en: 'Deciding whom to tell, and what', nl: 'Beslissen wie je wat vertelt' },
        { en: 'Responding to stigma', nl: 'Reageren op stigma' },
      ],
      handoutIds: ['m2-handout', 'm2-ws-stigma'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Present two or three common myths and the facts that contradict them.',
            nl: 'Bespreek twee of drie veelvoorkomende mythes en de feiten die ze weerleggen.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask whether participants have met stigma and how it affected them; keep sharing safe and voluntary.',
            nl: 'Vraag of deelnemers met stigma te maken kregen en wat dat met hen deed; houd het delen veilig en vrijwillig.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Weigh the pros and cons of telling a specific person, such as an employer or a new friend, about the illness.',
            nl: 'Weeg samen de voor- en nadelen af van het vertellen over de aandoening aan een bepaald persoon, zoals een werkgever of een nieuwe vriend.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'When a participant voices self-stigma (“I’m weak”), help them test the thought against the facts and find a fairer one.',
            nl: 'Uit een deelnemer zelfstigma (“ik ben zwak”), help dan die gedachte aan de feiten te toetsen en een eerlijkere gedachte te vinden.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Role play a short reply to a stigmatising remark: you play the other person first, then participants try their own reply.',
            nl: 'Oefen in een rollenspel een kort antwoord op een stigmatiserende opmerking: speel eerst zelf de ander, daarna proberen deelnemers hun eigen antwoord.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm2-s4-hp1',
          withSupporter: false,
          text: {
            en: 'Complete the stigma worksheet: one myth you have heard and the fact that answers it.',
            nl: 'Vul het werkblad over stigma in: één mythe die je hebt gehoord en het feit dat die weerlegt.',
          },
        },
        {
          id: 'm2-s4-hp2',
          withSupporter: true,
          text: {
            en: 'Practise your reply to a stigmatising remark with a supporter.',
            nl: 'Oefen je antwoord op een stigmatiserende opmerking met een naastbetrokkene.',
          },
        },
        {
          id: 'm2-s4-hp3',
          withSupporter: false,
          text: { en: 'Take the next step toward your recovery goal.', nl: 'Zet de volgende stap naar je hersteldoel.' },
        },
      ],
    },
  ],
};
