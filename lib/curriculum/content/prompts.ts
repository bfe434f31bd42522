import type { Prompt } from '../types';

/*
 * The prompt library. Weighted on purpose toward the elements the Dutch IMR trial found weakest
 * (Roosenschoon 2024, the Dutch IMR trial): action plan review, goal follow-up, weekly action planning,
 * cognitive-behavioural techniques, coping skills, relapse prevention, behavioural tailoring,
 * involving significant others and keeping time. `key` marks the prompts whose omission costs the
 * most fidelity; they are repeated before leaving the step and at the end of the session, so keep
 * that set small or it stops working as a reminder.
 *
 * Ids are stable: session records and programme adaptations (textOverrides) refer to them.
 * General prompts come first, then module-specific ones; promptsFor() keeps that order within
 * the key and non-key groups.
 */
export const PROMPTS: Prompt[] = [
  // ── Check-in ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'checkin-welcome-each',
    stepId: 'check-in',
    moduleId: null,
    key: false,
    text: {
      en: 'Welcome each participant and ask how their week went.',
      nl: 'Heet iedere deelnemer welkom en vraag hoe de week is gegaan.',
    },
    how: {
      en: 'Keep it warm but brief, a few sentences per person; if something urgent comes up, agree to talk after the session unless it cannot wait.',
      nl: 'Houd het hartelijk maar kort, een paar zinnen per persoon; komt er iets dringends op tafel, spreek dan af het na afloop te bespreken, tenzij het niet kan wachten.',
    },
    fidelityItems: [],
    itisItems: ['itis-relationship'],
  },
  {
    id: 'checkin-start-on-time',
    stepId: 'check-in',
    moduleId: null,
    key: false,
    text: {
      en: "Start on time and show today's time plan.",
      nl: 'Begin op tijd en laat de tijdsplanning van vandaag zien.',
    },
    how: {
      en: 'Starting promptly, even if someone is late, shows that session time matters and protects the time for goals and practice later on.',
      nl: 'Door stipt te beginnen, ook als iemand nog ontbreekt, laat je zien dat de tijd ertoe doet en houd je ruimte over voor doelen en oefenen verderop.',
    },
    fidelityItems: [],
    itisItems: ['itis-structure-time'],
  },

  // ── Review of the previous session ──────────────────────────────────────────────────────────
  {
    id: 'review-ask-participants',
    stepId: 'review-previous',
    moduleId: null,
    key: false,
    text: {
      en: 'Ask participants what they remember from last session.',
      nl: 'Vraag deelnemers wat ze nog weten van de vorige sessie.',
    },
    how: {
      en: 'Let them recall first and fill the gaps afterwards; what people retrieve themselves sticks better than a summary from you.',
      nl: 'Laat hen eerst zelf ophalen en vul daarna aan; wat mensen zelf terughalen, blijft beter hangen dan jouw samenvatting.',
    },
    fidelityItems: ['fs9-educational'],
    itisItems: ['itis-educational', 'itis-structured-curriculum'],
  },

  // ── Action plan review ──────────────────────────────────────────────────────────────────────
  {
    id: 'apr-each-participant',
    stepId: 'action-plan-review',
    moduleId: null,
    key: true,
    text: {
      en: "Review last week's home practice with every participant.",
      nl: 'Bespreek met iedere deelnemer de thuisopdracht van vorige week.',
    },
    how: {
      en: 'Go round everyone, including those who did not do it, and ask what they did and noticed; skipping the review teaches people that home practice does not count.',
      nl: 'Ga iedereen langs, ook wie niets heeft gedaan, en vraag wat ze deden en merkten; sla je de terugblik over, dan leren mensen dat de thuisopdracht er niet toe doet.',
    },
    fidelityItems: [],
    itisItems: ['itis-action-plan-review'],
  },
  {
    id: 'apr-reinforce-effort',
    stepId: 'action-plan-review',
    moduleId: null,
    key: false,
    text: {
      en: 'Praise every attempt, even a partial one.',
      nl: 'Geef waardering voor elke poging, ook als die maar half lukte.',
    },
    how: {
      en: 'Name exactly what the person did and why it helps (reinforcement); a small step that gets noticed is more likely to be repeated.',
      nl: 'Benoem precies wat iemand heeft gedaan en waarom dat helpt (bekrachtigen); een kleine stap die gezien wordt, wordt eerder herhaald.',
    },
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-action-plan-review', 'itis-cognitive-behavioural'],
  },
  {
    id: 'apr-solve-barriers',
    stepId: 'action-plan-review',
    moduleId: null,
    key: false,
    text: {
      en: 'When practice was not done, explore what got in the way.',
      nl: 'Is de oefening niet gelukt, onderzoek dan wat in de weg zat.',
    },
    how: {
      en: 'Stay curious rather than disappointed, look for a practical fix together and, if time allows, let the person do a small piece of the practice right now.',
      nl: 'Blijf nieuwsgierig in plaats van teleurgesteld, zoek samen een praktische oplossing en laat iemand, als de tijd het toelaat, nu meteen een klein stukje van de oefening doen.',
    },
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-action-plan-review', 'itis-cognitive-behavioural'],
  },
  {
    id: 'apr-ask-supporter',
    stepId: 'action-plan-review',
    moduleId: null,
    key: false,
    text: {
      en: 'Ask whether a supporter helped with the practice.',
      nl: 'Vraag of een naastbetrokkene heeft geholpen bij de oefening.',
    },
    how: {
      en: 'Ask whom they told or practised with and how that went; showing interest in supporters makes it normal to involve them next time.',
      nl: 'Vraag aan wie ze erover vertelden of met wie ze oefenden en hoe dat ging; belangstelling voor naastbetrokkenen maakt het gewoon om hen de volgende keer te betrekken.',
    },
    fidelityItems: ['fs5-significant-others'],
    itisItems: ['itis-significant-others', 'itis-action-plan-review'],
  },
  {
    id: 'apr-members-share-tips',
    stepId: 'action-plan-review',
    moduleId: null,
    formats: ['group'],
    key: false,
    text: {
      en: 'Invite members to share what helped them do the practice.',
      nl: 'Nodig groepsleden uit te vertellen wat hen hielp om de oefening te doen.',
    },
    how: {
      en: "Turn one member's success into a tip for the others and ask the group for ideas when someone got stuck, so members learn from each other and not only from you.",
      nl: 'Maak van het succes van de een een tip voor de ander en vraag de groep om ideeën als iemand vastliep, zodat leden van elkaar leren en niet alleen van jou.',
    },
    fidelityItems: [],
    itisItems: ['itis-support-between-members', 'itis-involving-all'],
  },

  // ── Goal follow-up ──────────────────────────────────────────────────────────────────────────
  {
    id: 'goal-each-participant',
    stepId: 'goal-follow-up',
    moduleId: null,
    key: true,
    text: {
      en: "Go through each participant's goal and current step on the goal chart.",
      nl: 'Loop per deelnemer het hersteldoel en de huidige stap door op het doelenoverzicht.',
    },
    how: {
      en: 'Ask what progress was made on the step, record it, and decide together whether to keep at it or take the next step; a goal that is never revisited quietly disappears.',
      nl: 'Vraag welke vooruitgang er op de stap is geboekt, leg die vast en bepaal samen of iemand ermee doorgaat of de volgende stap zet; een doel dat nooit terugkomt, verdwijnt stilletjes.',
    },
    fidelityItems: ['fs7-goal-follow-up'],
    itisItems: ['itis-goals'],
  },
  {
    id: 'goal-smaller-step',
    stepId: 'goal-follow-up',
    moduleId: null,
    key: false,
    text: {
      en: 'Break a stuck step into a smaller one.',
      nl: 'Maak een vastgelopen stap kleiner.',
    },
    how: {
      en: 'When someone has made no progress for a while, choose a step small enough to succeed this week; success with small steps builds confidence for bigger ones (shaping).',
      nl: 'Boekt iemand al een tijd geen voortgang, kies dan een stap die klein genoeg is om deze week te lukken; slagen in kleine stappen geeft vertrouwen voor grotere (shaping).',
    },
    fidelityItems: ['fs6-goal-setting', 'fs10-cognitive-behavioural'],
    itisItems: ['itis-goals', 'itis-cognitive-behavioural'],
  },
  {
    id: 'goal-set-if-missing',
    stepId: 'goal-follow-up',
    moduleId: null,
    key: false,
    text: {
      en: 'Help anyone without a goal to choose a personal one.',
      nl: 'Help wie nog geen doel heeft een persoonlijk doel te kiezen.',
    },
    how: {
      en: 'Start from what matters to the person, in their own words, then make it specific and agree a first step; a goal chosen by the practitioner rarely gets anything moving.',
      nl: 'Begin bij wat voor iemand belangrijk is, in eigen woorden, maak het daarna concreet en spreek een eerste stap af; een doel dat de hulpverlener kiest, zet zelden iets in beweging.',
    },
    fidelityItems: ['fs6-goal-setting'],
    itisItems: ['itis-goals', 'itis-recovery-orientation'],
  },
  {
    id: 'goal-members-encourage',
    stepId: 'goal-follow-up',
    moduleId: null,
    formats: ['group'],
    key: false,
    text: {
      en: 'Ask members to encourage each other on their goals.',
      nl: 'Vraag groepsleden elkaar aan te moedigen bij hun doelen.',
    },
    how: {
      en: 'After someone reports progress, invite one or two members to respond or offer an idea; encouragement from peers often carries more weight than yours.',
      nl: 'Nodig na een voortgangsbericht een of twee groepsleden uit om te reageren of een idee te geven; aanmoediging van medegroepsleden weegt vaak zwaarder dan die van jou.',
    },
    fidelityItems: [],
    itisItems: ['itis-support-between-members', 'itis-goals'],
  },

  // ── Agenda ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'agenda-time-plan',
    stepId: 'agenda',
    moduleId: null,
    key: false,
    text: {
      en: "State today's topic and how the time is divided.",
      nl: 'Noem het onderwerp van vandaag en hoe de tijd is verdeeld.',
    },
    how: {
      en: "Say it in one or two sentences and offer a 'parking place' for other matters, so side issues can wait without being brushed aside.",
      nl: "Zeg het in een of twee zinnen en bied een 'parkeerplaats' voor andere zaken, zodat zijpaden kunnen wachten zonder dat ze worden weggewuifd.",
    },
    fidelityItems: [],
    itisItems: ['itis-structure-time', 'itis-structured-curriculum'],
  },

  // ── Teaching new material ───────────────────────────────────────────────────────────────────
  {
    id: 'teach-handout-together',
    stepId: 'teach',
    moduleId: null,
    key: false,
    text: {
      en: 'Work through the handout together, section by section.',
      nl: 'Neem de hand-out samen door, stukje voor stukje.',
    },
    how: {
      en: 'Make sure everyone has a copy, take turns reading short sections and pause after each to ask what it means for them; a handout only you read aloud becomes a lecture.',
      nl: 'Zorg dat iedereen een exemplaar heeft, lees om beurten korte stukken en sta na elk stuk stil bij wat het voor hen betekent; een hand-out die alleen jij voorleest, wordt een college.',
    },
    fidelityItems: ['fs4-handouts', 'fs9-educational'],
    itisItems: ['itis-educational', 'itis-structured-curriculum'],
  },
  {
    id: 'teach-check-understanding',
    stepId: 'teach',
    moduleId: null,
    key: false,
    text: {
      en: 'Check understanding with open questions.',
      nl: 'Ga met open vragen na of de stof begrepen is.',
    },
    how: {
      en: "Ask people to put a point in their own words or give an example from their own life, rather than asking 'Is that clear?'.",
      nl: "Vraag mensen een punt in eigen woorden te zeggen of een voorbeeld uit hun eigen leven te geven, in plaats van te vragen 'Is dat duidelijk?'.",
    },
    fidelityItems: ['fs9-educational'],
    itisItems: ['itis-educational'],
  },
  {
    id: 'teach-link-to-goals',
    stepId: 'teach',
    moduleId: null,
    key: false,
    text: {
      en: "Link the topic to each person's goals and hopes.",
      nl: 'Verbind het onderwerp met de doelen en wensen van ieder.',
    },
    how: {
      en: 'Ask how this could bring them closer to what they want, and explore pros and cons when someone is in two minds; people learn what they themselves find useful.',
      nl: 'Vraag hoe dit hen dichter kan brengen bij wat ze willen, en verken voor- en nadelen als iemand twijfelt; mensen leren wat ze zelf nuttig vinden.',
    },
    fidelityItems: ['fs8-motivational'],
    itisItems: ['itis-motivational', 'itis-recovery-orientation'],
  },
  {
    id: 'teach-model-role-play',
    stepId: 'teach',
    moduleId: null,
    key: true,
    text: {
      en: 'Model a skill, then have participants practise it in a role play.',
      nl: 'Doe een vaardigheid voor en laat deelnemers die daarna oefenen in een rollenspel.',
    },
    how: {
      en: 'Keep the role play short and concrete, give specific praise first and then one tip, and let the person try again; practice in the session is what makes use in daily life likely.',
      nl: 'Houd het rollenspel kort en concreet, geef eerst specifieke waardering en dan één tip, en laat iemand het nog eens proberen; oefenen in de sessie maakt toepassen in het dagelijks leven waarschijnlijker.',
    },
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-cognitive-behavioural'],
  },
  {
    id: 'teach-examine-unhelpful-thoughts',
    stepId: 'teach',
    moduleId: null,
    key: false,
    text: {
      en: 'Examine unhelpful beliefs when they come up.',
      nl: 'Onderzoek belemmerende gedachten als ze naar voren komen.',
    },
    how: {
      en: "When someone says, for example, 'nothing ever works for me', look together at what speaks for and against it and find a more balanced thought (cognitive restructuring).",
      nl: "Zegt iemand bijvoorbeeld 'bij mij werkt nooit iets', bekijk dan samen wat ervoor en ertegen pleit en zoek een evenwichtiger gedachte (cognitieve herstructurering).",
    },
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-cognitive-behavioural'],
  },
  {
    id: 'teach-involve-all',
    stepId: 'teach',
    moduleId: null,
    formats: ['group'],
    key: false,
    text: {
      en: 'Involve every member, including the quiet ones.',
      nl: 'Betrek elk groepslid, ook wie stil is.',
    },
    how: {
      en: 'Invite quieter members by name with an easy question and gently hold back anyone who dominates, so that each person takes part at least once.',
      nl: 'Nodig stillere leden bij naam uit met een eenvoudige vraag en rem wie veel het woord neemt vriendelijk af, zodat iedereen minstens één keer meedoet.',
    },
    fidelityItems: [],
    itisItems: ['itis-involving-all'],
  },
  {
    id: 'teach-members-coach',
    stepId: 'teach',
    moduleId: null,
    formats: ['group'],
    key: false,
    text: {
      en: 'Let members help each other during practice.',
      nl: 'Laat groepsleden elkaar helpen tijdens het oefenen.',
    },
    how: {
      en: 'Ask members to play the other part in a role play or to say what went well; support between members can carry on after the group has ended.',
      nl: 'Vraag groepsleden de tegenspeler te zijn in een rollenspel of te benoemen wat goed ging; steun tussen groepsleden kan doorgaan als de groep al is afgelopen.',
    },
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-support-between-members', 'itis-cognitive-behavioural'],
  },
  {
    id: 'teach-keep-time-for-planning',
    stepId: 'teach',
    moduleId: null,
    key: true,
    text: {
      en: 'Stop teaching in time for the summary and action planning.',
      nl: 'Stop op tijd met de stof, zodat er ruimte blijft voor samenvatting en actieplan.',
    },
    how: {
      en: 'Watch the clock; when time runs short, drop extra explanation but keep the practice, because the action plan is what carries the session into the week.',
      nl: 'Houd de klok in de gaten; wordt de tijd krap, laat dan extra uitleg vallen maar sla het oefenen niet over, want via het actieplan krijgt de sessie een vervolg in de week.',
    },
    fidelityItems: [],
    itisItems: ['itis-structure-time'],
  },

  // ── Summary ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'summary-own-words',
    stepId: 'summary',
    moduleId: null,
    key: false,
    text: {
      en: 'Ask participants to sum up what they take away today.',
      nl: 'Vraag deelnemers samen te vatten wat ze vandaag meenemen.',
    },
    how: {
      en: 'Ask each person for one point they found useful, add anything essential that was missed, and name the progress you noticed.',
      nl: 'Vraag ieder om één punt dat nuttig was, vul aan wat wezenlijk is blijven liggen en benoem de vooruitgang die je zag.',
    },
    fidelityItems: ['fs9-educational'],
    itisItems: ['itis-educational', 'itis-recovery-orientation'],
  },

  // ── Weekly action planning ──────────────────────────────────────────────────────────────────
  {
    id: 'plan-specific-each',
    stepId: 'action-planning',
    moduleId: null,
    key: true,
    text: {
      en: 'Agree a specific home practice with every participant.',
      nl: 'Spreek met iedere deelnemer een concrete thuisopdracht af.',
    },
    how: {
      en: 'Pin down what, when, where and how often, let the person write it down, and make it smaller if they doubt they will manage it.',
      nl: 'Maak concreet wat, wanneer, waar en hoe vaak, laat iemand het zelf opschrijven en maak de oefening kleiner als iemand twijfelt of het lukt.',
    },
    fidelityItems: [],
    itisItems: ['itis-action-planning'],
  },
  {
    id: 'plan-with-supporter',
    stepId: 'action-planning',
    moduleId: null,
    key: true,
    text: {
      en: 'Ask each participant who could help with the practice.',
      nl: 'Vraag iedere deelnemer wie kan helpen bij de oefening.',
    },
    how: {
      en: 'Suggest a concrete role for a family member, friend or other supporter, such as reading the handout together or giving a reminder, and note who it is.',
      nl: 'Stel een concrete rol voor een familielid, vriend of andere naastbetrokkene voor, zoals samen de hand-out lezen of aan de oefening herinneren, en noteer wie dat is.',
    },
    fidelityItems: ['fs5-significant-others'],
    itisItems: ['itis-significant-others', 'itis-action-planning'],
  },
  {
    id: 'plan-link-goal-step',
    stepId: 'action-planning',
    moduleId: null,
    key: false,
    text: {
      en: "Tie the home practice to the person's goal step where possible.",
      nl: 'Koppel de thuisopdracht waar mogelijk aan de stap naar het eigen doel.',
    },
    how: {
      en: 'Practice that moves someone toward their own goal is more likely to get done than a general assignment.',
      nl: 'Een oefening die iemand dichter bij het eigen doel brengt, wordt eerder gedaan dan een algemene opdracht.',
    },
    fidelityItems: ['fs7-goal-follow-up'],
    itisItems: ['itis-goals', 'itis-action-planning'],
  },
  {
    id: 'plan-buddies',
    stepId: 'action-planning',
    moduleId: null,
    formats: ['group'],
    key: false,
    text: {
      en: 'Pair up members to support each other between sessions.',
      nl: 'Koppel groepsleden aan elkaar om elkaar tussen de sessies te steunen.',
    },
    how: {
      en: 'Only with their consent: agree how they will keep in touch, for example one short message mid-week asking how the practice is going.',
      nl: 'Alleen met hun instemming: spreek af hoe ze contact houden, bijvoorbeeld één kort bericht halverwege de week om te vragen hoe de oefening gaat.',
    },
    fidelityItems: [],
    itisItems: ['itis-support-between-members'],
  },
  {
    id: 'plan-handouts-home',
    stepId: 'action-planning',
    moduleId: null,
    key: false,
    text: {
      en: 'Make sure everyone takes the handout home.',
      nl: 'Zorg dat iedereen de hand-out mee naar huis neemt.',
    },
    how: {
      en: 'Also give or send a copy to anyone who was absent or joined online, and suggest reading it with a supporter.',
      nl: 'Geef of stuur ook een exemplaar aan wie afwezig was of online meedeed, en stel voor het samen met een naastbetrokkene te lezen.',
    },
    fidelityItems: ['fs4-handouts'],
    itisItems: ['itis-educational'],
  },

  // ── Module 1: Recovery Strategies ───────────────────────────────────────────────────────────
  {
    id: 'm1-goal-each',
    stepId: 'teach',
    moduleId: 'recovery-strategies',
    key: false,
    text: {
      en: 'Help every participant choose a personal recovery goal and a first step.',
      nl: 'Help iedere deelnemer een persoonlijk hersteldoel en een eerste stap te kiezen.',
    },
    how: {
      en: 'Use the life areas to explore what the person wants, keep going until the goal is specific enough to follow progress, and write goal and step on the goal chart.',
      nl: 'Verken aan de hand van de levensgebieden wat iemand wil, ga door tot het doel zo concreet is dat de voortgang te volgen is, en zet doel en stap op het doelenoverzicht.',
    },
    fidelityItems: ['fs6-goal-setting'],
    itisItems: ['itis-goals', 'itis-recovery-orientation'],
  },
  {
    id: 'm1-first-step-home',
    stepId: 'action-planning',
    moduleId: 'recovery-strategies',
    key: false,
    text: {
      en: "Make the first goal step this week's home practice.",
      nl: 'Maak de eerste stap naar het doel de thuisopdracht van deze week.',
    },
    how: {
      en: 'Choose a step the person can finish within a week, and ask whom they will tell about their goal.',
      nl: 'Kies een stap die iemand binnen een week kan afronden, en vraag aan wie hij of zij over het doel gaat vertellen.',
    },
    fidelityItems: ['fs6-goal-setting', 'fs5-significant-others'],
    itisItems: ['itis-goals', 'itis-action-planning'],
  },

  // ── Module 2: Practical Facts about Mental Illnesses ────────────────────────────────────────
  {
    id: 'm2-share-facts-supporter',
    stepId: 'action-planning',
    moduleId: 'practical-facts',
    key: false,
    text: {
      en: 'Suggest sharing the facts handout with a supporter.',
      nl: 'Stel voor de hand-out met feiten te delen met een naastbetrokkene.',
    },
    how: {
      en: 'Family and friends often know little about the illness; reading the handout together gives them a shared language and an easy way to get involved.',
      nl: 'Familie en vrienden weten vaak weinig van de aandoening; samen de hand-out lezen geeft een gedeelde taal en een laagdrempelige manier om betrokken te raken.',
    },
    fidelityItems: ['fs5-significant-others', 'fs4-handouts'],
    itisItems: ['itis-significant-others'],
  },

  // ── Module 4: Building Social Support ───────────────────────────────────────────────────────
  {
    id: 'm4-invite-supporter',
    stepId: 'action-planning',
    moduleId: 'social-support',
    key: false,
    text: {
      en: 'Invite each participant to bring a supporter to a coming session.',
      nl: 'Nodig iedere deelnemer uit een naastbetrokkene mee te nemen naar een volgende sessie.',
    },
    how: {
      en: 'Explain what the supporter will do there and suggest a session where it fits; if a visit is not possible, agree another contact, such as a phone call.',
      nl: 'Leg uit wat de naastbetrokkene daar doet en stel een sessie voor waarin het past; lukt een bezoek niet, spreek dan een ander contact af, zoals een telefoongesprek.',
    },
    fidelityItems: ['fs5-significant-others'],
    itisItems: ['itis-significant-others'],
  },
  {
    id: 'm4-role-play-conversation',
    stepId: 'teach',
    moduleId: 'social-support',
    key: false,
    text: {
      en: 'Role-play starting or keeping up a conversation.',
      nl: 'Oefen in een rollenspel het beginnen of gaande houden van een gesprek.',
    },
    how: {
      en: "Model it first, then let each person practise a situation from their own life, such as greeting a neighbour, building from short exchanges to longer ones.",
      nl: 'Doe het eerst voor en laat dan ieder een situatie uit het eigen leven oefenen, zoals een buurman groeten, en bouw op van korte naar langere gesprekjes.',
    },
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-cognitive-behavioural'],
  },

  // ── Module 5: Using Medication Effectively ──────────────────────────────────────────────────
  {
    id: 'm5-tailoring',
    stepId: 'teach',
    moduleId: 'using-medication',
    key: true,
    text: {
      en: 'Work out with each participant who takes medication how to fit it into their daily routine.',
      nl: 'Bedenk met iedere deelnemer die medicatie gebruikt hoe die in het dagelijkse ritme past.',
    },
    how: {
      en: 'Link taking it to an existing habit, such as brushing teeth, and add a cue like a pill box or phone reminder; swapping experiences with medication is not yet tailoring.',
      nl: 'Koppel het innemen aan een bestaande gewoonte, zoals tandenpoetsen, en voeg een geheugensteun toe, zoals een medicijndoos of een herinnering op de telefoon; ervaringen met medicatie uitwisselen is nog geen gedragsmatige afstemming.',
    },
    fidelityItems: ['fs13-behavioural-tailoring'],
    itisItems: ['itis-behavioural-tailoring'],
  },
  {
    id: 'm5-tailoring-check',
    stepId: 'action-plan-review',
    moduleId: 'using-medication',
    key: false,
    text: {
      en: 'Check how the medication routine worked and adjust it.',
      nl: 'Ga na hoe de medicatieroutine werkte en pas die zo nodig aan.',
    },
    how: {
      en: 'Ask on how many days it went as planned; if it did not fit, change the cue or the moment rather than repeating the same advice.',
      nl: 'Vraag op hoeveel dagen het ging zoals gepland; paste het niet, verander dan de geheugensteun of het moment in plaats van hetzelfde advies te herhalen.',
    },
    fidelityItems: ['fs13-behavioural-tailoring'],
    itisItems: ['itis-behavioural-tailoring', 'itis-action-plan-review'],
  },

  // ── Module 6: Drug and Alcohol Use ──────────────────────────────────────────────────────────
  {
    id: 'm6-sobriety-plan',
    stepId: 'teach',
    moduleId: 'drug-alcohol-use',
    key: false,
    text: {
      en: 'Help each participant who uses draft a sobriety or harm-reduction plan.',
      nl: 'Help iedere deelnemer die gebruikt een plan op te stellen om te stoppen of minder schadelijk te gebruiken.',
    },
    how: {
      en: "Start from the person's own reasons to change, without judging; the plan names high-risk situations, what to do instead and who can help.",
      nl: 'Ga uit van de eigen redenen om te veranderen, zonder te oordelen; het plan beschrijft risicosituaties, wat iemand in plaats daarvan doet en wie kan helpen.',
    },
    fidelityItems: ['fs8-motivational', 'fs10-cognitive-behavioural'],
    itisItems: ['itis-motivational', 'itis-cognitive-behavioural'],
  },
  {
    id: 'm6-refusal-role-play',
    stepId: 'teach',
    moduleId: 'drug-alcohol-use',
    key: false,
    text: {
      en: 'Role-play turning down an offer of drugs or alcohol.',
      nl: 'Oefen in een rollenspel het afslaan van drank of drugs.',
    },
    how: {
      en: 'Let participants choose a realistic scene, model a short and clear refusal, and have each person practise until it feels natural.',
      nl: 'Laat deelnemers een realistische situatie kiezen, doe een korte, duidelijke weigering voor en laat ieder oefenen tot het vanzelf gaat.',
    },
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-cognitive-behavioural'],
  },

  // ── Module 7: Reducing Relapses ─────────────────────────────────────────────────────────────
  {
    id: 'm7-plan-each',
    stepId: 'teach',
    moduleId: 'reducing-relapses',
    key: true,
    text: {
      en: 'Make sure every participant has a written relapse-prevention plan.',
      nl: 'Zorg dat iedere deelnemer een uitgeschreven signaleringsplan heeft.',
    },
    how: {
      en: "The plan names the person's triggers, early warning signs, the steps they will take and who helps; write it with the person, not for them.",
      nl: 'Het plan beschrijft iemands uitlokkende factoren, vroege signalen, de stappen die hij of zij zet en wie helpt; schrijf het met iemand, niet voor iemand.',
    },
    fidelityItems: ['fs12-relapse-prevention'],
    itisItems: ['itis-relapse-prevention'],
  },
  {
    id: 'm7-rehearse-plan',
    stepId: 'teach',
    moduleId: 'reducing-relapses',
    key: false,
    text: {
      en: "Rehearse part of each participant's plan in the session.",
      nl: 'Oefen in de sessie een deel van ieders signaleringsplan.',
    },
    how: {
      en: 'For example, role-play telling a supporter about an early warning sign or phoning the team; a plan that has been tried once is easier to use when it is needed.',
      nl: 'Oefen bijvoorbeeld in een rollenspel hoe iemand een naastbetrokkene over een vroeg signaal vertelt of het team belt; een plan dat al eens is geoefend, is makkelijker te gebruiken als het nodig is.',
    },
    fidelityItems: ['fs12-relapse-prevention', 'fs10-cognitive-behavioural'],
    itisItems: ['itis-relapse-prevention', 'itis-cognitive-behavioural'],
  },
  {
    id: 'm7-plan-supporter',
    stepId: 'action-planning',
    moduleId: 'reducing-relapses',
    key: false,
    text: {
      en: 'Agree that each participant goes through the plan with a supporter.',
      nl: 'Spreek af dat iedere deelnemer het plan doorneemt met een naastbetrokkene.',
    },
    how: {
      en: 'Supporters often notice warning signs first; agree what they will do when they see them and add their name and number to the plan.',
      nl: 'Een naastbetrokkene merkt vroege signalen vaak als eerste op; spreek af wat die dan doet en zet naam en telefoonnummer in het plan.',
    },
    fidelityItems: ['fs5-significant-others', 'fs12-relapse-prevention'],
    itisItems: ['itis-significant-others', 'itis-relapse-prevention'],
  },

  // ── Module 8: Coping with Stress ────────────────────────────────────────────────────────────
  {
    id: 'm8-practise-coping',
    stepId: 'teach',
    moduleId: 'coping-with-stress',
    key: true,
    text: {
      en: 'Practise a coping or relaxation technique together in the session.',
      nl: 'Oefen in de sessie samen een copingvaardigheid of ontspanningsoefening.',
    },
    how: {
      en: 'Do it rather than just discuss it, for example a few minutes of slow breathing, then ask what each person noticed and where they could use it this week.',
      nl: 'Doe het echt in plaats van er alleen over te praten, bijvoorbeeld een paar minuten rustig ademhalen, en vraag daarna wat ieder merkte en waar het deze week van pas kan komen.',
    },
    fidelityItems: ['fs11-coping-skills', 'fs10-cognitive-behavioural'],
    itisItems: ['itis-coping-skills', 'itis-cognitive-behavioural'],
  },
  {
    id: 'm8-coping-home',
    stepId: 'action-planning',
    moduleId: 'coping-with-stress',
    key: false,
    text: {
      en: 'Plan when each participant will use the technique in a stressful moment.',
      nl: 'Plan met iedere deelnemer wanneer hij of zij de techniek inzet op een stressvol moment.',
    },
    how: {
      en: 'Pick a situation that is likely to occur this week and agree on a reminder, so the skill moves from the session into daily life.',
      nl: 'Kies een situatie die deze week waarschijnlijk voorkomt en spreek een geheugensteun af, zodat de vaardigheid ook buiten de sessie wordt gebruikt.',
    },
    fidelityItems: ['fs11-coping-skills'],
    itisItems: ['itis-coping-skills', 'itis-action-planning'],
  },

  // ── Module 9: Coping with Problems and Persistent Symptoms ──────────────────────────────────
  {
    id: 'm9-practise-coping',
    stepId: 'teach',
    moduleId: 'coping-with-problems',
    key: true,
    text: {
      en: 'Practise a coping strategy for a persistent symptom in the session.',
      nl: 'Oefen in de sessie een copingstrategie voor een aanhoudende klacht.',
    },
    how: {
      en: 'Let each person choose one symptom that bothers them, pick a strategy together and try it straight away, for example distraction for voices or planning activities for low mood.',
      nl: 'Laat ieder één klacht kiezen die hinder geeft, kies samen een strategie en probeer die meteen uit, bijvoorbeeld afleiding bij stemmen of activiteiten plannen bij somberheid.',
    },
    fidelityItems: ['fs11-coping-skills', 'fs10-cognitive-behavioural'],
    itisItems: ['itis-coping-skills', 'itis-cognitive-behavioural'],
  },
  {
    id: 'm9-problem-solving',
    stepId: 'teach',
    moduleId: 'coping-with-problems',
    key: false,
    text: {
      en: 'Work through the problem-solving steps with a real problem.',
      nl: 'Doorloop de stappen van probleemoplossing met een echt probleem.',
    },
    how: {
      en: 'Take a problem a participant brings in, go step by step from describing it to choosing a solution, and finish with a concrete plan to try it out.',
      nl: 'Neem een probleem dat een deelnemer inbrengt, ga stap voor stap van omschrijven tot een oplossing kiezen en sluit af met een concreet plan om die uit te proberen.',
    },
    fidelityItems: ['fs11-coping-skills', 'fs10-cognitive-behavioural'],
    itisItems: ['itis-coping-skills', 'itis-cognitive-behavioural'],
  },

  // ── Module 10: Getting Your Needs Met in the Mental Health System ───────────────────────────
  {
    id: 'm10-self-advocacy',
    stepId: 'teach',
    moduleId: 'mental-health-system',
    key: false,
    text: {
      en: 'Rehearse asking services for what you need.',
      nl: 'Oefen hoe je bij de hulpverlening vraagt om wat je nodig hebt.',
    },
    how: {
      en: 'Take a real upcoming contact, such as a medication review or a benefits appointment, and role-play making the request clearly and calmly.',
      nl: 'Neem een echt, aanstaand contact, zoals een medicatiegesprek of een afspraak over een uitkering, en oefen in een rollenspel hoe iemand het verzoek duidelijk en rustig doet.',
    },
    fidelityItems: ['fs10-cognitive-behavioural'],
    itisItems: ['itis-cognitive-behavioural'],
  },
];
