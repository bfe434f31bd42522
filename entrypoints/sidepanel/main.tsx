import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PanelApp } from '../../components/panel/App';
import { AppContext, createAppStore } from '../../components/state/app-store';
import { createPageEnvironment, pageStorage } from '../../components/state/page-environment';

// Composition root: wire the real browser, database and journal into the app.
const app = createAppStore(createPageEnvironment(browser, { journal: pageStorage() }));
render(
  <AppContext.Provider value={app}>
    <PanelApp />
  </AppContext.Provider>,
  document.getElementById('app')!,
);
