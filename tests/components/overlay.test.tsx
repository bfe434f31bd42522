/**
 * The on-call card inside a host page: buttons that act only on trusted input, Done and Skip on its
 * prompt, the outline, the pill, keyboard moves that are remembered, failures it shows, and
 * styles that do not depend on the page allowing inline <style>.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCard, type CardDeps } from '../../components/overlay/card';
import { applyStyles } from '../../components/overlay/mount';
import type { OverlayConnection } from '../../components/overlay/connection';
import { overlayLabels } from '../../lib/background/overlay-snapshot';
import { labelsFor } from '../unit/fixtures/packaged';
import type { RunningSnapshot } from '../../lib/messaging/contract';

afterEach(() => {
  document.body.replaceChildren();
});

const NOW = 1_700_000_000_000;

function snapshot(overrides: Partial<RunningSnapshot> = {}): RunningSnapshot {
  return {
    running: true,
    locale: 'en',
    stepLabel: 'Step 3 of 8: Action plan review',
    plan: [{ stepId: 'action-plan-review', seconds: 300 }],
    events: [{ type: 'start', at: NOW - 30_000 }],
    warnSeconds: 60,
    labels: overlayLabels(labelsFor('en')),
    prompt: { id: 'apr-each-participant', text: 'Review each participant’s home practice' },
    promptsHidden: false,
    outline: { title: 'Home practice agreed before today', items: ['Participant 1: 1 of 2 done'] },
    now: NOW,
    ...overrides,
  };
}

function setup(command: OverlayConnection['command'] = async () => undefined) {
  const connection = {
    snapshot: vi.fn(async () => snapshot()),
    command: vi.fn(command),
    prompt: vi.fn(async () => undefined),
    openPanel: vi.fn(async () => undefined),
    onChange: vi.fn(() => () => undefined),
    loadPosition: vi.fn(async () => null),
    savePosition: vi.fn(async () => undefined),
  } satisfies OverlayConnection;
  const timers: (() => void)[] = [];
  const deps: CardDeps = {
    connection,
    site: 'https://ehr.example.org',
    inset: 0,
    initial: null,
    schedule: (run) => {
      timers.push(run);
      return () => undefined;
    },
    viewport: () => ({ width: 1200, height: 800 }),
    now: () => NOW,
  };
  const container = document.createElement('div');
  document.body.append(container);
  const card = createCard(container, deps);
  card.update(snapshot(), 0);
  const button = (name: string) => {
    const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  return { connection, container, card, button, timers };
}

/** A click as the browser makes it from real input (happy-dom, like a page script, can only make untrusted ones). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const trustedClick = (target: Element) => target.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));

describe('on-call card', () => {
  it('shows the step, the time left as a timer, pacing and the open key prompt', () => {
    const { container } = setup();
    expect(container.querySelector('[role="timer"]')?.textContent).toBe('4:30');
    expect(container.textContent).toContain('Step 3 of 8: Action plan review');
    expect(container.textContent).toContain('On time');
    expect(container.textContent).toContain('Review each participant’s home practice');
    expect(container.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('IMR session guide');
  });

  it('ignores clicks that are not from real input', () => {
    const { connection, button } = setup();
    button('Next step').click();
    button('Pause').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button('Done').click();
    expect(connection.command).not.toHaveBeenCalled();
    expect(connection.prompt).not.toHaveBeenCalled();

    trustedClick(button('Next step'));
    trustedClick(button('Pause'));
    trustedClick(button('Done'));
    trustedClick(button('Skip'));
    trustedClick(button('Open the guide'));
    expect(connection.command.mock.calls).toEqual([['next-step'], ['toggle-pause']]);
    expect(connection.prompt.mock.calls).toEqual([
      ['apr-each-participant', 'done'],
      ['apr-each-participant', 'not-done'],
    ]);
    expect(connection.openPanel).toHaveBeenCalledTimes(1);
  });

  it('shows that a refused command did not reach the session', async () => {
    const { button, container } = setup(async () => {
      throw new Error('Refused message from overlay: too many commands in a short time');
    });
    trustedClick(button('Next step'));
    await vi.waitFor(() => expect(container.textContent).toContain('The session did not take that. Try again, or use the side panel.'));
  });

  it('expands the outline, folds to a pill that keeps the time, and remembers it', () => {
    const { button, container, connection } = setup();
    const outline = container.querySelector('#imr-card-outline')!;
    expect(outline.hasAttribute('hidden')).toBe(true);
    trustedClick(button('Show outline'));
    expect(outline.hasAttribute('hidden')).toBe(false);
    expect(outline.textContent).toContain('Participant 1: 1 of 2 done');
    trustedClick(button('Make the card small'));
    expect(container.querySelector('.card')?.classList.contains('collapsed')).toBe(true);
    expect(container.querySelector('[role="timer"]')?.textContent).toBe('4:30');
    expect(connection.savePosition).toHaveBeenLastCalledWith('https://ehr.example.org', expect.objectContaining({ collapsed: true }));
    trustedClick(button('Show the whole card (4:30 left)'));
    expect(container.querySelector('.card')?.classList.contains('collapsed')).toBe(false);
  });

  it('moves with the arrow keys on its grip and remembers where it was put', () => {
    const { container, connection } = setup();
    const grip = container.querySelector('button.grip')!;
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(connection.savePosition).not.toHaveBeenCalled();
    grip.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'ArrowUp', shiftKey: true, bubbles: true })));
    expect(connection.savePosition).toHaveBeenLastCalledWith('https://ehr.example.org', expect.objectContaining({ y: 'top', dy: 16 }));
  });

  it('updates the time on its tick and writes nothing that did not change', async () => {
    const { container, timers, card } = setup();
    const timer = container.querySelector('[role="timer"]')!;
    const changed = new Set<string>();
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changed.add(`${r.type}:${(r.target as Element).className || r.target.nodeName}${r.attributeName ? `@${r.attributeName}` : ''}`)),
    );
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    card.update(snapshot({ events: [{ type: 'start', at: NOW - 31_000 }] }), 0);
    expect(timer.textContent).toBe('4:29');
    expect(timers.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    // Only the time changed: its text, its label, and the pill's label that carries it.
    expect([...changed].sort()).toEqual(['attributes:icon@aria-label', 'attributes:icon@title', 'attributes:time@aria-label', 'childList:time']);
  });

  it('says prompts stay in the panel while encryption is on', () => {
    const { card, container } = setup();
    card.update(snapshot({ prompt: null, promptsHidden: true }), 0);
    expect(container.textContent).toContain('Prompts stay in the side panel while encryption is on.');
    expect(container.querySelector('.prompt')?.hasAttribute('hidden')).toBe(true);
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
