/**
 * Renders a component inside a real app store backed by fake-indexeddb (a fresh database per
 * call), as the panel does, so component tests exercise real reads and writes.
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { AppContext, createAppStore, type Environment } from '../../components/state/app-store';

let counter = 0;

export async function renderWithApp(ui: ComponentChildren, env: Partial<Environment> = {}) {
  const bus = createChangeBus();
  const repo = createRepo(createConnection({ name: `test-db-${Date.now()}-${counter++}` }), bus);
  const app = createAppStore({ repo, languages: ['en'], ...env });
  await app.load();
  const result = render(<AppContext.Provider value={app}>{ui}</AppContext.Provider>);
  return { ...result, app, repo };
}

/**
 * Loads the code of the panel's on-demand views (issue 12) up front, so a test that opens one does
 * not wait on the test runner transforming it the first time. Use in `beforeAll`.
 */
export async function loadPanelViews() {
  await Promise.all([
    import('../../components/groups/GroupsView'),
    import('../../components/modules/ModuleBrowser'),
    import('../../components/session/PlanView'),
    import('../../components/session/RunView'),
    import('../../components/summary/SummaryView'),
    import('../../components/panel/Settings'),
    import('../../components/privacy/LockScreen'),
    import('../../components/privacy/EraseEverything'),
    import('../../components/supervision/ExportForSupervision'),
    import('../../components/itis/ImportFeedback'),
  ]);
}
