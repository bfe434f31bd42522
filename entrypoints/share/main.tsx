import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ShareView } from '../../components/share/ShareView';
import { AppContext, createAppStore } from '../../components/state/app-store';
import { createPageEnvironment } from '../../components/state/page-environment';

const app = createAppStore(createPageEnvironment(browser));
render(
  <AppContext.Provider value={app}>
    <ShareView />
  </AppContext.Provider>,
  document.getElementById('app')!,
);
