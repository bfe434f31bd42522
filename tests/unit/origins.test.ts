import { describe, expect, it } from 'vitest';
import { grantableOrigin } from '../../lib/platform/origins';
import { buildManifest } from '../../lib/platform/manifest';

/** The patterns a build's manifest lets the extension ask for, as the panel reads them. */
function patternsOf(e2eHosts?: string): string[] {
  const m = buildManifest('chrome', e2eHosts) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  return [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])];
}

const PRODUCTION = patternsOf(undefined);
const E2E = patternsOf('http://127.0.0.1/*');

describe('grantableOrigin', () => {
  it.each([
    ['https://meet.google.com', 'https://meet.google.com'],
    ['  https://meet.google.com/abc-defg-hij?authuser=0  ', 'https://meet.google.com'],
    ['https://EHR.Example.org:8443/chart', 'https://ehr.example.org:8443'],
    ['meet.google.com', 'https://meet.google.com'],
    ['https://us02web.zoom.us/j/123', 'https://us02web.zoom.us'],
  ])('production accepts %s as %s', (typed, origin) => {
    expect(grantableOrigin(typed, PRODUCTION)).toBe(origin);
  });

  it.each([
    'http://localhost',
    'http://localhost:3000',
    'http://127.0.0.1:8080',
    'http://meet.google.com',
    'ftp://meet.google.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'chrome-extension://abc/page.html',
    'https://user:secret@meet.google.com',
    'https://',
    '',
    '   ',
    'not a url at all',
  ])('production refuses %j', (typed) => {
    expect(grantableOrigin(typed, PRODUCTION)).toBeNull();
  });

  it('accepts the loopback test host only in the end-to-end build, on any port', () => {
    expect(grantableOrigin('http://127.0.0.1:43123/call', E2E)).toBe('http://127.0.0.1:43123');
    expect(grantableOrigin('http://127.0.0.1:43123/call', PRODUCTION)).toBeNull();
    // Only the host the build declares.
    expect(grantableOrigin('http://localhost:43123', E2E)).toBeNull();
  });

  it('follows the patterns it is given: schemes, subdomains and ports', () => {
    expect(grantableOrigin('https://zoom.us', ['https://*.zoom.us/*'])).toBe('https://zoom.us');
    expect(grantableOrigin('https://evilzoom.us', ['https://*.zoom.us/*'])).toBeNull();
    expect(grantableOrigin('http://a.test', ['*://a.test/*'])).toBe('http://a.test');
    expect(grantableOrigin('http://a.test:81', ['http://a.test:80/*'])).toBeNull();
    expect(grantableOrigin('http://a.test', ['http://a.test:80/*'])).toBe('http://a.test');
    expect(grantableOrigin('https://a.test', [])).toBeNull();
    expect(grantableOrigin('https://a.test', ['not a pattern'])).toBeNull();
  });
});
