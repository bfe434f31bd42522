/**
 * Which site addresses the overlay can be allowed on: only origins the manifest lets the
 * extension ask for (its host and optional host permission patterns). In a production build that
 * is any https site; loopback addresses only in the end-to-end build, whose manifest adds them.
 * Checking before the permission prompt means an address the browser would refuse, or one that
 * would be granted but never matched, gets the form's own message instead.
 *
 * Usage:
 *   const origin = grantableOrigin(typed, platform.hostPatterns());
 *   if (origin === null) showInvalid();
 */

interface Pattern {
  scheme: string;
  host: string;
  port: string | null;
}

/** Parses a match pattern such as `https://*.zoom.us/*` or `http://127.0.0.1:*\/*`; null for anything else. */
function parsePattern(pattern: string): Pattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', port: null };
  const match = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:*]+)(?::(\*|\d+))?\/.*$/.exec(pattern);
  if (!match) return null;
  return { scheme: match[1] ?? '', host: (match[2] ?? '').toLowerCase(), port: match[3] ?? null };
}

function matches(url: URL, pattern: Pattern): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (pattern.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : pattern.scheme !== scheme) return false;
  // A pattern without a port, or with `*`, matches every port (Chrome and Firefox alike).
  if (pattern.port !== null && pattern.port !== '*' && pattern.port !== (url.port || (scheme === 'https' ? '443' : '80'))) return false;
  const host = url.hostname.toLowerCase();
  if (pattern.host === '*') return true;
  if (pattern.host.startsWith('*.')) {
    const base = pattern.host.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern.host;
}

/**
 * The origin of a typed site address when the extension may ask for it, else null. A bare host
 * ("meet.google.com") is read as https. Addresses with a user name or password are refused: they
 * are a classic way to disguise where a link goes.
 */
export function grantableOrigin(typed: string, patterns: readonly string[]): string | null {
  const text = typed.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || !url.hostname) return null;
  const parsed = patterns.map(parsePattern).filter((p): p is Pattern => p !== null);
  return parsed.some((p) => matches(url, p)) ? url.origin : null;
}
