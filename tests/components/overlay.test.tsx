/**
 * The overlay inside a host page: a closed shadow root, buttons that act only on trusted input,
 * styles that do not depend on the page allowing inline <style>, and failures it shows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Overlay } from '../../components/overlay/Overlay';
import { applyStyles, mountOverlay, OVERLAY_TAG } from '../../components/overlay/mount';
import type { OverlayConnection } from '../../components/overlay/connection';
import type { OverlaySnapshot } from '../../lib/messaging/contract';

afterEach(() => {
  cleanup();
  document.querySelectorAll(OVERLAY_TAG).forEach((el) => el.remove());
});

function connection(command: OverlayConnection['command'] = vi.fn(async () => undefined)) {
  const snapshot: OverlaySnapshot = {
    running: true,
    locale: 'en',
    stepTitle: 'Check-in',
    stepNumber: 1,
    stepCount: 8,
    plan: [{ stepId: 'check-in', seconds: 300 }],
    events: [{ type: 'start', at: Date.now() }],
    warnSeconds: 60,
    now: Date.now(),
  };
  return {
    snapshot: vi.fn(async () => snapshot),
    command: vi.fn(command),
    onChange: vi.fn(() => () => undefined),
  } satisfies OverlayConnection;
}

/** A click as the browser makes it from real input (happy-dom, like a page script, can only make untrusted ones). */
function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

describe('overlay', () => {
  it('ignores clicks that are not from real input', async () => {
    const conn = connection();
    render(<Overlay connection={conn} />);
    const next = await screen.findByRole('button', { name: 'Next step' });
    const pause = screen.getByRole('button', { name: 'Pause' });
    next.click();
    pause.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    next.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(conn.command).not.toHaveBeenCalled();

    trustedClick(next);
    trustedClick(pause);
    expect(conn.command.mock.calls).toEqual([['next-step'], ['toggle-pause']]);
  });

  it('shows that a refused command did not reach the session', async () => {
    const conn = connection(async () => {
      throw new Error('Refused message from overlay: too many commands in a short time');
    });
    render(<Overlay connection={conn} />);
    trustedClick(await screen.findByRole('button', { name: 'Next step' }));
    expect(await screen.findByText('The session did not take that. Try again, or use the side panel.')).toBeTruthy();
  });

  it('mounts in a closed shadow root the page cannot open', async () => {
    const conn = connection();
    const unmount = mountOverlay(document, conn);
    const host = document.querySelector(OVERLAY_TAG) as HTMLElement;
    expect(host).toBeTruthy();
    expect(host.shadowRoot).toBeNull();
    await waitFor(() => expect(conn.snapshot).toHaveBeenCalled());
    // Nothing of the card is in the page's own tree.
    expect(document.body.textContent).not.toContain('Check-in');
    host.click();
    expect(conn.command).not.toHaveBeenCalled();
    unmount();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('styles with an adoptable stylesheet where the browser has them, else a style element', () => {
    const adopted: unknown[] = [];
    class FakeSheet {
      text = '';
      replaceSync(css: string) {
        this.text = css;
      }
    }
    vi.stubGlobal('CSSStyleSheet', FakeSheet);
    const root = {
      get adoptedStyleSheets() {
        return [...adopted];
      },
      set adoptedStyleSheets(sheets: unknown[]) {
        adopted.splice(0, adopted.length, ...sheets);
      },
      ownerDocument: document,
      prepend: vi.fn(),
    } as unknown as ShadowRoot;
    expect(applyStyles(root, ':host{}')).toBe('adopted');
    expect(adopted).toHaveLength(1);
    expect(root.prepend).not.toHaveBeenCalled();
    vi.unstubAllGlobals();

    // A browser (or page) without adoptable sheets: a style element in the shadow root.
    const plain = document.createElement('div').attachShadow({ mode: 'closed' });
    Object.defineProperty(plain, 'adoptedStyleSheets', { value: undefined });
    expect(applyStyles(plain, ':host{color:red}')).toBe('style-element');
    expect(plain.querySelector('style')?.textContent).toBe(':host{color:red}');
  });
});
