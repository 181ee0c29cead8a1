// Reading packs and their test cases from folders: policies/<id>/pack.json and policies/<id>/tests/*.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CompiledPack,
  compilePack,
  type PackDocument,
  type PackTestCase,
  PackTestFileSchema,
  type Problem,
} from '../../engine/index.js';
import { problemsFromZod } from '../../engine/problems.js';

export const POLICIES_DIR = resolve(fileURLToPath(new URL('../../policies', import.meta.url)));

export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'FileError';
  }
}

export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FileError(file, [
      { path: '(file)', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileError(file, [{ path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
}

/** The pack.json of a pack folder (or a pack file given directly). */
export function packFile(dirOrFile: string): string {
  return statSync(dirOrFile, { throwIfNoEntry: false })?.isDirectory() ? join(dirOrFile, 'pack.json') : dirOrFile;
}

/** Every pack folder under `root`, by pack id, as raw documents (not yet validated). */
export function readPackDocuments(root = POLICIES_DIR): Map<string, { file: string; raw: unknown }> {
  const packs = new Map<string, { file: string; raw: unknown }>();
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(root, entry.name, 'pack.json');
    if (!existsSync(file)) continue;
    const raw = readJson(file);
    const id = (raw as { id?: unknown }).id;
    packs.set(typeof id === 'string' ? id : entry.name, { file, raw });
  }
  return packs;
}

export interface PackLibrary {
  /** Compiled packs by id. */
  packs: Map<string, CompiledPack>;
  documents: Map<string, PackDocument>;
}

/** Compiles every pack under `root`; see compileLibrary. */
export function loadPackLibrary(root = POLICIES_DIR): PackLibrary {
  return compileLibrary(readPackDocuments(root));
}

/**
 * Compiles packs read from files, bases before the packs that extend them. Throws a FileError listing every
 * problem of the first pack that fails: a library is loaded whole or not at all.
 */
export function compileLibrary(raws: Map<string, { file: string; raw: unknown }>): PackLibrary {
  const library: PackLibrary = { packs: new Map(), documents: new Map() };
  const compileOne = (id: string, stack: string[]): void => {
    if (library.packs.has(id)) return;
    const entry = raws.get(id);
    if (!entry) return;
    const base = (entry.raw as { extends?: unknown }).extends;
    if (typeof base === 'string' && !stack.includes(base)) compileOne(base, [...stack, id]);
    const result = compilePack(entry.raw, (baseId) => library.documents.get(baseId));
    if (!result.ok) throw new FileError(entry.file, result.problems);
    library.packs.set(id, result.compiled);
    library.documents.set(id, result.doc);
  };
  for (const id of raws.keys()) compileOne(id, []);
  return library;
}

/** The test cases of a pack folder, each with the file it came from. */
export function readPackTests(packDir: string): { file: string; cases: PackTestCase[] }[] {
  const dir = join(packDir, 'tests');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const parsed = PackTestFileSchema.safeParse(readJson(file));
      if (!parsed.success) throw new FileError(file, problemsFromZod(parsed.error));
      return { file: basename(file), cases: parsed.data.cases };
    });
}
