// tanzhong keys create: issues an API key for a bureau, scoped to its jurisdiction. Run it against the database
// the servers use (DATABASE_URL); the key is printed once and only its hash is stored.
import type { Command } from 'commander';
import type { Problem } from '../../../engine/index.js';
import { createApiKey, jurisdictionCodeProblem, NAME_HINT } from '../../storage/api-keys.js';
import { DEFAULT_DATABASE_URL } from '../../storage/database-url.js';
import type { Store } from '../../storage/store.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';

interface CreateFlags {
  jurisdiction: string;
  name: string;
  database?: string;
}

export function registerKeys(program: Command, context: CliContext): void {
  const keys = program.command('keys').description('manage the API keys bureaus use to submit and publish packs');
  keys
    .command('create')
    .description('create an API key for one jurisdiction and print it (once)')
    .requiredOption('--jurisdiction <code>', 'GB/T 2260 code the key may write packs for (and its divisions), e.g. 510000')
    .requiredOption('--name <name>', NAME_HINT)
    .option('--database <url>', `database URL (default: $DATABASE_URL, else ${DEFAULT_DATABASE_URL})`)
    .action(async (flags: CreateFlags) => {
      checkCreateFlags(flags);
      const store = await openDatabase(flags.database);
      try {
        const { key, record } = await createApiKey(store, { name: flags.name.trim(), jurisdictionCode: flags.jurisdiction });
        context.stdout.write(
          [
            `API key for ${record.name} (${record.jurisdictionCode}):`,
            '',
            `  ${key}`,
            '',
            'It will not be shown again: give it to the bureau now. Only its hash is stored.',
            `id            ${record.id}`,
            `prefix        ${record.prefix}`,
            `jurisdiction  ${record.jurisdictionCode}`,
            '',
          ].join('\n'),
        );
      } finally {
        await store.close();
      }
    });
}

function checkCreateFlags(flags: CreateFlags): void {
  const problems: Problem[] = [];
  const jurisdiction = jurisdictionCodeProblem(flags.jurisdiction);
  if (jurisdiction) problems.push({ path: '--jurisdiction', message: jurisdiction });
  if (!flags.name.trim()) problems.push({ path: '--name', message: `must not be empty: ${NAME_HINT}` });
  if (problems.length) throw new CliError(problems);
}

/** Opens the store, naming where its URL came from when it fails (never the URL: it may hold a password). */
async function openDatabase(flag: string | undefined): Promise<Store> {
  const url = flag ?? process.env.DATABASE_URL;
  try {
    // Loaded here, not at the top: the database drivers cost every other command ~100 ms at start.
    const { openStore } = await import('../../storage/open-store.js');
    return await openStore(url);
  } catch (error) {
    const source = flag !== undefined ? '--database' : url ? 'DATABASE_URL' : DEFAULT_DATABASE_URL;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError([{ path: source, message: `cannot open the database: ${reason}` }]);
  }
}
