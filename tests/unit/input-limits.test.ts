/**
 * Invariant: every field a person types free text into has a maximum length (lib/limits.ts), so
 * a paste of a whole document cannot end up in every list, export and progress note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Fields still without a limit, each with the reason; the list only ever shrinks. */
const KNOWN_GAPS: Record<string, string> = {};

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** The JSX opening tags of text inputs and textareas, up to their closing `>` or `/>`. */
function freeTextTags(source: string): string[] {
  const tags: string[] = [];
  for (const match of source.matchAll(/<(input|textarea)\b/g)) {
    const start = match.index;
    // JSX attributes hold arrow functions (`=>`), so find the end by balancing braces.
    let depth = 0;
    let end = start;
    for (let i = start; i < source.length; i++) {
      const c = source[i];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) {
        end = i;
        break;
      }
    }
    const tag = source.slice(start, end + 1);
    const type = /\btype="(\w+)"/.exec(tag)?.[1];
    if (match[1] === 'textarea' ? !/\breadOnly\b/.test(tag) : type === undefined || ['text', 'url', 'search', 'email'].includes(type)) {
      tags.push(tag);
    }
  }
  return tags;
}

describe('free-text fields', () => {
  const files = tsxFiles(join(ROOT, 'components'));

  it('finds the fields it checks', () => {
    expect(files.flatMap((file) => freeTextTags(readFileSync(file, 'utf8'))).length).toBeGreaterThan(8);
  });

  it('every text input and editable textarea has a maxLength', () => {
    const missing = files.flatMap((file) => {
      const name = relative(ROOT, file);
      if (name in KNOWN_GAPS) return [];
      return freeTextTags(readFileSync(file, 'utf8'))
        .filter((tag) => !/\bmaxLength=\{/.test(tag))
        .map((tag) => `${name}: ${tag.split('\n')[0] ?? tag}`);
    });
    expect(missing).toEqual([]);
  });
});
