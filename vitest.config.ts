import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Native modules (better-sqlite3) need forked workers; two cores, so two forks at most.
    pool: 'forks',
    maxWorkers: 2,
    include: ['test/**/*.test.ts', 'policies/**/*.test.ts'],
    testTimeout: 30000,
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
