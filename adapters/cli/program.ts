// The tanzhong command line: builds the commander program and runs it, turning every error into lines
// on stderr and an exit code (1: a problem with the input, 2: a usage error).
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerCases } from './commands/cases.js';
import { registerCompare } from './commands/compare.js';
import { registerEstimate } from './commands/estimate.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerEventsGenerate } from './commands/events-generate.js';
import { registerKeys } from './commands/keys.js';
import { registerPackDiff } from './commands/pack-diff.js';
import { registerPackLint } from './commands/pack-lint.js';
import { registerPackQuotes } from './commands/pack-quotes.js';
import { registerPackTest } from './commands/pack-test.js';
import { registerPackValidate } from './commands/pack-validate.js';
import { registerPacks } from './commands/packs.js';
import { registerReport } from './commands/report.js';
import { registerSimulate } from './commands/simulate.js';
import { projectPath } from '../files/project-root.js';
import type { CliContext } from './context.js';
import { describeError } from './describe-error.js';

const USAGE_ERROR = 2;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export function createProgram(context: CliContext): Command {
  const program = new Command('tanzhong')
    .description('碳中 tanzhong: must a large event in China be carbon-neutralized, and how? Answers from regional policy packs.')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.stderr.write(text) });
  // Subcommands inherit the settings above; they must be added after them.
  registerEvaluate(program, context);
  registerEstimate(program, context);
  registerCompare(program, context);
  registerReport(program, context);
  registerPacks(program, context);
  registerKeys(program, context);
  registerCases(program, context);
  registerEventsGenerate(program, context);
  registerSimulate(program, context);
  const pack = program.command('pack').description('work on one pack folder: validate it, run its tests');
  registerPackValidate(pack, context);
  registerPackTest(pack, context);
  registerPackQuotes(pack, context);
  registerPackLint(pack, context);
  registerPackDiff(pack, context);
  return program;
}

/** Runs the command line `args` (without node and script) and returns the exit code. */
export async function runCli(args: string[], context: CliContext): Promise<number> {
  try {
    await createProgram(context).parseAsync(args, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    for (const line of describeError(error)) context.stderr.write(`${line}\n`);
    return 1;
  }
}
