// A pack as a column heading of a report: which pack, which version, where, since when, built on what.
import type { CompiledPack, Lang, Period } from '../../engine/index.js';

export interface PackColumn {
  id: string;
  version: string;
  title: string;
  jurisdiction: string;
  inForce: Period;
  /** The base packs, base first; empty for a pack that extends none. */
  bases: string[];
}

export function packColumn(compiled: CompiledPack, lang: Lang): PackColumn {
  const { pack } = compiled;
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title[lang],
    jurisdiction: pack.jurisdiction.name[lang],
    inForce: pack.inForce,
    bases: pack.chain.filter((link) => link.id !== pack.id).map((link) => link.id),
  };
}
