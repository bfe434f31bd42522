/**
 * Cue scheduling while the panel may be closed: one alarm for the next cue of the running session,
 * and a notification when it fires (only if the user turned notifications on).
 */
import type { CoreRepo } from '../db/core-repo';
import type { Platform } from '../platform/adapter';
import { deriveClock, nextCue, type Cue } from '../session/clock';
import { spanParts } from '../i18n/span';
import { formatNumber } from '../i18n/numbers';
import { detectLocale } from '../i18n/locale';
import type { Session } from '../model';
import type { ContentSource, Labels } from './content';

export const CUE_ALARM = 'imr-cue';

export function pickRunning(sessions: Session[]): Session | undefined {
  return [...sessions].sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export async function scheduleCues(repo: CoreRepo, platform: Platform, now: number): Promise<Cue | null> {
  const session = pickRunning(await repo.runningSessions());
  await platform.clearAlarm(CUE_ALARM);
  if (!session) return null;
  const cue = nextCue(deriveClock(session.plan, session.events, now), now, session.warnSeconds);
  // Alarms round up to their own granularity; a cue a few seconds late beats a missed one.
  if (cue) await platform.scheduleAlarm(CUE_ALARM, cue.at);
  return cue;
}

/**
 * The text of the cue due now, or null when nothing is due. The words come from the packaged
 * labels file (lib/background/content.ts): the worker wakes often and bundles no message set.
 */
export function cueMessage(session: Session, now: number, labels: Labels) {
  const clock = deriveClock(session.plan, session.events, now);
  const current = clock.current;
  if (clock.status !== 'running' || !current) return null;
  const { locale, t } = labels;
  const step = labels.step(current.stepId);
  if (current.remainingSec <= 0) return { title: t('app.title'), body: t('run.announce.overrun', { step }) };
  if (current.remainingSec <= session.warnSeconds + 1) {
    // "2 min", not a clock face: "2:00" in a notification reads as two o'clock.
    const span = spanParts(current.remainingSec);
    const params = Object.fromEntries(Object.entries(span.params).map(([k, n]) => [k, formatNumber(n, locale)]));
    return { title: t('app.title'), body: t('run.announce.warning', { time: t(span.key, params), step }) };
  }
  return null;
}

export async function onCueAlarm(repo: CoreRepo, platform: Platform, content: ContentSource, now: number, languages: readonly string[]): Promise<void> {
  try {
    const session = pickRunning(await repo.runningSessions());
    if (!session) return;
    const settings = await repo.getSettings();
    // The words are read only when notifications are on; the open panel cues by itself.
    if (!settings.notifications) return;
    const message = cueMessage(session, now, await content.labels(settings.locale ?? detectLocale(languages)));
    if (message && !(await platform.panelOpen())) await platform.notify(`cue-${session.id}-${now}`, message.title, message.body);
  } finally {
    // The next cue is scheduled even when this one could not be shown.
    await scheduleCues(repo, platform, now + 1000);
  }
}
