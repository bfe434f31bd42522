/**
 * How an imported record meets what is already here. The same file imported twice changes
 * nothing; a newer edit of a record wins; an import never overwrites a record of another origin
 * (a local record, or one from another source), so a file cannot replace someone else's work.
 */
export type Decision = 'add' | 'update' | 'skip';

export interface Counts {
  added: number;
  updated: number;
  skipped: number;
}

export const NO_COUNTS: Counts = { added: 0, updated: 0, skipped: 0 };

/**
 * `source`: the origin the incoming record will have here (undefined: local). `upgrade`: the file
 * is a full one from a source whose earlier files here were fidelity only, so the same record at
 * the same edit now carries more (its notes) and replaces the thinner copy.
 */
export function decide(
  existing: { updatedAt: number; source?: string } | undefined,
  incoming: { updatedAt: number },
  source: string | undefined,
  upgrade = false,
): Decision {
  if (!existing) return 'add';
  if (existing.source !== source) return 'skip';
  if (upgrade) return incoming.updatedAt >= existing.updatedAt ? 'update' : 'skip';
  return incoming.updatedAt > existing.updatedAt ? 'update' : 'skip';
}

/** Participant ids of the fidelity-only level (lib/supervision/format.ts), replaced on an upgrade. */
export const PSEUDONYM_PREFIX = 'pseudo_';

export function count(counts: Counts, decision: Decision): Counts {
  return decision === 'add'
    ? { ...counts, added: counts.added + 1 }
    : decision === 'update'
      ? { ...counts, updated: counts.updated + 1 }
      : { ...counts, skipped: counts.skipped + 1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { added: a.added + b.added, updated: a.updated + b.updated, skipped: a.skipped + b.skipped };
}
