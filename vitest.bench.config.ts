import { defineConfig } from 'vitest/config';

/**
 * `npm run bench`: timing cases, kept out of `npm test`. Each case reports the median of repeated
 * runs (see tests/bench/harness.ts); one file at a time so cases do not compete for the CPU.
 */
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
  },
});
