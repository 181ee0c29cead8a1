// tanzhong pack diff <a> <b>: what changed between two packs: two pack folders (each checked against the shipped packs
// and the folders beside it), or pack@version references to the registry (the shipped packs and --pack-dir folders, or
// the versions published in a database with --database). In words (--lang), or as JSON (--json).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { PackRegistry } from '../../../app/registry.js';
import { StoreSource } from '../../../app/store-source.js';
import { LANGS, type Lang, type ResolvedPack, todayInChina } from '../../../engine/index.js';
import { diffPacks, renderDiff } from '../../../engine/pack-diff/index.js';
import { CliError } from '../cli-error.js';
import { openRegistry, PACK_DIR_HELP } from '../cli-registry.js';
import type { CliContext } from '../context.js';
import { resolutionProblems } from '../failure-problems.js';
import { collect } from '../options.js';
import { compileTargetPack } from '../target-pack.js';

interface Flags {
  lang?: string;
  json?: boolean;
  packDir?: string[];
  database?: string;
}

/** A path to a pack folder or pack.json, rather than a reference to the registry. */
const isPath = (operand: string) => existsSync(operand) || /[/\\]/.test(operand) || operand.endsWith('.json');

/** `cn-sichuan@1.1.0` -> the id and the version; `cn-sichuan` -> the version in effect today (else the newest). */
function resolveRef(registry: PackRegistry, ref: string, operand: string): ResolvedPack {
  const at = ref.lastIndexOf('@');
  const [id, version] = at > 0 ? [ref.slice(0, at), ref.slice(at + 1)] : [ref, undefined];
  const published = registry.versionsOf(id).filter((v) => v.status === 'published');
  const chosen = version === undefined ? (registry.shownVersion(id)?.inEffect ?? published.at(-1)) : published.find((v) => v.version === version);
  // A version is read with the versions of its bases in effect on the day it takes effect.
  const resolution = registry.resolve(id, chosen?.effectiveFrom ?? todayInChina(), version ?? chosen?.version);
  if (resolution.kind !== 'ok') throw new CliError(resolutionProblems(resolution, operand));
  return resolution.resolved.compiled.pack;
}

async function withRegistry<T>(context: CliContext, flags: Flags, run: (registry: PackRegistry) => Promise<T>): Promise<T> {
  if (flags.database === undefined) return run(await openRegistry(context, flags.packDir));
  let store;
  try {
    // Loaded here, not at the top: the database drivers cost every other command ~100 ms at start.
    const { openStore } = await import('../../storage/open-store.js');
    store = await openStore(flags.database);
  } catch (error) {
    throw new CliError([{ path: '--database', message: `cannot open the database: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  try {
    const registry = new PackRegistry(new StoreSource(store));
    await registry.refresh();
    return await run(registry);
  } finally {
    await store.close();
  }
}

function checkFlags(flags: Flags): Lang {
  const lang = flags.lang ?? 'zh';
  const problems = [];
  if (!(LANGS as readonly string[]).includes(lang)) problems.push({ path: '--lang', message: `must be one of: ${LANGS.join(', ')}, got "${lang}"` });
  if (flags.database !== undefined && flags.packDir?.length) problems.push({ path: '--pack-dir', message: 'read packs from folders or from --database, not both' });
  if (problems.length) throw new CliError(problems);
  return lang as Lang;
}

export function registerPackDiff(group: Command, context: CliContext): void {
  group
    .command('diff')
    .description('what changed between two packs: thresholds, duties and deadlines, offsets, confirmation, readings, each with its citation')
    .argument('<a>', 'the pack before: a pack folder (or pack.json), or pack@version from the registry')
    .argument('<b>', 'the pack after: a pack folder (or pack.json), or pack@version from the registry')
    .option('--lang <lang>', 'language of the words: zh or en', 'zh')
    .option('--json', 'print the changes as JSON (with their words in both languages)')
    .option('--pack-dir <folder>', PACK_DIR_HELP, collect)
    .option('--database <url>', 'read pack@version from the versions published in this database instead of the pack folders')
    .action(async (a: string, b: string, flags: Flags) => {
      const lang = checkFlags(flags);
      const needsRegistry = !isPath(a) || !isPath(b);
      const read = async (operand: string, registry?: PackRegistry) =>
        isPath(operand) ? (await compileTargetPack(operand, context.policiesDir)).compiled.pack : resolveRef(registry as PackRegistry, operand, operand);
      const packs = needsRegistry
        ? await withRegistry(context, flags, async (registry) => [await read(a, registry), await read(b, registry)])
        : [await read(a), await read(b)];
      const diff = diffPacks(packs[0] as ResolvedPack, packs[1] as ResolvedPack);
      context.stdout.write(flags.json ? `${JSON.stringify(diff, null, 2)}\n` : renderDiff(diff, lang));
    });
}
