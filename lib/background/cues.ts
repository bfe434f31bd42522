/**
 * Cue scheduling while the panel may be closed: one alarm for the next cue of the running session,
 * and a notification when it fires (only if the user turned notifications on).
 */
import type { Repo } from '../db/repo';
import type { Platform } from '../platform/adapter';
import { deriveClock, nextCue, type Cue } from '../session/clock';
import { spanParts } from '../i18n/span';
import { formatNumber } from '../i18n/numbers';
import { stepTitle } from '../curriculum/step-title';
import { detectLocale, partialTranslator } from '../i18n/partial';
import { common } from '../i18n/messages/common';
import { session as sessionMessages } from '../i18n/messages/session';
import type { Session } from '../model';

export const CUE_ALARM = 'imr-cue';

export function pickRunning(sessions: Session[]): Session | undefined {
  return [...sessions].sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export async function scheduleCues(repo: Repo, platform: Platform, now: number): Promise<Cue | null> {
  const session = pickRunning(await repo.runningSessions());
  await platform.clearAlarm(CUE_ALARM);
  if (!session) return null;
  const cue = nextCue(deriveClock(session.plan, session.events, now), now, session.warnSeconds);
  // Alarms round up to their own granularity; a cue a few seconds late beats a missed one.
  if (cue) await platform.scheduleAlarm(CUE_ALARM, cue.at);
  return cue;
}

/** The text of the cue due now, or null when nothing is due (the session moved on meanwhile). */
export function cueMessage(session: Session, now: number, languages: readonly string[], localeSetting: 'en' | 'nl' | null) {
  const clock = deriveClock(session.plan, session.events, now);
  const current = clock.current;
  if (clock.status !== 'running' || !current) return null;
  const locale = localeSetting ?? detectLocale(languages);
  // Only the bundles a notification needs: the worker wakes often and should load little.
  const t = partialTranslator([common, sessionMessages], locale);
  const step = stepTitle(current.stepId, locale);
  if (current.remainingSec <= 0) return { title: t('app.title'), body: t('run.announce.overrun', { step }) };
  if (current.remainingSec <= session.warnSeconds + 1) {
    // "2 min", not a clock face: "2:00" in a notification reads as two o'clock.
    const span = spanParts(current.remainingSec);
    const params = Object.fromEntries(Object.entries(span.params).map(([k, n]) => [k, formatNumber(n, locale)]));
    return { title: t('app.title'), body: t('run.announce.warning', { time: t(span.key, params), step }) };
  }
  return null;
}

export async function onCueAlarm(repo: Repo, platform: Platform, now: number, languages: readonly string[]): Promise<void> {
  const session = pickRunning(await repo.runningSessions());
  if (session) {
    const settings = await repo.getSettings();
    const message = cueMessage(session, now, languages, settings.locale);
    // The open panel cues by itself; a notification is for when it is closed.
    if (message && settings.notifications && !(await platform.panelOpen())) {
      await platform.notify(`cue-${session.id}-${now}`, message.title, message.body);
    }
  }
  await scheduleCues(repo, platform, now + 1000);
}
