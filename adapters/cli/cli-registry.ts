// The packs the CLI answers with: the shipped packs, and the folders of packs given with --pack-dir.
import { PackRegistry } from '../../app/registry.js';
import { packFolders } from '../files/pack-folders.js';
import type { CliContext } from './context.js';

export const PACK_DIR_HELP = 'also read the packs in this folder of pack folders, over shipped packs of the same id (repeatable)';

export async function openRegistry(context: CliContext, packDirs: string[] = []): Promise<PackRegistry> {
  const registry = new PackRegistry(packFolders(packDirs, { shipped: context.policiesDir }));
  await registry.refresh();
  return registry;
}
