import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';

// Composition root: everything the background does lives in lib/background.
export default defineBackground(() => {
  startBackground(browser);
});
