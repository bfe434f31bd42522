import { describe, expect, it } from 'vitest';
import { APPROVED_PERMISSIONS, buildManifest, EXTENSION_PAGES_CSP, parseTestHosts } from '../../lib/platform/manifest';

describe('manifest', () => {
  it('asks for no host permission at install time in production', () => {
    const m = buildManifest('chrome', undefined);
    expect(m.host_permissions).toBeUndefined();
    expect(m.permissions).toEqual([...APPROVED_PERMISSIONS.chrome]);
  });
  it.each(['chrome', 'firefox'])('asks %s for unlimitedStorage, so the records are not evicted when the disk fills', (browser) => {
    expect(buildManifest(browser, undefined).permissions).toContain('unlimitedStorage');
  });
  it('adds loopback test hosts only when E2E_HOST_PERMISSIONS is set', () => {
    const m = buildManifest('chrome', 'http://127.0.0.1/*');
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*']);
  });
  it('refuses non-loopback test hosts', () => {
    expect(() => parseTestHosts('https://meet.google.com/*')).toThrow(/loopback/);
  });
  it('declares that Firefox collects no data', () => {
    const m = buildManifest('firefox', undefined) as { browser_specific_settings: { gecko: { data_collection_permissions: unknown } } };
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it.each(['chrome', 'firefox'])('gives %s extension pages a policy that loads nothing from outside the extension', (browser) => {
    const m = buildManifest(browser, undefined) as { content_security_policy?: { extension_pages?: string } };
    const policy = m.content_security_policy?.extension_pages ?? '';
    expect(policy).toBe(EXTENSION_PAGES_CSP);
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    // MV3 minimum in both browsers, or stricter.
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    // Nothing that would allow remote code, inline code or any other origin.
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|data:|blob:/);
  });
});
