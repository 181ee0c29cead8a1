// tanzhong compare --packs a,b <event.json>: one event under several packs, side by side.
import type { Command } from 'commander';
import type { Determination } from '../../../engine/index.js';
import { differences } from '../../compare/differences.js';
import { renderComparison } from '../../render/comparison-table.js';
import { fallbackNotice } from '../../render/fallback-notice.js';
import { answerEach, answerJson } from '../answers.js';
import { openRegistry, PACK_DIR_HELP } from '../cli-registry.js';
import type { CliContext } from '../context.js';
import { readEventFile } from '../event-file.js';
import { collect, type EvaluationFlags, readEvaluationOptions, splitPackIds } from '../options.js';

interface Flags extends EvaluationFlags {
  packs: string;
  json?: boolean;
  packDir?: string[];
}

export function registerCompare(program: Command, context: CliContext): void {
  program
    .command('compare')
    .description('evaluate one event under several packs and show where the answers differ')
    .argument('<event.json>', 'the event, as JSON')
    .requiredOption('--packs <ids>', 'two or more pack ids separated by commas, e.g. cn-national,cn-chongqing')
    .option('--as-of <date>', 'evaluate the policies as of this date (YYYY-MM-DD); default: the event start date')
    .option('--lang <lang>', 'language of the answers: zh or en', 'zh')
    .option('--pack-dir <folder>', PACK_DIR_HELP, collect)
    .option('--json', 'print { determinations, differences } as JSON')
    .action(async (eventFile: string, flags: Flags) => {
      const ids = splitPackIds(flags.packs);
      const tooFew =
        ids.length < 2 ? [{ path: '--packs', message: 'give at least two different pack ids separated by commas' }] : [];
      const options = readEvaluationOptions(flags, tooFew);
      const event = readEventFile(eventFile);
      const registry = await openRegistry(context, flags.packDir);
      const answers = await answerEach(registry, ids, { event, ...options }, '--packs', eventFile);
      const determinations: Record<string, Determination> = {};
      ids.forEach((id, i) => {
        const answered = answers[i];
        if (answered) determinations[id] = answered.determination;
      });
      const diffs = differences(determinations);
      if (flags.json) {
        const shown = Object.fromEntries(ids.map((id, i) => [id, answerJson(answers[i] as (typeof answers)[number], options.lang, registry)]));
        context.stdout.write(`${JSON.stringify({ determinations: shown, differences: diffs }, null, 2)}\n`);
        return;
      }
      const notices = answers.flatMap((a) => (a.fallback ? [`${fallbackNotice(a.fallback, options.lang, (id) => registry.describe(id))}\n`] : []));
      context.stdout.write([...notices, ...(notices.length ? ['\n'] : []), renderComparison(determinations, diffs, options.lang, context.color)].join(''));
    });
}
