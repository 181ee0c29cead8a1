// Picking packs of the library by id, naming the known ids when one is not found.
import type { CompiledPack } from '../../engine/index.js';
import type { PackLibrary } from '../files/pack-files.js';
import { CliError } from './cli-error.js';

export function choosePacks(library: PackLibrary, ids: string[], option: string): CompiledPack[] {
  const known = [...library.packs.keys()].sort();
  const unknown = ids.filter((id) => !library.packs.has(id));
  if (unknown.length) {
    const hint = known.length ? `known packs: ${known.join(', ')}` : 'no packs are installed';
    throw new CliError(unknown.map((id) => ({ path: option, message: `unknown pack "${id}" (${hint})` })));
  }
  return ids.map((id) => library.packs.get(id) as CompiledPack);
}
