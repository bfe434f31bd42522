import { describe, expect, it } from 'vitest';
import {
  BackgroundToOverlay,
  classifySender,
  OverlayToBackground,
  PageToBackground,
  parseMessage,
  type SenderInfo,
  type SenderKind,
} from '../../lib/messaging/contract';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const OTHER_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';

describe('classifySender', () => {
  const table: [string, SenderInfo, SenderKind][] = [
    ['our side panel', { id: ID, url: `${ORIGIN}sidepanel.html` }, 'page'],
    ['our review page opened in a tab', { id: ID, url: `${ORIGIN}review.html`, tab: { id: 4, url: `${ORIGIN}review.html` } }, 'page'],
    ['our overlay content script in a video-call tab', { id: ID, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 7, url: 'https://meet.google.com/abc-defg-hij' } }, 'overlay'],
    ['our overlay in a frame of a tab', { id: ID, url: 'https://zoom.us/wc/123', tab: { id: 7, url: 'https://example.org/' } }, 'overlay'],
    ['another extension’s page', { id: OTHER_ID, url: `chrome-extension://${OTHER_ID}/page.html` }, 'unknown'],
    ['another extension’s content script in a tab', { id: OTHER_ID, url: 'https://meet.google.com/x', tab: { id: 1, url: 'https://meet.google.com/x' } }, 'unknown'],
    ['a web page with no extension id', { url: 'https://evil.example/', tab: { id: 2, url: 'https://evil.example/' } }, 'unknown'],
    ['a web page claiming our URL but no id', { url: `${ORIGIN}sidepanel.html` }, 'unknown'],
    ['our id with a page URL of another extension', { id: ID, url: `chrome-extension://${OTHER_ID}/sidepanel.html` }, 'unknown'],
    ['our id with a URL whose extension id only starts like ours', { id: ID, url: `chrome-extension://${ID}x/sidepanel.html` }, 'unknown'],
    ['our id but no URL and no tab', { id: ID }, 'unknown'],
    ['our id, a tab but no URL', { id: ID, tab: { id: 3 } }, 'unknown'],
    ['nothing at all', {}, 'unknown'],
  ];

  it.each(table)('%s -> %s', (_name, sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN)).toBe(expected);
  });

  it('works with a Firefox moz-extension origin', () => {
    const origin = 'moz-extension://0d7c3f54-7a53-4c5e-9a8f-123456789abc/';
    const id = 'imr-session-guide@imr-guide.org';
    expect(classifySender({ id, url: `${origin}sidebar.html` }, id, origin)).toBe('page');
    expect(classifySender({ id, url: 'https://teams.microsoft.com/', tab: { id: 1 } }, id, origin)).toBe('overlay');
    expect(classifySender({ id: 'other@x', url: `${origin}sidebar.html` }, id, origin)).toBe('unknown');
  });
});

describe('parseMessage: page to background', () => {
  const valid: PageToBackground[] = [
    { type: 'page/session-changed' },
    { type: 'page/overlay-enable', origin: 'https://meet.google.com' },
    { type: 'page/overlay-enable', origin: 'http://127.0.0.1:8080' },
    { type: 'page/overlay-disable', origin: 'https://us02web.zoom.us' },
    { type: 'page/overlay-list' },
  ];
  it.each(valid)('accepts %j', (message) => {
    expect(parseMessage(PageToBackground, message)).toEqual({ ok: true, message });
  });

  it('strips unknown properties instead of passing them on', () => {
    const parsed = parseMessage(PageToBackground, { type: 'page/session-changed', extra: { evil: true } });
    expect(parsed).toEqual({ ok: true, message: { type: 'page/session-changed' } });
  });

  const invalid: [string, unknown][] = [
    ['an unknown type', { type: 'page/delete-everything' }],
    ['an overlay message', { type: 'overlay/get-snapshot' }],
    ['a background message', { type: 'background/session-changed' }],
    ['a type of the wrong case', { type: 'PAGE/SESSION-CHANGED' }],
    ['no type', { origin: 'https://meet.google.com' }],
    ['a numeric type', { type: 1 }],
    ['enable without origin', { type: 'page/overlay-enable' }],
    ['disable without origin', { type: 'page/overlay-disable' }],
    ['a javascript: origin', { type: 'page/overlay-enable', origin: 'javascript:alert(1)' }],
    ['an origin with a path', { type: 'page/overlay-enable', origin: 'https://x.org/path' }],
    ['an origin with a trailing slash', { type: 'page/overlay-enable', origin: 'https://x.org/' }],
    ['an ftp origin', { type: 'page/overlay-enable', origin: 'ftp://x.org' }],
    ['a file URL', { type: 'page/overlay-enable', origin: 'file:///etc/passwd' }],
    ['a bare host', { type: 'page/overlay-enable', origin: 'x.org' }],
    ['an empty origin', { type: 'page/overlay-enable', origin: '' }],
    ['an origin that is not a string', { type: 'page/overlay-enable', origin: ['https://x.org'] }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'page/session-changed'],
    ['a number', 42],
    ['an array', [{ type: 'page/session-changed' }]],
    ['an empty object', {}],
  ];
  it.each(invalid)('rejects %s', (_name, raw) => {
    const parsed = parseMessage(PageToBackground, raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).not.toBe('');
  });
});

describe('parseMessage: overlay to background', () => {
  const valid: OverlayToBackground[] = [
    { type: 'overlay/get-snapshot' },
    { type: 'overlay/command', command: 'next-step' },
    { type: 'overlay/command', command: 'toggle-pause' },
  ];
  it.each(valid)('accepts %j', (message) => {
    expect(parseMessage(OverlayToBackground, message)).toEqual({ ok: true, message });
  });

  const invalid: [string, unknown][] = [
    ['a page message (the overlay may not manage permissions)', { type: 'page/overlay-enable', origin: 'https://evil.example' }],
    ['a page session-changed', { type: 'page/session-changed' }],
    ['a command outside the list', { type: 'overlay/command', command: 'end' }],
    ['a command without a command', { type: 'overlay/command' }],
    ['a command of the wrong type', { type: 'overlay/command', command: 1 }],
    ['an unknown overlay type', { type: 'overlay/read-notes' }],
    ['null', null],
    ['a string', 'overlay/get-snapshot'],
    ['an array', ['overlay/get-snapshot']],
    ['a function', () => ({ type: 'overlay/get-snapshot' })],
  ];
  it.each(invalid)('rejects %s', (_name, raw) => {
    expect(parseMessage(OverlayToBackground, raw).ok).toBe(false);
  });
});

describe('parseMessage: background to overlay', () => {
  it('accepts the one push and rejects anything else', () => {
    expect(parseMessage(BackgroundToOverlay, { type: 'background/session-changed' }).ok).toBe(true);
    expect(parseMessage(BackgroundToOverlay, { type: 'overlay/get-snapshot' }).ok).toBe(false);
    expect(parseMessage(BackgroundToOverlay, null).ok).toBe(false);
  });
});
