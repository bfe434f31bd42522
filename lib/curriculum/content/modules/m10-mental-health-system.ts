import type { Module } from '../../types';

// Services, benefits and insurance differ by country and region, so the texts stay general and ask the
// practitioner to bring local information; the session count of 3 is a default a programme can change.
export const mentalHealthSystem: Module = {
  number: 10,
  id: 'mental-health-system',
  topicArea: 'mental-health-system',
  defaultSessionCountVerified: false,
  title: {
    en: 'Getting Your Needs Met in the Mental Health System',
    nl: 'Krijgen wat je nodig hebt in de ggz',
  },
  summary: {
    en: 'Participants learn which services and financial support can help them, what their rights are, and practise asking clearly for what they need.',
    nl: 'Deelnemers leren welke voorzieningen en financiële ondersteuning hen kunnen helpen en wat hun rechten zijn, en oefenen hoe ze duidelijk vragen om wat ze nodig hebben.',
  },
  goals: [
    {
      en: 'Participants know which services exist locally and which could help with their personal goal.',
      nl: 'Deelnemers weten welke voorzieningen er in de buurt zijn en welke kunnen helpen bij hun persoonlijke doel.',
    },
    {
      en: 'Participants understand the basics of benefits, insurance and the costs of care, and know where to get help with them.',
      nl: 'Deelnemers begrijpen de basis van uitkeringen, zorgverzekering en kosten van zorg, en weten waar ze daarbij hulp krijgen.',
    },
    {
      en: 'Participants know their rights as service users, including how to raise a concern or complaint.',
      nl: 'Deelnemers kennen hun rechten als cliënt, ook hoe ze een zorg of klacht kunnen melden.',
    },
    {
      en: 'Each participant practises self-advocacy: asking for a service or a change in care, clearly and respectfully.',
      nl: 'Elke deelnemer oefent met voor zichzelf opkomen: duidelijk en respectvol vragen om een voorziening of een verandering in de zorg.',
    },
  ],
  handouts: [
    {
      id: 'm10-handout',
      kind: 'handout',
      title: { en: 'Getting Your Needs Met in the Mental Health System', nl: 'Krijgen wat je nodig hebt in de ggz' },
    },
    {
      id: 'm10-ws-services',
      kind: 'worksheet',
      title: { en: 'Services I use and services I need', nl: 'Voorzieningen die ik gebruik en die ik nodig heb' },
    },
    {
      id: 'm10-ws-self-advocacy',
      kind: 'worksheet',
      title: { en: 'Preparing to ask for what I need', nl: 'Voorbereiden om te vragen wat ik nodig heb' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'Services that can help', nl: 'Voorzieningen die kunnen helpen' },
      outline: [
        {
          en: 'Kinds of services: treatment, crisis care, housing, work and education, peer support',
          nl: 'Soorten voorzieningen: behandeling, crisiszorg, wonen, werk en opleiding, ervaringsdeskundigheid',
        },
        {
          en: 'Which services participants use now and how satisfied they are',
          nl: 'Welke voorzieningen deelnemers nu gebruiken en hoe tevreden ze erover zijn',
        },
        {
          en: 'Which services could help with one’s personal goal',
          nl: 'Welke voorzieningen kunnen helpen bij het persoonlijke doel',
        },
        {
          en: 'Where to find information about local services',
          nl: 'Waar je informatie vindt over voorzieningen in de buurt',
        },
      ],
      handoutIds: ['m10-handout', 'm10-ws-services'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Give a short overview of the services available in your area; bring a local leaflet or list.',
            nl: 'Geef een kort overzicht van de voorzieningen in jullie regio; neem een folder of lijst uit de buurt mee.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask participants which services they use and what has or has not worked for them; let them tip each other.',
            nl: 'Vraag welke voorzieningen deelnemers gebruiken en wat wel of niet werkte; laat ze elkaar tips geven.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask each participant to name one service that could help with the next step toward their personal goal.',
            nl: 'Vraag iedere deelnemer één voorziening te noemen die kan helpen bij de volgende stap naar het persoonlijke doel.',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Pick a barrier a participant faces in reaching a service, such as travel or a waiting list, and work through options together.',
            nl: 'Neem een drempel die iemand ervaart om bij een voorziening te komen, zoals reizen of een wachtlijst, en zoek samen naar mogelijkheden.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm10-s1-hp1',
          withSupporter: false,
          text: {
            en: 'Fill in the worksheet with the services you use and one you would like to find out more about.',
            nl: 'Vul op het werkblad in welke voorzieningen je gebruikt en over welke je meer wilt weten.',
          },
        },
        {
          id: 'm10-s1-hp2',
          withSupporter: true,
          text: {
            en: 'Look up information about that service together with a supporter.',
            nl: 'Zoek samen met een naastbetrokkene informatie op over die voorziening.',
          },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'Benefits, insurance and your rights', nl: 'Uitkeringen, verzekering en je rechten' },
      outline: [
        {
          en: 'Benefits and insurance: what they can cover and who can help with forms',
          nl: 'Uitkeringen en zorgverzekering: wat ze kunnen vergoeden en wie kan helpen met formulieren',
        },
        {
          en: 'Rights as a service user: information, access to your records, privacy, a second opinion',
          nl: 'Rechten als cliënt: informatie, inzage in je dossier, privacy, een second opinion',
        },
        {
          en: 'How to raise a concern or make a complaint, and who can support you',
          nl: 'Hoe je een zorg bespreekt of een klacht indient, en wie je daarbij kan steunen',
        },
        {
          en: 'Participants’ own practical questions',
          nl: 'Eigen praktische vragen van deelnemers',
        },
      ],
      handoutIds: ['m10-handout', 'm10-ws-services'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain the main benefits and insurance rules that apply locally and the client rights, in plain words.',
            nl: 'Leg in gewone taal de belangrijkste regels voor uitkeringen en verzekering in jullie situatie uit, en de rechten van cliënten.',
          },
        },
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Ask participants who they would turn to if a benefit stopped or they disagreed with their care.',
            nl: 'Vraag deelnemers bij wie ze terechtkunnen als een uitkering stopt of als ze het niet eens zijn met hun zorg.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Explore the pros and cons of raising a concern versus staying silent, including any fear of consequences.',
            nl: 'Bespreek de voor- en nadelen van een zorg uitspreken tegenover je mond houden, ook eventuele angst voor gevolgen.',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Use the problem-solving steps on one practical question a participant brings, such as a confusing letter.',
            nl: 'Pas de stappen van probleemoplossen toe op een praktische vraag die iemand inbrengt, zoals een onduidelijke brief.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm10-s2-hp1',
          withSupporter: true,
          text: {
            en: 'Go through your benefits or insurance papers with a supporter and write down your questions.',
            nl: 'Neem met een naastbetrokkene je papieren over uitkering of verzekering door en schrijf je vragen op.',
          },
        },
        {
          id: 'm10-s2-hp2',
          withSupporter: false,
          text: {
            en: 'Find out who the client advocate or complaints contact is at your service.',
            nl: 'Zoek uit wie de vertrouwenspersoon of klachtenfunctionaris is bij jouw instelling.',
          },
        },
        {
          id: 'm10-s2-hp3',
          withSupporter: false,
          text: {
            en: 'Choose one request you want to make of your care team or another service.',
            nl: 'Kies één vraag die je wilt stellen aan je behandelteam of aan een andere instantie.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Speaking up for yourself', nl: 'Voor jezelf opkomen' },
      outline: [
        {
          en: 'What self-advocacy is and why it helps recovery',
          nl: 'Wat voor jezelf opkomen is en waarom het helpt bij herstel',
        },
        {
          en: 'Steps: prepare, say clearly what you want, listen, ask questions, agree a next step',
          nl: 'Stappen: voorbereiden, duidelijk zeggen wat je wilt, luisteren, vragen stellen, een vervolgstap afspreken',
        },
        {
          en: 'What to do if the answer is no',
          nl: 'Wat je doet als het antwoord nee is',
        },
        {
          en: 'Practising a real request in a role play',
          nl: 'Een echte vraag oefenen in een rollenspel',
        },
      ],
      handoutIds: ['m10-handout', 'm10-ws-self-advocacy'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the self-advocacy steps and have each participant prepare their request on the worksheet.',
            nl: 'Loop de stappen voor jezelf opkomen door en laat iedere deelnemer de eigen vraag voorbereiden op het werkblad.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'With your co-trainer, model asking a care coordinator for a service, once unclearly and once clearly, and ask what the difference was.',
            nl: 'Doe met de co-trainer voor hoe je een behandelaar om een voorziening vraagt, eerst onduidelijk en dan duidelijk, en vraag wat het verschil was.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Each participant role-plays their own request; a trainer plays the staff member and, on a second try, says no so they can practise asking about alternatives.',
            nl: 'Iedere deelnemer oefent de eigen vraag in een rollenspel; een trainer speelt de medewerker en zegt bij een tweede poging nee, zodat de deelnemer kan oefenen met vragen naar alternatieven.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'After each role play, name one specific thing the participant did well, then invite the group to add one.',
            nl: 'Benoem na elk rollenspel één concreet punt dat de deelnemer goed deed en laat de groep er één aan toevoegen.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Link each request to the participant’s personal goal and agree when they will make it for real.',
            nl: 'Verbind elke vraag met het persoonlijke doel van de deelnemer en spreek af wanneer hij of zij de vraag echt gaat stellen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm10-s3-hp1',
          withSupporter: true,
          text: {
            en: 'Practise your request once more with a supporter before you make it.',
            nl: 'Oefen je vraag nog een keer met een naastbetrokkene voordat je hem stelt.',
          },
        },
        {
          id: 'm10-s3-hp2',
          withSupporter: false,
          text: {
            en: 'Make the request for real, by phone, email or at your next appointment, and note the answer.',
            nl: 'Stel de vraag echt, telefonisch, per mail of bij je volgende afspraak, en noteer het antwoord.',
          },
        },
        {
          id: 'm10-s3-hp3',
          withSupporter: true,
          text: {
            en: 'Ask a supporter to come with you to the appointment where you make the request.',
            nl: 'Vraag een naastbetrokkene om mee te gaan naar de afspraak waar je de vraag stelt.',
          },
        },
      ],
    },
  ],
};
