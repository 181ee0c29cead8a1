// tanzhong evaluate --pack <id> <event.json>: the answer for one event under one pack.
import type { Command } from 'commander';
import { renderDetermination } from '../../render/text.js';
import { fallbackNotice } from '../../render/fallback-notice.js';
import { answerEach, answerJson } from '../answers.js';
import { openRegistry, PACK_DIR_HELP } from '../cli-registry.js';
import type { CliContext } from '../context.js';
import { readEventFile } from '../event-file.js';
import { collect, type EvaluationFlags, readEvaluationOptions } from '../options.js';

interface Flags extends EvaluationFlags {
  pack: string;
  json?: boolean;
  packDir?: string[];
}

export function registerEvaluate(program: Command, context: CliContext): void {
  program
    .command('evaluate')
    .description('tell whether an event must be carbon-neutralized under a pack, with its duties and citations')
    .argument('<event.json>', 'the event, as JSON')
    .requiredOption('--pack <id>', 'the policy pack to apply (see `tanzhong packs`)')
    .option('--as-of <date>', 'evaluate the policy as of this date (YYYY-MM-DD); default: the event start date')
    .option('--lang <lang>', 'language of the answer: zh or en', 'zh')
    .option('--reading <id=option>', 'answer under another option of a contested reading (repeatable; the answer lists the readings)', collect)
    .option('--pack-dir <folder>', PACK_DIR_HELP, collect)
    .option('--engine <engine>', 'compiled (default) or reference: find the rules\' truths with json-rules-engine, to check an answer')
    .option('--json', 'print the determination as JSON')
    .action(async (eventFile: string, flags: Flags) => {
      const options = readEvaluationOptions(flags);
      const event = readEventFile(eventFile);
      const registry = await openRegistry(context, flags.packDir);
      const [answered] = await answerEach(registry, [flags.pack], { event, ...options }, '--pack', eventFile);
      if (!answered) return;
      if (flags.json) {
        context.stdout.write(`${JSON.stringify(answerJson(answered, options.lang, registry), null, 2)}\n`);
        return;
      }
      const notice = answered.fallback ? `${fallbackNotice(answered.fallback, options.lang, (id) => registry.describe(id))}\n\n` : '';
      context.stdout.write(notice + renderDetermination(answered.determination, { color: context.color }));
    });
}
