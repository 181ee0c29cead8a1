// tanzhong packs: the packs the CLI answers with, each as the version in effect today (else its first).
import type { Command } from 'commander';
import { todayInChina } from '../../../engine/index.js';
import { renderPackList, summarizePack } from '../../render/pack-list.js';
import { openRegistry, PACK_DIR_HELP } from '../cli-registry.js';
import type { CliContext } from '../context.js';
import { resolutionProblems } from '../failure-problems.js';
import { collect, readEvaluationOptions } from '../options.js';
import { describeError } from '../describe-error.js';
import { CliError } from '../cli-error.js';

export function registerPacks(program: Command, context: CliContext): void {
  program
    .command('packs')
    .description('list the policy packs: id, version, jurisdiction, period in force, base pack, rules')
    .option('--pack-dir <folder>', PACK_DIR_HELP, collect)
    .option('--lang <lang>', 'language of the table: zh or en', 'zh')
    .option('--json', 'print the list as JSON')
    .action(async (flags: { json?: boolean; packDir?: string[]; lang?: string }) => {
      const { lang } = readEvaluationOptions({ lang: flags.lang });
      const registry = await openRegistry(context, flags.packDir);
      const today = todayInChina();
      const packs = [];
      const problems = registry.unreadable().flatMap((u) => resolutionProblems({ kind: 'invalid', ...u }, u.packId));
      for (const id of registry.packIds()) {
        const shown = registry.shownVersion(id, today);
        // A pack not in effect yet is shown as it will be on its first day, with the bases of that day.
        const on = shown?.inEffect ? today : (shown?.shown.effectiveFrom ?? today);
        const result = registry.resolve(id, on, shown?.shown.version);
        if (result.kind === 'ok') packs.push(summarizePack(result.resolved.compiled, result.resolved.document));
        else problems.push(...resolutionProblems(result, id));
      }
      if (flags.json) context.stdout.write(`${JSON.stringify(packs, null, 2)}\n`);
      else if (!packs.length) context.stderr.write(`no packs in ${context.policiesDir}\n`);
      else context.stdout.write(renderPackList(packs, context.color, lang));
      // The packs that can be read are listed; each one that cannot is named on stderr.
      if (!problems.length) return;
      for (const line of describeError(new CliError(problems))) context.stderr.write(`${line}\n`);
      context.exitCode = 1;
    });
}
