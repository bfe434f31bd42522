/**
 * How a length of time is worded (lib/i18n/durations.ts), without the renderer: the background
 * words its cues with it and must not load every screen's strings.
 */
export type SpanKey = 'duration.s' | 'duration.m' | 'duration.ms' | 'duration.h' | 'duration.hm';

/**
 * Seconds under a minute, minutes and seconds under an hour, hours and whole minutes above
 * (seconds no longer matter there). Negative spans are given by their size; callers say "over"
 * or "under" in words.
 */
export function spanParts(totalSec: number): { key: SpanKey; params: Record<string, number> } {
  const abs = Math.abs(Math.round(totalSec));
  if (abs < 60) return { key: 'duration.s', params: { s: abs } };
  if (abs < 3600) {
    const m = Math.floor(abs / 60);
    const s = abs % 60;
    return s === 0 ? { key: 'duration.m', params: { m } } : { key: 'duration.ms', params: { m, s } };
  }
  const minutes = Math.round(abs / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? { key: 'duration.h', params: { h } } : { key: 'duration.hm', params: { h, m } };
}
