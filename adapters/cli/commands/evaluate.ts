// tanzhong evaluate --pack <id> <event.json>: the answer for one event under one pack; with --batch <events.jsonl>,
// the answer to every event of a file of JSON lines, streamed (../batch.ts).
import type { Command } from 'commander';
import type { Problem } from '../../../engine/index.js';
import { explainEvent, renderExplanation } from '../../../engine/explain/index.js';
import { renderDetermination } from '../../render/text.js';
import { fallbackNotice } from '../../render/fallback-notice.js';
import { answerEach, answerJson } from '../answers.js';
import { type BatchFlags, evaluateBatch, readBatchFlags } from '../batch.js';
import { CliError } from '../cli-error.js';
import { openRegistry, PACK_DIR_HELP } from '../cli-registry.js';
import type { CliContext } from '../context.js';
import { readEventFile } from '../event-file.js';
import { collect, type EvaluationFlags, readEvaluationOptions } from '../options.js';

interface Flags extends EvaluationFlags, BatchFlags {
  pack: string;
  json?: boolean;
  packDir?: string[];
  batch?: string;
  explain?: boolean;
}

/** The event file or the batch file, never both; --format and --detail belong to --batch. */
function checkInput(eventFile: string | undefined, flags: Flags): Problem[] {
  const problems: Problem[] = [];
  if (flags.batch === undefined) {
    if (eventFile === undefined) problems.push({ path: '<event.json>', message: 'give the event file, or --batch <events.jsonl> for a file of events' });
    if (flags.format !== undefined) problems.push({ path: '--format', message: 'applies to --batch only (one event: --json)' });
    if (flags.detail !== undefined) problems.push({ path: '--detail', message: 'applies to --batch only' });
  } else {
    if (eventFile !== undefined) problems.push({ path: eventFile, message: 'give either an event file or --batch <events.jsonl>, not both' });
    if (flags.json) problems.push({ path: '--json', message: 'with --batch, each answer is a JSON line already (--format jsonl, the default)' });
    if (flags.reading?.length) problems.push({ path: '--reading', message: 'applies to one event: a batch is answered under each pack version\'s default readings' });
    if (flags.explain) problems.push({ path: '--explain', message: 'applies to one event: explain one answer at a time' });
  }
  return problems;
}

export function registerEvaluate(program: Command, context: CliContext): void {
  program
    .command('evaluate')
    .description('tell whether an event must be carbon-neutralized under a pack, with its duties and citations')
    .argument('[event.json]', 'the event, as JSON')
    .requiredOption('--pack <id>', 'the policy pack to apply (see `tanzhong packs`)')
    .option('--as-of <date>', 'evaluate the policy as of this date (YYYY-MM-DD); default: the event start date')
    .option('--lang <lang>', 'language of the answer: zh or en', 'zh')
    .option('--reading <id=option>', 'answer under another option of a contested reading (repeatable; the answer lists the readings)', collect)
    .option('--pack-dir <folder>', PACK_DIR_HELP, collect)
    .option('--engine <engine>', 'compiled (default) or reference: find the rules\' truths with json-rules-engine, to check an answer')
    .option('--json', 'print the determination as JSON')
    .option('--explain', 'also show, for every rule, whether it held, failed or was unknown, each condition with the fact\'s value and the threshold')
    .option('--batch <events.jsonl>', 'answer every event of a file of JSON lines (one event per line), one answer per line, streamed')
    .option('--format <format>', 'with --batch: jsonl (default) or csv')
    .option('--detail <detail>', 'with --batch: decision (default: codes, no words) or full (the Determination; jsonl only)')
    .action(async (eventFile: string | undefined, flags: Flags) => {
      const problems = checkInput(eventFile, flags);
      if (flags.batch !== undefined) {
        const batch = readBatchFlags(flags, problems);
        const options = readEvaluationOptions(flags, problems);
        await evaluateBatch(context, { file: flags.batch, pack: flags.pack, packDir: flags.packDir, ...batch, options });
        return;
      }
      if (problems.length || eventFile === undefined) throw new CliError(problems);
      const options = readEvaluationOptions(flags);
      const event = readEventFile(eventFile);
      const registry = await openRegistry(context, flags.packDir);
      const [answered] = await answerEach(registry, [flags.pack], { event, ...options }, '--pack', eventFile);
      if (!answered) return;
      // Worked out only when asked, with the version that answered, on the answer's evaluation date.
      const explanation = flags.explain
        ? explainEvent(answered.resolved.compiled, event, { asOf: answered.determination.asOf, lang: options.lang, readings: options.readings })
        : undefined;
      if (flags.json) {
        const json = explanation ? { ...answerJson(answered, options.lang, registry), explain: explanation } : answerJson(answered, options.lang, registry);
        context.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      const notice = answered.fallback ? `${fallbackNotice(answered.fallback, options.lang, (id) => registry.describe(id))}\n\n` : '';
      context.stdout.write(notice + renderDetermination(answered.determination, { color: context.color }));
      if (explanation) context.stdout.write(`\n${renderExplanation(explanation)}`);
    });
}
