// The shipped packs, compiled once per test file.
import { join } from 'node:path';
import { loadPackLibrary, POLICIES_DIR, readPackTests } from '../../adapters/files/pack-files.js';
import type { CompiledPack } from '../../engine/index.js';

export const library = loadPackLibrary();
export const SHIPPED = ['cn-national', 'cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'] as const;

export function pack(id: string): CompiledPack {
  const compiled = library.packs.get(id);
  if (!compiled) throw new Error(`pack ${id} is not loaded`);
  return compiled;
}

export function packTests(id: string) {
  return readPackTests(join(POLICIES_DIR, id));
}
