/**
 * Where the on-call card sits, as pure geometry (tests/unit/overlay-position.test.ts).
 *
 * A position is kept as a corner and the distances from its two edges, not as a left/top pair,
 * so a card put in the bottom-right stays there when the window is resized or the page zoomed.
 * The card never covers the bottom `inset` pixels of the window (a call's own toolbar on the
 * video-call presets, lib/platform/sites.ts) and, after a drag, snaps to an edge it was dropped
 * near.
 *
 * Usage:
 *   const { left, top } = place(position, size, viewport);
 *   const next = anchor(left + dx, top + dy, size, viewport, { snap: true });
 */
export interface CardPosition {
  x: 'left' | 'right';
  y: 'top' | 'bottom';
  /** Distance from the anchored side edge, CSS pixels. */
  dx: number;
  /** Distance from the anchored top or bottom edge of the window, CSS pixels. */
  dy: number;
}

export interface Viewport {
  width: number;
  height: number;
  /** Pixels at the bottom kept free for the site's toolbar. */
  inset: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Gap to the window's edges in a corner. */
export const MARGIN = 16;
/** Dropped closer than this to an edge (beyond the margin), the card snaps to it. */
export const SNAP = 40;
/** The card never touches the very edge. */
const EDGE = 4;
/** One arrow key press, CSS pixels. */
export const STEP = 24;

export function defaultPosition(inset: number): CardPosition {
  return { x: 'right', y: 'bottom', dx: MARGIN, dy: MARGIN + inset };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

function clampBox(left: number, top: number, size: Size, vp: Viewport) {
  return {
    left: clamp(left, EDGE, vp.width - size.width - EDGE),
    top: clamp(top, EDGE, vp.height - vp.inset - size.height - EDGE),
  };
}

/** The card's top-left corner in the window for a stored position, kept inside and above the toolbar. */
export function place(pos: CardPosition, size: Size, vp: Viewport): { left: number; top: number } {
  const left = pos.x === 'left' ? pos.dx : vp.width - size.width - pos.dx;
  const top = pos.y === 'top' ? pos.dy : vp.height - size.height - pos.dy;
  return clampBox(left, top, size, vp);
}

/** A stored position for a card whose top-left corner is at (left, top): anchored to the nearest corner. */
export function anchor(left: number, top: number, size: Size, vp: Viewport, { snap = false } = {}): CardPosition {
  const box = clampBox(left, top, size, vp);
  const x = box.left + size.width / 2 < vp.width / 2 ? 'left' : 'right';
  const y = box.top + size.height / 2 < (vp.height - vp.inset) / 2 ? 'top' : 'bottom';
  let dx = x === 'left' ? box.left : vp.width - size.width - box.left;
  let dy = y === 'top' ? box.top : vp.height - size.height - box.top;
  if (snap) {
    if (dx < SNAP + MARGIN) dx = MARGIN;
    const floor = y === 'bottom' ? vp.inset : 0;
    if (dy - floor < SNAP + MARGIN) dy = floor + MARGIN;
  }
  return { x, y, dx: Math.round(dx), dy: Math.round(dy) };
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export function isArrowKey(key: string): key is ArrowKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';
}

/** Moves the card one step with an arrow key, or (`toEdge`, Shift) all the way to that edge. */
export function nudge(pos: CardPosition, key: ArrowKey, toEdge: boolean, size: Size, vp: Viewport): CardPosition {
  let { left, top } = place(pos, size, vp);
  const far = { left: MARGIN, right: vp.width - size.width - MARGIN, top: MARGIN, bottom: vp.height - vp.inset - size.height - MARGIN };
  if (key === 'ArrowLeft') left = toEdge ? far.left : left - STEP;
  if (key === 'ArrowRight') left = toEdge ? far.right : left + STEP;
  if (key === 'ArrowUp') top = toEdge ? far.top : top - STEP;
  if (key === 'ArrowDown') top = toEdge ? far.bottom : top + STEP;
  return anchor(left, top, size, vp);
}

/** A stored position read back from storage, or null when it is not one. */
export function parsePosition(value: unknown): (CardPosition & { collapsed: boolean }) | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, dx, dy, collapsed } = value as Record<string, unknown>;
  if ((x !== 'left' && x !== 'right') || (y !== 'top' && y !== 'bottom')) return null;
  if (typeof dx !== 'number' || typeof dy !== 'number' || !Number.isFinite(dx) || !Number.isFinite(dy)) return null;
  return { x, y, dx: Math.max(0, Math.min(dx, 10_000)), dy: Math.max(0, Math.min(dy, 10_000)), collapsed: collapsed === true };
}
