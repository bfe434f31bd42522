/**
 * Which groups Home lists first. A practitioner runs a handful of groups at a time, but a profile
 * keeps every group it ever ran (10,000 sessions can be 250 groups): drawing all of them before
 * Home's first frame made the panel open slower the more history it held (issue 12). Home shows the
 * groups run most recently, the running one first, and the rest on request.
 */
export const HOME_GROUP_LIMIT = 6;

export interface HomeGroups<G> {
  /** The groups to list, in order. */
  shown: G[];
  /** How many more there are behind "Show all". */
  more: number;
  /** False while the order depends on dates not read yet (only when there are more than the limit). */
  ready: boolean;
}

/**
 * @param latest each group's latest ended session date (ISO), or null while not read yet
 * @param showAll list every group (in the same order) instead of the most recent ones
 */
export function groupsForHome<G extends { id: string; name: string }>(
  groups: readonly G[],
  latest: ReadonlyMap<string, string> | null,
  runningGroupId: string | undefined,
  { limit = HOME_GROUP_LIMIT, showAll = false }: { limit?: number; showAll?: boolean } = {},
): HomeGroups<G> {
  // A short list keeps its order: nothing to wait for, and nothing moves when the dates arrive.
  if (groups.length <= limit) return { shown: [...groups], more: 0, ready: true };
  if (!latest) return { shown: [], more: 0, ready: false };
  const rank = (g: G) => (g.id === runningGroupId ? 1 : 0);
  const ordered = [...groups].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (latest.get(b.id) ?? '').localeCompare(latest.get(a.id) ?? '') ||
      a.name.localeCompare(b.name),
  );
  return showAll ? { shown: ordered, more: 0, ready: true } : { shown: ordered.slice(0, limit), more: ordered.length - limit, ready: true };
}
