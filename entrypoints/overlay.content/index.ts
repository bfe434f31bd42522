import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createOverlayConnection } from '../../components/overlay/connection';
import { startOverlay } from '../../components/overlay/start';

// Registered at runtime, and only on sites the user granted (Settings > on-call card). It reads
// nothing from the host page; it only draws the card on top of it.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // Styles are adopted by the card itself (components/overlay/mount.ts explains why not 'ui').
  cssInjectionMode: 'manual',
  main(ctx) {
    startOverlay(ctx, createOverlayConnection(browser));
  },
});
