import type { AppStore } from '../state/app-store';
import { createSession, suggestNext } from '../../lib/session/plan';
import type { PlannedStep } from '../../lib/model';

export interface StartChoice {
  moduleId: string;
  sessionNumber: number;
  templateId: string;
  plan?: PlannedStep[];
}

/** The template that fits a group: same format, closest to its default length. */
export function defaultTemplateId(app: AppStore, format: 'group' | 'individual', minutes: number): string | undefined {
  const candidates = app.curriculum.value.templates.filter((t) => t.format === format);
  candidates.sort((a, b) => Math.abs(a.lengthMinutes - minutes) - Math.abs(b.lengthMinutes - minutes));
  return candidates[0]?.id;
}

/** The defaults "Start session" uses without a plan: the next session in sequence, the group's template. */
export async function defaultChoice(app: AppStore, groupId: string): Promise<StartChoice | null> {
  const group = await app.repo.getGroup(groupId);
  if (!group) return null;
  const next = suggestNext(await app.repo.listSessions(groupId), app.curriculum.value.modules);
  const templateId = defaultTemplateId(app, group.format, group.defaultLengthMinutes);
  return templateId ? { ...next, templateId } : null;
}

// One start at a time per app: a double click must not create two running sessions.
const starting = new WeakMap<AppStore, Promise<string | null>>();

/** Creates and starts a session, then opens it. Returns the new session id (null if one is already running). */
export function startSession(app: AppStore, groupId: string, choice: StartChoice): Promise<string | null> {
  const inFlight = starting.get(app);
  if (inFlight) return inFlight;
  const run = startOnce(app, groupId, choice).finally(() => starting.delete(app));
  starting.set(app, run);
  return run;
}

async function startOnce(app: AppStore, groupId: string, choice: StartChoice): Promise<string | null> {
  if ((await app.repo.runningSessions()).length > 0) return null;
  const group = await app.repo.getGroup(groupId);
  const template = app.curriculum.value.templates.find((t) => t.id === choice.templateId);
  if (!group || !template) return null;
  const participants = await app.repo.listParticipants(groupId);
  const settings = app.settings.value;
  const session = createSession({
    group,
    participants,
    moduleId: choice.moduleId,
    sessionNumber: choice.sessionNumber,
    template,
    ...(choice.plan ? { plan: choice.plan } : {}),
    practitioner: settings.practitioner || group.facilitators[0] || '',
    warnSeconds: settings.warnSeconds,
    noteFormat: settings.noteFormat,
    now: app.now(),
  });
  await app.repo.putSession(session);
  app.sessionChanged();
  app.navigate({ name: 'run', sessionId: session.id });
  return session.id;
}
