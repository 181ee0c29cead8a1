// Packs read from folders: one or more roots of pack folders (<root>/<id>/pack.json) and pack files named one by
// one. Each pack.json is one published version, in effect from its `inForce.from`. A root later in the list wins
// over an earlier one for the same pack id (a pack beside the one being tested over a shipped one), and a file
// named one by one wins over every root. A file that cannot be read or is not a pack is reported, not thrown.
import { parsePackDocument, type Problem } from '../engine/index.js';
import { contentHash } from './content-hash.js';
import type { PackSource, PackVersion, SourceContents, UnreadablePack } from './pack-source.js';

export interface PackFileEntry {
  /** The pack.json. */
  file: string;
  /** The name of its folder: the pack's id when the file cannot say. */
  folder: string;
}

/** The file system, as the folder source needs it (adapters/files implements it). */
export interface PackFileReader {
  /** The pack.json of every folder directly under `root`; none when `root` does not exist. */
  list(root: string): PackFileEntry[];
  read(file: string): { ok: true; raw: unknown } | { ok: false; problems: Problem[] };
}

export class FolderSource implements PackSource {
  constructor(
    private readonly reader: PackFileReader,
    readonly roots: readonly string[],
    readonly files: readonly PackFileEntry[] = [],
  ) {}

  async load(): Promise<SourceContents> {
    const byId = new Map<string, PackVersion | UnreadablePack>();
    const entries = [...this.roots.flatMap((root) => this.reader.list(root)), ...this.files];
    for (const entry of entries) {
      const read = this.readEntry(entry);
      byId.set(read.packId, read);
    }
    const versions: PackVersion[] = [];
    const unreadable: UnreadablePack[] = [];
    for (const item of byId.values()) {
      if ('problems' in item) unreadable.push(item);
      else versions.push(item);
    }
    return { versions, unreadable };
  }

  private readEntry({ file, folder }: PackFileEntry): PackVersion | UnreadablePack {
    const read = this.reader.read(file);
    if (!read.ok) return { packId: folder, file, problems: read.problems };
    const id = (read.raw as { id?: unknown } | null)?.id;
    const packId = typeof id === 'string' ? id : folder;
    const parsed = parsePackDocument(read.raw);
    if (!parsed.ok) return { packId, file, problems: parsed.problems };
    const doc = parsed.doc;
    return {
      packId,
      version: doc.version,
      jurisdictionCode: doc.jurisdiction.code,
      status: 'published',
      document: read.raw,
      contentHash: contentHash(read.raw),
      effectiveFrom: doc.inForce.from,
      createdAt: '',
      publishedAt: null,
      source: 'folder',
      createdBy: null,
      file,
    };
  }
}
