// tanzhong evaluate --pack <id> <event.json>: the answer for one event under one pack.
import type { Command } from 'commander';
import { evaluate } from '../../../engine/index.js';
import { loadPackLibrary } from '../../files/pack-files.js';
import { renderDetermination } from '../../render/text.js';
import type { CliContext } from '../context.js';
import { readEventFile } from '../event-file.js';
import { collect, type EvaluationFlags, readEvaluationOptions } from '../options.js';
import { choosePacks } from '../pack-choice.js';

interface Flags extends EvaluationFlags {
  pack: string;
  json?: boolean;
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
    .option('--json', 'print the determination as JSON')
    .action(async (eventFile: string, flags: Flags) => {
      const options = readEvaluationOptions(flags);
      const event = readEventFile(eventFile);
      const [pack] = choosePacks(loadPackLibrary(context.policiesDir), [flags.pack], '--pack');
      if (!pack) return;
      const determination = await evaluate(pack, event, options);
      context.stdout.write(
        flags.json ? `${JSON.stringify(determination, null, 2)}\n` : renderDetermination(determination, { color: context.color }),
      );
    });
}
