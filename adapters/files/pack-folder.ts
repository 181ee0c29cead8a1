// Compiling one pack folder (or pack.json) that is not part of the library yet: its `extends` is resolved
// among the shipped packs and the packs beside it (same parent folder), which win over shipped ones.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type CompiledPack, compilePack, type PackDocument, type Problem } from '../../engine/index.js';
import { FileError, POLICIES_DIR, packFile, readJson } from './pack-files.js';

export type PackFolderResult =
  | { ok: true; file: string; compiled: CompiledPack; doc: PackDocument }
  | { ok: false; file: string; problems: Problem[] };

type Candidate = { file: string; raw: unknown } | { file: string; error: FileError };

function scanPacks(root: string, into: Map<string, Candidate>, skip: string): void {
  let entries: string[];
  try {
    entries = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return;
  }
  for (const name of entries) {
    const file = join(root, name, 'pack.json');
    if (resolve(file) === skip || !existsSync(file)) continue;
    try {
      const raw = readJson(file);
      const id = (raw as { id?: unknown } | null)?.id;
      into.set(typeof id === 'string' ? id : name, { file, raw });
    } catch (error) {
      if (error instanceof FileError) into.set(name, { file, error });
      else throw error;
    }
  }
}

/** Throws FileError when the pack file cannot be read or parsed; returns every problem of its content. */
export function compilePackFolder(target: string, shippedDir = POLICIES_DIR): PackFolderResult {
  const file = packFile(target);
  const raw = readJson(file);
  const self = resolve(file);
  const candidates = new Map<string, Candidate>();
  scanPacks(shippedDir, candidates, self);
  scanPacks(dirname(dirname(self)), candidates, self);

  // Bases are compiled on demand; null marks a base that failed (or is being compiled: a cycle).
  const settled = new Map<string, PackDocument | null>();
  const baseProblems: Problem[] = [];
  const lookup = (id: string): PackDocument | undefined => {
    if (settled.has(id)) return settled.get(id) ?? undefined;
    const candidate = candidates.get(id);
    if (!candidate) return undefined;
    settled.set(id, null);
    if ('error' in candidate) {
      baseProblems.push({
        path: 'extends',
        message: `base pack "${id}" cannot be read: ${candidate.error.message.replace(/\n\s*/g, ' ')}`,
      });
      return undefined;
    }
    const result = compilePack(candidate.raw, lookup);
    if (!result.ok) {
      const count = result.problems.length;
      baseProblems.push({
        path: 'extends',
        message: `base pack "${id}" (${candidate.file}) has ${count} problem${count > 1 ? 's' : ''}: validate it first`,
      });
      return undefined;
    }
    settled.set(id, result.doc);
    return result.doc;
  };

  const result = compilePack(raw, lookup);
  if (result.ok) return { ok: true, file, compiled: result.compiled, doc: result.doc };
  // A base that exists but is broken is reported as such, not as an unknown pack.
  const own = baseProblems.length ? result.problems.filter((p) => !p.path.startsWith('extends')) : result.problems;
  return { ok: false, file, problems: [...baseProblems, ...own] };
}
