import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createOverlayConnection } from '../../components/overlay/connection';
import { mountOverlay } from '../../components/overlay/mount';

// Registered at runtime, and only on sites the user granted (Settings > floating timer).
// It reads nothing from the host page; it only draws the current step and timer on top of it.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    // An updated or reloaded extension invalidates this script: its card goes with it.
    ctx.onInvalidated(mountOverlay(document, createOverlayConnection(browser)));
  },
});
