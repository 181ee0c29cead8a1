// Publishing the shipped packs (policies/) into the store at start: each one the store does not have yet, in
// effect from its `inForce.from`. A shipped pack whose content changed while its version did not is refused, and
// nothing is seeded while any shipped pack is invalid: published versions never change.
import type { Problem } from '../engine/index.js';
import type { PackSource, PackVersion } from './pack-source.js';
import { PackRegistry } from './registry.js';

/** What seeding needs of the store (adapters/storage/store.ts implements it). */
export interface VersionWriter {
  getVersion(packId: string, version: string): Promise<PackVersion | undefined>;
  insertVersion(version: PackVersion): Promise<'inserted' | 'exists'>;
}

export class ShippedPacksError extends Error {
  constructor(readonly problems: (Problem & { file: string })[]) {
    super(problems.map((p) => `${p.file}: ${p.path === '(file)' ? '' : `${p.path}: `}${p.message}`).join('\n'));
    this.name = 'ShippedPacksError';
  }
}

/** Throws ShippedPacksError listing every problem of every invalid or changed shipped pack. */
export async function seedShipped(store: VersionWriter, shipped: PackSource): Promise<void> {
  const registry = new PackRegistry(shipped);
  await registry.refresh();
  const problems: ShippedPacksError['problems'] = registry.unreadable().flatMap((u) => u.problems.map((p) => ({ ...p, file: u.file })));
  const versions = registry.packIds().flatMap((id) => registry.versionsOf(id));
  for (const v of versions) problems.push(...registry.validate(v.document).map((p) => ({ ...p, file: v.file ?? v.packId })));
  if (problems.length) throw new ShippedPacksError(problems);

  const now = new Date().toISOString();
  for (const v of versions) {
    const existing = await store.getVersion(v.packId, v.version);
    if (existing) {
      if (existing.contentHash !== v.contentHash) {
        const message = `version ${v.version} differs from the published ${v.packId} ${v.version}; published versions never change, so give the pack a new version`;
        throw new ShippedPacksError([{ file: v.file ?? v.packId, path: '(file)', message }]);
      }
      continue;
    }
    const { file: _file, ...version } = v;
    await store.insertVersion({ ...version, source: 'shipped', createdAt: now, publishedAt: now });
  }
}
