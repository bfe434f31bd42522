/**
 * Lengths of time as people read them (issue 9): "1 h 36 min", "1 min 36 s", "45 s". A clock
 * face such as "1:36" was read as an hour and a half when it meant a minute and a half. Numbers go
 * through Intl (render.ts); the unit words are bundle text ("u" for hours in Dutch). The running
 * timer keeps its clock face (m:ss), where the colon is expected.
 *
 * Usage: formatSpan(5760, 'en') // "1 h 36 min"; formatSpan(96, 'nl') // "1 min 36 s"
 */
import { message, renderMessage, type Message } from './render';
import type { Locale } from './text';

/**
 * A length of time as a message: seconds under a minute, minutes and seconds under an hour,
 * hours and whole minutes above (seconds no longer matter there). Negative spans are shown by
 * their size; callers say "over" or "under" in words.
 */
export function spanMessage(totalSec: number): Message {
  const abs = Math.abs(Math.round(totalSec));
  if (abs < 60) return message('duration.s', { s: abs });
  if (abs < 3600) {
    const m = Math.floor(abs / 60);
    const s = abs % 60;
    return s === 0 ? message('duration.m', { m }) : message('duration.ms', { m, s });
  }
  const minutes = Math.round(abs / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? message('duration.h', { h }) : message('duration.hm', { h, m });
}

export function formatSpan(totalSec: number, locale: Locale): string {
  return renderMessage(spanMessage(totalSec), locale);
}
