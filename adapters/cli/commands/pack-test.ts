// tanzhong pack test <dir>: run the cases in the pack's tests/*.json and report each one.
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { runPackCase } from '../../../app/pack-test-case.js';
import { readPackTests } from '../../files/pack-files.js';
import { plainStyle, terminalStyle } from '../../render/style.js';
import type { CliContext } from '../context.js';
import { failureProblems } from '../failure-problems.js';
import { compileTargetPack } from '../target-pack.js';

export function registerPackTest(group: Command, context: CliContext): void {
  group
    .command('test')
    .description("run a pack's test cases (tests/*.json in the pack folder), each answered as `evaluate` and the API answer it")
    .argument('<dir>', 'a pack folder or a pack.json file')
    .action(async (dir: string) => {
      const { file, compiled, registry } = await compileTargetPack(dir, context.policiesDir);
      const files = readPackTests(dirname(file));
      const style = context.color ? terminalStyle : plainStyle;
      const mark = { pass: style.good('✓'), fail: style.bad('✗') };
      let passed = 0;
      let failed = 0;
      for (const tests of files) {
        for (const testCase of tests.cases) {
          const result = await runPackCase(registry, compiled.pack.id, testCase);
          if (result.passed) passed++;
          else failed++;
          context.stdout.write(`${result.passed ? mark.pass : mark.fail} ${tests.file}: ${result.name}\n`);
          const unanswered = result.answer.kind === 'answered' ? [] : failureProblems(result.answer, 'pack', 'event');
          for (const failure of [...unanswered.map((p) => `${p.path}: ${p.message}`), ...result.failures]) context.stdout.write(`    ${failure}\n`);
        }
      }
      if (passed + failed === 0) context.stderr.write(`${dirname(file)}: no test cases (tests/*.json)\n`);
      context.stdout.write(`${passed} passed, ${failed} failed\n`);
      if (failed) context.exitCode = 1;
    });
}
