/**
 * A sliding-window rate limit per key (the overlay's tab). The overlay runs inside a third-party
 * page; even with trusted clicks only, a flood of commands would fill the session's clock log and
 * keep the worker busy, so the background answers at most a few per second from each tab.
 *
 * Usage:
 *   const limiter = createRateLimiter({ max: 4, windowMs: 1000 });
 *   if (!limiter.allow(`tab:${tabId}`, Date.now())) refuse();
 */
export interface RateLimiter {
  /** Counts one attempt for `key` at `now`; false when the key already used its allowance. */
  allow(key: string, now: number): boolean;
}

export interface RateLimit {
  max: number;
  windowMs: number;
  /** Keys remembered at once; the oldest is forgotten beyond this (tabs come and go). */
  maxKeys?: number;
}

export function createRateLimiter({ max, windowMs, maxKeys = 200 }: RateLimit): RateLimiter {
  const seen = new Map<string, number[]>();
  return {
    allow(key, now) {
      const recent = (seen.get(key) ?? []).filter((at) => now - at < windowMs && at <= now);
      // Refused attempts are not recorded, so a flood does not extend its own ban.
      const allowed = recent.length < max;
      if (allowed) recent.push(now);
      seen.delete(key);
      seen.set(key, recent);
      while (seen.size > maxKeys) {
        const oldest = seen.keys().next().value;
        if (oldest === undefined) break;
        seen.delete(oldest);
      }
      return allowed;
    },
  };
}

/** Overlay commands: a practitioner clicks pause or next a few times a minute, never five times a second. */
export const OVERLAY_COMMAND_LIMIT: RateLimit = { max: 4, windowMs: 1000 };
