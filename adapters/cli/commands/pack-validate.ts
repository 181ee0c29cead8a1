// tanzhong pack validate <dir>: check one pack folder against the schema, the linter and its base packs.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { compileTargetPack } from '../target-pack.js';

export function registerPackValidate(group: Command, context: CliContext): void {
  group
    .command('validate')
    .description(
      'validate a pack folder (or its pack.json); its base is looked up among the shipped packs and the folders beside it',
    )
    .argument('<dir>', 'a pack folder or a pack.json file')
    .action(async (dir: string) => {
      const { compiled } = await compileTargetPack(dir, context.policiesDir);
      context.stdout.write(`ok: ${compiled.pack.id} ${compiled.pack.version} (${compiled.pack.rules.length} rules)\n`);
    });
}
