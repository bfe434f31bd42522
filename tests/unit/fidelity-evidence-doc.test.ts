import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROMPTS } from '../../lib/curriculum';
import { EVIDENCE } from '../../lib/fidelity/evidence';
import { FIDELITY_SCALE } from '../../lib/fidelity/instruments';
import { translator, type MessageKey } from '../../lib/i18n';

/** lib/fidelity/README.md is the programme leader's view of evidence.ts; they must say the same. */
const readme = readFileSync(new URL('../../lib/fidelity/README.md', import.meta.url), 'utf8');
const rows = new Map(
  readme
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return [Number(cells[1]), { rule: cells[3] ?? '', prompts: cells[4] ?? '', fields: cells[5] ?? '' }] as const;
    }),
);
const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();

describe('the evidence table', () => {
  it('has one entry per Fidelity Scale item, in scale order', () => {
    expect(EVIDENCE.map((e) => e.itemId)).toEqual(FIDELITY_SCALE.map((i) => i.id));
  });

  it('names only prompts that exist in the built-in library', () => {
    const ids = new Set(PROMPTS.map((p) => p.id));
    for (const e of EVIDENCE) for (const id of e.prompts) expect(ids.has(id), `${e.itemId}: ${id}`).toBe(true);
  });

  it('lists, for items 8-10, prompts tagged to the item', () => {
    for (const e of EVIDENCE.filter((x) => x.rule === 'session-share')) {
      for (const id of e.prompts) expect(PROMPTS.find((p) => p.id === id)?.fidelityItems, `${e.itemId}: ${id}`).toContain(e.itemId);
    }
  });

  it('labels every field in English and Dutch', () => {
    for (const locale of ['en', 'nl'] as const) {
      const t = translator(locale);
      for (const e of EVIDENCE) for (const f of e.fields) expect(t(`fidelity.field.${f}` as MessageKey)).not.toBe(`fidelity.field.${f}`);
    }
  });
});

describe('lib/fidelity/README.md', () => {
  it.each(FIDELITY_SCALE.map((item, i) => [item.number, item.id, EVIDENCE[i]!] as const))('row %i (%s) matches evidence.ts', (number, _id, evidence) => {
    const row = rows.get(number);
    expect(row, `row ${number}`).toBeTruthy();
    expect(row!.rule).toBe(evidence.rule);
    expect(ticked(row!.prompts)).toEqual([...evidence.prompts].sort());
    expect(ticked(row!.fields)).toEqual([...evidence.fields].sort());
  });
});
