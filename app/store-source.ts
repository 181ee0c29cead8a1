// Packs kept in the store: the shipped packs seeded at start and the versions bureaus submit through the API.
// A store that lists its versions without their documents (an index-only read) lets the registry reload only
// what changed (app/registry.ts).
import type { PackSource, PackVersion, SourceContents, VersionHead } from './pack-source.js';

/** What the store source needs of the store (adapters/storage/store.ts implements it). */
export interface VersionList {
  listVersions(): Promise<PackVersion[]>;
  listVersionHeads?(): Promise<VersionHead[]>;
  getVersion?(packId: string, version: string): Promise<PackVersion | undefined>;
}

export class StoreSource implements PackSource {
  readonly heads?: () => Promise<VersionHead[]>;
  readonly version?: (packId: string, version: string) => Promise<PackVersion | undefined>;

  constructor(private readonly store: VersionList) {
    const { listVersionHeads, getVersion } = store;
    if (listVersionHeads && getVersion) {
      this.heads = () => listVersionHeads.call(store);
      this.version = (packId, version) => getVersion.call(store, packId, version);
    }
  }

  async load(): Promise<SourceContents> {
    return { versions: await this.store.listVersions(), unreadable: [] };
  }
}
