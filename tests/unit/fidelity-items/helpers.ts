/**
 * Shared builders for the per-item fidelity tests (one file per IMR Fidelity Scale item). Each
 * file holds the item's anchor boundaries as a table, and at least one case that must NOT get the
 * top rating: the probes of issue 10 and their like. A rule that becomes more generous shows up
 * as a failing row. Real built-in modules and prompts, so the defining-technique lists are tested
 * against the content a practitioner actually sees.
 */
import { MODULES, PROMPTS } from '../../../lib/curriculum';
import type { FidelityScaleItemId } from '../../../lib/curriculum/types';
import { estimateFidelity, type FidelityEstimate, type FidelityInput } from '../../../lib/fidelity/scoring';
import { renderMessage } from '../../../lib/i18n/render';
import type { Participant, ParticipantEntry, PromptStatus, Session } from '../../../lib/model';
import { fullPlan, makeEntry, makeParticipant, makeSession, promptRecords } from '../../factories';

/** 2025-07-01, noon UTC. */
export const NOW = Date.parse('2025-07-01T12:00:00Z');
const DAY = 86_400_000;

export const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** ISO date `days` after `start`. */
export const addDays = (start: string, days: number): string => iso(Date.parse(`${start}T00:00:00Z`) + days * DAY);
/** `count` dates from `start`, `every` days apart. */
export const series = (start: string, count: number, every: number): string[] => Array.from({ length: count }, (_, i) => addDays(start, i * every));

export const participant = (id: string, over: Partial<Participant> = {}): Participant =>
  makeParticipant({ id, code: id.toUpperCase(), joinedOn: '2024-01-01', ...over });

export const present = (over: Partial<ParticipantEntry> = {}): ParticipantEntry => makeEntry({ attendance: 'present', ...over });

let counter = 0;
/** An ended group session of module recovery-strategies with a full plan. */
export function session(
  date: string,
  participants: Record<string, ParticipantEntry>,
  over: Partial<Omit<Session, 'prompts'>> & { prompts?: Record<string, PromptStatus | null> } = {},
): Session {
  const { prompts = {}, ...rest } = over;
  counter += 1;
  return makeSession({
    id: `s${counter}`,
    moduleId: 'recovery-strategies',
    plan: fullPlan(),
    date,
    participants,
    prompts: promptRecords(prompts),
    ...rest,
  });
}

/** One session per date for one participant, each with this entry (or an entry per index). */
export function attendance(pid: string, dates: readonly string[], entry: (i: number) => Partial<ParticipantEntry> = () => ({})): Session[] {
  return dates.map((date, i) => session(date, { [pid]: present(entry(i)) }));
}

export function rate(
  itemId: FidelityScaleItemId,
  input: Partial<FidelityInput> & Pick<FidelityInput, 'sessions'>,
): FidelityEstimate {
  const estimates = estimateFidelity({ groups: [], participants: [], modules: MODULES, prompts: PROMPTS, now: NOW, ...input });
  const found = estimates.find((e) => e.itemId === itemId);
  if (!found) throw new Error(`no estimate for ${itemId}`);
  return found;
}

/** The explanation in both languages, for checks that it says what was counted. */
export const explain = (e: FidelityEstimate) => ({ en: renderMessage(e.basis.description, 'en'), nl: renderMessage(e.basis.description, 'nl') });
