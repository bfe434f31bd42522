/**
 * The on-call card: step, time left (role timer), pacing, the one open key prompt with Done and
 * Skip, the step's outline, Pause and Next, and a way to the panel. It moves by drag or arrow
 * keys, folds to a pill that still shows the time, and remembers where it was put on this site.
 *
 * Plain DOM rather than Preact: the card loads into every granted call page and must stay under
 * 15 KB gzip (issue 11); a UI framework alone was a third of that. The elements are built once;
 * each update writes only the text and attributes that changed (`write`), so a running clock costs
 * the page one text change a second, at the next whole second, and a paused one none.
 *
 * Usage: const card = createCard(container, deps); card.update(snapshot, skew); card.destroy();
 */
import { cuePhase, deriveClock, formatDuration, PACING_TOLERANCE_SEC } from '../../lib/session/clock';
import { format } from '../../lib/i18n/define';
import { createLogger } from '../../lib/log';
import type { RunningSnapshot } from '../../lib/messaging/contract';
import type { OverlayConnection, StoredPosition } from './connection';
import { anchor, defaultPosition, isArrowKey, nudge, place, type Size } from './position';

const log = createLogger('overlay');

/** Behind plan by this much, the pacing dot turns red (amber from the tolerance on). */
const LATE_SEC = 300;

/**
 * Runs a handler only for events the browser made from real input (a click, a key, a drag).
 * The shadow root is closed, so page scripts cannot reach the buttons; this is the second line:
 * a synthetic event, however it got here, never pauses or moves the session.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

export interface CardDeps {
  connection: OverlayConnection;
  /** Where positions are remembered: the page's origin. */
  site: string;
  /** Bottom pixels kept free for the site's toolbar (lib/platform/sites.ts). */
  inset: number;
  initial: StoredPosition | null;
  /** A timer that stops by itself once the content script's context is invalidated. */
  schedule: (run: () => void, ms: number) => () => void;
  viewport: () => { width: number; height: number };
  now?: () => number;
}

export interface Card {
  update(snapshot: RunningSnapshot, skew: number): void;
  /** Re-places the card after the window was resized or zoomed. */
  relayout(): void;
  destroy(): void;
}

type Attrs = Record<string, string>;

export function createCard(container: HTMLElement, deps: CardDeps): Card {
  const doc = container.ownerDocument;
  const now = deps.now ?? Date.now;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Node[]) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const button = (attrs: Attrs, onClick: () => void) => {
    const b = el('button', { type: 'button', ...attrs });
    b.addEventListener('click', trusted(onClick));
    return b;
  };
  /** Writes a text or attribute only when it differs from what is there. */
  const written = new WeakMap<Node, Map<string, string | null>>();
  function write(node: Element, name: string, value: string | null) {
    const seen = written.get(node) ?? new Map<string, string | null>();
    written.set(node, seen);
    if (seen.has(name) && seen.get(name) === value) return;
    seen.set(name, value);
    if (name === 'text') node.textContent = value;
    else if (value === null) node.removeAttribute(name);
    else node.setAttribute(name, value);
  }
  const show = (node: Element, visible: boolean) => write(node, 'hidden', visible ? null : '');

  let snap: RunningSnapshot | null = null;
  let skew = 0;
  let position: StoredPosition = deps.initial ?? { ...defaultPosition(deps.inset), collapsed: false };
  let size: Size = { width: 300, height: 120 };
  let outlineOpen = false;
  let cancelTick = () => {};

  const send = (what: string, action: () => Promise<void>) => {
    write(failed, 'text', '');
    action().catch((error: unknown) => {
      // Refused (too many at once, a prompt already answered in the panel, a full clock log) or the
      // extension is gone: the practitioner must know the session did not follow the click.
      log.warn(what, error);
      write(failed, 'text', snap?.labels.commandFailed ?? '');
    });
  };

  const grip = el('button', { type: 'button', class: 'icon grip' }, doc.createTextNode('⠿'));
  const timer = el('span', { class: 'time', role: 'timer' });
  const over = el('span', { class: 'over' });
  const pausedTag = el('span', { class: 'over' });
  const openPanel = button({ class: 'icon' }, () => send('opening the panel', () => deps.connection.openPanel()));
  openPanel.textContent = '↗';
  const collapse = button({ class: 'icon' }, () => keep({ ...position, collapsed: true }));
  collapse.textContent = '–';
  const expand = button({ class: 'icon' }, () => keep({ ...position, collapsed: false }));
  expand.textContent = '+';
  const bar = el('div', { class: 'bar' }, grip, timer, over, pausedTag, el('span', { class: 'spacer' }), openPanel, collapse, expand);

  const step = el('p', { class: 'step' });
  const pace = el('p', { class: 'pace' });
  const promptTag = el('p', { class: 'tag' });
  const promptText = el('p', { class: 'prompt-text', id: 'imr-card-prompt' });
  const done = button({ class: 'primary' }, () => answer('done'));
  const skip = button({}, () => answer('not-done'));
  const prompt = el('div', { class: 'prompt' }, promptTag, promptText, el('div', { class: 'row', role: 'group', 'aria-labelledby': 'imr-card-prompt' }, done, skip));
  const locked = el('p', { class: 'note' });
  const pause = button({}, () => send('sending toggle-pause', () => deps.connection.command('toggle-pause')));
  const next = button({}, () => send('sending next-step', () => deps.connection.command('next-step')));
  const outlineToggle = button({ 'aria-controls': 'imr-card-outline' }, () => {
    outlineOpen = !outlineOpen;
    render();
  });
  const outlineTitle = el('h2');
  const outlineList = el('ul');
  const outline = el('div', { class: 'outline', id: 'imr-card-outline' }, outlineTitle, outlineList);
  const failed = el('p', { class: 'failed', role: 'status' });
  const body = el('div', {}, step, pace, prompt, locked, el('div', { class: 'row controls' }, pause, next, outlineToggle), outline, failed);
  const card = el('div', { class: 'card', role: 'region' }, bar, body);
  container.append(card);

  // A pointer press never moves keyboard focus off the call (a key meant for the call must not land
  // on a card button); the card is reached by Tab only.
  card.addEventListener('mousedown', (event) => event.preventDefault());

  function answer(status: 'done' | 'not-done') {
    const id = snap?.prompt?.id;
    if (id) send(status === 'done' ? 'marking the prompt done' : 'skipping the prompt', () => deps.connection.prompt(id, status));
  }

  function keep(next: StoredPosition) {
    position = next;
    render();
    deps.connection.savePosition(deps.site, next).catch(log.catcher('remembering where the card was put', 'warn'));
  }

  const vp = () => ({ ...deps.viewport(), inset: deps.inset });
  function placeCard() {
    const box = card.getBoundingClientRect();
    if (box.width > 0) size = { width: box.width, height: box.height };
    const { left, top } = place(position, size, vp());
    write(card, 'style', `left:${Math.round(left)}px;top:${Math.round(top)}px`);
  }

  // Dragging: by the grip, with the pointer captured, a few pixels before it counts as a move.
  let drag: { id: number; x: number; y: number; left: number; top: number; moved: boolean } | null = null;
  grip.addEventListener(
    'pointerdown',
    trusted((event: PointerEvent) => {
      if (event.button !== 0) return;
      grip.setPointerCapture(event.pointerId);
      const box = card.getBoundingClientRect();
      drag = { id: event.pointerId, x: event.clientX, y: event.clientY, left: box.left, top: box.top, moved: false };
    }),
  );
  const dragTo = (event: PointerEvent, snap: boolean) => {
    if (!drag || drag.id !== event.pointerId) return null;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return null;
    drag.moved = true;
    return { ...anchor(drag.left + dx, drag.top + dy, size, vp(), { snap }), collapsed: position.collapsed };
  };
  grip.addEventListener(
    'pointermove',
    trusted((event: PointerEvent) => {
      const moved = dragTo(event, false);
      if (!moved) return;
      card.classList.add('dragging');
      position = moved;
      placeCard();
    }),
  );
  const release = trusted((event: PointerEvent) => {
    const moved = dragTo(event, true);
    drag = null;
    card.classList.remove('dragging');
    if (moved) keep(moved);
  });
  grip.addEventListener('pointerup', release);
  grip.addEventListener('pointercancel', release);
  grip.addEventListener(
    'keydown',
    trusted((event: KeyboardEvent) => {
      if (!isArrowKey(event.key)) return;
      event.preventDefault();
      keep({ ...nudge(position, event.key, event.shiftKey, size, vp()), collapsed: position.collapsed });
    }),
  );

  function render() {
    if (!snap) return;
    const labels = snap.labels;
    const clock = deriveClock(snap.plan, snap.events, now() + skew);
    const current = clock.current;
    const remaining = current?.remainingSec ?? 0;
    const paused = clock.status === 'paused';
    const time = formatDuration(Math.abs(remaining));
    const collapsed = position.collapsed;
    const behind = clock.pacing.behindSec;

    write(card, 'aria-label', labels.region);
    write(card, 'class', `card phase-${cuePhase(current, snap.warnSeconds)}${collapsed ? ' collapsed' : ''}`);
    write(grip, 'aria-label', labels.move);
    write(grip, 'title', labels.move);
    write(timer, 'text', `${remaining < 0 ? '-' : ''}${time}`);
    write(timer, 'aria-label', `${labels.timeLeft}: ${remaining < 0 ? '-' : ''}${time}`);
    write(over, 'text', labels.overTime);
    show(over, !collapsed && remaining < 0);
    write(pausedTag, 'text', labels.paused);
    show(pausedTag, !collapsed && paused);
    for (const [b, label] of [
      [openPanel, labels.openPanel],
      [collapse, labels.collapse],
    ] as const) {
      write(b, 'aria-label', label);
      write(b, 'title', label);
      show(b, !collapsed);
    }
    const expandLabel = format(labels.expand, { time });
    write(expand, 'aria-label', expandLabel);
    write(expand, 'title', expandLabel);
    show(expand, collapsed);
    show(body, !collapsed);

    write(step, 'text', snap.stepLabel);
    const tone = Math.abs(behind) < PACING_TOLERANCE_SEC ? 'on-time' : behind > 0 ? (behind >= LATE_SEC ? 'late' : 'behind') : 'ahead';
    write(pace, 'class', `pace pace-${tone}`);
    write(
      pace,
      'text',
      tone === 'on-time' ? labels.onTime : format(behind > 0 ? labels.behind : labels.ahead, { time: formatDuration(Math.abs(behind)) }),
    );
    show(prompt, snap.prompt !== null);
    write(promptTag, 'text', labels.keyPrompt);
    write(promptText, 'text', snap.prompt?.text ?? '');
    write(done, 'text', labels.done);
    write(skip, 'text', labels.skip);
    write(skip, 'title', labels.skipHint);
    write(locked, 'text', labels.promptsLocked);
    show(locked, snap.promptsHidden);
    write(pause, 'text', paused ? labels.resume : labels.pause);
    write(next, 'text', labels.next);
    show(outlineToggle, snap.outline !== null);
    write(outlineToggle, 'text', outlineOpen ? labels.hideOutline : labels.showOutline);
    write(outlineToggle, 'aria-expanded', String(outlineOpen));
    show(outline, outlineOpen && snap.outline !== null);
    write(outlineTitle, 'text', snap.outline?.title ?? '');
    const items = snap.outline?.items ?? [];
    if (items.join('\n') !== [...outlineList.children].map((li) => li.textContent).join('\n')) {
      outlineList.replaceChildren(...items.map((item) => el('li', {}, doc.createTextNode(item))));
    }
    placeCard();

    // The next tick: at the next whole second while the clock runs. Paused, a slow tick only
    // notices an invalidated context (its timer then never fires and the card is removed).
    cancelTick();
    cancelTick = deps.schedule(render, paused ? 5000 : 1000 - ((now() + skew) % 1000) + 5);
  }

  return {
    update(next, nextSkew) {
      snap = next;
      skew = nextSkew;
      render();
    },
    relayout: placeCard,
    destroy() {
      cancelTick();
      card.remove();
    },
  };
}
