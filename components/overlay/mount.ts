/**
 * Puts the overlay on the host page: a custom element with a CLOSED shadow root, so no script of
 * the page can reach the buttons (`host.shadowRoot` is null to it, and events from inside are
 * retargeted to the host). The buttons also act only on trusted events (see Overlay.tsx).
 *
 * Styles are an adoptable stylesheet: a strict page policy (`style-src` without 'unsafe-inline')
 * can block a <style> element added to the page, in Firefox even when a content script adds it,
 * while constructed stylesheets are not subject to it. Where they are missing or refused, a
 * <style> element is the fallback.
 *
 * Usage (content script): const unmount = mountOverlay(document, createOverlayConnection(browser));
 */
import { h, render } from 'preact';
import { createLogger } from '../../lib/log';
import type { OverlayConnection } from './connection';
import { Overlay } from './Overlay';
import { OVERLAY_CSS } from './overlay-css';

export const OVERLAY_TAG = 'imr-guide-overlay';

const log = createLogger('overlay');

/** Styles a shadow root; says how, for tests and for the log. */
export function applyStyles(root: ShadowRoot, css: string): 'adopted' | 'style-element' {
  try {
    if (Array.isArray(root.adoptedStyleSheets) && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (root.adoptedStyleSheets.includes(sheet)) return 'adopted';
    }
  } catch (error) {
    log.warn('the page did not take an adoptable stylesheet; using a style element', error);
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.prepend(style);
  return 'style-element';
}

export function mountOverlay(doc: Document, connection: OverlayConnection): () => void {
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(shadow, OVERLAY_CSS);
  const mount = doc.createElement('div');
  shadow.append(mount);
  doc.documentElement.append(host);
  render(h(Overlay, { connection }), mount);
  return () => {
    render(null, mount);
    host.remove();
  };
}
