// The closing line CI reads must count a failed hook: a suite whose beforeAll fails has its tests skipped, and the
// old line said "1 passed, 0 failed" for such a run.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('counts a failed beforeAll as a failure in the closing line', () => {
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/fixtures/reporter/vitest.config.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    timeout: 60_000,
  });
  const lines = run.stdout.trim().split('\n');
  expect(lines.at(-1)).toBe('1 passed, 1 failed, 1 skipped');
  expect(run.status).not.toBe(0);
});
