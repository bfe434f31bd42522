import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay } from '../../components/overlay/Overlay';
import { createOverlayConnection } from '../../components/overlay/connection';

// Registered at runtime, and only on sites the user granted (Settings > floating timer).
// It reads nothing from the host page; it only draws the current step and timer on top of it.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main() {
    const host = document.createElement('imr-guide-overlay');
    const shadow = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.append(mount);
    document.documentElement.append(host);
    const connection = createOverlayConnection(browser);
    render(<Overlay connection={connection} />, mount);
  },
});
