// tanzhong keys: the API keys bureaus use, managed by the operator against the database the servers use
// (DATABASE_URL). `create` issues a key scoped to a jurisdiction (optionally expiring), `list` shows every key and
// whether it works, `rotate` gives a key a new secret (the old one stops working at once), `revoke` disables it for
// good. A key is printed once, when it is created or rotated; only its hash is stored. Every change is audited.
import type { Command } from 'commander';
import type { Problem } from '../../../engine/index.js';
import {
  cleanKeyName,
  createApiKey,
  expiryProblem,
  jurisdictionCodeProblem,
  type KeyListing,
  keyNameProblem,
  lastDayOf,
  listApiKeys,
  NAME_HINT,
  revokeApiKey,
  rotateApiKey,
} from '../../storage/api-keys.js';
import { DEFAULT_DATABASE_URL } from '../../storage/database-url.js';
import type { ApiKeyRecord, Store } from '../../storage/store.js';
import { withoutControls } from '../../../app/safe-text.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';

interface DatabaseFlag {
  database?: string;
}

interface CreateFlags extends DatabaseFlag {
  jurisdiction: string;
  name: string;
  expires?: string;
}

const DATABASE_OPTION = ['--database <url>', `database URL (default: $DATABASE_URL, else ${DEFAULT_DATABASE_URL})`] as const;
const EXPIRES_HELP = 'the last day the key works, YYYY-MM-DD, China time (default: it does not expire)';

export function registerKeys(program: Command, context: CliContext): void {
  const keys = program.command('keys').description('manage the API keys bureaus use to submit and publish packs');
  keys
    .command('create')
    .description('create an API key for one jurisdiction and print it (once)')
    .requiredOption('--jurisdiction <code>', 'GB/T 2260 code the key may write packs for (and its divisions), e.g. 510000')
    .requiredOption('--name <name>', NAME_HINT)
    .option('--expires <date>', EXPIRES_HELP)
    .option(...DATABASE_OPTION)
    .action(async (flags: CreateFlags) => {
      checkCreateFlags(flags);
      await withStore(flags, async (store) => {
        const { key, record } = await attempt(() => createApiKey(store, { name: flags.name, jurisdictionCode: flags.jurisdiction, expires: flags.expires }));
        context.stdout.write(shownOnce(`API key for ${record.name} (${record.jurisdictionCode}):`, key, record));
      });
    });

  keys
    .command('list')
    .description('list every key (never the key itself): id, prefix, name, jurisdiction, created, expiry and whether it works')
    .option('--json', 'print JSON')
    .option(...DATABASE_OPTION)
    .action(async (flags: DatabaseFlag & { json?: boolean }) => {
      await withStore(flags, async (store) => {
        const listed = await listApiKeys(store);
        context.stdout.write(flags.json ? `${JSON.stringify(listed, null, 2)}\n` : keyTable(listed));
      });
    });

  keys
    .command('rotate <id>')
    .description('give a key a new secret and print it (once); the old secret stops working at once')
    .option('--expires <date>', `${EXPIRES_HELP.replace(' (default: it does not expire)', '')} (default: the key keeps its expiry)`)
    .option(...DATABASE_OPTION)
    .action(async (id: string, flags: DatabaseFlag & { expires?: string }) => {
      if (flags.expires !== undefined) checkExpiry(flags.expires);
      await withStore(flags, async (store) => {
        const { key, record } = await attempt(() => rotateApiKey(store, id, { expires: flags.expires }), '<id>');
        context.stdout.write(shownOnce(`New secret for ${record.name} (${record.jurisdictionCode}); the previous one no longer works:`, key, record));
      });
    });

  keys
    .command('revoke <id>')
    .description('revoke a key for good: it is refused (401) from now on')
    .option('--reason <text>', 'why, for the audit trail')
    .option(...DATABASE_OPTION)
    .action(async (id: string, flags: DatabaseFlag & { reason?: string }) => {
      await withStore(flags, async (store) => {
        const record = await attempt(() => revokeApiKey(store, id, { reason: flags.reason }), '<id>');
        context.stdout.write(`Key ${record.id} (${record.name}, ${record.prefix}…) revoked at ${record.revokedAt}: it is refused from now on.\n`);
      });
    });
}

function shownOnce(heading: string, key: string, record: ApiKeyRecord): string {
  return [
    heading,
    '',
    `  ${key}`,
    '',
    'It will not be shown again: give it to the bureau now. Only its hash is stored.',
    `id            ${record.id}`,
    `prefix        ${record.prefix}`,
    `jurisdiction  ${record.jurisdictionCode}`,
    `expires       ${record.expiresAt ? `after ${lastDayOf(record.expiresAt)} (China time)` : 'never'}`,
    '',
  ].join('\n');
}

function keyTable(listed: KeyListing[]): string {
  if (!listed.length) return 'No keys. Create one with `tanzhong keys create --jurisdiction <code> --name <name>`.\n';
  const rows = [
    ['id', 'prefix', 'jurisdiction', 'state', 'created', 'expires', 'name'],
    ...listed.map((k) => [
      k.id,
      k.prefix,
      k.jurisdictionCode,
      k.state === 'revoked' ? `revoked ${k.revokedAt?.slice(0, 10)}` : k.state,
      k.createdAt.slice(0, 10),
      k.expiresAt ? `after ${lastDayOf(k.expiresAt)}` : 'never',
      // A name is the operator's own text, but never let it move the cursor or turn the line around.
      withoutControls(k.name),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  return `${rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] as number))).join('  ')).join('\n')}\n`;
}

/** Runs a key operation, its refusal (no such key, revoked, a bad date) as one line naming `path`. */
async function attempt<T>(run: () => Promise<T>, path = 'keys'): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError([{ path, message: error instanceof Error ? error.message : String(error) }]);
  }
}

function checkExpiry(date: string): void {
  const problem = expiryProblem(date);
  if (problem) throw new CliError([{ path: '--expires', message: problem }]);
}

function checkCreateFlags(flags: CreateFlags): void {
  const problems: Problem[] = [];
  const jurisdiction = jurisdictionCodeProblem(flags.jurisdiction);
  if (jurisdiction) problems.push({ path: '--jurisdiction', message: jurisdiction });
  const name = keyNameProblem(cleanKeyName(flags.name));
  if (name) problems.push({ path: '--name', message: name });
  const expiry = flags.expires === undefined ? undefined : expiryProblem(flags.expires);
  if (expiry) problems.push({ path: '--expires', message: expiry });
  if (problems.length) throw new CliError(problems);
}

async function withStore(flags: DatabaseFlag, run: (store: Store) => Promise<void>): Promise<void> {
  const store = await openDatabase(flags.database);
  try {
    await run(store);
  } finally {
    await store.close();
  }
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
