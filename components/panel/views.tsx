import type { Route } from '../state/app-store';
import { lazyView } from '../common/lazy';

// Every view but Home loads on demand (issue 12), so the panel's first script is the shell and Home.
const GroupsView = lazyView('groups', () => import('../groups/GroupsView').then((m) => m.GroupsView));
const GroupView = lazyView('group', () => import('../groups/GroupsView').then((m) => m.GroupView));
const ModulesView = lazyView('modules', () => import('../modules/ModuleBrowser').then((m) => m.ModulesView));
const ModuleView = lazyView('module', () => import('../modules/ModuleBrowser').then((m) => m.ModuleView));
const PlanView = lazyView('plan', () => import('../session/PlanView').then((m) => m.PlanView));
const RunView = lazyView('run', () => import('../session/RunView').then((m) => m.RunView));
const SummaryView = lazyView('summary', () => import('../summary/SummaryView').then((m) => m.SummaryView));
export const Settings = lazyView('settings', () => import('./Settings').then((m) => m.Settings));

/** Starts loading every view's code, so opening one after Home is up shows it at once. */
export function preloadViews() {
  for (const view of [RunView, PlanView, GroupsView, GroupView, SummaryView, ModulesView, ModuleView, Settings]) view.preload();
}

/** The panel's routed views other than home and settings. */
export function ViewSlot({ route }: { route: Route }) {
  switch (route.name) {
    case 'groups':
      return <GroupsView />;
    case 'group':
      return <GroupView groupId={route.groupId} />;
    case 'plan':
      return <PlanView groupId={route.groupId} />;
    case 'run':
      return <RunView sessionId={route.sessionId} />;
    case 'summary':
      return <SummaryView sessionId={route.sessionId} />;
    case 'modules':
      return <ModulesView />;
    case 'module':
      return <ModuleView moduleId={route.moduleId} />;
    default:
      return null;
  }
}
