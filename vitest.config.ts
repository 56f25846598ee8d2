import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One place for the Node-side suites; e2e and electron run under Playwright. The reliability
    // suite runs short here and in full with `npm run test:reliability`.
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
    environment: 'node',
    // The api suite starts real web hosts; keep the 2-core CI machine calm.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
