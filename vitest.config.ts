import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Native modules (better-sqlite3) need forked workers; two cores, so two forks at most.
    pool: 'forks',
    maxWorkers: 2,
    include: ['test/**/*.test.ts', 'policies/**/*.test.ts'],
    testTimeout: 30000,
    // Opening PGlite with its migrations, or a server in a child process, takes seconds on a loaded 2-core machine.
    hookTimeout: 60000,
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
