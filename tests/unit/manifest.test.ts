import { describe, expect, it } from 'vitest';
import { APPROVED_PERMISSIONS, buildManifest, parseTestHosts } from '../../lib/platform/manifest';

describe('manifest', () => {
  it('asks for no host permission at install time in production', () => {
    const m = buildManifest('chrome', undefined);
    expect(m.host_permissions).toBeUndefined();
    expect(m.permissions).toEqual([...APPROVED_PERMISSIONS.chrome]);
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
});
