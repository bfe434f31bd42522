import type { Route } from '../state/app-store';
import { GroupsView, GroupView } from '../groups/GroupsView';
import { ModulesView, ModuleView } from '../modules/ModuleBrowser';
import { PlanView } from '../session/PlanView';
import { RunView } from '../session/RunView';
import { SummaryView } from '../summary/SummaryView';

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
