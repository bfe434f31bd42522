import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { OVERRUN_REPEAT_SEC, type ClockState, type CuePhase } from '../../lib/session/clock';
import { formatSpan } from '../../lib/i18n/durations';
import { playChime } from './chime';

interface CueInput {
  clock: ClockState;
  phase: CuePhase;
  stepTitle: string;
  warnSeconds: number;
  chime: boolean;
}

/**
 * Turns clock boundaries into cues: one polite announcement (and an optional soft chime) when the
 * step changes, the warning starts, the time is up, and every few minutes of overrun. Never on
 * every tick, so screen-reader users are not flooded.
 */
export function useCues({ clock, phase, stepTitle, warnSeconds, chime }: CueInput): string {
  const t = useT();
  // Spoken as "2 min", not "2:00" (issue 9): a screen reader reads a clock face digit by digit.
  const locale = useApp().locale.value;
  const [message, setMessage] = useState('');
  const current = clock.current;
  const overrunRound = current ? Math.floor(current.overrunSec / OVERRUN_REPEAT_SEC) : 0;
  const key = `${clock.status}|${current?.index ?? -1}|${phase}|${overrunRound}`;
  const previous = useRef<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A live region only speaks when its text changes: the same cue twice in a row (a warning again
  // after "Add 2 minutes") is cleared first, then set again a moment later.
  function announce(text: string) {
    if (pending.current) clearTimeout(pending.current);
    setMessage((current) => {
      if (current !== text) return text;
      pending.current = setTimeout(() => setMessage(text), 100);
      return '';
    });
  }
  useEffect(() => () => void (pending.current && clearTimeout(pending.current)), []);

  useEffect(() => {
    const before = previous.current;
    previous.current = key;
    // The first render is the state the practitioner opened the panel into, not a boundary.
    if (before === null || before === key || !current) return;
    const [prevStatus, prevIndex] = before.split('|');
    let text: string;
    if (clock.status === 'paused') text = t('run.announce.paused');
    else if (prevIndex !== String(current.index) || prevStatus !== clock.status) text = t('run.announce.step', { n: current.index + 1, step: stepTitle });
    else if (phase === 'warning') text = t('run.announce.warning', { time: formatSpan(Math.min(warnSeconds, current.remainingSec), locale), step: stepTitle });
    else if (phase === 'overrun' && overrunRound > 0) text = t('run.announce.overrunRepeat', { time: formatSpan(overrunRound * OVERRUN_REPEAT_SEC, locale), step: stepTitle });
    else if (phase === 'overrun') text = t('run.announce.overrun', { step: stepTitle });
    else return;
    announce(text);
    if (chime && (phase === 'warning' || phase === 'overrun') && clock.status === 'running') playChime(phase === 'overrun' ? 2 : 1);
  }, [key]);

  return message;
}
