import type { Module } from '../../types';

// Behavioural tailoring is started in session 1 (mapping the daily routine) and checked in session 3,
// not left to session 4 alone: in the Dutch trial it tended to shrink to swapping medication experiences.
export const usingMedication: Module = {
  number: 5,
  id: 'using-medication',
  title: { en: 'Using Medication Effectively', nl: 'Medicatie effectief gebruiken' },
  summary: {
    en: 'Participants learn what medication can and cannot do, how to handle side effects, and how to make informed choices with their prescriber; those who take medication build it into their daily routine.',
    nl: 'Deelnemers leren wat medicatie wel en niet kan, hoe ze met bijwerkingen omgaan en hoe ze samen met hun voorschrijver weloverwogen keuzes maken; wie medicatie gebruikt, past die in de dagelijkse routine in.',
  },
  goals: [
    {
      en: 'Participants know what their medication is for and what effects to expect.',
      nl: 'Deelnemers weten waarvoor hun medicatie is en welk effect ze kunnen verwachten.',
    },
    {
      en: 'Participants recognise side effects and can raise them with their prescriber.',
      nl: 'Deelnemers herkennen bijwerkingen en kunnen ze bespreken met hun voorschrijver.',
    },
    {
      en: 'Participants weigh the pros and cons of medication and decide together with their prescriber.',
      nl: 'Deelnemers wegen de voor- en nadelen van medicatie af en beslissen samen met hun voorschrijver.',
    },
    {
      en: 'Participants who take medication link it to daily habits, cues and reminders (behavioural tailoring).',
      nl: 'Deelnemers die medicatie gebruiken, koppelen de inname aan dagelijkse gewoontes, geheugensteuntjes en herinneringen (gedragsmatige afstemming).',
    },
  ],
  topicArea: 'medication',
  defaultSessionCountVerified: true,
  handouts: [
    { id: 'm5-handout', kind: 'handout', title: { en: 'Using medication effectively', nl: 'Medicatie effectief gebruiken' } },
    {
      id: 'm5-ws-prescriber-talk',
      kind: 'worksheet',
      title: { en: 'Preparing to talk with my prescriber', nl: 'Voorbereiding op het gesprek met mijn voorschrijver' },
    },
    {
      id: 'm5-ws-pros-cons',
      kind: 'worksheet',
      title: { en: 'Pros and cons of taking medication', nl: 'Voor- en nadelen van medicatiegebruik' },
    },
    {
      id: 'm5-ws-daily-routine',
      kind: 'worksheet',
      title: { en: 'Fitting medication into my day', nl: 'Medicatie inpassen in mijn dag' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'What medication can do', nl: 'Wat medicatie kan doen' },
      outline: [
        {
          en: 'Where medication fits in the stress-vulnerability model',
          nl: 'Waar medicatie past in het stress-kwetsbaarheidsmodel',
        },
        {
          en: 'The main types of medication and what they are for',
          nl: 'De belangrijkste soorten medicatie en waarvoor ze dienen',
        },
        {
          en: 'What to expect: benefits, how long it takes, limits',
          nl: 'Wat je kunt verwachten: effect, hoe lang het duurt, grenzen',
        },
        {
          en: 'How medication fits into your day now',
          nl: 'Hoe medicatie nu in je dag past',
        },
      ],
      handoutIds: ['m5-handout', 'm5-ws-daily-routine'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Use the bucket picture from module 3 to explain how medication can lower vulnerability and prevent relapses, as one option among several.',
            nl: 'Leg met het emmerbeeld uit module 3 uit hoe medicatie kwetsbaarheid kan verlagen en terugval kan voorkomen, als één mogelijkheid naast andere.',
          },
        },
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the handout’s overview of medication types; participants who take medication find the type they use.',
            nl: 'Bespreek het overzicht van soorten medicatie in de hand-out; deelnemers die medicatie gebruiken zoeken op welk soort zij gebruiken.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how medication helps or gets in the way of their recovery goal, accepting either answer.',
            nl: 'Vraag hoe medicatie helpt of juist in de weg zit bij hun hersteldoel, en accepteer beide antwoorden.',
          },
        },
        {
          kind: 'behavioural-tailoring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Start behavioural tailoring: ask each participant who takes medication exactly when, where and how they take it on a normal day, and write it on the routine worksheet.',
            nl: 'Begin met gedragsmatige afstemming: vraag elke deelnemer die medicatie gebruikt wanneer, waar en hoe hij of zij die op een gewone dag inneemt, en noteer het op het werkblad.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm5-s1-hp1',
          withSupporter: true,
          text: {
            en: 'Read the handout with a supporter and list your medications and what each one is for.',
            nl: 'Lees de hand-out met een naastbetrokkene en maak een lijstje van je medicijnen en waarvoor elk middel is.',
          },
        },
        {
          id: 'm5-s1-hp2',
          withSupporter: false,
          text: {
            en: 'For one week, note each day when and where you take your medication, and any dose you miss.',
            nl: 'Noteer een week lang elke dag wanneer en waar je je medicatie inneemt, en welke inname je mist.',
          },
        },
        {
          id: 'm5-s1-hp3',
          withSupporter: false,
          text: {
            en: 'Write down one question about your medication to ask your prescriber.',
            nl: 'Schrijf één vraag over je medicatie op om aan je voorschrijver te stellen.',
          },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'Side effects and talking with your prescriber', nl: 'Bijwerkingen en het gesprek met je voorschrijver' },
      outline: [
        {
          en: 'Common side effects, and how they differ between medications',
          nl: 'Veelvoorkomende bijwerkingen en de verschillen tussen middelen',
        },
        { en: 'What you can do yourself about side effects', nl: 'Wat je zelf aan bijwerkingen kunt doen' },
        {
          en: 'Raising side effects with your prescriber: what to say',
          nl: 'Bijwerkingen bespreken met je voorschrijver: wat zeg je',
        },
        {
          en: 'Why not to stop suddenly without talking to your prescriber',
          nl: 'Waarom je niet plotseling stopt zonder overleg met je voorschrijver',
        },
      ],
      handoutIds: ['m5-handout', 'm5-ws-prescriber-talk'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain common side effects and that many can be reduced by changing dose, timing or medication together with the prescriber.',
            nl: 'Leg veelvoorkomende bijwerkingen uit en vertel dat veel ervan minder worden door samen met de voorschrijver de dosis, het tijdstip of het middel aan te passen.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask which side effects participants have noticed and what they did about them.',
            nl: 'Vraag welke bijwerkingen deelnemers hebben gemerkt en wat ze eraan deden.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Explore the pros and cons of raising a side effect with the prescriber versus quietly skipping doses.',
            nl: 'Verken de voor- en nadelen van een bijwerking bespreken met de voorschrijver tegenover stilletjes innames overslaan.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model asking about a side effect: name it, say when it started and how it affects daily life, then ask what can be done.',
            nl: 'Doe voor hoe je naar een bijwerking vraagt: benoem de bijwerking, zeg wanneer die begon en wat die doet met je dagelijks leven, en vraag wat eraan te doen is.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Each participant raises their own side effect in a role play with you as the prescriber; replay it once with one tip.',
            nl: 'Elke deelnemer brengt in een rollenspel een eigen bijwerking in, met jou als voorschrijver; speel het daarna nog eens met één tip.',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'For a side effect participants can tackle themselves, such as a dry mouth or weight gain, brainstorm practical options.',
            nl: 'Bedenk samen praktische oplossingen voor een bijwerking die deelnemers zelf kunnen aanpakken, zoals een droge mond of gewichtstoename.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm5-s2-hp1',
          withSupporter: false,
          text: {
            en: 'Fill in the worksheet to prepare your next appointment with your prescriber.',
            nl: 'Vul het werkblad in als voorbereiding op je volgende afspraak met je voorschrijver.',
          },
        },
        {
          id: 'm5-s2-hp2',
          withSupporter: true,
          text: {
            en: 'Rehearse the conversation with a supporter, or ask them to come with you to the appointment.',
            nl: 'Oefen het gesprek met een naastbetrokkene, of vraag hem of haar mee te gaan naar de afspraak.',
          },
        },
        {
          id: 'm5-s2-hp3',
          withSupporter: false,
          text: {
            en: 'Keep a short diary of one side effect: when it happens and how strong it is.',
            nl: 'Houd een kort dagboek bij van één bijwerking: wanneer die optreedt en hoe sterk.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Making informed choices', nl: 'Weloverwogen keuzes maken' },
      outline: [
        {
          en: 'Your right to information and to decide together with your prescriber',
          nl: 'Je recht op informatie en om samen met je voorschrijver te beslissen',
        },
        {
          en: 'Weighing the pros and cons of taking medication',
          nl: 'De voor- en nadelen van medicatiegebruik afwegen',
        },
        { en: 'Beliefs and worries about medication', nl: 'Opvattingen en zorgen over medicatie' },
        {
          en: 'Bringing your decision or doubts to your prescriber',
          nl: 'Je besluit of twijfels bespreken met je voorschrijver',
        },
      ],
      handoutIds: ['m5-handout', 'm5-ws-pros-cons'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain shared decision-making: the participant brings their values and experience, the prescriber brings knowledge, and they decide together.',
            nl: 'Leg samen beslissen uit: de deelnemer brengt eigen waarden en ervaring in, de voorschrijver kennis, en samen nemen ze een besluit.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Help each participant fill in the pros-and-cons worksheet for their own medication without steering the outcome.',
            nl: 'Help elke deelnemer het werkblad voor- en nadelen in te vullen voor de eigen medicatie, zonder de uitkomst te sturen.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Examine beliefs such as “needing medication means I’m weak” and test them against the facts.',
            nl: 'Onderzoek opvattingen als “medicatie nodig hebben betekent dat ik zwak ben” en toets ze aan de feiten.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Rehearse opening the conversation with the prescriber: “I’d like to talk about whether this medication is still right for me.”',
            nl: 'Oefen hoe je het gesprek met de voorschrijver begint: “Ik wil graag bespreken of deze medicatie nog bij mij past.”',
          },
        },
        {
          kind: 'behavioural-tailoring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'With participants who continue their medication, review the one-week intake log and mark the moments a dose was missed.',
            nl: 'Bekijk met deelnemers die hun medicatie blijven gebruiken het innamelogboek van de afgelopen week en markeer de momenten waarop een inname werd gemist.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm5-s3-hp1',
          withSupporter: false,
          text: {
            en: 'Complete the pros-and-cons worksheet and take it to your next appointment.',
            nl: 'Maak het werkblad voor- en nadelen af en neem het mee naar je volgende afspraak.',
          },
        },
        {
          id: 'm5-s3-hp2',
          withSupporter: true,
          text: {
            en: 'Talk your pros and cons through with a supporter you trust.',
            nl: 'Bespreek je voor- en nadelen met een naastbetrokkene die je vertrouwt.',
          },
        },
        {
          id: 'm5-s3-hp3',
          withSupporter: false,
          text: {
            en: 'Keep noting when you take your medication and any missed doses.',
            nl: 'Blijf noteren wanneer je je medicatie inneemt en welke innames je mist.',
          },
        },
      ],
    },
    {
      number: 4,
      title: { en: 'Fitting medication into daily life', nl: 'Medicatie inpassen in je dagelijks leven' },
      outline: [
        {
          en: 'Why doses get missed: forgetting, changes in routine, complicated schedules',
          nl: 'Waarom innames worden gemist: vergeten, een ander dagritme, ingewikkelde schema’s',
        },
        {
          en: 'Linking medication to a fixed daily habit',
          nl: 'Medicatie koppelen aan een vaste dagelijkse gewoonte',
        },
        {
          en: 'Cues and reminders: pill box, phone alarm, a fixed place',
          nl: 'Geheugensteuntjes: weekdoseerdoos, wekker op de telefoon, een vaste plek',
        },
        {
          en: 'Asking the prescriber to simplify the schedule',
          nl: 'De voorschrijver vragen om het schema te vereenvoudigen',
        },
        { en: 'Your personal routine plan', nl: 'Je persoonlijke innameplan' },
      ],
      handoutIds: ['m5-handout', 'm5-ws-daily-routine'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain that missed doses are common and mostly about routine, not willpower. Participants without medication apply the method to another daily health habit.',
            nl: 'Leg uit dat gemiste innames vaak voorkomen en meestal met routine te maken hebben, niet met wilskracht. Deelnemers zonder medicatie passen de methode toe op een andere gezonde gewoonte.',
          },
        },
        {
          kind: 'behavioural-tailoring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'With each participant, pick a fixed daily habit (brushing teeth, breakfast, morning coffee) and put the pill box right beside it, e.g. next to the toothbrush.',
            nl: 'Kies met elke deelnemer een vaste dagelijkse gewoonte (tandenpoetsen, ontbijt, koffie ’s ochtends) en zet de weekdoseerdoos er direct naast, bijvoorbeeld bij de tandenborstel.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model filling a weekly pill box and setting a daily phone alarm labelled with the medication’s name.',
            nl: 'Doe voor hoe je een weekdoseerdoos vult en een dagelijkse wekker in je telefoon zet met de naam van het middel.',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Plan for disruptions: weekends, travel and nights away. Where does a spare dose go?',
            nl: 'Maak een plan voor uitzonderingen: weekenden, reizen en logeren. Waar bewaar je een reservedosis?',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask what taking medication steadily could make possible for their recovery goal.',
            nl: 'Vraag wat regelmatig innemen mogelijk zou kunnen maken voor hun hersteldoel.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Agree to check the routine next session, and praise every day the plan worked rather than focusing on missed days.',
            nl: 'Spreek af de routine volgende keer na te lopen, en geef waardering voor elke dag dat het plan werkte in plaats van te focussen op gemiste dagen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm5-s4-hp1',
          withSupporter: false,
          text: {
            en: 'Put your pill box and cue in the agreed place and use them every day this week.',
            nl: 'Zet je weekdoseerdoos en geheugensteuntje op de afgesproken plek en gebruik ze deze week elke dag.',
          },
        },
        {
          id: 'm5-s4-hp2',
          withSupporter: true,
          text: {
            en: 'Ask a supporter to help set up the routine, or to check in with you during the first week.',
            nl: 'Vraag een naastbetrokkene je te helpen de routine op te zetten, of de eerste week even bij je na te vragen hoe het gaat.',
          },
        },
        {
          id: 'm5-s4-hp3',
          withSupporter: false,
          text: {
            en: 'Tick off each dose on the worksheet and bring it to the next session.',
            nl: 'Vink elke inname af op het werkblad en neem het mee naar de volgende sessie.',
          },
        },
      ],
    },
  ],
};
