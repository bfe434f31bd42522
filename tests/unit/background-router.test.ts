import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage, overlaySnapshot, runCommand, type BackgroundDeps } from '../../lib/background/router';
import { CUE_ALARM, cueMessage, onCueAlarm, pickRunning, scheduleCues } from '../../lib/background/cues';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo, type Repo } from '../../lib/db/repo';
import type { Platform } from '../../lib/platform/adapter';
import type { SenderInfo } from '../../lib/messaging/contract';
import { createSession } from '../../lib/session/plan';
import { deriveClock, nextCue } from '../../lib/session/clock';
import { getTemplate, MODULES } from '../../lib/curriculum';
import { emptyParticipantEntry, type Group, type Participant, type Session } from '../../lib/model';
import { V1_GROUP, V1_PARTICIPANTS } from './fixtures/db-v1';
import { createRateLimiter, OVERLAY_COMMAND_LIMIT } from '../../lib/background/rate-limit';
import { recentLog } from '../../lib/log';
import { CLOCK_EVENTS_MAX } from '../../lib/limits';
import { labelsFor, packagedContent } from './fixtures/packaged';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;
const PAGE: SenderInfo = { id: EXT_ID, url: `${EXT_ORIGIN}sidepanel.html` };
const OVERLAY: SenderInfo = { id: EXT_ID, url: 'https://meet.google.com/abc', tab: { id: 9, url: 'https://meet.google.com/abc' } };
const STRANGER: SenderInfo = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };
const WEB_PAGE: SenderInfo = { url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } };

const T0 = 1_700_000_000_000;
const sec = (n: number) => T0 + n * 1000;

type Call = [string, ...unknown[]];

/** A Platform that records what the background asked of the browser. */
function fakePlatform(state: { hosts?: string[]; origins?: string[]; panelOpen?: boolean; notifications?: boolean } = {}) {
  const calls: Call[] = [];
  // The card's test tab (OVERLAY) is on Meet, registered unless a test says otherwise.
  let origins = [...(state.origins ?? ['https://meet.google.com'])];
  const platform: Platform = {
    kind: 'side-panel',
    hostPatterns: () => [],
    async configurePanel() {
      calls.push(['configurePanel']);
    },
    async hasHost(origin) {
      calls.push(['hasHost', origin]);
      return (state.hosts ?? []).includes(origin);
    },
    async requestHost(origin) {
      calls.push(['requestHost', origin]);
      return false;
    },
    async requestHosts(origins) {
      calls.push(['requestHosts', [...origins]]);
      return false;
    },
    async activeTabUrl() {
      return null;
    },
    async openPanelFor(tab) {
      calls.push(['openPanelFor', tab]);
    },
    async removeHost(origin) {
      calls.push(['removeHost', origin]);
      return false;
    },
    async requestNotifications() {
      calls.push(['requestNotifications']);
      return false;
    },
    async hasNotifications() {
      calls.push(['hasNotifications']);
      return state.notifications ?? true;
    },
    async notify(id, title, message) {
      calls.push(['notify', id, title, message]);
    },
    async panelOpen() {
      calls.push(['panelOpen']);
      return state.panelOpen ?? false;
    },
    async scheduleAlarm(name, when) {
      calls.push(['scheduleAlarm', name, when]);
    },
    async clearAlarm(name) {
      calls.push(['clearAlarm', name]);
    },
    async overlayOrigins() {
      calls.push(['overlayOrigins']);
      return [...origins];
    },
    async registerOverlay(next) {
      calls.push(['registerOverlay', [...next]]);
      origins = [...next];
    },
    async restoreOverlay() {
      calls.push(['restoreOverlay']);
      return [];
    },
  };
  const named = (name: string) => calls.filter((c) => c[0] === name);
  return { platform, calls, named };
}

let counter = 0;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function realRepo(): Repo {
  const n = ++counter;
  const connect = createConnection({ name: `imr-router-test-${Date.now()}-${n}` });
  const bus = createChangeBus((name) => new BroadcastChannel(`${name}:router-test-${Date.now()}-${n}`));
  cleanups.push(() => bus.close(), async () => (await connect()).close());
  return createRepo(connect, bus);
}

const GROUP: Group = { ...V1_GROUP, id: 'g1', format: 'group' };
const PARTICIPANTS: Participant[] = V1_PARTICIPANTS.map((p, i) => ({ ...p, id: `participant_secret_${i}`, groupId: GROUP.id, status: 'active' }));
const TEMPLATE = getTemplate('group-60');
const MODULE_ID = MODULES[0]?.id ?? '';

/** A running session started at T0 (first step: check-in, 300 s), warning 60 s before a step's end. */
function runningSession(overrides: Partial<Session> = {}): Session {
  if (!TEMPLATE) throw new Error('template group-60 missing');
  const session = createSession({
    group: GROUP,
    participants: PARTICIPANTS,
    moduleId: MODULE_ID,
    sessionNumber: 1,
    template: TEMPLATE,
    practitioner: 'A. Jansen',
    warnSeconds: 60,
    noteFormat: 'imr',
    now: T0,
  });
  return { ...session, ...overrides };
}

interface Harness {
  deps: BackgroundDeps;
  repo: Repo;
  fake: ReturnType<typeof fakePlatform>;
  broadcasts: number[];
  setNow(ms: number): void;
}

function harness(platformState: Parameters<typeof fakePlatform>[0] = {}, languages: string[] = ['en-US']): Harness {
  const repo = realRepo();
  const fake = fakePlatform(platformState);
  let now = T0;
  const broadcasts: number[] = [];
  const deps: BackgroundDeps = {
    repo,
    platform: fake.platform,
    extensionId: EXT_ID,
    extensionOrigin: EXT_ORIGIN,
    content: packagedContent(),
    languages,
    now: () => now,
    async broadcastToOverlays() {
      broadcasts.push(now);
    },
    overlayCommands: createRateLimiter(OVERLAY_COMMAND_LIMIT),
  };
  return { deps, repo, fake, broadcasts, setNow: (ms) => (now = ms) };
}

describe('handleMessage from extension pages', () => {
  it("'page/session-changed' schedules one alarm at the running session's next cue and tells the overlays", async () => {
    const h = harness();
    const session = runningSession();
    await h.repo.putSession(session);
    h.setNow(sec(100));

    expect(await handleMessage(h.deps, { type: 'page/session-changed' }, PAGE)).toEqual({ ok: true });

    const expected = nextCue(deriveClock(session.plan, session.events, sec(100)), sec(100), 60);
    // check-in is 300 s; at 100 s the 60 s warning is due at 240 s.
    expect(expected).toEqual({ kind: 'warning', at: sec(240), stepIndex: 0 });
    expect(h.fake.calls).toEqual([
      ['clearAlarm', CUE_ALARM],
      ['scheduleAlarm', CUE_ALARM, sec(240)],
    ]);
    expect(h.broadcasts).toEqual([sec(100)]);
  });

  it('schedules the cue of the most recently updated running session', async () => {
    const h = harness();
    await h.repo.putSession(runningSession({ id: 'older', updatedAt: T0 }));
    // Started later: its warning is due later than the other session's.
    const newer = runningSession({ id: 'newer', events: [{ type: 'start', at: sec(50) }], updatedAt: T0 + 5 });
    await h.repo.putSession(newer);
    h.setNow(sec(100));
    await handleMessage(h.deps, { type: 'page/session-changed' }, PAGE);
    expect(h.fake.named('scheduleAlarm')).toEqual([['scheduleAlarm', CUE_ALARM, sec(290)]]);
  });

  it("'page/session-changed' with no running session only clears the alarm", async () => {
    const h = harness();
    await h.repo.putSession(runningSession({ status: 'ended', events: [{ type: 'start', at: T0 }, { type: 'end', at: sec(10) }] }));
    await handleMessage(h.deps, { type: 'page/session-changed' }, PAGE);
    expect(h.fake.calls).toEqual([['clearAlarm', CUE_ALARM]]);
  });

  it('a paused session gets no alarm', async () => {
    const h = harness();
    await h.repo.putSession(runningSession({ events: [{ type: 'start', at: T0 }, { type: 'pause', at: sec(10) }] }));
    h.setNow(sec(100));
    await handleMessage(h.deps, { type: 'page/session-changed' }, PAGE);
    expect(h.fake.calls).toEqual([['clearAlarm', CUE_ALARM]]);
  });

  it("'page/overlay-enable' refuses without host permission and registers nothing", async () => {
    const h = harness({ hosts: [], origins: ['https://meet.google.com'] });
    await expect(handleMessage(h.deps, { type: 'page/overlay-enable', origin: 'https://teams.microsoft.com' }, PAGE)).rejects.toThrow(
      /permission/,
    );
    expect(h.fake.named('registerOverlay')).toEqual([]);
    expect(h.fake.named('hasHost')).toEqual([['hasHost', 'https://teams.microsoft.com']]);
  });

  it("'page/overlay-enable' with permission registers the new origin and keeps the existing ones", async () => {
    const h = harness({ hosts: ['https://teams.microsoft.com'], origins: ['https://meet.google.com'] });
    expect(await handleMessage(h.deps, { type: 'page/overlay-enable', origin: 'https://teams.microsoft.com' }, PAGE)).toEqual({ ok: true });
    expect(h.fake.named('registerOverlay')).toEqual([['registerOverlay', ['https://meet.google.com', 'https://teams.microsoft.com']]]);
    // Enabling an origin twice does not duplicate it.
    await handleMessage(h.deps, { type: 'page/overlay-enable', origin: 'https://teams.microsoft.com' }, PAGE);
    expect(h.fake.named('registerOverlay').at(-1)).toEqual(['registerOverlay', ['https://meet.google.com', 'https://teams.microsoft.com']]);
  });

  it("'page/overlay-disable' removes only that origin, and 'page/overlay-list' lists what is registered", async () => {
    const h = harness({ origins: ['https://meet.google.com', 'https://teams.microsoft.com'] });
    expect(await handleMessage(h.deps, { type: 'page/overlay-disable', origin: 'https://meet.google.com' }, PAGE)).toEqual({ ok: true });
    expect(h.fake.named('registerOverlay')).toEqual([['registerOverlay', ['https://teams.microsoft.com']]]);
    expect(await handleMessage(h.deps, { type: 'page/overlay-list' }, PAGE)).toEqual({ origins: ['https://teams.microsoft.com'] });
  });
});

describe('handleMessage refuses', () => {
  const refusals: [string, unknown, SenderInfo][] = [
    ['a page message from another extension', { type: 'page/session-changed' }, STRANGER],
    ['an overlay-enable from a web page', { type: 'page/overlay-enable', origin: 'https://evil.example' }, WEB_PAGE],
    ['an overlay command from another extension', { type: 'overlay/command', command: 'next-step' }, STRANGER],
    ['a malformed page message', { type: 'page/overlay-enable', origin: 'javascript:alert(1)' }, PAGE],
    ['an unknown page message', { type: 'page/end-session' }, PAGE],
    ['null from a page', null, PAGE],
    ['a page message from the overlay', { type: 'page/overlay-enable', origin: 'https://evil.example' }, OVERLAY],
    ['a session-changed from the overlay', { type: 'page/session-changed' }, OVERLAY],
    ['an overlay message from a page', { type: 'overlay/command', command: 'next-step' }, PAGE],
    ['a command outside the list from the overlay', { type: 'overlay/command', command: 'end' }, OVERLAY],
  ];

  it.each(refusals)('%s, and changes nothing', async (_name, raw, sender) => {
    const h = harness({ hosts: ['https://evil.example'], origins: ['https://meet.google.com'] });
    const session = runningSession();
    await h.repo.putSession(session);
    h.setNow(sec(100));
    await expect(handleMessage(h.deps, raw, sender)).rejects.toThrow(/Refused/);
    expect(h.fake.calls).toEqual([]);
    expect(h.broadcasts).toEqual([]);
    expect(await h.repo.getSession(session.id)).toEqual(session);
  });
});

describe('runCommand', () => {
  it("'next-step' appends a 'next' event to the running session and reschedules the cue", async () => {
    const h = harness();
    const session = runningSession();
    await h.repo.putSession(session);
    h.setNow(sec(120));
    expect(await runCommand(h.deps, 'next-step')).toBe(true);
    const stored = await h.repo.getSession(session.id);
    expect(stored?.events).toEqual([...session.events, { type: 'next', at: sec(120) }]);
    expect(stored?.status).toBe('running');
    // Now in review-previous (180 s) from 120 s: the warning is due at 120 + 180 - 60 = 240 s.
    expect(h.fake.calls).toEqual([
      ['clearAlarm', CUE_ALARM],
      ['scheduleAlarm', CUE_ALARM, sec(240)],
    ]);
    expect(h.broadcasts).toEqual([sec(120)]);
  });

  it("'toggle-pause' pauses, then resumes", async () => {
    const h = harness();
    const session = runningSession();
    await h.repo.putSession(session);
    h.setNow(sec(30));
    expect(await runCommand(h.deps, 'toggle-pause')).toBe(true);
    expect((await h.repo.getSession(session.id))?.events.at(-1)).toEqual({ type: 'pause', at: sec(30) });
    // Paused: the alarm is cleared and none is set.
    expect(h.fake.calls).toEqual([['clearAlarm', CUE_ALARM]]);

    h.setNow(sec(90));
    expect(await runCommand(h.deps, 'toggle-pause')).toBe(true);
    const events = (await h.repo.getSession(session.id))?.events;
    expect(events).toEqual([...session.events, { type: 'pause', at: sec(30) }, { type: 'resume', at: sec(90) }]);
    // 30 s of check-in used: warning at 90 + (270 - 60) = 300 s.
    expect(h.fake.named('scheduleAlarm')).toEqual([['scheduleAlarm', CUE_ALARM, sec(300)]]);
  });

  it('with no running session returns false and changes nothing', async () => {
    const h = harness();
    const ended = runningSession({ status: 'ended', events: [{ type: 'start', at: T0 }, { type: 'end', at: sec(5) }] });
    await h.repo.putSession(ended);
    expect(await runCommand(h.deps, 'next-step')).toBe(false);
    expect(await runCommand(h.deps, 'toggle-pause')).toBe(false);
    expect(await h.repo.getSession(ended.id)).toEqual(ended);
    expect(h.fake.calls).toEqual([]);
    expect(h.broadcasts).toEqual([]);
  });

  it('the overlay can run a command through handleMessage', async () => {
    const h = harness();
    const session = runningSession();
    await h.repo.putSession(session);
    h.setNow(sec(10));
    expect(await handleMessage(h.deps, { type: 'overlay/command', command: 'next-step' }, OVERLAY)).toEqual({ ok: true });
    expect((await h.repo.getSession(session.id))?.events.at(-1)).toEqual({ type: 'next', at: sec(10) });
  });

  it('refuses a command on a session whose clock log is full, and changes nothing', async () => {
    const h = harness();
    const events: Session['events'] = [{ type: 'start', at: T0 }];
    for (let i = 1; i < CLOCK_EVENTS_MAX; i++) events.push({ type: i % 2 === 1 ? 'pause' : 'resume', at: T0 + i });
    const full = runningSession({ events });
    await h.repo.putSession(full);
    h.setNow(sec(10_000));
    await expect(runCommand(h.deps, 'toggle-pause')).rejects.toThrow(/most one session keeps/);
    expect(await h.repo.getSession(full.id)).toEqual(full);
  });

  it('still answers when telling the overlays fails', async () => {
    const h = harness();
    await h.repo.putSession(runningSession());
    h.deps.broadcastToOverlays = () => Promise.reject(new Error('no tabs'));
    expect(await runCommand(h.deps, 'next-step')).toBe(true);
  });
});

describe('overlay command rate limit', () => {
  const OTHER_TAB: SenderInfo = { id: EXT_ID, url: 'https://meet.google.com/xyz', tab: { id: 10, url: 'https://meet.google.com/xyz' } };

  it('refuses more than a few commands a second from one tab, with a logged warning, and counts only the allowed ones', async () => {
    const h = harness();
    const session = runningSession();
    await h.repo.putSession(session);
    h.setNow(sec(10));
    const next = { type: 'overlay/command', command: 'toggle-pause' };
    for (let i = 0; i < OVERLAY_COMMAND_LIMIT.max; i++) expect(await handleMessage(h.deps, next, OVERLAY)).toEqual({ ok: true });
    await expect(handleMessage(h.deps, next, OVERLAY)).rejects.toThrow(/Refused.*too many/);
    expect(recentLog().at(-1)).toMatchObject({ level: 'warn', scope: 'background', message: expect.stringMatching(/tab 9: too many/) });
    expect((await h.repo.getSession(session.id))?.events).toHaveLength(session.events.length + OVERLAY_COMMAND_LIMIT.max);

    // Another tab has its own allowance; the first tab's comes back once the window has slid on.
    expect(await handleMessage(h.deps, next, OTHER_TAB)).toEqual({ ok: true });
    h.setNow(sec(10) + OVERLAY_COMMAND_LIMIT.windowMs - 1);
    await expect(handleMessage(h.deps, next, OVERLAY)).rejects.toThrow(/too many/);
    h.setNow(sec(10) + OVERLAY_COMMAND_LIMIT.windowMs);
    expect(await handleMessage(h.deps, next, OVERLAY)).toEqual({ ok: true });
  });

  it('does not limit snapshots or keyboard shortcuts', async () => {
    const h = harness();
    await h.repo.putSession(runningSession());
    for (let i = 0; i < 10; i++) await handleMessage(h.deps, { type: 'overlay/get-snapshot' }, OVERLAY);
    for (let i = 0; i < 10; i++) expect(await runCommand(h.deps, 'toggle-pause')).toBe(true);
  });
});

describe('createRateLimiter', () => {
  it('is a sliding window per key and forgets the oldest keys beyond its size', () => {
    const limiter = createRateLimiter({ max: 2, windowMs: 100, maxKeys: 2 });
    expect([limiter.allow('a', 0), limiter.allow('a', 50), limiter.allow('a', 99)]).toEqual([true, true, false]);
    // At 100 the first attempt left the window; the one at 50 is still in it.
    expect([limiter.allow('a', 100), limiter.allow('a', 120)]).toEqual([true, false]);
    limiter.allow('b', 120);
    limiter.allow('c', 120);
    // 'a' was forgotten to keep two keys: it starts afresh.
    expect(limiter.allow('a', 121)).toBe(true);
  });
});

describe("overlay 'overlay/get-snapshot'", () => {
  const SECRET_NOTES = 'Session notes: AB talked about hospital admission';
  const SECRET_PARTICIPANT = 'Participant note about CD relapse';
  const SECRET_PRACTICE = 'Walk with sister twice';
  const SECRET_PROMPT = 'Prompt note: skipped because of crisis';

  function sessionWithSecrets(): Session {
    const [a, b] = PARTICIPANTS.map((p) => p.id);
    if (!a || !b) throw new Error('fixture');
    return runningSession({
      notes: SECRET_NOTES,
      participants: {
        [a]: { ...emptyParticipantEntry(), attendance: 'present', note: SECRET_PARTICIPANT },
        [b]: { ...emptyParticipantEntry(), attendance: 'late', nextHomePractice: SECRET_PRACTICE },
      },
      prompts: { 'checkin-welcome-each': { status: 'done', note: SECRET_PROMPT, at: sec(5) } },
    });
  }

  it('has the step title and clock data, and nothing from notes or participants', async () => {
    const h = harness();
    const session = sessionWithSecrets();
    await h.repo.putSession(session);
    h.setNow(sec(400)); // past check-in's 300 s, so the clock shows overrun from the plan and events
    const snapshot = await handleMessage(h.deps, { type: 'overlay/get-snapshot' }, OVERLAY);
    expect(snapshot).toMatchObject({
      running: true,
      locale: 'en',
      stepLabel: 'Step 1 of 8: Check-in',
      plan: session.plan,
      events: session.events,
      warnSeconds: 60,
      prompt: null,
      promptsHidden: false,
      outline: null,
      now: sec(400),
    });
    const json = JSON.stringify(snapshot);
    for (const secret of [SECRET_NOTES, SECRET_PARTICIPANT, SECRET_PRACTICE, SECRET_PROMPT, ...PARTICIPANTS.map((p) => p.id), ...PARTICIPANTS.map((p) => p.code)]) {
      expect(json).not.toContain(secret);
    }
    expect(json).not.toContain('checkin-welcome-each');
    expect(json).not.toContain(session.id);
    expect(json).not.toContain(GROUP.id);
    expect(h.fake.calls).toEqual([['overlayOrigins']]);
  });

  it('follows the locale setting, else the browser language', async () => {
    const h = harness({}, ['nl-NL', 'en']);
    await h.repo.putSession(sessionWithSecrets());
    h.setNow(sec(10));
    const dutch = await overlaySnapshot(h.deps);
    expect(dutch).toMatchObject({ locale: 'nl', stepLabel: 'Stap 1 van 8: Welkom en check-in', labels: { next: 'Volgende stap' } });
    await h.repo.updateSettings({ locale: 'en' });
    expect(await overlaySnapshot(h.deps)).toMatchObject({ locale: 'en', stepLabel: 'Step 1 of 8: Check-in', labels: { next: 'Next step' } });
  });

  it('after a next step shows step 2, and a paused session still counts as running', async () => {
    const h = harness();
    const session = runningSession({
      events: [{ type: 'start', at: T0 }, { type: 'next', at: sec(60) }, { type: 'pause', at: sec(70) }],
    });
    await h.repo.putSession(session);
    h.setNow(sec(500));
    expect(await overlaySnapshot(h.deps)).toMatchObject({ running: true, stepLabel: 'Step 2 of 8: Review of last session' });
  });

  it('without a running session says so and carries no data', async () => {
    const h = harness();
    h.setNow(sec(1));
    expect(await handleMessage(h.deps, { type: 'overlay/get-snapshot' }, OVERLAY)).toEqual({ running: false, now: sec(1) });
  });
});

describe('cues', () => {
  // check-in: 300 s, warning 60 s before its end.
  const session = runningSession();

  it('cueMessage: a warning within the warning window', () => {
    expect(cueMessage(session, sec(250), labelsFor('en'))).toEqual({ title: 'IMR Session Guide', body: '50 s left in Check-in.' });
    // The alarm may fire up to a second early.
    expect(cueMessage(session, sec(239), labelsFor('en'))).toEqual({ title: 'IMR Session Guide', body: '1 min 1 s left in Check-in.' });
    expect(cueMessage(session, sec(250), labelsFor('nl'))).toEqual({ title: 'IMR Sessiegids', body: 'Nog 50 s voor Welkom en check-in.' });
  });

  it('cueMessage: an overrun text at and after the end', () => {
    expect(cueMessage(session, sec(300), labelsFor('en'))).toEqual({ title: 'IMR Session Guide', body: 'Time is up for Check-in.' });
    expect(cueMessage(session, sec(900), labelsFor('nl'))?.body).toBe('De tijd voor Welkom en check-in is om.');
  });

  it('cueMessage: null before the warning window, when paused, ended or not started', () => {
    expect(cueMessage(session, sec(100), labelsFor('en'))).toBeNull();
    expect(cueMessage(session, sec(238), labelsFor('en'))).toBeNull();
    const paused = { ...session, events: [...session.events, { type: 'pause' as const, at: sec(10) }] };
    expect(cueMessage(paused, sec(900), labelsFor('en'))).toBeNull();
    const ended = { ...session, events: [...session.events, { type: 'end' as const, at: sec(10) }], status: 'ended' as const };
    expect(cueMessage(ended, sec(900), labelsFor('en'))).toBeNull();
    expect(cueMessage({ ...session, events: [] }, sec(900), labelsFor('en'))).toBeNull();
  });

  it('pickRunning picks the most recently updated session', () => {
    const a = runningSession({ id: 'a', updatedAt: 5 });
    const b = runningSession({ id: 'b', updatedAt: 9 });
    expect(pickRunning([a, b])?.id).toBe('b');
    expect(pickRunning([])).toBeUndefined();
  });

  it('scheduleCues returns the cue it scheduled', async () => {
    const h = harness();
    await h.repo.putSession(session);
    expect(await scheduleCues(h.repo, h.fake.platform, sec(280))).toEqual({ kind: 'end', at: sec(300), stepIndex: 0 });
    expect(h.fake.named('scheduleAlarm')).toEqual([['scheduleAlarm', CUE_ALARM, sec(300)]]);
  });

  it('onCueAlarm notifies when notifications are on and the panel is closed, then schedules the next cue', async () => {
    const h = harness({ panelOpen: false });
    await h.repo.putSession(session);
    await h.repo.updateSettings({ notifications: true });
    await onCueAlarm(h.repo, h.fake.platform, h.deps.content, sec(250), ['en']);
    expect(h.fake.named('notify')).toEqual([['notify', `cue-${session.id}-${sec(250)}`, 'IMR Session Guide', '50 s left in Check-in.']]);
    // Rescheduled from one second later: the end of check-in.
    expect(h.fake.named('scheduleAlarm')).toEqual([['scheduleAlarm', CUE_ALARM, sec(300)]]);
  });

  it("onCueAlarm words the notification in the language setting, else the browser's", async () => {
    const h = harness({ panelOpen: false });
    await h.repo.putSession(session);
    await h.repo.updateSettings({ notifications: true });
    await onCueAlarm(h.repo, h.fake.platform, h.deps.content, sec(250), ['nl-BE']);
    await h.repo.updateSettings({ locale: 'en' });
    await onCueAlarm(h.repo, h.fake.platform, h.deps.content, sec(251), ['nl-BE']);
    expect(h.fake.named('notify').map((call) => call[3])).toEqual(['Nog 50 s voor Welkom en check-in.', '49 s left in Check-in.']);
  });

  it('onCueAlarm does not notify when notifications are off', async () => {
    const h = harness({ panelOpen: false });
    await h.repo.putSession(session);
    await onCueAlarm(h.repo, h.fake.platform, h.deps.content, sec(250), ['en']);
    expect(h.fake.named('notify')).toEqual([]);
    expect(h.fake.named('scheduleAlarm')).toEqual([['scheduleAlarm', CUE_ALARM, sec(300)]]);
  });

  it('onCueAlarm does not notify while the panel is open (it cues by itself)', async () => {
    const h = harness({ panelOpen: true });
    await h.repo.putSession(session);
    await h.repo.updateSettings({ notifications: true });
    await onCueAlarm(h.repo, h.fake.platform, h.deps.content, sec(250), ['en']);
    expect(h.fake.named('notify')).toEqual([]);
    expect(h.fake.named('panelOpen')).toHaveLength(1);
  });

  it('onCueAlarm does not notify when nothing is due', async () => {
    const h = harness({ panelOpen: false });
    await h.repo.putSession(session);
    await h.repo.updateSettings({ notifications: true });
    await onCueAlarm(h.repo, h.fake.platform, h.deps.content, sec(100), ['en']);
    expect(h.fake.named('notify')).toEqual([]);
    expect(h.fake.named('scheduleAlarm')).toEqual([['scheduleAlarm', CUE_ALARM, sec(240)]]);
  });

  it('onCueAlarm without a running session only clears the alarm', async () => {
    const h = harness({ panelOpen: false });
    await h.repo.updateSettings({ notifications: true });
    await onCueAlarm(h.repo, h.fake.platform, h.deps.content, sec(250), ['en']);
    expect(h.fake.calls).toEqual([['clearAlarm', CUE_ALARM]]);
  });
});

describe("overlay 'overlay/prompt' and 'overlay/open-panel'", () => {
  /** A session on action-plan review (step 3), where the key prompt 'apr-each-participant' is open. */
  function onActionPlanReview(): Session {
    return runningSession({ events: [{ type: 'start', at: T0 }, { type: 'next', at: sec(10) }, { type: 'next', at: sec(20) }] });
  }

  it('shows the open key prompt of the step and marks it done, which the next snapshot reflects', async () => {
    const h = harness();
    const session = onActionPlanReview();
    await h.repo.putSession(session);
    h.setNow(sec(30));
    const before = await overlaySnapshot(h.deps);
    expect(before).toMatchObject({ running: true, prompt: { id: 'apr-each-participant' } });
    expect(await handleMessage(h.deps, { type: 'overlay/prompt', promptId: 'apr-each-participant', status: 'done' }, OVERLAY)).toEqual({ ok: true });
    expect((await h.repo.getSession(session.id))?.prompts['apr-each-participant']?.status).toBe('done');
    expect(h.broadcasts.length).toBeGreaterThan(0);
    const after = await overlaySnapshot(h.deps);
    expect(after.running && after.prompt?.id).not.toBe('apr-each-participant');
  });

  it('Skip records not done; a prompt other than the one to show is refused and nothing is written', async () => {
    const h = harness();
    const session = onActionPlanReview();
    await h.repo.putSession(session);
    h.setNow(sec(30));
    await expect(
      handleMessage(h.deps, { type: 'overlay/prompt', promptId: 'plan-specific-each', status: 'done' }, OVERLAY),
    ).rejects.toThrow(/no longer the one to show/);
    expect((await h.repo.getSession(session.id))?.prompts['plan-specific-each']).toBeUndefined();
    await handleMessage(h.deps, { type: 'overlay/prompt', promptId: 'apr-each-participant', status: 'not-done' }, OVERLAY);
    expect((await h.repo.getSession(session.id))?.prompts['apr-each-participant']?.status).toBe('not-done');
  });

  it('is refused from pages and unknown senders, and rate limited with the other commands', async () => {
    const h = harness();
    await h.repo.putSession(onActionPlanReview());
    h.setNow(sec(30));
    const message = { type: 'overlay/prompt', promptId: 'apr-each-participant', status: 'done' };
    await expect(handleMessage(h.deps, message, PAGE)).rejects.toThrow(/Refused/);
    await expect(handleMessage(h.deps, message, WEB_PAGE)).rejects.toThrow(/Refused/);
    for (let i = 0; i < OVERLAY_COMMAND_LIMIT.max; i++) await handleMessage(h.deps, { type: 'overlay/command', command: 'toggle-pause' }, OVERLAY);
    await expect(handleMessage(h.deps, message, OVERLAY)).rejects.toThrow(/too many/);
  });

  it('opens the panel for the tab the card was clicked in', async () => {
    const h = harness();
    expect(await handleMessage(h.deps, { type: 'overlay/open-panel' }, OVERLAY)).toEqual({ ok: true });
    expect(h.fake.named('openPanelFor')).toEqual([['openPanelFor', OVERLAY.tab]]);
  });
});

describe('a card on a site taken off the list', () => {
  it('is told no session runs, and the tabs of that site are told to ask again', async () => {
    const h = harness({ origins: ['https://meet.google.com', 'https://*.zoom.us'] });
    await h.repo.putSession(runningSession());
    h.setNow(sec(30));
    const zoom: SenderInfo = { id: EXT_ID, url: 'https://us02web.zoom.us/wc/1', tab: { id: 4, url: 'https://us02web.zoom.us/wc/1' } };
    expect(await handleMessage(h.deps, { type: 'overlay/get-snapshot' }, zoom)).toMatchObject({ running: true });
    await handleMessage(h.deps, { type: 'page/overlay-disable', origin: 'https://*.zoom.us' }, PAGE);
    expect(await handleMessage(h.deps, { type: 'overlay/get-snapshot' }, zoom)).toEqual({ running: false, now: sec(30) });
    expect(await handleMessage(h.deps, { type: 'overlay/get-snapshot' }, OVERLAY)).toMatchObject({ running: true });
    const other: SenderInfo = { id: EXT_ID, url: 'https://meet.google.com.evil.example/x', tab: { id: 5, url: 'https://meet.google.com.evil.example/x' } };
    expect(await handleMessage(h.deps, { type: 'overlay/get-snapshot' }, other)).toMatchObject({ running: false });
  });
});
