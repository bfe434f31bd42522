/**
 * The architecture's import boundaries are lint rules (eslint.config.js); this proves they bite,
 * so a refactor of the config cannot silently drop one.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['components/overlay/Probe.tsx', "import { createRepo } from '../../lib/db/repo';\nexport const x = createRepo;", /never to the database/],
    ['components/overlay/Probe.tsx', "import { openDB } from 'idb';\nexport const x = openDB;", /never to the database/],
    ['entrypoints/overlay.content/probe.ts', "import { createConnection } from '../../lib/db/open';\nexport const x = createConnection;", /never to the database/],
    ['components/session/Probe.tsx', "import { runCommand } from '../../lib/background/router';\nexport const x = runCommand;", /not by importing its internals/],
    ['lib/session/probe.ts', "import { useApp } from '../../components/state/app-store';\nexport const x = useApp;", /pure domain/],
    ['lib/session/probe.ts', "import { h } from 'preact';\nexport const x = h;", /pure domain/],
    ['lib/background/probe.ts', "import { createRepo } from '../db/repo';\nexport const x = createRepo;", /under 12 KB gzip/],
    ['lib/background/probe.ts', "import { BUILT_IN_CONTENT } from '../curriculum';\nexport const x = BUILT_IN_CONTENT;", /under 12 KB gzip/],
    ['lib/background/probe.ts', "import { overlay } from '../i18n/messages/overlay';\nexport const x = overlay;", /under 12 KB gzip/],
    ['lib/background/probe.ts', "import * as v from 'valibot';\nexport const x = v;", /under 12 KB gzip/],
    ['entrypoints/background.ts', "import { seal } from '../lib/crypto/cipher';\nexport const x = seal;", /under 12 KB gzip/],
  ])('%s may not import that', async (filePath, code, message) => {
    const messages = await restrictedImports(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['components/overlay/Probe.tsx', "import { deriveClock } from '../../lib/session/clock';\nexport const x = deriveClock;"],
    ['components/session/Probe.tsx', "import { createRepo } from '../../lib/db/repo';\nexport const x = createRepo;"],
    ['lib/background/probe.ts', "import { createCoreRepo } from '../db/core-repo';\nexport const x = createCoreRepo;"],
    ['lib/background/probe.ts', "import type { overlay } from '../i18n/messages/overlay';\nexport type X = typeof overlay;"],
  ])('%s may import what it needs', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
