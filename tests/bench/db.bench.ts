/**
 * Storage figures on fake-indexeddb in Node: they show the shape of the cost (batching, indexes),
 * not a browser's absolute speed, which ENGINEERING notes measured in real Chromium.
 */
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { generate } from './generate';

const data = generate(10_000);
const repo = createRepo(createConnection({ name: 'bench' }), createChangeBus());
let loaded = false;

describe('IndexedDB (fake-indexeddb) with 10,000 sessions', () => {
  bench('writeBatch 10,000 sessions in one transaction (budget 5 s in Node)', async () => {
    await repo.writeBatch(data);
    loaded = true;
  }, { iterations: 1, warmupIterations: 0 });
  bench('listSessions for one group via index (budget 20 ms)', async () => {
    if (!loaded) await repo.writeBatch(data);
    loaded = true;
    await repo.listSessions('g7');
  }, { iterations: 20 });
  bench('runningSessions via status index (budget 20 ms)', async () => {
    await repo.runningSessions();
  }, { iterations: 20 });
});
