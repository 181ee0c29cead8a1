// The pack folder named by `pack validate` and `pack test`, compiled against the shipped packs and the packs
// beside it (which win over shipped ones), with the registry that answers its test cases.
import { PackRegistry } from '../../app/registry.js';
import type { CompiledPack } from '../../engine/index.js';
import { targetFolders } from '../files/pack-folders.js';
import { readJson } from '../files/pack-files.js';
import { CliError } from './cli-error.js';
import { requireFile } from './input-file.js';

export interface TargetPack {
  file: string;
  compiled: CompiledPack;
  /** The packs the target's cases are answered with: the target itself, its neighbours, the shipped packs. */
  registry: PackRegistry;
}

export async function compileTargetPack(dir: string, policiesDir: string): Promise<TargetPack> {
  const { entry, source } = targetFolders(dir, policiesDir);
  requireFile(entry.file, 'a pack folder (with a pack.json) or a pack.json file');
  const raw = readJson(entry.file);
  const registry = new PackRegistry(source);
  await registry.refresh();
  const result = registry.compileDocument(raw);
  if (!result.ok) throw new CliError(result.problems);
  return { file: entry.file, compiled: result.compiled, registry };
}
