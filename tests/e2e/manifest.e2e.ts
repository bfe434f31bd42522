import { describe, expect, it } from 'vitest';
import { APPROVED_PERMISSIONS, OPTIONAL_PERMISSIONS } from '../../lib/platform/manifest';
import { E2E_BUILD, FIREFOX_BUILD, PROD_BUILD, readManifest } from './harness';

// The built manifests, not just the function that makes them: this is what a store reviews.
describe('built manifests', () => {
  it('production Chrome asks only for the approved permissions and no host at install', () => {
    const m = readManifest(PROD_BUILD);
    expect([...(m.permissions as string[])].sort()).toEqual([...APPROVED_PERMISSIONS.chrome].sort());
    expect(m.optional_permissions).toEqual([...OPTIONAL_PERMISSIONS]);
    expect(m.host_permissions).toBeUndefined();
    // The overlay is registered at runtime, only on sites the user grants.
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(JSON.stringify(m)).not.toContain('127.0.0.1');
  });

  it('the end-to-end build adds only the loopback test host', () => {
    const m = readManifest(E2E_BUILD);
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(m.permissions).toEqual(readManifest(PROD_BUILD).permissions);
  });

  it('Firefox gets a sidebar, a gecko id and says no data is collected', () => {
    const m = readManifest(FIREFOX_BUILD) as {
      manifest_version: number;
      sidebar_action: { default_panel: string };
      browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
      permissions: string[];
      host_permissions?: string[];
    };
    expect(m.manifest_version).toBe(3);
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect([...m.permissions].sort()).toEqual([...APPROVED_PERMISSIONS.firefox].sort());
    expect(m.host_permissions).toBeUndefined();
  });
});
