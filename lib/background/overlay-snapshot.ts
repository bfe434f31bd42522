/**
 * What the on-call card may show, built in the background from the running session: the step, the
 * clock, the card's words in the reader's language, the one key prompt to show and the step's
 * outline. The card runs inside a third-party page, so this is the whole of what it learns:
 * never a participant code, goal or any typed text (participants are "Participant 1, 2…" with
 * counts), and the card bundles no message set and no curriculum (issue 11).
 *
 * Pure: the router gathers the records and passes them in (tests/unit/overlay-snapshot.test.ts).
 *
 * The words come from the packaged labels file and the curriculum from the packaged content files
 * (lib/background/content.ts), not from bundles compiled into the worker (issue 12).
 *
 * Usage:
 *   const snapshot = buildOverlaySnapshot({ session, curriculum, participants, earlier, labels, vault, now });
 */
import type { AdaptedContent } from '../curriculum/adaptation';
import type { Prompt, StepId } from '../curriculum/types';
import { pick } from '../i18n/text';
import type { OverlayLabels, OverlaySnapshot } from '../messaging/contract';
import type { Participant, Session } from '../model';
import { deriveClock } from '../session/clock';
import { openKeyPrompts } from '../session/prompts';
import type { Labels } from './content';

export interface OverlaySnapshotInput {
  session: Session | undefined;
  curriculum: Pick<AdaptedContent, 'modules' | 'prompts'>;
  /** The session's group's participants (only their ids and order are used). */
  participants: readonly Participant[];
  /** The group's other sessions, for the home practice agreed before today. */
  earlier: readonly Session[];
  /** The card's words in the reader's language. */
  labels: Labels;
  /** 'off': the background reads prompt records and entries; otherwise they are sealed to it. */
  vault: 'off' | 'locked' | 'unlocked';
  now: number;
}

export function overlayLabels({ t }: Labels): OverlayLabels {
  return {
    region: t('card.region'),
    timeLeft: t('card.timeLeft'),
    overTime: t('card.overTime'),
    onTime: t('card.onTime'),
    behind: t('card.behind'),
    ahead: t('card.ahead'),
    paused: t('card.paused'),
    pause: t('card.pause'),
    resume: t('card.resume'),
    next: t('card.next'),
    keyPrompt: t('card.keyPrompt'),
    done: t('card.done'),
    skip: t('card.skip'),
    skipHint: t('card.skipHint'),
    promptsLocked: t('card.promptsLocked'),
    showOutline: t('card.showOutline'),
    hideOutline: t('card.hideOutline'),
    openPanel: t('card.openPanel'),
    collapse: t('card.collapse'),
    expand: t('card.expand'),
    move: t('card.move'),
    commandFailed: t('card.commandFailed'),
  };
}

/**
 * The single most important open key prompt: the current step's first (key, module-specific
 * first), else one left open in an earlier step, which the end-of-session check would raise.
 */
export function promptToShow(prompts: readonly Prompt[], session: Session, currentIndex: number): Prompt | null {
  const current = session.plan[currentIndex]?.stepId;
  const earlier = session.plan.slice(0, currentIndex).map((s) => s.stepId);
  const order: StepId[] = current ? [current, ...earlier.reverse()] : earlier;
  return openKeyPrompts(prompts, session, order)[0] ?? null;
}

export function buildOverlaySnapshot(input: OverlaySnapshotInput): OverlaySnapshot {
  const { session, curriculum, labels, now } = input;
  const { locale, t } = labels;
  if (!session || session.status !== 'running') return { running: false, now };
  const clock = deriveClock(session.plan, session.events, now);
  const current = clock.current;
  if (!current || (clock.status !== 'running' && clock.status !== 'paused')) return { running: false, now };
  const readable = input.vault === 'off';
  const prompt = readable ? promptToShow(curriculum.prompts, session, current.index) : null;
  return {
    running: true,
    locale,
    stepLabel: t('card.step', { n: current.index + 1, total: session.plan.length, title: labels.step(current.stepId) }),
    plan: session.plan,
    events: session.events,
    warnSeconds: session.warnSeconds,
    labels: overlayLabels(labels),
    prompt: prompt ? { id: prompt.id, text: pick(prompt.text, locale) } : null,
    promptsHidden: !readable,
    outline: outlineFor(current.stepId, input),
    now,
  };
}

function outlineFor(stepId: StepId, input: OverlaySnapshotInput): { title: string; items: string[] } | null {
  const { session, curriculum, labels } = input;
  const { locale, t } = labels;
  if (!session) return null;
  if (stepId === 'teach') {
    const topics = curriculum.modules.find((m) => m.id === session.moduleId)?.sessions.find((s) => s.number === session.sessionNumber)?.outline ?? [];
    return topics.length ? { title: t('card.teachingPoints'), items: topics.map((topic) => pick(topic, locale)) } : null;
  }
  // Entries are sealed to the background while encryption is on: no counts rather than wrong ones.
  if (stepId === 'action-plan-review' && input.vault === 'off') return { title: t('card.practice'), items: practiceRows(input) };
  return null;
}

/**
 * Per participant in today's session, numbered in the panel's order (by code, which never leaves
 * the background): how many home practices were agreed in the group's earlier sessions, how many
 * were then reported done, and whether one was agreed last time.
 */
function practiceRows(input: OverlaySnapshotInput): string[] {
  const session = input.session!;
  const { t } = input.labels;
  const earlier = input.earlier
    .filter((s) => s.id !== session.id && s.groupId === session.groupId && s.createdAt < session.createdAt)
    .sort((a, b) => a.createdAt - b.createdAt);
  // Practice agreed in one session is reviewed in the next; the review of the last one is today's.
  const reviews = [...earlier.slice(1), session];
  const rows: string[] = [];
  let anyAgreed = false;
  input.participants
    .filter((p) => p.id in session.participants)
    .forEach((p, i) => {
      let agreed = 0;
      let done = 0;
      earlier.forEach((s, k) => {
        if (!s.participants[p.id]?.nextHomePractice.trim()) return;
        agreed += 1;
        if (reviews[k]?.participants[p.id]?.homePractice === 'done') done += 1;
      });
      const last = !!earlier.at(-1)?.participants[p.id]?.nextHomePractice.trim();
      if (agreed > 0) anyAgreed = true;
      rows.push(t(last ? 'card.practiceRowLast' : 'card.practiceRow', { n: i + 1, done, agreed }));
    });
  return anyAgreed ? rows : [t('card.practiceNone')];
}
