/**
 * Puts the on-call card on the host page with WXT's `createShadowRootUi`, tied to the content
 * script's context: when the extension is updated or reloaded the context is invalidated and WXT
 * removes the card, so no orphaned card keeps ticking with buttons that do nothing.
 *
 * - The shadow root is CLOSED: no script of the page can reach the buttons or read the card
 *   (`host.shadowRoot` is null to it, and events from inside are retargeted to the host). The
 *   buttons also act only on trusted events (card.ts).
 * - Styles: `cssInjectionMode: 'manual'` in the entry point, and the CSS file is imported as text
 *   and given to the shadow root as an adoptable stylesheet. WXT's 'ui' mode would fetch the
 *   entry's CSS and put it in a <style> element inside the shadow root, and a page whose policy has
 *   a strict `style-src` can block such an element (Firefox applies the page's policy to elements a
 *   content script adds); constructed stylesheets are not subject to it. So the <style> element
 *   `createShadowRootUi` always adds (its `:host` reset, which overlay.css carries instead) is
 *   removed before the host joins the page, and only where adoptable sheets are missing or refused
 *   does a <style> element come back as the fallback.
 * - Page rules cannot select anything inside the root and overlay.css cannot select the page. The
 *   page can style only the host; overlay.css sets it with `!important`, and an important rule of
 *   the shadow context beats an important rule of the page (CSS Cascade 4, "context"), so even a
 *   page that resets everything (`* { all: unset !important }`) cannot hide or restyle the card.
 * - Key events inside the card stop at the shadow root (`isolateEvents`), so Space or Enter on a
 *   card button never reaches the call's own shortcuts.
 *
 * Usage (content script): const card = await mountCard(ctx, render);  card.remove();
 */
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLogger } from '../../lib/log';
import css from './overlay.css?inline';

export const OVERLAY_TAG = 'imr-guide-overlay';

const log = createLogger('overlay');

/** Styles a shadow root; says how, for tests and for the log. */
export function applyStyles(root: ShadowRoot, text: string): 'adopted' | 'style-element' {
  try {
    if (Array.isArray(root.adoptedStyleSheets) && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (root.adoptedStyleSheets.includes(sheet)) return 'adopted';
    }
  } catch (error) {
    log.warn('the page did not take an adoptable stylesheet; using a style element', error);
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = text;
  root.prepend(style);
  return 'style-element';
}

export interface MountedCard {
  /** Where to render: a container inside the closed shadow root. */
  container: HTMLElement;
  remove(): void;
}

/**
 * Creates the card's closed shadow root and attaches it to the page (on <html>, which single-page
 * apps leave alone when they swap <body>). `onRemove` runs when the card is removed, by the
 * caller or by an invalidated context.
 */
export async function mountCard(ctx: ContentScriptContext, onRemove: (container: HTMLElement) => void): Promise<MountedCard> {
  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: OVERLAY_TAG,
    mode: 'closed',
    position: 'inline',
    anchor: () => document.documentElement,
    // overlay.css carries its own `:host` reset; the element WXT would add for it is removed below.
    inheritStyles: true,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer) {
      const root = document.createElement('div');
      uiContainer.append(root);
      return root;
    },
    onRemove(root) {
      if (root) onRemove(root);
    },
  });
  for (const style of ui.shadow.querySelectorAll('style')) style.remove();
  applyStyles(ui.shadow, css);
  ui.mount();
  const container = ui.mounted;
  if (!container) throw new Error('The card did not mount');

  // Some single-page apps rebuild the whole document on navigation: put the card back if its host
  // is taken out. Only <html>'s own children are watched, so the page's updates cost nothing here.
  const observer = new MutationObserver(() => {
    if (!ui.shadowHost.isConnected && ctx.isValid) document.documentElement.append(ui.shadowHost);
  });
  observer.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => observer.disconnect());
  return {
    container,
    remove() {
      observer.disconnect();
      ui.remove();
    },
  };
}
