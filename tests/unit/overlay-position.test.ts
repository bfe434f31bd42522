import { describe, expect, it } from 'vitest';
import { anchor, defaultPosition, MARGIN, nudge, parsePosition, place, STEP } from '../../components/overlay/position';
import { bottomInsetFor, originCoversHost, presetOfOrigin } from '../../lib/platform/sites';

const VP = { width: 1200, height: 800, inset: 0 };
const SIZE = { width: 300, height: 120 };

describe('card position', () => {
  it('starts in the bottom-right corner, above a preset call toolbar', () => {
    expect(place(defaultPosition(0), SIZE, VP)).toEqual({ left: 1200 - 300 - MARGIN, top: 800 - 120 - MARGIN });
    const meet = { ...VP, inset: bottomInsetFor('meet.google.com') };
    expect(meet.inset).toBeGreaterThan(0);
    expect(place(defaultPosition(meet.inset), SIZE, meet).top + SIZE.height).toBeLessThanOrEqual(800 - meet.inset);
  });

  it('anchors to the nearest corner and snaps to edges it was dropped near', () => {
    expect(anchor(30, 25, SIZE, VP, { snap: true })).toEqual({ x: 'left', y: 'top', dx: MARGIN, dy: MARGIN });
    expect(anchor(200, 500, SIZE, VP, { snap: true })).toEqual({ x: 'left', y: 'bottom', dx: 200, dy: 800 - 120 - 500 });
    expect(anchor(30, 25, SIZE, VP)).toEqual({ x: 'left', y: 'top', dx: 30, dy: 25 });
  });

  it('keeps its corner when the window is resized, and stays inside and above the toolbar', () => {
    const pos = anchor(1200 - 300 - 50, 800 - 120 - 60, SIZE, VP);
    expect(pos).toMatchObject({ x: 'right', y: 'bottom', dx: 50, dy: 60 });
    expect(place(pos, SIZE, { width: 900, height: 600, inset: 0 })).toEqual({ left: 900 - 300 - 50, top: 600 - 120 - 60 });
    const dropped = place({ x: 'left', y: 'top', dx: 5000, dy: 5000 }, SIZE, { ...VP, inset: 90 });
    expect(dropped.left + SIZE.width).toBeLessThanOrEqual(1200);
    expect(dropped.top + SIZE.height).toBeLessThanOrEqual(800 - 90);
  });

  it('moves one step with an arrow key and to the edge with Shift', () => {
    const start = defaultPosition(0);
    const left = place(nudge(start, 'ArrowLeft', false, SIZE, VP), SIZE, VP);
    expect(left.left).toBe(1200 - 300 - MARGIN - STEP);
    expect(place(nudge(start, 'ArrowUp', true, SIZE, VP), SIZE, VP).top).toBe(MARGIN);
    expect(place(nudge(start, 'ArrowLeft', true, SIZE, VP), SIZE, VP).left).toBe(MARGIN);
  });

  it('reads back only well-formed stored positions', () => {
    expect(parsePosition({ x: 'left', y: 'top', dx: 10, dy: 20, collapsed: true })).toEqual({ x: 'left', y: 'top', dx: 10, dy: 20, collapsed: true });
    for (const bad of [null, 'x', { x: 'middle', y: 'top', dx: 1, dy: 1 }, { x: 'left', y: 'top', dx: Number.NaN, dy: 1 }]) expect(parsePosition(bad)).toBeNull();
  });
});

describe('site presets', () => {
  it('cover their hosts and subdomains, and name granted origins', () => {
    expect(originCoversHost('https://*.zoom.us', 'us02web.zoom.us')).toBe(true);
    expect(originCoversHost('https://*.zoom.us', 'zoom.us')).toBe(true);
    expect(originCoversHost('https://*.zoom.us', 'notzoom.us')).toBe(false);
    expect(originCoversHost('https://meet.google.com', 'meet.google.com')).toBe(true);
    expect(presetOfOrigin('https://teams.live.com')?.name).toBe('Microsoft Teams');
    expect(bottomInsetFor('ehr.example.org')).toBe(0);
  });
});
