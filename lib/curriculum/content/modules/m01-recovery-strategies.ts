import type { Module } from '../../types';

export const recoveryStrategies: Module = {
  number: 1,
  id: 'recovery-strategies',
  title: { en: 'Recovery Strategies', nl: 'Herstelstrategieën' },
  summary: {
    en: 'Participants explore what recovery means to them and what helps, then each chooses a personal recovery goal and breaks it into small steps.',
    nl: 'Deelnemers verkennen wat herstel voor hen betekent en wat daarbij helpt. Daarna kiest ieder een persoonlijk hersteldoel en deelt dat op in kleine stappen.',
  },
  goals: [
    {
      en: 'Each participant can say in their own words what recovery means to them.',
      nl: 'Elke deelnemer kan in eigen woorden zeggen wat herstel voor hem of haar betekent.',
    },
    {
      en: 'Participants know strategies that have helped others and recognise the ones they already use.',
      nl: 'Deelnemers kennen strategieën die anderen hielpen en herkennen wat ze zelf al doen.',
    },
    {
      en: 'Each participant chooses a personal, meaningful recovery goal.',
      nl: 'Elke deelnemer kiest een persoonlijk en betekenisvol hersteldoel.',
    },
    {
      en: 'Each goal is broken into small, concrete steps, written down and followed up in every session.',
      nl: 'Elk doel is opgedeeld in kleine, concrete stappen, staat op papier en komt elke sessie terug.',
    },
  ],
  topicArea: 'recovery-strategies',
  defaultSessionCountVerified: true,
  handouts: [
    { id: 'm1-handout', kind: 'handout', title: { en: 'Recovery strategies', nl: 'Herstelstrategieën' } },
    {
      id: 'm1-ws-what-helps',
      kind: 'worksheet',
      title: { en: 'Recovery strategies I use or want to try', nl: 'Herstelstrategieën die ik gebruik of wil proberen' },
    },
    {
      id: 'm1-ws-life-areas',
      kind: 'worksheet',
      title: { en: 'Life areas: where do I want change?', nl: 'Levensgebieden: waar wil ik verandering?' },
    },
    {
      id: 'm1-ws-goal-setting',
      kind: 'worksheet',
      title: { en: 'My recovery goal and the steps toward it', nl: 'Mijn hersteldoel en de stappen ernaartoe' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'What recovery means', nl: 'Wat herstel betekent' },
      outline: [
        {
          en: 'How IMR works: sessions, handouts, home practice and personal goals',
          nl: 'Hoe IMR werkt: sessies, hand-outs, thuisopdrachten en persoonlijke doelen',
        },
        {
          en: 'Recovery as a personal journey, not only the absence of symptoms',
          nl: 'Herstel als een persoonlijke weg, niet alleen het verdwijnen van klachten',
        },
        { en: 'What recovery means to different people', nl: 'Wat herstel voor verschillende mensen betekent' },
        { en: 'What recovery means to me', nl: 'Wat herstel voor mij betekent' },
      ],
      handoutIds: ['m1-handout'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain how each session runs: check-in, goals, new material and home practice. Say that supporters are welcome to join.',
            nl: 'Leg uit hoe een sessie verloopt: even bijpraten, doelen, nieuwe stof en een thuisopdracht. Vertel dat naastbetrokkenen welkom zijn.',
          },
        },
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Read the opening of the handout aloud in turns; after each paragraph ask what stood out.',
            nl: 'Lees het begin van de hand-out om de beurt hardop voor; vraag na elke alinea wat opviel.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask each participant what recovery means to them and write the answers on the board without judging.',
            nl: 'Vraag elke deelnemer wat herstel voor hem of haar betekent en schrijf de antwoorden zonder oordeel op het bord.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask what would be different in their life if recovery went well; note these hopes for choosing a goal in session 3.',
            nl: 'Vraag wat er anders zou zijn in hun leven als het herstel goed gaat; noteer die wensen voor het kiezen van een doel in sessie 3.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'If someone says recovery is not possible for them, look together at what they have already managed and share examples of others who recovered.',
            nl: 'Zegt iemand dat herstel voor hem of haar niet haalbaar is, kijk dan samen naar wat al wel lukte en geef voorbeelden van anderen die herstelden.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Thank each participant specifically for what they shared, e.g. “That took courage to say.”',
            nl: 'Bedank elke deelnemer concreet voor wat hij of zij deelde, bijvoorbeeld: “Daar was moed voor nodig.”',
          },
        },
      ],
      homePractice: [
        {
          id: 'm1-s1-hp1',
          withSupporter: true,
          text: {
            en: 'Read the handout with a supporter and ask what recovery means to them.',
            nl: 'Lees de hand-out samen met een naastbetrokkene en vraag wat herstel voor hem of haar betekent.',
          },
        },
        {
          id: 'm1-s1-hp2',
          withSupporter: false,
          text: {
            en: 'Write down three things recovery would mean in your own life.',
            nl: 'Schrijf drie dingen op die herstel in je eigen leven zou betekenen.',
          },
        },
        {
          id: 'm1-s1-hp3',
          withSupporter: false,
          text: {
            en: 'Find a recovery story (book, video or peer worker) and note one thing that helped that person.',
            nl: 'Zoek een herstelverhaal op (boek, video of ervaringsdeskundige) en noteer één ding dat die persoon hielp.',
          },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'What helps recovery', nl: 'Wat helpt bij herstel' },
      outline: [
        { en: 'Strategies other people have found helpful', nl: 'Strategieën die anderen hebben geholpen' },
        {
          en: 'Support, meaningful activity, self-care and learning about the illness',
          nl: 'Steun, zinvolle bezigheden, zelfzorg en kennis over de aandoening',
        },
        { en: 'What you already do, and your strengths', nl: 'Wat je zelf al doet en waar je sterk in bent' },
        { en: 'Choosing one new strategy to try', nl: 'Eén nieuwe strategie kiezen om uit te proberen' },
      ],
      handoutIds: ['m1-handout', 'm1-ws-what-helps'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the list of recovery strategies in the handout; participants tick on the worksheet the ones they already use.',
            nl: 'Loop de lijst met herstelstrategieën in de hand-out door; deelnemers kruisen op het werkblad aan wat ze al doen.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask each participant to name one thing that helped them through a hard time.',
            nl: 'Vraag elke deelnemer één ding te noemen dat hielp in een moeilijke periode.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'For a strategy someone is unsure about, ask what trying it could bring and what holds them back.',
            nl: 'Vraag bij een strategie waarover iemand twijfelt wat het proberen kan opleveren en wat hem of haar tegenhoudt.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Think aloud while choosing a new strategy yourself: “I could walk for ten minutes after lunch, because it clears my head.”',
            nl: 'Doe hardop denkend voor hoe je zelf een nieuwe strategie kiest: “Ik kan na de lunch tien minuten wandelen, want dan wordt mijn hoofd rustiger.”',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Help each participant shrink their chosen strategy to a first try small enough to succeed this week.',
            nl: 'Help elke deelnemer de gekozen strategie zo klein te maken dat een eerste poging deze week lukt.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm1-s2-hp1',
          withSupporter: false,
          text: {
            en: 'Try your chosen strategy once this week and note how it went.',
            nl: 'Probeer de gekozen strategie deze week één keer en noteer hoe het ging.',
          },
        },
        {
          id: 'm1-s2-hp2',
          withSupporter: true,
          text: {
            en: 'Ask a supporter which strengths they see in you and add them to the worksheet.',
            nl: 'Vraag een naastbetrokkene welke sterke kanten hij of zij in je ziet en zet die op het werkblad.',
          },
        },
        {
          id: 'm1-s2-hp3',
          withSupporter: false,
          text: {
            en: 'Finish the worksheet on recovery strategies.',
            nl: 'Maak het werkblad over herstelstrategieën af.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Life areas and choosing a goal', nl: 'Levensgebieden en een doel kiezen' },
      outline: [
        {
          en: 'Life areas: home, work and study, relationships, health, leisure, meaning',
          nl: 'Levensgebieden: wonen, werk en opleiding, relaties, gezondheid, vrije tijd, zingeving',
        },
        {
          en: 'How satisfied you are with each area, and where you want change',
          nl: 'Hoe tevreden je bent per gebied en waar je verandering wilt',
        },
        {
          en: 'What makes a good recovery goal: your own, meaningful, within reach',
          nl: 'Wat een goed hersteldoel is: van jezelf, betekenisvol, haalbaar',
        },
        { en: 'Choosing your personal recovery goal', nl: 'Je persoonlijke hersteldoel kiezen' },
      ],
      handoutIds: ['m1-handout', 'm1-ws-life-areas', 'm1-ws-goal-setting'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain that a recovery goal is the participant’s own wish, not the team’s plan, and that a small goal is a fine start.',
            nl: 'Leg uit dat een hersteldoel een eigen wens van de deelnemer is, niet het plan van het team, en dat een klein doel een prima begin is.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Let participants rate each life area on the worksheet and name one area they would like to change.',
            nl: 'Laat deelnemers op het werkblad elk levensgebied een cijfer geven en één gebied noemen dat ze willen veranderen.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Link the hopes noted in session 1 to the life areas and ask which change would matter most right now.',
            nl: 'Verbind de wensen uit sessie 1 met de levensgebieden en vraag welke verandering nu het meest zou betekenen.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'If a goal is very large or vague, help reshape it into one reachable in a few months while keeping what makes it meaningful.',
            nl: 'Is een doel erg groot of vaag, help het dan om te vormen tot een doel dat binnen enkele maanden haalbaar is, zonder te verliezen wat het betekenisvol maakt.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Acknowledge every goal chosen and write it on the goal worksheet so you can follow it up next time.',
            nl: 'Geef erkenning voor elk gekozen doel en schrijf het op het werkblad, zodat je het de volgende keer kunt opvolgen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm1-s3-hp1',
          withSupporter: true,
          text: {
            en: 'Talk about your goal with a supporter and ask how they could help.',
            nl: 'Bespreek je doel met een naastbetrokkene en vraag hoe hij of zij kan helpen.',
          },
        },
        {
          id: 'm1-s3-hp2',
          withSupporter: false,
          text: {
            en: 'Complete the life areas worksheet for the areas still open.',
            nl: 'Vul het werkblad levensgebieden verder in voor de gebieden die nog openstaan.',
          },
        },
        {
          id: 'm1-s3-hp3',
          withSupporter: false,
          text: {
            en: 'Write your goal in your own words and keep it where you will see it every day.',
            nl: 'Schrijf je doel in eigen woorden op en bewaar het op een plek waar je het elke dag ziet.',
          },
        },
      ],
    },
    {
      number: 4,
      title: { en: 'Steps toward your goal', nl: 'Stappen naar je doel' },
      outline: [
        { en: 'Breaking the goal into small, concrete steps', nl: 'Het doel opdelen in kleine, concrete stappen' },
        { en: 'The first step: what, when and with whom', nl: 'De eerste stap: wat, wanneer en met wie' },
        { en: 'Possible obstacles and how to get around them', nl: 'Mogelijke obstakels en hoe je ze omzeilt' },
        {
          en: 'Who can support you, and how progress is followed up each session',
          nl: 'Wie je kan steunen en hoe de voortgang elke sessie wordt besproken',
        },
      ],
      handoutIds: ['m1-ws-goal-setting', 'm1-handout'],
      teachingMoves: [
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Think aloud while breaking an example goal (“find volunteer work”) into three or four steps on the board.',
            nl: 'Doe hardop denkend voor hoe je een voorbeelddoel (“vrijwilligerswerk vinden”) op het bord opdeelt in drie of vier stappen.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Help each participant make their first step so small and concrete that it can be done before the next session.',
            nl: 'Help elke deelnemer de eerste stap zo klein en concreet te maken dat die vóór de volgende sessie kan.',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'For each first step, ask what might get in the way and find one way around it together.',
            nl: 'Vraag bij elke eerste stap wat in de weg kan zitten en bedenk samen één oplossing.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask why this goal matters to them and note the reason on the worksheet, to return to when motivation dips.',
            nl: 'Vraag waarom dit doel belangrijk voor ze is en noteer de reden op het werkblad, om op terug te vallen als de motivatie zakt.',
          },
        },
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Ask each participant to say back their goal, first step and when they will do it.',
            nl: 'Laat elke deelnemer zijn of haar doel, eerste stap en moment van uitvoeren terugvertellen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm1-s4-hp1',
          withSupporter: false,
          text: {
            en: 'Take the first step toward your goal and note what happened.',
            nl: 'Zet de eerste stap naar je doel en noteer wat er gebeurde.',
          },
        },
        {
          id: 'm1-s4-hp2',
          withSupporter: true,
          text: {
            en: 'Share your goal and steps with a supporter and agree how they will help with the first step.',
            nl: 'Deel je doel en stappen met een naastbetrokkene en spreek af hoe hij of zij helpt bij de eerste stap.',
          },
        },
        {
          id: 'm1-s4-hp3',
          withSupporter: false,
          text: {
            en: 'Put the steps in your calendar or phone, with a reminder.',
            nl: 'Zet de stappen in je agenda of telefoon, met een herinnering.',
          },
        },
      ],
    },
  ],
};
