/**
 * Planning a session: the plan from a template, the next module/session in sequence, and a new
 * session record ready to start.
 */
import type { Module, SessionTemplate } from '../curriculum/types';
import { emptyParticipantEntry, type Group, type Participant, type PlannedStep, type Session } from '../model';
import { isoDate, newId } from '../ids';

export function planFromTemplate(template: SessionTemplate): PlannedStep[] {
  return template.steps.map((s) => ({ stepId: s.stepId, seconds: Math.round(s.minutes * 60) }));
}

export interface NextSession {
  moduleId: string;
  sessionNumber: number;
}

/**
 * The next session in sequence after the group's latest ended session: the following session of
 * the same module, or the first session of the next module (wrapping after the last, since rolling
 * groups cycle through the curriculum).
 */
export function suggestNext(sessions: readonly Session[], modules: readonly Module[]): NextSession {
  const first = modules[0];
  if (!first) throw new Error('No modules');
  const ended = sessions.filter((s) => s.status === 'ended').sort((a, b) => a.createdAt - b.createdAt);
  const last = ended[ended.length - 1];
  if (!last) return { moduleId: first.id, sessionNumber: 1 };
  const index = modules.findIndex((m) => m.id === last.moduleId);
  const module = modules[index];
  if (!module) return { moduleId: first.id, sessionNumber: 1 };
  if (last.sessionNumber < module.sessions.length) return { moduleId: module.id, sessionNumber: last.sessionNumber + 1 };
  const nextModule = modules[(index + 1) % modules.length] ?? first;
  return { moduleId: nextModule.id, sessionNumber: 1 };
}

/** Module ids with at least one ended session, for the group and for each participant who attended. */
export function modulesCovered(sessions: readonly Session[]): { group: Set<string>; byParticipant: Map<string, Set<string>> } {
  const group = new Set<string>();
  const byParticipant = new Map<string, Set<string>>();
  for (const s of sessions) {
    if (s.status !== 'ended') continue;
    group.add(s.moduleId);
    for (const [pid, entry] of Object.entries(s.participants)) {
      if (entry.attendance === null || entry.attendance === 'absent') continue;
      const set = byParticipant.get(pid) ?? new Set<string>();
      set.add(s.moduleId);
      byParticipant.set(pid, set);
    }
  }
  return { group, byParticipant };
}

export interface NewSessionInput {
  group: Group;
  participants: readonly Participant[];
  moduleId: string;
  sessionNumber: number;
  template: SessionTemplate;
  plan?: PlannedStep[];
  practitioner: string;
  warnSeconds: number;
  noteFormat: Session['noteFormat'];
  now: number;
}

export function createSession(input: NewSessionInput): Session {
  const participants: Session['participants'] = {};
  for (const p of input.participants) if (p.status === 'active') participants[p.id] = emptyParticipantEntry();
  return {
    id: newId('session'),
    groupId: input.group.id,
    practitioner: input.practitioner,
    moduleId: input.moduleId,
    sessionNumber: input.sessionNumber,
    templateId: input.template.id,
    format: input.group.format,
    plan: input.plan ?? planFromTemplate(input.template),
    warnSeconds: input.warnSeconds,
    events: [{ type: 'start', at: input.now }],
    status: 'running',
    prompts: {},
    participants,
    notes: '',
    noteFormat: input.noteFormat,
    date: isoDate(input.now),
    createdAt: input.now,
    updatedAt: input.now,
  };
}
