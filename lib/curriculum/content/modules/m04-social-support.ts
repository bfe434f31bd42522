import type { Module } from '../../types';

export const socialSupport: Module = {
  number: 4,
  id: 'social-support',
  title: { en: 'Building Social Support', nl: 'Sociale steun opbouwen' },
  summary: {
    en: 'Participants explore why social support matters and where to meet people, and rehearse conversation skills step by step toward closer relationships. Supporters are invited to take part.',
    nl: 'Deelnemers onderzoeken waarom sociale steun belangrijk is en waar ze mensen kunnen ontmoeten, en oefenen stap voor stap gespreksvaardigheden op weg naar hechtere relaties. Naastbetrokkenen worden uitgenodigd om mee te doen.',
  },
  goals: [
    {
      en: 'Participants understand how social support helps recovery and map their current network.',
      nl: 'Deelnemers begrijpen hoe sociale steun bijdraagt aan herstel en brengen hun huidige netwerk in kaart.',
    },
    {
      en: 'Participants find places and activities where they can meet people with shared interests.',
      nl: 'Deelnemers vinden plekken en activiteiten waar ze mensen met dezelfde interesses kunnen ontmoeten.',
    },
    {
      en: 'Participants rehearse starting, keeping up and ending conversations in role plays.',
      nl: 'Deelnemers oefenen in rollenspellen hoe ze een gesprek beginnen, gaande houden en afsluiten.',
    },
    {
      en: 'Participants take steps to deepen relationships and write a personal social support plan.',
      nl: 'Deelnemers zetten stappen om relaties te verdiepen en schrijven een persoonlijk plan voor sociale steun.',
    },
    {
      en: 'Each participant invites at least one supporter to a session or to help with home practice.',
      nl: 'Elke deelnemer nodigt minstens één naastbetrokkene uit voor een sessie of om te helpen bij de thuisopdrachten.',
    },
  ],
  topicArea: 'social-support',
  defaultSessionCountVerified: true,
  handouts: [
    { id: 'm4-handout', kind: 'handout', title: { en: 'Building social support', nl: 'Sociale steun opbouwen' } },
    { id: 'm4-ws-my-network', kind: 'worksheet', title: { en: 'My social network', nl: 'Mijn sociale netwerk' } },
    {
      id: 'm4-ws-conversation-skills',
      kind: 'worksheet',
      title: { en: 'Conversation skills practice sheet', nl: 'Oefenblad gespreksvaardigheden' },
    },
    {
      id: 'm4-ws-support-plan',
      kind: 'worksheet',
      title: { en: 'My plan for more social support', nl: 'Mijn plan voor meer sociale steun' },
    },
  ],
  sessions: [
    {
      number: 1,
      title: { en: 'Why social support matters', nl: 'Waarom sociale steun belangrijk is' },
      outline: [
        { en: 'What social support is, and its different kinds', nl: 'Wat sociale steun is en welke soorten er zijn' },
        {
          en: 'How support helps recovery and buffers stress',
          nl: 'Hoe steun bijdraagt aan herstel en stress opvangt',
        },
        { en: 'Mapping your current network', nl: 'Je huidige netwerk in kaart brengen' },
        { en: 'Inviting a supporter to take part', nl: 'Een naastbetrokkene uitnodigen om mee te doen' },
      ],
      handoutIds: ['m4-handout', 'm4-ws-my-network'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain the kinds of support (practical help, company, someone to confide in) and link them to the stress-vulnerability model.',
            nl: 'Leg de soorten steun uit (praktische hulp, gezelschap, iemand om je hart bij te luchten) en verbind ze met het stress-kwetsbaarheidsmodel.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask participants to recall a time when someone’s support made a difference.',
            nl: 'Vraag deelnemers een moment te noemen waarop steun van iemand verschil maakte.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask how more or different support could help with their recovery goal; for some, more support may become the goal itself.',
            nl: 'Vraag hoe meer of andere steun kan helpen bij hun hersteldoel; voor sommigen wordt meer steun zelf het doel.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Discuss what participants could gain from inviting a supporter to a session, and what worries them about it.',
            nl: 'Bespreek wat het uitnodigen van een naastbetrokkene voor een sessie kan opleveren, en wat deelnemers daarover zorgen baart.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model a short invitation: “I’m doing a recovery course. Would you like to come to one session with me?”',
            nl: 'Doe een korte uitnodiging voor: “Ik volg een hersteltraining. Wil je een keer met me mee naar een sessie?”',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Each participant rehearses the invitation once with the co-trainer or another participant playing the supporter.',
            nl: 'Elke deelnemer oefent de uitnodiging één keer, met de cotrainer of een andere deelnemer in de rol van naastbetrokkene.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm4-s1-hp1',
          withSupporter: true,
          text: {
            en: 'Invite a supporter to one of the coming sessions, or to read the handout with you.',
            nl: 'Nodig een naastbetrokkene uit voor een van de komende sessies, of om samen de hand-out te lezen.',
          },
        },
        {
          id: 'm4-s1-hp2',
          withSupporter: false,
          text: {
            en: 'Complete the network worksheet: who gives you which kind of support?',
            nl: 'Vul het werkblad over je netwerk in: wie geeft je welke soort steun?',
          },
        },
        {
          id: 'm4-s1-hp3',
          withSupporter: false,
          text: { en: 'Take the next step toward your recovery goal.', nl: 'Zet de volgende stap naar je hersteldoel.' },
        },
      ],
    },
    {
      number: 2,
      title: { en: 'Where to meet people', nl: 'Waar je mensen kunt ontmoeten' },
      outline: [
        { en: 'Your interests as a way to meet people', nl: 'Je interesses als ingang om mensen te ontmoeten' },
        {
          en: 'Places and activities: clubs, courses, volunteering, peer groups, faith communities',
          nl: 'Plekken en activiteiten: verenigingen, cursussen, vrijwilligerswerk, lotgenotengroepen, geloofsgemeenschappen',
        },
        {
          en: 'Getting back in touch with people you have lost contact with',
          nl: 'Weer contact zoeken met mensen die je uit het oog bent verloren',
        },
        { en: 'Choosing one place to try', nl: 'Eén plek kiezen om uit te proberen' },
      ],
      handoutIds: ['m4-handout', 'm4-ws-support-plan'],
      teachingMoves: [
        {
          kind: 'review-handout',
          strategy: 'educational',
          text: {
            en: 'Go through the handout’s list of places to meet people; each participant marks two that appeal to them.',
            nl: 'Loop de lijst met ontmoetingsplekken in de hand-out door; elke deelnemer markeert er twee die hem of haar aanspreken.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask where participants have made friends in the past and what made it work.',
            nl: 'Vraag waar deelnemers vroeger vrienden maakten en wat daarbij hielp.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'For the place each participant picks, explore what draws them and what makes it hard to go.',
            nl: 'Verken bij de plek die elke deelnemer kiest wat aantrekt en wat het lastig maakt om te gaan.',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Solve one practical barrier together, such as travel, cost or going alone the first time.',
            nl: 'Los samen één praktisch obstakel op, zoals vervoer, kosten of de eerste keer alleen gaan.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Break going somewhere new into small steps: look it up, phone, go with someone, stay a short while.',
            nl: 'Deel het bezoeken van een nieuwe plek op in kleine stappen: informatie opzoeken, bellen, met iemand meegaan, kort blijven.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm4-s2-hp1',
          withSupporter: false,
          text: {
            en: 'Look up the details of one place or activity: times, cost and how to get there.',
            nl: 'Zoek de gegevens op van één plek of activiteit: tijden, kosten en hoe je er komt.',
          },
        },
        {
          id: 'm4-s2-hp2',
          withSupporter: true,
          text: {
            en: 'Visit the place with a supporter, or ask them to help you find one.',
            nl: 'Ga samen met een naastbetrokkene naar de plek, of vraag hem of haar om te helpen zoeken.',
          },
        },
        {
          id: 'm4-s2-hp3',
          withSupporter: false,
          text: {
            en: 'Get in touch with one person you have lost contact with.',
            nl: 'Neem contact op met één persoon die je uit het oog bent verloren.',
          },
        },
      ],
    },
    {
      number: 3,
      title: { en: 'Starting a conversation', nl: 'Een gesprek beginnen' },
      outline: [
        { en: 'Choosing a good moment and person', nl: 'Een goed moment en een geschikt persoon kiezen' },
        {
          en: 'Conversation starters: a remark, a question, a compliment',
          nl: 'Gespreksopeners: een opmerking, een vraag, een compliment',
        },
        {
          en: 'Body language: eye contact, posture, tone of voice',
          nl: 'Lichaamstaal: oogcontact, houding, toon',
        },
        { en: 'Practising opening lines', nl: 'Openingszinnen oefenen' },
      ],
      handoutIds: ['m4-handout', 'm4-ws-conversation-skills'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain that a starter can be simple: a remark about the situation, a question or a compliment.',
            nl: 'Leg uit dat een opener eenvoudig kan zijn: een opmerking over de situatie, een vraag of een compliment.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'With the co-trainer or a volunteer, model starting a chat at a bus stop, once awkwardly and once well; ask what made the difference.',
            nl: 'Doe met de cotrainer of een vrijwilliger voor hoe je een praatje begint bij een bushalte, één keer onhandig en één keer goed; vraag wat het verschil maakte.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Each participant role plays a starter of their own choice; keep it to about one minute.',
            nl: 'Elke deelnemer speelt een zelfgekozen opener in een rollenspel van ongeveer één minuut.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'After each role play, name one specific thing that went well, then give one tip and replay it with the tip.',
            nl: 'Benoem na elk rollenspel één concreet ding dat goed ging, geef daarna één tip en speel het nog eens met die tip.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask where in the coming week each participant could use their starter, and how it links to their goal.',
            nl: 'Vraag waar elke deelnemer de opener komende week kan gebruiken en hoe dat aansluit bij het eigen doel.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm4-s3-hp1',
          withSupporter: false,
          text: {
            en: 'Use your conversation starter once this week and note on the practice sheet how it went.',
            nl: 'Gebruik je opener deze week één keer en noteer op het oefenblad hoe het ging.',
          },
        },
        {
          id: 'm4-s3-hp2',
          withSupporter: true,
          text: {
            en: 'Rehearse your starter with a supporter before you try it out.',
            nl: 'Oefen je opener met een naastbetrokkene voordat je hem in het echt gebruikt.',
          },
        },
        {
          id: 'm4-s3-hp3',
          withSupporter: false,
          text: {
            en: 'Notice how other people start conversations and write down one you liked.',
            nl: 'Let op hoe anderen een gesprek beginnen en schrijf er één op die je goed vond.',
          },
        },
      ],
    },
    {
      number: 4,
      title: { en: 'Keeping a conversation going', nl: 'Een gesprek gaande houden' },
      outline: [
        { en: 'Listening and showing interest', nl: 'Luisteren en belangstelling tonen' },
        { en: 'Open questions and follow-up questions', nl: 'Open vragen stellen en doorvragen' },
        { en: 'Sharing something about yourself', nl: 'Iets over jezelf vertellen' },
        { en: 'Ending a conversation in a friendly way', nl: 'Een gesprek vriendelijk afsluiten' },
      ],
      handoutIds: ['m4-ws-conversation-skills', 'm4-handout'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Show the difference between open and closed questions with two examples.',
            nl: 'Laat met twee voorbeelden het verschil zien tussen open en gesloten vragen.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model a three-minute conversation that shows listening, a follow-up question and a friendly ending.',
            nl: 'Doe een gesprek van drie minuten voor met luisteren, een doorvraag en een vriendelijke afsluiting.',
          },
        },
        {
          kind: 'shaping',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Build the skill in steps: first only listen and nod, then add one open question, then close the conversation kindly.',
            nl: 'Bouw de vaardigheid op in stappen: eerst alleen luisteren en knikken, dan één open vraag toevoegen, dan het gesprek vriendelijk afsluiten.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'In pairs, one participant keeps the conversation going with open questions for two minutes; then they swap.',
            nl: 'In tweetallen houdt één deelnemer het gesprek twee minuten gaande met open vragen; daarna wisselen ze.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask with whom they would like to have better conversations, and what that would mean to them.',
            nl: 'Vraag met wie ze graag betere gesprekken zouden hebben en wat dat voor hen zou betekenen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm4-s4-hp1',
          withSupporter: false,
          text: {
            en: 'Have one conversation this week in which you ask a follow-up question.',
            nl: 'Voer deze week één gesprek waarin je doorvraagt.',
          },
        },
        {
          id: 'm4-s4-hp2',
          withSupporter: true,
          text: {
            en: 'Practise keeping a five-minute conversation going with a supporter or friend.',
            nl: 'Oefen met een naastbetrokkene of vriend om een gesprek vijf minuten gaande te houden.',
          },
        },
        {
          id: 'm4-s4-hp3',
          withSupporter: false,
          text: { en: 'Take the next step toward your recovery goal.', nl: 'Zet de volgende stap naar je hersteldoel.' },
        },
      ],
    },
    {
      number: 5,
      title: { en: 'Getting to know someone better', nl: 'Iemand beter leren kennen' },
      outline: [
        { en: 'How an acquaintance becomes a friend', nl: 'Hoe een kennis een vriend wordt' },
        { en: 'Finding shared interests', nl: 'Gedeelde interesses ontdekken' },
        { en: 'Inviting someone to do something together', nl: 'Iemand uitnodigen om samen iets te doen' },
        { en: 'Dealing with a “no”', nl: 'Omgaan met een “nee”' },
      ],
      handoutIds: ['m4-handout', 'm4-ws-conversation-skills'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain that friendships usually grow slowly, through repeated contact and doing things together.',
            nl: 'Leg uit dat vriendschap meestal langzaam groeit, door herhaald contact en samen dingen te doen.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model inviting someone for coffee, including a friendly reply when they say no.',
            nl: 'Doe voor hoe je iemand uitnodigt voor een kop koffie, inclusief een vriendelijke reactie als die persoon nee zegt.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Participants rehearse an invitation to someone from their own life; the partner sometimes accepts and sometimes declines.',
            nl: 'Deelnemers oefenen een uitnodiging aan iemand uit hun eigen leven; de oefenpartner zegt soms ja en soms nee.',
          },
        },
        {
          kind: 'cognitive-restructuring',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'When someone concludes “nobody likes me” after a no, look together for other explanations.',
            nl: 'Concludeert iemand na een nee “niemand mag mij”, zoek dan samen naar andere verklaringen.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Ask whom they would like to know better and why that matters to them.',
            nl: 'Vraag wie ze beter willen leren kennen en waarom dat belangrijk voor ze is.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm4-s5-hp1',
          withSupporter: false,
          text: {
            en: 'Invite one person to do something together.',
            nl: 'Nodig één persoon uit om samen iets te doen.',
          },
        },
        {
          id: 'm4-s5-hp2',
          withSupporter: true,
          text: {
            en: 'Rehearse the invitation with a supporter first, including what you will say if the answer is no.',
            nl: 'Oefen de uitnodiging eerst met een naastbetrokkene, ook wat je zegt als het antwoord nee is.',
          },
        },
        {
          id: 'm4-s5-hp3',
          withSupporter: false,
          text: {
            en: 'Write down the interests you share with two people you know.',
            nl: 'Schrijf op welke interesses je deelt met twee mensen die je kent.',
          },
        },
      ],
    },
    {
      number: 6,
      title: { en: 'Closer relationships', nl: 'Hechtere relaties' },
      outline: [
        {
          en: 'Trust, and sharing personal things step by step',
          nl: 'Vertrouwen, en stap voor stap persoonlijke dingen delen',
        },
        { en: 'Giving support as well as receiving it', nl: 'Steun geven én ontvangen' },
        {
          en: 'Expressing feelings and handling disagreements',
          nl: 'Gevoelens uiten en omgaan met meningsverschillen',
        },
        { en: 'Deciding what to share about your illness', nl: 'Bepalen wat je vertelt over je aandoening' },
      ],
      handoutIds: ['m4-handout', 'm4-ws-conversation-skills'],
      teachingMoves: [
        {
          kind: 'explain',
          strategy: 'educational',
          text: {
            en: 'Explain that closeness grows when both people share and support each other, at a pace that feels safe.',
            nl: 'Leg uit dat een band hechter wordt als beide mensen iets delen en elkaar steunen, in een tempo dat veilig voelt.',
          },
        },
        {
          kind: 'elicit-experience',
          strategy: 'educational',
          text: {
            en: 'Ask what participants value most in their closest relationships.',
            nl: 'Vraag wat deelnemers het meest waarderen in hun belangrijkste relaties.',
          },
        },
        {
          kind: 'explore-pros-cons',
          strategy: 'motivational',
          text: {
            en: 'Weigh the pros and cons of telling a new friend about the illness, and how much to tell.',
            nl: 'Weeg de voor- en nadelen af van een nieuwe vriend vertellen over de aandoening, en hoeveel je vertelt.',
          },
        },
        {
          kind: 'modelling',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Model expressing a feeling in a disagreement: “I felt let down when you cancelled. Could we plan a new time?”',
            nl: 'Doe voor hoe je bij een meningsverschil een gevoel uitspreekt: “Ik was teleurgesteld toen je afzegde. Zullen we een nieuwe afspraak maken?”',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Participants rehearse expressing a feeling or a request in a situation from their own life, then replay it with one tip.',
            nl: 'Deelnemers oefenen het uiten van een gevoel of verzoek in een situatie uit hun eigen leven en spelen het daarna nog eens met één tip.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm4-s6-hp1',
          withSupporter: false,
          text: {
            en: 'Do something supportive for someone in your network.',
            nl: 'Doe iets ondersteunends voor iemand in je netwerk.',
          },
        },
        {
          id: 'm4-s6-hp2',
          withSupporter: true,
          text: {
            en: 'Tell a supporter something you appreciate about them (“I liked it when you …”).',
            nl: 'Vertel een naastbetrokkene iets wat je in hem of haar waardeert (“Ik vond het fijn toen je …”).',
          },
        },
        {
          id: 'm4-s6-hp3',
          withSupporter: false,
          text: {
            en: 'Use the skill from the role play in a real situation and note what happened.',
            nl: 'Gebruik de vaardigheid uit het rollenspel in een echte situatie en noteer wat er gebeurde.',
          },
        },
      ],
    },
    {
      number: 7,
      title: { en: 'Your social support plan', nl: 'Je plan voor sociale steun' },
      outline: [
        { en: 'Looking back on what you have practised', nl: 'Terugkijken op wat je hebt geoefend' },
        {
          en: 'Choosing relationships to build or strengthen',
          nl: 'Kiezen welke relaties je wilt opbouwen of versterken',
        },
        { en: 'Writing your personal social support plan', nl: 'Je persoonlijke plan voor sociale steun opschrijven' },
        { en: 'Keeping it up after this module', nl: 'Volhouden na deze module' },
      ],
      handoutIds: ['m4-ws-support-plan', 'm4-ws-my-network'],
      teachingMoves: [
        {
          kind: 'check-understanding',
          strategy: 'educational',
          text: {
            en: 'Ask participants to name the conversation skills they have practised and one they want to keep working on.',
            nl: 'Vraag deelnemers welke gespreksvaardigheden ze hebben geoefend en aan welke ze willen blijven werken.',
          },
        },
        {
          kind: 'reinforcement',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Compare each participant’s network worksheet with session 1 and name the progress they have made.',
            nl: 'Vergelijk het netwerkwerkblad van elke deelnemer met sessie 1 en benoem de vooruitgang.',
          },
        },
        {
          kind: 'connect-to-goals',
          strategy: 'motivational',
          text: {
            en: 'Link the support plan to each recovery goal: who could help with the next step?',
            nl: 'Verbind het plan voor sociale steun met elk hersteldoel: wie kan helpen bij de volgende stap?',
          },
        },
        {
          kind: 'problem-solving',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Work through one obstacle in each plan, such as low energy or fear of rejection, and agree a way around it.',
            nl: 'Werk per plan één obstakel uit, zoals weinig energie of angst voor afwijzing, en spreek een oplossing af.',
          },
        },
        {
          kind: 'role-play',
          strategy: 'cognitive-behavioural',
          text: {
            en: 'Let each participant rehearse the first action in their plan once more.',
            nl: 'Laat elke deelnemer de eerste actie uit zijn of haar plan nog één keer oefenen.',
          },
        },
      ],
      homePractice: [
        {
          id: 'm4-s7-hp1',
          withSupporter: false,
          text: {
            en: 'Finish your social support plan and carry out its first step.',
            nl: 'Maak je plan voor sociale steun af en voer de eerste stap uit.',
          },
        },
        {
          id: 'm4-s7-hp2',
          withSupporter: true,
          text: {
            en: 'Share your plan with a supporter and agree how they will help.',
            nl: 'Deel je plan met een naastbetrokkene en spreek af hoe hij of zij helpt.',
          },
        },
        {
          id: 'm4-s7-hp3',
          withSupporter: false,
          text: {
            en: 'Keep practising one conversation skill each week.',
            nl: 'Blijf elke week één gespreksvaardigheid oefenen.',
          },
        },
      ],
    },
  ],
};
