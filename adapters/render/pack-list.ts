// The loaded packs as a table: what each covers, when it is in force, what it builds on. The table is in words
// (the jurisdiction by name); `tanzhong packs --json` keeps the codes.
import { capital, type CompiledPack, type Lang, type PackDocument, paren, ui } from '../../engine/index.js';
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

export function renderPackList(packs: PackSummary[], color: boolean, lang: Lang = 'zh'): string {
  const heads = [ui('pack', lang), ui('version', lang), ui('jurisdiction', lang), ui('inForce', lang), capital(ui('extends', lang), lang), ui('rules', lang)];
  const table = makeTable(heads, color);
  for (const p of packs) {
    table.push([
      p.id,
      p.version,
      p.jurisdiction[lang],
      `${p.inForce.from} – ${p.inForce.until ?? '…'}`,
      p.extends ?? '—',
      p.rules === p.ownRules ? String(p.rules) : `${p.rules}${paren(ui('ownRules', lang, { n: p.ownRules }), lang)}`,
    ]);
  }
  return `${table.toString()}\n`;
}
