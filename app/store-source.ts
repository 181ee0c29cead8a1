// Packs kept in the store: the shipped packs seeded at start and the versions bureaus submit through the API.
import type { PackSource, PackVersion, SourceContents } from './pack-source.js';

/** What the store source needs of the store (adapters/storage/store.ts implements it). */
export interface VersionList {
  listVersions(): Promise<PackVersion[]>;
}

export class StoreSource implements PackSource {
  constructor(private readonly store: VersionList) {}

  async load(): Promise<SourceContents> {
    return { versions: await this.store.listVersions(), unreadable: [] };
  }
}
