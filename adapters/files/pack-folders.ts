// Pack sources over folders: the shipped packs (policies/), other roots of pack folders, and pack files named
// one by one (the folder `pack validate` and `pack test` are given, which wins over a shipped pack of its id).
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FolderSource, type PackFileEntry, type PackFileReader } from '../../app/folder-source.js';
import { FileError, packFile, POLICIES_DIR, readJson } from './pack-files.js';

export const fileReader: PackFileReader = {
  list(root) {
    let names: string[];
    try {
      names = readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    } catch {
      return [];
    }
    return names.map((folder) => ({ file: join(root, folder, 'pack.json'), folder })).filter((e) => existsSync(e.file));
  },
  read(file) {
    try {
      return { ok: true, raw: readJson(file) };
    } catch (error) {
      if (error instanceof FileError) return { ok: false, problems: error.problems };
      throw error;
    }
  },
};

/** The pack.json a folder (or a pack.json given directly) names, with the folder that holds it. */
export function packEntry(dirOrFile: string): PackFileEntry {
  const file = packFile(dirOrFile);
  return { file, folder: basename(dirname(resolve(file))) };
}

/** The packs of `roots` (later roots win for the same id), the shipped packs first unless `shipped` is false. */
export function packFolders(roots: readonly string[] = [], options: { shipped?: string | false; files?: PackFileEntry[] } = {}): FolderSource {
  const shipped = options.shipped === undefined ? POLICIES_DIR : options.shipped;
  const all = [...(shipped ? [shipped] : []), ...roots].map((root) => resolve(root));
  return new FolderSource(fileReader, [...new Set(all)], options.files ?? []);
}

/** The source a pack folder is checked and tested against: the shipped packs, the packs beside it, and itself. */
export function targetFolders(target: string, shippedDir: string = POLICIES_DIR): { entry: PackFileEntry; source: FolderSource } {
  const entry = packEntry(target);
  const beside = dirname(dirname(resolve(entry.file)));
  return { entry, source: packFolders([beside], { shipped: shippedDir, files: [entry] }) };
}
