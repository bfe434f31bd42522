import { defineConfig } from 'vitest/config';

// `npm run bench`: prints figures for the performance budgets (tests/bench). Nothing is asserted.
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
