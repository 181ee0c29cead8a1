// The shipped packs, read through the same folder source and registry as the CLI, compiled once per test file:
// each pack is the version in effect today, with its bases.
import { join } from 'node:path';
import { PackRegistry } from '../../app/registry.js';
import { packFolders } from '../../adapters/files/pack-folders.js';
import { POLICIES_DIR, readPackTests } from '../../adapters/files/pack-files.js';
import { type CompiledPack, todayInChina } from '../../engine/index.js';

export const SHIPPED = ['cn-national', 'cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'] as const;

export const registry = new PackRegistry(packFolders());
await registry.refresh();

function compiledToday(id: string): CompiledPack {
  const result = registry.resolve(id, todayInChina());
  if (result.kind !== 'ok' || result.fallback) throw new Error(`pack ${id} does not answer today: ${JSON.stringify(result)}`);
  return result.resolved.compiled;
}

export const library = { packs: new Map(registry.packIds().map((id) => [id, compiledToday(id)])) };

export function pack(id: string): CompiledPack {
  const compiled = library.packs.get(id);
  if (!compiled) throw new Error(`pack ${id} is not loaded`);
  return compiled;
}

export function packTests(id: string) {
  return readPackTests(join(POLICIES_DIR, id));
}
