// What the pages show of a pack: its published versions (a draft is seen through the API only, with a key of its
// jurisdiction), and the version they name it by (the one in effect today, else the latest published).
import { visibleTo } from '../../app/publishing.js';
import type { PackVersion } from '../../app/pack-source.js';
import type { PackRegistry } from '../../app/registry.js';
import type { Lang, PackDocument } from '../../engine/index.js';

/** The versions of a pack the pages show: the published ones (visibleTo the public). */
export const publishedVersions = (registry: PackRegistry, id: string): PackVersion[] => registry.versionsOf(id).filter((v) => visibleTo(v, null));

/** The document the pages name a pack by: the version in effect, else the latest published; undefined without one. */
export function shownDocument(registry: PackRegistry, id: string, published = publishedVersions(registry, id)): PackDocument | undefined {
  return (registry.shownVersion(id)?.inEffect ?? published.at(-1))?.document as PackDocument | undefined;
}

/** Another pack named by its title (a base, the origin of an inherited rule); its id when it has no shown version. */
export const packNamer =
  (registry: PackRegistry, lang: Lang) =>
  (id: string): string =>
    shownDocument(registry, id)?.title?.[lang] ?? id;
