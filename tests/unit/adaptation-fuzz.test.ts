/**
 * Fuzzes the programme adaptation import with thousands of mutated files (seeded, so a failure is
 * reproducible): truncation, byte flips, huge strings, wrong types, deep nesting, duplicated and
 * prototype keys, oversized lists. The import must always answer (ok or a list of problems), an
 * accepted file must respect every size limit, and the database must only ever hold a whole,
 * valid adaptation: the one before the import or the one imported, never part of one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_CONTENT, CONTENT_VERSION, MODULES, PROMPTS, TEMPLATES } from '../../lib/curriculum';
import { checkedAdaptationFile, parseAdaptationFile, serializeAdaptationFile } from '../../lib/curriculum/adaptation';
import type { StoredAdaptation } from '../../lib/curriculum/stored-adaptation';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { ADAPTATION_FILE_MAX_BYTES, ID_MAX, LIST_MAX, PROMPT_TEXT_MAX, SHORT_TEXT_MAX } from '../../lib/limits';
import { prng, type Rng } from '../prng';
import { makeCustomPrompt } from '../factories';

const RUNS = 5_000;
const SEED = 0x1a2b3c4d;


const [moduleA, moduleB] = MODULES;
const [templateA] = TEMPLATES;
const [promptA, promptB] = PROMPTS;
if (!moduleA || !moduleB || !templateA || !promptA || !promptB) throw new Error('built-in content missing');

/** Valid files to start from: empty, and one using every part of the format. */
const SEEDS: string[] = [
  serializeAdaptationFile({ programmeName: 'Team Noord', adaptation: {}, contentVersion: CONTENT_VERSION, exportedAt: new Date(0) }),
  serializeAdaptationFile({
    programmeName: 'Team Zuid',
    contentVersion: CONTENT_VERSION,
    exportedAt: new Date(0),
    adaptation: {
      sessionCounts: { [moduleA.id]: 4, [moduleB.id]: 2 },
      templateMinutes: { [templateA.id]: { 'check-in': 7, 'goal-follow-up': 12.5 } },
      textOverrides: { [promptA.id]: { nl: 'Eigen tekst' }, [promptB.id]: { en: 'Own words', nl: 'Eigen woorden' } },
      customPrompts: [makeCustomPrompt(), makeCustomPrompt({ id: 'custom-second', moduleId: moduleB.id })],
    },
  }),
];
for (const seed of SEEDS) {
  const r = parseAdaptationFile(seed, BUILT_IN_CONTENT);
  if (!r.ok) throw new Error(`a seed file is not valid: ${r.errors.join('; ')}`);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The places in a JSON value, as paths of keys (not below the depth the format uses). */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (prefix.length >= 8) return out;
  if (Array.isArray(value)) value.slice(0, 20).forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, item] of Object.entries(value).slice(0, 20)) paths(item, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  let parent = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = replacement;
  return root;
}

function hugeString(rng: Rng): string {
  // Mostly just over a field's limit; sometimes over the file limit itself.
  const sizes = [ID_MAX + 1, SHORT_TEXT_MAX + 1, PROMPT_TEXT_MAX + 1, 50_000, ADAPTATION_FILE_MAX_BYTES + 10];
  const size = rng.pick(sizes);
  return rng.pick(['x', 'é', '😀', '\u0000', '"']).repeat(size > 100_000 ? size : size + rng.int(50));
}

function deepNest(rng: Rng): string {
  const depth = rng.pick([50, 1_000, 20_000]);
  return rng.next() < 0.5 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function wrongValue(rng: Rng): Json {
  return rng.pick<() => Json>([
    () => null,
    () => true,
    () => rng.int(2) - 1e308 * rng.int(2),
    () => -1,
    () => 1.5,
    () => '',
    () => '2025-13-45',
    () => [],
    () => [1, 'a', null],
    () => ({}),
    () => ({ en: 5 }),
    () => Array.from({ length: LIST_MAX + 1 + rng.int(10) }, (_, i) => `id-${i}`),
    () => Object.fromEntries(Array.from({ length: LIST_MAX + 1 }, (_, i) => [`k${i}`, i])),
    () => ({ __proto__: { polluted: true }, constructor: 1, prototype: 2 }) as unknown as Json,
  ])();
}

const PLACEHOLDER = '"__deep_nest__"';

/** One mutation of a file's value (structure) or of its text (bytes). */
function mutate(text: string, rng: Rng): string {
  const kind = rng.int(8);
  if (kind <= 3) {
    let value: Json;
    try {
      value = JSON.parse(text) as Json;
    } catch {
      return text.slice(0, rng.int(text.length + 1));
    }
    const path = rng.pick(paths(value));
    let nest: string | null = null;
    let replacement: Json;
    if (kind === 0) replacement = hugeString(rng);
    else if (kind === 1) replacement = wrongValue(rng);
    else if (kind === 2) {
      nest = deepNest(rng);
      replacement = '__deep_nest__';
    } else {
      // A key where a value was expected, and prototype-polluting keys.
      replacement = JSON.parse(`{"__proto__": {"x": 1}, "${rng.pick(['constructor', 'toString', 'hasOwnProperty', 'custom-x'])}": 3}`) as Json;
    }
    let out: string;
    try {
      out = JSON.stringify(setAt(value, path, replacement));
    } catch {
      // A deeply nested file from an earlier mutation: the test's own tools stop there.
      return text.slice(0, rng.int(text.length + 1));
    }
    return nest ? out.replace(PLACEHOLDER, nest) : out;
  }
  if (kind === 4) return text.slice(0, rng.int(text.length + 1));
  if (kind === 5) {
    // Byte flips.
    const chars = [...text];
    for (let n = 1 + rng.int(4); n > 0; n--) chars[rng.int(chars.length)] = String.fromCharCode(rng.int(0x3000));
    return chars.join('');
  }
  if (kind === 6) {
    // A duplicated key: JSON.parse keeps the last one.
    const key = rng.pick(['programmeName', 'format', 'formatVersion', 'adaptation', 'customPrompts', 'sessionCounts', 'id', 'en']);
    const at = text.indexOf(`"${key}"`);
    if (at < 0) return text;
    return `${text.slice(0, at)}"${key}": ${JSON.stringify(wrongValue(rng))}, ${text.slice(at)}`;
  }
  // Junk around the text: a BOM, trailing garbage, or a second document.
  return rng.pick([`\uFEFF${text}`, `${text}}`, `${text}${text}`, ` \n${text}\n `]);
}

/** Every string and list in an accepted file is within the limits. */
function withinLimits(value: unknown, key = ''): boolean {
  if (typeof value === 'string') {
    const max = key === 'programmeName' ? SHORT_TEXT_MAX : key === 'en' || key === 'nl' ? PROMPT_TEXT_MAX : ID_MAX;
    return value.length <= max;
  }
  if (Array.isArray(value)) return value.length <= LIST_MAX && value.every((item) => withinLimits(item));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length <= LIST_MAX && entries.every(([k, item]) => k.length <= ID_MAX && withinLimits(item, k));
  }
  return true;
}

describe('adaptation import under fuzzing', () => {
  const connect = createConnection({ name: `imr-fuzz-${Date.now()}` });
  const bus = createChangeBus((name) => new BroadcastChannel(`${name}:fuzz-${Date.now()}`));
  const repo = createRepo(connect, bus);
  afterAll(async () => {
    bus.close();
    (await connect()).close();
  });

  it(`never throws, accepts only files within the limits and stores only whole adaptations (${RUNS} files)`, async () => {
    const rng = prng(SEED);
    let accepted = 0;
    let refused = 0;
    let stored: StoredAdaptation | undefined;
    for (let run = 0; run < RUNS; run++) {
      let text = rng.pick(SEEDS);
      for (let n = 1 + rng.int(3); n > 0; n--) text = mutate(text, rng);

      let result: ReturnType<typeof parseAdaptationFile>;
      try {
        result = parseAdaptationFile(text, BUILT_IN_CONTENT);
      } catch (error) {
        if (process.env.FUZZ_DEBUG) console.log((error as Error).stack?.split('\n').slice(0, 15).join('\n'));
        throw new Error(`run ${run}: the import threw on a ${text.length}-character file: ${String(error)}`, { cause: error });
      }
      if (!result.ok) {
        refused++;
        expect(result.errors.length, `run ${run}`).toBeGreaterThan(0);
        for (const problem of result.errors) expect(problem.length, `run ${run}`).toBeLessThanOrEqual(301);
        continue;
      }
      accepted++;
      expect(withinLimits(result.file), `run ${run}: accepted a file over the limits`).toBe(true);
      // What the panel does on "Apply": one record, one transaction.
      const record: StoredAdaptation = { id: 'current', programmeName: result.file.programmeName, adaptation: result.file.adaptation, updatedAt: run };
      await repo.putAdaptation(record);
      stored = record;
    }
    // Whatever was applied last is there whole, and is still a file the import accepts.
    const inDb = await repo.getAdaptation();
    expect(inDb).toEqual(stored);
    if (inDb) {
      const again = checkedAdaptationFile({ programmeName: inDb.programmeName, adaptation: inDb.adaptation, contentVersion: CONTENT_VERSION }, BUILT_IN_CONTENT);
      expect(again.result.ok).toBe(true);
    }
    console.log(`fuzz: ${accepted} accepted, ${refused} refused`);
    expect(accepted + refused).toBe(RUNS);
    // The mutations must reach both outcomes, or the fuzzing proves little.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 60_000);

  it('refuses a file over the size limit before parsing it', () => {
    const padding = ' '.repeat(ADAPTATION_FILE_MAX_BYTES);
    const result = parseAdaptationFile(`${SEEDS[0]}${padding}`, BUILT_IN_CONTENT);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/larger than 1024 kB/)] });
    // Multi-byte characters count as their UTF-8 size.
    const wide = parseAdaptationFile(`${SEEDS[0]}${'é'.repeat(ADAPTATION_FILE_MAX_BYTES / 2)}`, BUILT_IN_CONTENT);
    expect(wide.ok).toBe(false);
    if (!wide.ok) expect(wide.errors[0]).toMatch(/larger than/);
  });

  it('refuses strings and lists over their limits, naming the field', () => {
    const file = JSON.parse(SEEDS[1] ?? '') as { programmeName: string; adaptation: { customPrompts: { text: { en: string } }[] } };
    file.programmeName = 'n'.repeat(SHORT_TEXT_MAX + 1);
    const first = file.adaptation.customPrompts[0];
    if (first) first.text.en = 't'.repeat(PROMPT_TEXT_MAX + 1);
    const result = parseAdaptationFile(JSON.stringify(file), BUILT_IN_CONTENT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith('programmeName:'))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('adaptation.customPrompts.0.text.en:'))).toBe(true);

    const many = JSON.parse(SEEDS[1] ?? '') as { adaptation: { customPrompts: unknown[] } };
    many.adaptation.customPrompts = Array.from({ length: LIST_MAX + 1 }, (_, i) => makeCustomPrompt({ id: `custom-${i}` }));
    const tooMany = parseAdaptationFile(JSON.stringify(many), BUILT_IN_CONTENT);
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.errors.some((e) => e.startsWith('adaptation.customPrompts:'))).toBe(true);
  });

  it('quotes at most a short part of a huge key or value in a problem', () => {
    const file = JSON.parse(SEEDS[0] ?? '') as { adaptation: Record<string, unknown> };
    file.adaptation['k'.repeat(100_000)] = 1;
    const result = parseAdaptationFile(JSON.stringify(file), BUILT_IN_CONTENT);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Math.max(...result.errors.map((e) => e.length))).toBeLessThanOrEqual(301);
  });
});
