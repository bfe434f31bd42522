/**
 * IT-IS (IMR Treatment Integrity Scale) ratings of single sessions and their summaries, for
 * supervision feedback. Pure functions over stored ratings; the rating form and storage live elsewhere.
 */
import type { ItisItemId, SessionFormat } from '../curriculum/types';
import { ITIS_ITEMS, itisBand, round2, type ItisBand, type ItisItem, type Rating } from './instruments';

/** One supervisor's rating of one session. Unrated items are simply absent from `scores`. */
export interface ItisRating {
  id: string;
  sessionId: string;
  /** Staff member who rated the session (a name is fine: staff, not a participant). */
  rater: string;
  ratedAt: number;
  scores: Partial<Record<ItisItemId, Rating>>;
  /** The overall comment. */
  comment: string;
  /** A comment per item, for the items the rater wrote one on (absent in ratings made before these existed). */
  itemComments?: Partial<Record<ItisItemId, string>>;
  /**
   * Received in a feedback file: the id of the profile that exported it. Absent for ratings made
   * on this profile.
   */
  source?: string;
}

export interface ItisSessionScore {
  /** Mean of the rated applicable items, two decimals; null when nothing applicable was rated. */
  score: number | null;
  band: ItisBand | null;
  /** Items that entered the mean. */
  ratedItems: ItisItemId[];
  /**
   * Core items (and, for groups, group items) left unrated: the mean still stands, but a supervisor
   * should see that it rests on fewer items than the scale expects.
   */
  missingItems: ItisItemId[];
}

/** Stored data may come from an import; anything other than a whole 1..5 is treated as unrated. */
function validScore(value: unknown): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Whether an item counts for a session of this format; optional items count only when rated. */
function applies(item: ItisItem, format: SessionFormat | undefined): boolean {
  return item.category !== 'group' || format !== 'individual';
}

/** The items a complete rating of a session in this format must contain. */
export function itisExpectedItems(format: SessionFormat): ItisItemId[] {
  return ITIS_ITEMS.filter((i) => i.category === 'core' || (i.category === 'group' && format === 'group')).map((i) => i.id);
}

/** Sum and items of one rating, unrounded so summaries do not average already-rounded scores. */
function tally(rating: ItisRating, format: SessionFormat): { sum: number; ratedItems: ItisItemId[]; missingItems: ItisItemId[] } {
  const ratedItems: ItisItemId[] = [];
  const missingItems: ItisItemId[] = [];
  let sum = 0;
  for (const item of ITIS_ITEMS) {
    if (!applies(item, format)) continue;
    const value = rating.scores[item.id];
    if (validScore(value)) {
      ratedItems.push(item.id);
      sum += value;
    } else if (item.category !== 'optional') {
      missingItems.push(item.id);
    }
  }
  return { sum, ratedItems, missingItems };
}

export function itisSessionScore(rating: ItisRating, format: SessionFormat): ItisSessionScore {
  const { sum, ratedItems, missingItems } = tally(rating, format);
  if (ratedItems.length === 0) return { score: null, band: null, ratedItems, missingItems };
  const score = round2(sum / ratedItems.length);
  return { score, band: itisBand(score), ratedItems, missingItems };
}

export interface ItisItemAverage {
  itemId: ItisItemId;
  /** Two decimals; null when no rating scored this item. */
  mean: number | null;
  /** Number of ratings that scored this item. */
  n: number;
  band: ItisBand | null;
}

/**
 * Per-item means over many ratings, in scale order, so supervision can target the weakest items.
 * `formatOf` lets group-only items be dropped for individual sessions; without it every score counts.
 */
export function itisItemAverages(
  ratings: readonly ItisRating[],
  formatOf?: (sessionId: string) => SessionFormat | undefined,
): ItisItemAverage[] {
  return ITIS_ITEMS.map((item) => {
    let sum = 0;
    let n = 0;
    for (const rating of ratings) {
      if (!applies(item, formatOf?.(rating.sessionId))) continue;
      const value = rating.scores[item.id];
      if (!validScore(value)) continue;
      sum += value;
      n += 1;
    }
    if (n === 0) return { itemId: item.id, mean: null, n, band: null };
    const mean = round2(sum / n);
    return { itemId: item.id, mean, n, band: itisBand(mean) };
  });
}

export interface ItisSummary {
  /** Ratings with at least one applicable item scored. */
  ratings: number;
  /** Mean of the session scores, two decimals; null without any scored rating. */
  mean: number | null;
  band: ItisBand | null;
}

/**
 * Mean session score over ratings, the figure the Dutch trial reported (3.29). Each rating weighs the
 * same, whatever the number of items it scored. Sessions of unknown format are scored as group
 * sessions, so their group items are kept rather than silently dropped.
 */
export function itisSummary(
  ratings: readonly ItisRating[],
  formatOf?: (sessionId: string) => SessionFormat | undefined,
): ItisSummary {
  let sum = 0;
  let n = 0;
  for (const rating of ratings) {
    const { sum: itemSum, ratedItems } = tally(rating, formatOf?.(rating.sessionId) ?? 'group');
    if (ratedItems.length === 0) continue;
    sum += itemSum / ratedItems.length;
    n += 1;
  }
  if (n === 0) return { ratings: 0, mean: null, band: null };
  const mean = round2(sum / n);
  return { ratings: n, mean, band: itisBand(mean) };
}

/** Whether an item is rated for a session of this format: group-only items are not for individual sessions. */
export function itisItemApplies(item: ItisItem, format: SessionFormat): boolean {
  return applies(item, format);
}

/** Rater names compare without case and surrounding spaces, so "b. visser " edits B. Visser's rating. */
export function sameRater(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * The rating this rater made of the session on this profile, if any: saving again edits it rather
 * than adding a second one. Ratings received from elsewhere are never edited here.
 */
export function ownRatingBy(ratings: readonly ItisRating[], sessionId: string, rater: string): ItisRating | undefined {
  return ratings.find((r) => r.sessionId === sessionId && !r.source && sameRater(r.rater, rater));
}
