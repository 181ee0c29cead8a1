// tanzhong compare --packs a,b <event.json>: one event under several packs, side by side.
import type { Command } from 'commander';
import { type Determination, evaluate } from '../../../engine/index.js';
import { differences } from '../../compare/differences.js';
import { loadPackLibrary } from '../../files/pack-files.js';
import { renderComparison } from '../../render/comparison-table.js';
import type { CliContext } from '../context.js';
import { readEventFile } from '../event-file.js';
import { type EvaluationFlags, readEvaluationOptions, splitPackIds } from '../options.js';
import { choosePacks } from '../pack-choice.js';

interface Flags extends EvaluationFlags {
  packs: string;
  json?: boolean;
}

export function registerCompare(program: Command, context: CliContext): void {
  program
    .command('compare')
    .description('evaluate one event under several packs and show where the answers differ')
    .argument('<event.json>', 'the event, as JSON')
    .requiredOption('--packs <ids>', 'two or more pack ids separated by commas, e.g. cn-national,cn-chongqing')
    .option('--as-of <date>', 'evaluate the policies as of this date (YYYY-MM-DD); default: the event start date')
    .option('--lang <lang>', 'language of the answers: zh or en', 'zh')
    .option('--json', 'print { determinations, differences } as JSON')
    .action(async (eventFile: string, flags: Flags) => {
      const ids = splitPackIds(flags.packs);
      const tooFew =
        ids.length < 2 ? [{ path: '--packs', message: 'give at least two different pack ids separated by commas' }] : [];
      const options = readEvaluationOptions(flags, tooFew);
      const event = readEventFile(eventFile);
      const packs = choosePacks(loadPackLibrary(context.policiesDir), ids, '--packs');
      const determinations: Record<string, Determination> = {};
      for (const pack of packs) determinations[pack.pack.id] = await evaluate(pack, event, options);
      const diffs = differences(determinations);
      context.stdout.write(
        flags.json
          ? `${JSON.stringify({ determinations, differences: diffs }, null, 2)}\n`
          : renderComparison(determinations, diffs, options.lang, context.color),
      );
    });
}
