import { browser } from 'wxt/browser';
import { startBackground } from '../lib/background/start';

// Composition root: everything the background does lives in lib/background.
export default defineBackground(() => {
  startBackground(browser);
});
