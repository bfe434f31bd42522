import type { Module } from '../../types';

// Problem solving is modelled on a real problem and then practised, and every symptom session has a skill
// tried in the room: coping skills were under-practised in the Dutch trial.
export const copingWithProblems: Module = {
  number: 9,
  id: 'coping-with-problems',
  topicArea: 'coping-with-symptoms',
  defaultSessionCountVerified: true,
  title: {
    en: 'Coping with Problems and Persistent Symptoms',
    nl: 'Omgaan met problemen en aanhoudende klachten',
  },
  summary: {
    en: 'Participants learn a step-by-step way to solve problems and practise coping strategies for symptoms that persist or return, so they suffer less and can keep working toward their goals.',
    nl: 'Deelnemers leren stap voor stap problemen oplossen en oefenen manieren om om te gaan met klachten die blijven of terugkomen, zodat ze er minder last van hebben en aan hun doelen kunnen blijven werken.',
  },
  goals: [
    {
      en: 'Each participant uses the problem-solving steps on a problem of their own.',
      nl: 'Elke deelnemer past de stappen van probleemoplossen toe op een eigen probleem.',
    },
    {
      en: 'Participants can name which persistent symptoms or problems get in their way most.',
      nl: 'Deelnemers kunnen noemen welke aanhoudende klachten of problemen hen het meest in de weg zitten.',
    },
    {
      en: 'Participants practise at least two coping strategies for those symptoms, in the session and at home.',
      nl: 'Deelnemers oefenen minstens twee copingstrategieën voor die klachten, in de sessie en thuis.',
    },
    {
      en: 'Each participant has a personal coping plan that a supporter knows about.',
      nl: 'Elke deelnemer heeft een eigen copingplan waarvan een naastbetrokkene op de hoogte is.',
    },
  ],
  handouts: [
    {
      id: 'm9-handout',
      kind: 'handout',
      title: { en: 'Coping with Problems and Persistent Symptoms', nl: 'Omgaan met problemen en aanhoudende klachten' },
    },
    {
      id: 'm9-ws-problem-solving',
      kind: 'worksheet',
      title: { en: 'Solving a problem step by step', nl: 'Stap voor stap een probleem oplossen' },
    },
    {
      id: 'm9-ws-coping-plan',
      kind: 'worksheet',
      title: { en: 'My coping strategies for persistent symptoms', nl: 'Mijn copingstrategieën bij aanhoudende klachten' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'The problem-solving steps', nl: 'De stappen van probleemoplossen' },
      outline: [
        {
          en: 'Everyone meets problems; a fixed method makes them easier to tackle',
          nl: 'Iedereen loopt tegen problemen aan; een vaste aanpak maakt ze beter te hanteren',
        },
        {
          en: 'The steps: describe the problem, list options, weigh pros and cons, choose, plan, act, evaluate',
          nl: 'De stappen: probleem omschrijven, mogelijkheden bedenken, voor- en nadelen afwegen, kiezen, plannen, uitvoeren, evalueren',
        },
        {
          en: 'Working through the steps on a real problem from the group',
          nl: 'De stappen doorlopen met een echt probleem uit de groep',
        },
      ],
      handoutIds: ['m9-handout', 'm9-ws-problem-solving'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain the problem-solving steps one by one using the worksheet, keeping each explanation to a sentence or two.',
            nl: 'Leg de stappen van probleemoplossen één voor één uit aan de hand van het werkblad, met per stap een of twee zinnen.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Ask for a volunteer with a real, everyday problem and model all the steps with them on the board, thinking aloud.',
            nl: 'Vraag een vrijwilliger met een echt, alledaags probleem en doe alle stappen met hem of haar voor op het bord, terwijl je hardop denkt.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'During the modelling, let the whole group add pros and cons for each option so everyone is involved.',
            nl: 'Laat tijdens het voordoen de hele groep voor- en nadelen bij elke mogelijkheid aandragen, zodat iedereen meedoet.',
          },
        },
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Ask participants to name the steps in their own words without looking at the worksheet.',
            nl: 'Vraag deelnemers de stappen in eigen woorden te noemen zonder op het werkblad te kijken.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm9-s1-hp1',
          withSupporter: false,
          text: {
            en: 'Choose a small problem and fill in the first three steps of the worksheet.',
            nl: 'Kies een klein probleem en vul de eerste drie stappen van het werkblad in.',
          },
        },
        {
          id: 'm9-s1-hp2',
          withSupporter: true,
          text: {
            en: 'Explain the problem-solving steps to a supporter and ask them to help think of options.',
            nl: 'Leg de stappen van probleemoplossen uit aan een naastbetrokkene en vraag die mee te denken over mogelijkheden.',
          },
        },
        {
          id: 'm9-s1-hp3',
          withSupporter: false,
          text: {
            en: 'If your problem was worked on in the session, carry out the chosen solution and note what happened.',
            nl: 'Is jouw probleem in de sessie besproken? Voer dan de gekozen oplossing uit en noteer wat er gebeurde.',
          },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'Practising problem solving', nl: 'Probleemoplossen oefenen' },
      outline: [
        {
          en: 'Reviewing how a solution tried at home worked out',
          nl: 'Nabespreken hoe een thuis uitgeprobeerde oplossing uitpakte',
        },
        {
          en: 'Using the steps on each participant’s own problem',
          nl: 'De stappen toepassen op een eigen probleem van iedere deelnemer',
        },
        {
          en: 'What to do when the first solution does not work',
          nl: 'Wat je doet als de eerste oplossing niet werkt',
        },
        {
          en: 'Using problem solving on an obstacle to one’s personal goal',
          nl: 'Probleemoplossen inzetten bij een obstakel op weg naar het persoonlijke doel',
        },
      ],
      handoutIds: ['m9-ws-problem-solving'],
      teachingMoves: [
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Have participants work in pairs on one partner’s problem with the worksheet, then swap; walk round and coach.',
            nl: 'Laat deelnemers in tweetallen met het werkblad aan het probleem van één van beiden werken en daarna wisselen; loop rond en coach.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'For anyone who finds the whole method too much, start with only describing the problem clearly and build from there.',
            nl: 'Begin bij wie de hele methode te veel vindt alleen met het probleem helder omschrijven en bouw van daaruit verder.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Praise concrete plans (who, what, when) and the courage to bring a real problem.',
            nl: 'Geef complimenten voor concrete plannen (wie, wat, wanneer) en voor de moed om een echt probleem in te brengen.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Invite participants to choose an obstacle on the way to their personal goal as the problem to solve.',
            nl: 'Nodig deelnemers uit een obstakel op weg naar het persoonlijke doel te kiezen als probleem om op te lossen.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask the volunteer from last session how the chosen solution worked out and use it to show the evaluate step.',
            nl: 'Vraag de vrijwilliger van de vorige keer hoe de gekozen oplossing uitpakte en laat daarmee de stap evalueren zien.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm9-s2-hp1',
          withSupporter: false,
          text: {
            en: 'Carry out the first step of the plan you made in the session and note the result.',
            nl: 'Voer de eerste stap uit van het plan dat je in de sessie maakte en noteer het resultaat.',
          },
        },
        {
          id: 'm9-s2-hp2',
          withSupporter: true,
          text: {
            en: 'Work through a second problem together with a supporter using the worksheet.',
            nl: 'Doorloop samen met een naastbetrokkene een tweede probleem met het werkblad.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Coping with depression and anxiety', nl: 'Omgaan met somberheid en angst' },
      outline: [
        {
          en: 'Persistent symptoms: what they are and why coping strategies help',
          nl: 'Aanhoudende klachten: wat ze zijn en waarom copingstrategieën helpen',
        },
        {
          en: 'Coping with low mood: planning pleasant activities and challenging gloomy thoughts',
          nl: 'Omgaan met somberheid: plezierige activiteiten plannen en sombere gedachten uitdagen',
        },
        {
          en: 'Coping with anxiety: relaxation and facing feared situations step by step',
          nl: 'Omgaan met angst: ontspanning en stap voor stap situaties aangaan die je vermijdt',
        },
        {
          en: 'Choosing a strategy to try',
          nl: 'Een strategie kiezen om uit te proberen',
        },
      ],
      handoutIds: ['m9-handout', 'm9-ws-coping-plan'],
      teachingMoves: [
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask which symptoms participants still live with and what they already do that helps, even a little.',
            nl: 'Vraag met welke klachten deelnemers nog leven en wat ze al doen dat helpt, al is het maar een beetje.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Take a gloomy thought a participant offers, look at the evidence for and against it, and form a more balanced thought.',
            nl: 'Neem een sombere gedachte die iemand inbrengt, bekijk wat ervoor en ertegen pleit en formuleer samen een evenwichtigere gedachte.',
          },
        },
        {
          kind: 'relaxation',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Practise slow breathing together for two minutes as a strategy for anxious moments.',
            nl: 'Oefen samen twee minuten rustig ademhalen als strategie voor angstige momenten.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Explore the short-term relief and long-term cost of avoiding situations that cause anxiety.',
            nl: 'Bespreek de opluchting op korte termijn en de prijs op lange termijn van situaties vermijden die angst geven.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm9-s3-hp1',
          withSupporter: false,
          text: {
            en: 'Plan one pleasant activity on two days this week and do it.',
            nl: 'Plan deze week op twee dagen een plezierige activiteit en doe die.',
          },
        },
        {
          id: 'm9-s3-hp2',
          withSupporter: true,
          text: {
            en: 'Ask a supporter to join you for a pleasant activity or for one small step into a situation you avoid.',
            nl: 'Vraag een naastbetrokkene mee voor een plezierige activiteit of voor een kleine stap in een situatie die je vermijdt.',
          },
        },
        {
          id: 'm9-s3-hp3',
          withSupporter: false,
          text: {
            en: 'Write down a gloomy thought and a more balanced one when you notice your mood dropping.',
            nl: 'Schrijf een sombere gedachte en een evenwichtigere gedachte op als je merkt dat je stemming daalt.',
          },
        },
      ],
    },
    {
      number: 4,
      title: { en: 'Coping with anger and sleep problems', nl: 'Omgaan met boosheid en slaapproblemen' },
      outline: [
        {
          en: 'Recognising anger building up and taking a time-out',
          nl: 'Merken dat boosheid oploopt en een time-out nemen',
        },
        {
          en: 'Saying calmly what bothers you',
          nl: 'Rustig zeggen wat je dwarszit',
        },
        {
          en: 'Sleep habits that help: regular times, less caffeine, winding down',
          nl: 'Slaapgewoonten die helpen: vaste tijden, minder cafeïne, tot rust komen voor het slapen',
        },
        {
          en: 'Choosing a strategy to try',
          nl: 'Een strategie kiezen om uit te proberen',
        },
      ],
      handoutIds: ['m9-handout', 'm9-ws-coping-plan'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain the time-out strategy and the basic sleep habits, and ask which habits participants already have.',
            nl: 'Leg de time-outstrategie en de basisregels voor goed slapen uit, en vraag welke gewoonten deelnemers al hebben.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'With your co-trainer, model telling someone calmly what bothers you and asking for a change.',
            nl: 'Doe met de co-trainer voor hoe je iemand rustig vertelt wat je dwarszit en om een verandering vraagt.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Let each participant role-play a situation from their own life where they often get angry, trying the calm approach.',
            nl: 'Laat iedere deelnemer in een rollenspel een eigen situatie oefenen waarin hij of zij vaak boos wordt, met de rustige aanpak.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how better sleep or fewer angry moments would help with their goal or relationships.',
            nl: 'Vraag hoe beter slapen of minder boze momenten zou helpen bij het doel of in contacten met anderen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm9-s4-hp1',
          withSupporter: false,
          text: {
            en: 'Pick one sleep habit to change and keep it up for a week.',
            nl: 'Kies één slaapgewoonte om te veranderen en houd die een week vol.',
          },
        },
        {
          id: 'm9-s4-hp2',
          withSupporter: true,
          text: {
            en: 'Agree a time-out signal with a supporter you sometimes argue with.',
            nl: 'Spreek een time-outteken af met een naastbetrokkene met wie je soms ruzie hebt.',
          },
        },
        {
          id: 'm9-s4-hp3',
          withSupporter: false,
          text: {
            en: 'Use the calm approach once when something bothers you and note how it went.',
            nl: 'Gebruik één keer de rustige aanpak als iets je dwarszit en noteer hoe het ging.',
          },
        },
      ],
    },
    {
      number: 5,
      title: { en: 'Coping with voices and troubling beliefs', nl: 'Omgaan met stemmen en verontrustende overtuigingen' },
      outline: [
        {
          en: 'Hearing voices or seeing things others do not: what many people find helps',
          nl: 'Stemmen horen of dingen zien die anderen niet zien: wat veel mensen helpt',
        },
        {
          en: 'Strategies such as distraction, humming or music, and telling the voice to stop',
          nl: 'Strategieën zoals afleiding, neuriën of muziek, en de stem zeggen dat hij moet stoppen',
        },
        {
          en: 'Checking troubling beliefs with someone you trust',
          nl: 'Verontrustende overtuigingen toetsen bij iemand die je vertrouwt',
        },
        {
          en: 'Choosing a strategy to try',
          nl: 'Een strategie kiezen om uit te proberen',
        },
      ],
      handoutIds: ['m9-handout', 'm9-ws-coping-plan'],
      teachingMoves: [
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Invite those who want to share what helps them with voices or troubling beliefs; do not press anyone to disclose.',
            nl: 'Nodig wie dat wil uit te vertellen wat helpt bij stemmen of verontrustende overtuigingen; dwing niemand iets te delen.',
          },
        },
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Present the strategies from the handout and stress that people differ in what works, so trying several is worthwhile.',
            nl: 'Bespreek de strategieën uit de hand-out en benadruk dat mensen verschillen in wat werkt, dus dat meerdere proberen de moeite waard is.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Practise checking a worrying belief: what makes me think this, what else could explain it, who could I check it with?',
            nl: 'Oefen het toetsen van een zorgelijke overtuiging: waarom denk ik dit, wat zou het ook kunnen verklaren, bij wie kan ik het checken?',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model a distraction strategy in the room, such as humming or counting backwards, and let participants try it briefly.',
            nl: 'Doe een afleidingsstrategie voor in de groep, zoals neuriën of terugtellen, en laat deelnemers die kort uitproberen.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Explore the pros and cons of telling a trusted person or the team when voices or beliefs become more intense.',
            nl: 'Bespreek de voor- en nadelen van het aan een vertrouwd persoon of het team vertellen als stemmen of overtuigingen heftiger worden.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm9-s5-hp1',
          withSupporter: false,
          text: {
            en: 'Try one new strategy when the symptom comes up and rate how much it helped (0-10).',
            nl: 'Probeer een nieuwe strategie als de klacht opkomt en geef met een cijfer (0-10) aan hoeveel het hielp.',
          },
        },
        {
          id: 'm9-s5-hp2',
          withSupporter: true,
          text: {
            en: 'Agree with a supporter that you may check a worrying thought with them, and try it once.',
            nl: 'Spreek met een naastbetrokkene af dat je een zorgelijke gedachte bij hem of haar mag toetsen, en doe dat één keer.',
          },
        },
      ],
    },
    {
      number: 6,
      title: {
        en: 'Low energy, concentration and my coping plan',
        nl: 'Weinig energie, concentratie en mijn copingplan',
      },
      outline: [
        {
          en: 'Coping with low energy or motivation: small steps and a daily plan',
          nl: 'Omgaan met weinig energie of zin: kleine stappen en een dagplanning',
        },
        {
          en: 'Coping with concentration or memory problems: reminders, lists, one thing at a time',
          nl: 'Omgaan met concentratie- of geheugenproblemen: geheugensteuntjes, lijstjes, één ding tegelijk',
        },
        {
          en: 'Choosing strategies for each of one’s own persistent symptoms',
          nl: 'Per eigen aanhoudende klacht strategieën kiezen',
        },
        {
          en: 'Writing a personal coping plan and sharing it with a supporter',
          nl: 'Een eigen copingplan schrijven en het delen met een naastbetrokkene',
        },
      ],
      handoutIds: ['m9-handout', 'm9-ws-coping-plan'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the strategies for low energy and concentration in the handout and ask each participant to mark two to try.',
            nl: 'Loop de strategieën voor weinig energie en concentratie in de hand-out door en laat iedere deelnemer er twee aankruisen om te proberen.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Help a participant with low energy break one task into steps small enough to start today.',
            nl: 'Help een deelnemer met weinig energie een taak op te delen in stappen die klein genoeg zijn om vandaag te beginnen.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Review the strategies tried at home over this module and praise every attempt, including ones that did not work.',
            nl: 'Blik terug op de strategieën die deze module thuis zijn geprobeerd en geef een compliment voor elke poging, ook als die niet werkte.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask each participant which symptom most blocks their goal and make sure their plan covers it.',
            nl: 'Vraag iedere deelnemer welke klacht het doel het meest in de weg zit en zorg dat het plan daar een antwoord op heeft.',
          },
        },
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Check that everyone has a written coping plan with at least two strategies for their main symptom.',
            nl: 'Ga na of iedereen een uitgeschreven copingplan heeft met minstens twee strategieën voor de belangrijkste klacht.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm9-s6-hp1',
          withSupporter: true,
          text: {
            en: 'Go through your coping plan with a supporter and agree how they can remind or help you.',
            nl: 'Bespreek je copingplan met een naastbetrokkene en spreek af hoe die je kan herinneren of helpen.',
          },
        },
        {
          id: 'm9-s6-hp2',
          withSupporter: false,
          text: {
            en: 'Use a reminder, list or daily plan every day this week.',
            nl: 'Gebruik deze week elke dag een geheugensteuntje, lijstje of dagplanning.',
          },
        },
        {
          id: 'm9-s6-hp3',
          withSupporter: false,
          text: {
            en: 'Try each strategy on your plan at least once and note which works best.',
            nl: 'Probeer elke strategie op je plan minstens één keer en noteer welke het best werkt.',
          },
        },
      ],
    },
  ],
};
