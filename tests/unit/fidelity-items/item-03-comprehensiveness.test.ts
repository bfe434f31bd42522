import { describe, expect, it } from 'vitest';
import { MODULES } from '../../../lib/curriculum';
import { explain, present, rate, session } from './helpers';

/** Anchor: topic areas covered 1 · 2-3 · 4-5 · 6-7 · 8-9, and 1 when no educational handouts are available. Verified. */
const withTopic = MODULES.filter((m) => m.topicArea !== null);
const outside = MODULES.filter((m) => m.topicArea === null);

function sessionsFor(k: number, handouts = true) {
  return withTopic.slice(0, k).map((m, i) => session(`2025-0${1 + (i % 9)}-10`, { q: present({ handoutGiven: handouts && i === 0 }) }, { moduleId: m.id }));
}

describe('item 3, comprehensiveness of the curriculum', () => {
  it('has nine topic areas among the built-in modules', () => {
    expect(new Set(withTopic.map((m) => m.topicArea)).size).toBe(9);
  });

  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 4],
    [7, 4],
    [8, 5],
    [9, 5],
  ])('%i topic areas -> %i', (k, rating) => {
    expect(rate('fs3-comprehensiveness', { sessions: sessionsFor(k) })).toMatchObject({ rating, value: k });
  });

  it('is not top-rated with all nine areas when no handout was ever given', () => {
    const e = rate('fs3-comprehensiveness', { sessions: sessionsFor(9, false) });
    expect(e).toMatchObject({ rating: 1, value: 9 });
    expect(explain(e).en).toMatch(/no educational handouts are available/);
  });

  it('counts a handout prompt marked done as handouts being available', () => {
    const sessions = sessionsFor(9, false);
    sessions[0]!.prompts['teach-handout-together'] = { status: 'done', note: '', at: 0 };
    expect(rate('fs3-comprehensiveness', { sessions }).rating).toBe(5);
  });

  it('rates modules outside the nine areas as none covered', () => {
    const sessions = outside.map((m) => session('2025-03-01', { q: present({ handoutGiven: true }) }, { moduleId: m.id }));
    expect(rate('fs3-comprehensiveness', { sessions })).toMatchObject({ rating: 1, value: 0 });
  });
});
