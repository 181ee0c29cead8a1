// tanzhong packs: the packs the library loads.
import type { Command } from 'commander';
import type { PackDocument } from '../../../engine/index.js';
import { loadPackLibrary } from '../../files/pack-files.js';
import { renderPackList, summarizePack } from '../../render/pack-list.js';
import type { CliContext } from '../context.js';

export function registerPacks(program: Command, context: CliContext): void {
  program
    .command('packs')
    .description('list the policy packs: id, version, jurisdiction, period in force, base pack, rules')
    .option('--json', 'print the list as JSON')
    .action((flags: { json?: boolean }) => {
      const library = loadPackLibrary(context.policiesDir);
      const packs = [...library.packs.values()]
        .map((compiled) => summarizePack(compiled, library.documents.get(compiled.pack.id) as PackDocument))
        .sort((a, b) => a.id.localeCompare(b.id));
      if (flags.json) context.stdout.write(`${JSON.stringify(packs, null, 2)}\n`);
      else if (!packs.length) context.stderr.write(`no packs in ${context.policiesDir}\n`);
      else context.stdout.write(renderPackList(packs, context.color));
    });
}
