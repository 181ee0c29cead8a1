// tanzhong pack quotes <dir...> --sources <folder>: are the quoted Chinese words of each pack's citations the
// words of its source texts (the seed files of its documents)? One line per quote not found, then a count.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import type { Problem } from '../../../engine/index.js';
import { checkQuotes, type QuoteCheckResult, type QuoteFailure, seedsOf } from '../../../engine/quote-check.js';
import { packFile, readJson } from '../../files/pack-files.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { requireFile } from '../input-file.js';

const SHOWN = 60;
const TAIL = 12;

/** At most `max` characters (not UTF-16 units), with … where it was cut. */
function shorten(text: string, max = SHOWN): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function tail(text: string, max = TAIL): string {
  const chars = [...text];
  return chars.length > max ? `…${chars.slice(-max).join('')}` : text;
}

function describeFailure(file: string, failure: QuoteFailure): string {
  const parts = failure.missing.map((m) => {
    const which = m.of > 1 ? `part ${m.part} of ${m.of} ` : '';
    const found = m.foundStart ? ` (found up to "${tail(m.foundStart)}")` : '';
    return `${which}"${shorten(m.text)}"${found}`;
  });
  return `${file}: ${failure.path}: ${failure.document} ${failure.clause}: not in ${failure.seed}: ${parts.join('; ')}`;
}

const summary = (r: QuoteCheckResult) =>
  `${r.checked} quotes checked, ${r.failures.length} not found, ${r.paraphrases} paraphrases skipped, ` +
  `${r.withoutSource} without a source text`;

function requireFolder(dir: string, option: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new CliError([{ path: option, message: `no such folder: ${dir}` }]);
  if (!stat.isDirectory()) throw new CliError([{ path: option, message: `is a file, not a folder: ${dir}` }]);
}

interface LoadedPack {
  file: string;
  raw: unknown;
}

/** Reads every seed file the packs name; every missing or unreadable one is reported at once. */
function readSources(packs: LoadedPack[], sourcesDir: string): Map<string, string> {
  const sources = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, raw } of packs) {
    for (const [document, { seed, path }] of seedsOf(raw)) {
      if (sources.has(seed)) continue;
      if (basename(seed) !== seed || seed === '.' || seed === '..') {
        problems.push({ path: `${file}: ${path}`, message: `must be a file name in the sources folder, got "${seed}"` });
        continue;
      }
      const seedFile = join(sourcesDir, seed);
      try {
        sources.set(seed, readFileSync(seedFile, 'utf8'));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`;
        problems.push({ path: seedFile, message: `${why}: the source text of ${document} (${file}: ${path})` });
      }
    }
  }
  if (problems.length) throw new CliError(problems);
  return sources;
}

export function registerPackQuotes(group: Command, context: CliContext): void {
  group
    .command('quotes')
    .description(
      "check that the quoted Chinese words (zh) of the pack's citations are found in the source texts of its documents",
    )
    .argument('<dir...>', 'pack folders or pack.json files')
    .requiredOption('--sources <folder>', 'the folder of source texts (the seed files named in the pack documents)')
    .action((dirs: string[], flags: { sources: string }) => {
      requireFolder(flags.sources, '--sources');
      const packs: LoadedPack[] = dirs.map((dir) => {
        const file = packFile(dir);
        requireFile(file, 'a pack folder (with a pack.json) or a pack.json file');
        const raw = readJson(file);
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
          throw new CliError([{ path: file, message: 'is not a pack: a JSON object was expected' }]);
        }
        return { file, raw };
      });
      const sources = readSources(packs, flags.sources);
      const total: QuoteCheckResult = { checked: 0, failures: [], paraphrases: 0, withoutSource: 0 };
      for (const { file, raw } of packs) {
        const result = checkQuotes(raw, sources);
        for (const failure of result.failures) context.stdout.write(`${describeFailure(file, failure)}\n`);
        if (packs.length > 1) context.stdout.write(`${file}: ${summary(result)}\n`);
        total.checked += result.checked;
        total.failures.push(...result.failures);
        total.paraphrases += result.paraphrases;
        total.withoutSource += result.withoutSource;
      }
      context.stdout.write(`${summary(total)}\n`);
      if (total.failures.length) context.exitCode = 1;
    });
}
