// The loaded packs as a table: what each covers, when it is in force, what it builds on.
import type { CompiledPack, PackDocument } from '../../engine/index.js';
import { makeTable } from './table.js';

export interface PackSummary {
  id: string;
  version: string;
  jurisdiction: { code: string; zh: string; en: string };
  inForce: { from: string; until: string | null };
  extends: string | null;
  /** Rules evaluated, inherited ones included; `ownRules` are those written in this pack. */
  rules: number;
  ownRules: number;
}

export function summarizePack(compiled: CompiledPack, doc: PackDocument): PackSummary {
  const { pack } = compiled;
  return {
    id: pack.id,
    version: pack.version,
    jurisdiction: { code: pack.jurisdiction.code, zh: pack.jurisdiction.name.zh, en: pack.jurisdiction.name.en },
    inForce: { from: pack.inForce.from, until: pack.inForce.until ?? null },
    extends: doc.extends ?? null,
    rules: pack.rules.length,
    ownRules: doc.rules.length,
  };
}

export function renderPackList(packs: PackSummary[], color: boolean): string {
  const table = makeTable(['id', 'version', 'jurisdiction', 'in force', 'extends', 'rules'], color);
  for (const p of packs) {
    table.push([
      p.id,
      p.version,
      `${p.jurisdiction.code} ${p.jurisdiction.zh} ${p.jurisdiction.en}`,
      `${p.inForce.from} – ${p.inForce.until ?? '…'}`,
      p.extends ?? '—',
      p.rules === p.ownRules ? String(p.rules) : `${p.rules} (${p.ownRules} own)`,
    ]);
  }
  return `${table.toString()}\n`;
}
