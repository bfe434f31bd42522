/**
 * Derives every ended session's facts (length, attendance, coverage) in small slices after the
 * page has shown, so the first use of a filter that needs them all (missed key prompts) answers
 * from the memo instead of deriving 10,000 sessions at once (about half a second on a 2-core
 * machine). Slices of SLICE sessions each take a few milliseconds, so typing and clicks are
 * never held up; sessions already derived cost a lookup.
 */
import { useEffect } from 'preact/hooks';
import type { Prompt } from '../../lib/curriculum/types';
import type { Session } from '../../lib/model';
import { sessionFacts } from '../../lib/fidelity/session-facts';

export const SLICE = 200;

export function useWarmFacts(sessions: readonly Session[], prompts: readonly Prompt[]): void {
  useEffect(() => {
    let i = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const end = Math.min(i + SLICE, sessions.length);
      for (; i < end; i++) {
        const session = sessions[i];
        if (session?.status === 'ended') sessionFacts(session, prompts);
      }
      timer = i < sessions.length ? setTimeout(step, 0) : undefined;
    };
    timer = setTimeout(step, 0);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [sessions, prompts]);
}
