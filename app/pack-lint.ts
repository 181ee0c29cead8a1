// Linting a pack document: validated and compiled like a draft (against the latest published versions of its
// bases), then analysed with the pack it extends (engine/analysis/). The one place both doors (CLI, API) lint.
import { type Analysis, analysePack, type SpaceBudget } from '../engine/analysis/index.js';
import { type CompiledPack, type PackDocument, parsePackDocument, type Problem } from '../engine/index.js';
import type { PackRegistry } from './registry.js';
import { latestPublished } from './version-in-effect.js';

export type LintResult = { ok: true; analysis: Analysis; compiled: CompiledPack; base?: CompiledPack } | { ok: false; problems: Problem[] };

const baseOf = (doc: PackDocument | undefined) => doc?.extends;

/** The documents of the bases of `doc`, nearest last, as the registry compiles against them. */
function baseDocuments(registry: PackRegistry, doc: PackDocument): PackDocument[] {
  const docs: PackDocument[] = [];
  const seen = new Set([doc.id]);
  for (let id = baseOf(doc); id && !seen.has(id); ) {
    seen.add(id);
    const parsed = parsePackDocument(latestPublished(registry.versionsOf(id))?.document).doc;
    if (!parsed) break;
    docs.unshift(parsed);
    id = baseOf(parsed);
  }
  return docs;
}

export async function lintDocument(registry: PackRegistry, document: unknown, options: { budget?: SpaceBudget } = {}): Promise<LintResult> {
  const result = registry.compileDocument(document);
  if (!result.ok) return result;
  const doc = parsePackDocument(document).doc as PackDocument;
  const bases = baseDocuments(registry, doc);
  const nearest = bases.at(-1);
  const baseCompiled = nearest ? registry.compileDocument(latestPublished(registry.versionsOf(nearest.id))?.document) : undefined;
  const base = baseCompiled?.ok ? baseCompiled.compiled : undefined;
  const analysis = await analysePack(result.compiled, { ...(base ? { base } : {}), documents: [...bases, doc], ...(options.budget ? { budget: options.budget } : {}) });
  return { ok: true, analysis, compiled: result.compiled, ...(base ? { base } : {}) };
}
