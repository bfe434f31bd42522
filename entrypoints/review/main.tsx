import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReviewApp } from '../../components/review/ReviewApp';
import { AppContext, createAppStore } from '../../components/state/app-store';
import { createPageEnvironment } from '../../components/state/page-environment';

const app = createAppStore(createPageEnvironment(browser));
render(
  <AppContext.Provider value={app}>
    <ReviewApp />
  </AppContext.Provider>,
  document.getElementById('app')!,
);
