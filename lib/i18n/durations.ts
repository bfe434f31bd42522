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
import { spanParts } from './span';

/** A length of time as a message (the wording rule is in span.ts). */
export function spanMessage(totalSec: number): Message {
  const { key, params } = spanParts(totalSec);
  return message(key, params);
}

export function formatSpan(totalSec: number, locale: Locale): string {
  return renderMessage(spanMessage(totalSec), locale);
}
