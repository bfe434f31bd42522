import { afterEach, describe, expect, it } from 'vitest';
import { buildFeedbackFile, FEEDBACK_FILE_MAX_BYTES, feedbackFileName, parseFeedbackFile, selectForFeedback } from '../../lib/feedback/format';
import { countRating, decideRating, NO_FEEDBACK_COUNTS } from '../../lib/feedback/merge';
import { importFeedbackFile } from '../../lib/feedback/import';
import { itisExpectedItems, itisSessionScore, ownRatingBy, type ItisRating } from '../../lib/fidelity/itis';
import { ITIS_ITEMS } from '../../lib/fidelity/instruments';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { makeSession } from '../factories';

const NOW = new Date('2024-05-02T09:30:00Z');
const SUPERVISOR = { id: 'src_sup', rater: 'B. Visser' };
const SCOPE = { sourceId: 'src_a', practitioner: 'A. Jansen' };

function rating(overrides: Partial<ItisRating> = {}): ItisRating {
  return {
    id: 'r1',
    sessionId: 's1',
    rater: 'B. Visser',
    ratedAt: 1_000,
    scores: { 'itis-relationship': 5, 'itis-action-plan-review': 2 },
    comment: 'Good warmth; the home practice review was rushed.',
    itemComments: { 'itis-action-plan-review': 'Ask each member about last week before the new topic.' },
    ...overrides,
  };
}

const file = (text: string, name = 'feedback.json') => ({ name, size: new TextEncoder().encode(text).length, text: () => Promise.resolve(text) });

describe('choosing what goes back as feedback', () => {
  const sessions = [
    { id: 's1', source: 'src_a' },
    { id: 's2', source: 'src_a' },
    { id: 's3', source: 'src_b' },
    { id: 's4' },
  ];
  const ratings = [rating({ id: 'r1', sessionId: 's1' }), rating({ id: 'r2', sessionId: 's3' }), rating({ id: 'r3', sessionId: 's4' }), rating({ id: 'r4', sessionId: 'gone' }), rating({ id: 'r5', sessionId: 's2', source: 'src_other' })];

  it('takes one practitioner’s sessions, or all; never ratings received from elsewhere or of sessions no longer here', () => {
    expect(selectForFeedback(ratings, sessions, { sourceId: 'src_a' }).map((r) => r.id)).toEqual(['r1']);
    expect(selectForFeedback(ratings, sessions, { sourceId: null }).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });
});

describe('the feedback file', () => {
  it('round-trips the ratings with their comments and provenance', async () => {
    const text = await buildFeedbackFile([rating()], { source: SUPERVISOR, scope: SCOPE, now: NOW, appVersion: '0.1.0' });
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw).toMatchObject({ format: 'imr-guide/feedback', version: 1, encrypted: false, exportedAt: NOW.toISOString(), source: SUPERVISOR, scope: SCOPE });
    const read = await parseFeedbackFile(text);
    expect(read).toEqual({ ok: true, encrypted: false, head: { format: 'imr-guide/feedback', version: 1, exportedAt: NOW.toISOString(), app: { version: '0.1.0' }, source: SUPERVISOR, scope: SCOPE }, data: { ratings: [rating()] } });
  });

  it('never carries where a rating came from on the exporting profile', async () => {
    const text = await buildFeedbackFile([rating({ source: 'src_x' })], { source: SUPERVISOR, scope: SCOPE, now: NOW, appVersion: '0.1.0' });
    expect(text).not.toContain('src_x');
  });

  it('with a passphrase, nothing readable is left; the right passphrase opens it, a wrong one fails cleanly', async () => {
    const text = await buildFeedbackFile([rating()], { source: SUPERVISOR, scope: SCOPE, now: NOW, appVersion: '0.1.0', passphrase: 'correct horse' });
    expect(text).not.toContain('home practice');
    expect(JSON.parse(text)).toMatchObject({ encrypted: true, source: SUPERVISOR });
    expect(await parseFeedbackFile(text)).toEqual({ ok: false, problem: { code: 'needs-passphrase' } });
    expect(await parseFeedbackFile(text, 'wrong horse')).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } });
    const read = await parseFeedbackFile(text, 'correct horse');
    expect(read.ok && read.encrypted && read.data.ratings).toEqual([rating()]);
  });

  it('bad files: truncated, another version, too large, another kind, broken records, duplicate ids', async () => {
    const text = await buildFeedbackFile([rating()], { source: SUPERVISOR, scope: SCOPE, now: NOW, appVersion: '0.1.0' });
    expect(await parseFeedbackFile(text.slice(0, 120))).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(await parseFeedbackFile(text.replace('"version":1', '"version":2'))).toEqual({ ok: false, problem: { code: 'unknown-version', version: '2' } });
    expect(await parseFeedbackFile(' '.repeat(FEEDBACK_FILE_MAX_BYTES + 1))).toEqual({ ok: false, problem: { code: 'too-large', maxBytes: FEEDBACK_FILE_MAX_BYTES } });
    expect(await parseFeedbackFile(JSON.stringify({ format: 'imr-guide/supervision', version: 1 }))).toEqual({ ok: false, problem: { code: 'wrong-kind' } });

    const broken = JSON.parse(text) as { data: { ratings: Record<string, unknown>[] } };
    broken.data.ratings[0]!.scores = { 'itis-relationship': 7 };
    broken.data.ratings[0]!.comment = 'x'.repeat(20_001);
    const read = await parseFeedbackFile(JSON.stringify(broken));
    expect(read.ok ? null : read.problem).toMatchObject({ code: 'invalid', issues: [{ path: 'data.ratings.0.scores.itis-relationship', kind: 'out-of-range' }, { path: 'data.ratings.0.comment', kind: 'too-long' }] });

    const twice = JSON.parse(text) as { data: { ratings: unknown[] } };
    twice.data.ratings.push(twice.data.ratings[0]);
    const dup = await parseFeedbackFile(JSON.stringify(twice));
    expect(dup.ok ? null : dup.problem).toMatchObject({ code: 'invalid', issues: [{ path: 'data.ratings.1.id', kind: 'duplicate-id' }] });

    const noHead = JSON.parse(text) as Record<string, unknown>;
    delete noHead.source;
    expect((await parseFeedbackFile(JSON.stringify(noHead))).ok).toBe(false);
  });

  it('names files safely', () => {
    expect(feedbackFileName('A. Jansen / team 3', NOW)).toBe('imr-guide-feedback-A-Jansen-team-3-2024-05-02.json');
    expect(feedbackFileName(null, NOW)).toBe('imr-guide-feedback-all-2024-05-02.json');
  });
});

describe('merging received ratings', () => {
  it('adds new ones, takes only a newer rating, never overwrites another origin, and skips sessions not here', () => {
    expect(decideRating(undefined, { ratedAt: 1 }, 'sup', true)).toBe('add');
    expect(decideRating(undefined, { ratedAt: 1 }, 'sup', false)).toBe('not-here');
    expect(decideRating({ ratedAt: 5, source: 'sup' }, { ratedAt: 5 }, 'sup', true)).toBe('skip');
    expect(decideRating({ ratedAt: 5, source: 'sup' }, { ratedAt: 4 }, 'sup', true)).toBe('skip');
    expect(decideRating({ ratedAt: 5, source: 'sup' }, { ratedAt: 6 }, 'sup', true)).toBe('update');
    expect(decideRating({ ratedAt: 5 }, { ratedAt: 9 }, 'sup', true)).toBe('skip');
    expect(decideRating({ ratedAt: 5, source: 'other' }, { ratedAt: 9 }, 'sup', true)).toBe('skip');
    expect(decideRating({ ratedAt: 5 }, { ratedAt: 9 }, undefined, true)).toBe('update');
    const counts = (['add', 'update', 'skip', 'not-here', 'not-here'] as const).reduce(countRating, NO_FEEDBACK_COUNTS);
    expect(counts).toEqual({ added: 1, updated: 1, skipped: 1, notHere: 2 });
  });
});

describe('importing feedback into the practitioner’s profile', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  function repo() {
    const connect = createConnection({ name: `feedback-${Date.now()}-${Math.random()}` });
    const bus = createChangeBus((n) => new BroadcastChannel(`${n}:${Math.random()}`));
    closers.push(async () => {
      bus.close();
      (await connect()).close();
    });
    return createRepo(connect, bus);
  }
  const build = (ratings: ItisRating[], passphrase?: string) =>
    buildFeedbackFile(ratings, { source: SUPERVISOR, scope: SCOPE, now: NOW, appVersion: '0.1.0', ...(passphrase ? { passphrase } : {}) });

  it('the same file twice adds nothing; a newer rating wins; ratings of other sessions are skipped; provenance is kept', async () => {
    const r = repo();
    await r.putSession(makeSession({ id: 's1' }));
    const env = { repo: r, ownSourceId: 'src_a' };
    const text = await build([rating(), rating({ id: 'r-elsewhere', sessionId: 'not-here' })]);

    const first = await importFeedbackFile(file(text), env);
    expect(first).toMatchObject({ ok: true, rater: 'B. Visser', exportedAt: NOW.toISOString(), counts: { added: 1, updated: 0, skipped: 0, notHere: 1 } });
    expect(await r.listItisRatings('s1')).toEqual([{ ...rating(), source: 'src_sup' }]);
    expect(await r.listItisRatings('not-here')).toEqual([]);

    const again = await importFeedbackFile(file(text), env);
    expect(again).toMatchObject({ ok: true, counts: { added: 0, updated: 0, skipped: 1, notHere: 1 } });
    expect(await r.listItisRatings()).toHaveLength(1);

    const edited = await build([rating({ ratedAt: 2_000, scores: { 'itis-relationship': 4 }, comment: 'Edited' })]);
    expect(await importFeedbackFile(file(edited), env)).toMatchObject({ ok: true, counts: { added: 0, updated: 1, skipped: 0, notHere: 0 } });
    // The older file after the newer one changes nothing.
    expect(await importFeedbackFile(file(text), env)).toMatchObject({ ok: true, counts: { updated: 0, skipped: 1 } });
    expect((await r.listItisRatings('s1'))[0]).toMatchObject({ comment: 'Edited', scores: { 'itis-relationship': 4 } });
  });

  it('a bad or locked file writes nothing', async () => {
    const r = repo();
    await r.putSession(makeSession({ id: 's1' }));
    const env = { repo: r, ownSourceId: null };
    const text = await build([rating()], 'correct horse');
    expect(await importFeedbackFile(file(text), env)).toEqual({ name: 'feedback.json', ok: false, problem: { code: 'needs-passphrase' } });
    expect(await importFeedbackFile(file(text), { ...env, passphrase: 'nope' })).toEqual({ name: 'feedback.json', ok: false, problem: { code: 'wrong-passphrase' } });
    expect(await importFeedbackFile(file(text.slice(0, text.length - 10)), env)).toMatchObject({ ok: false, problem: { code: 'not-json' } });
    expect(await importFeedbackFile({ name: 'video.mp4', size: FEEDBACK_FILE_MAX_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) }, env)).toMatchObject({
      ok: false,
      problem: { code: 'too-large' },
    });
    expect(await r.listItisRatings()).toEqual([]);
    expect(await importFeedbackFile(file(text), { ...env, passphrase: 'correct horse' })).toMatchObject({ ok: true, counts: { added: 1 } });
  });

  it('a file this profile exported itself brings its own ratings back as its own', async () => {
    const r = repo();
    await r.putSession(makeSession({ id: 's1' }));
    const outcome = await importFeedbackFile(file(await build([rating()])), { repo: r, ownSourceId: SUPERVISOR.id });
    expect(outcome).toMatchObject({ ok: true, counts: { added: 1 } });
    expect((await r.listItisRatings('s1'))[0]?.source).toBeUndefined();
  });

  it('per-item comments are sealed at rest with the overall comment', async () => {
    const r = repo();
    await r.putSession(makeSession({ id: 's1' }));
    await r.enableEncryption('at rest passphrase');
    await r.importItisRatings([rating()], 'src_sup');
    expect(await r.listItisRatings('s1')).toEqual([{ ...rating(), source: 'src_sup' }]);
    r.forgetKey();
    const locked = await r.listItisRatings('s1');
    expect(locked[0]).toMatchObject({ comment: '', itemComments: {}, scores: rating().scores, source: 'src_sup' });
  });
});

describe('scoring a rating as the form saves it', () => {
  it('an individual session ignores group-only items; optional items count only when rated; missing core items are named', () => {
    const scores: ItisRating['scores'] = {};
    for (const id of itisExpectedItems('group')) scores[id] = 4;
    scores['itis-coping-skills'] = 1;
    const full = rating({ scores });
    // Group: 13 expected items at 4 and one optional at 1.
    expect(itisSessionScore(full, 'group')).toMatchObject({ score: 3.79, band: 'satisfactory', missingItems: [] });
    // Individual: the two group items drop out even though the form would never send them.
    expect(itisSessionScore(full, 'individual')).toMatchObject({ score: 3.75, band: 'satisfactory' });
    expect(itisSessionScore(full, 'individual').ratedItems).not.toContain('itis-involving-all');
    const partial = itisSessionScore(rating({ scores: { 'itis-relationship': 5 } }), 'individual');
    expect(partial).toMatchObject({ score: 5, band: 'excellent' });
    expect(partial.missingItems).toHaveLength(ITIS_ITEMS.filter((i) => i.category === 'core').length - 1);
  });

  it('saving again edits the rater’s own rating, never one received from elsewhere', () => {
    const ratings = [rating({ id: 'mine', rater: 'B. Visser' }), rating({ id: 'theirs', rater: 'b. visser', source: 'src_x', sessionId: 's2' })];
    expect(ownRatingBy(ratings, 's1', ' b. VISSER ')?.id).toBe('mine');
    expect(ownRatingBy(ratings, 's2', 'B. Visser')).toBeUndefined();
    expect(ownRatingBy(ratings, 's1', 'C. de Wit')).toBeUndefined();
  });
});
