// A source document of a pack as its clauses: every clause of it that the pack (with its bases) cites anywhere, in
// the document's order, with the rules that encode it and whatever else in the pack cites it (a step, an offset
// instrument, a reading...), and the words the pack quotes of it. The clause list is derived from the pack's own
// citations: nothing of the document is copied beyond what the pack already quotes.
import type { Citation, Lang, ResolvedPack } from '../../engine/index.js';
import { INSTRUMENT_LABELS } from '../../engine/index.js';
import { factName } from '../../engine/index.js';
import type { PlacedRule } from '../../engine/resolved-pack.js';
import { clausesOf, inDocumentOrder } from './clause-order.js';
import { tf } from './i18n.js';

export interface DocumentClause {
  /** The clause as the pack names it: `四（三）`, `第十六条`, `附件1`. */
  clause: string;
  /** Every dated version of each rule whose citation names this clause, in the pack's order of rules. */
  rules: PlacedRule[];
  /** What else in the pack cites it, in words. */
  citedBy: string[];
  /** The distinct citations of it (the words quoted, with their basis), each once. */
  citations: Citation[];
}

interface Citer {
  citation: Citation;
  rule?: PlacedRule;
  what?: string;
}

/** Everything in the pack that cites a clause, with what it is in words (rules by themselves). */
function citersOf(pack: ResolvedPack, lang: Lang): Citer[] {
  const say = (key: Parameters<typeof tf>[0], values: Record<string, string> = {}) => tf(key, lang, values);
  const out: Citer[] = pack.rules.map((rule) => ({ citation: rule.citation, rule }));
  const offsets = pack.offsets;
  for (const a of offsets.accepted ?? []) {
    out.push({ citation: a.citation, what: say('citedOffset', { label: a.label[lang] }) });
    for (const check of a.eligibility) {
      out.push({ citation: check.citation, what: say('citedEligibility', { label: a.label[lang] }) });
      if (check.unlessApprovedBefore) out.push({ citation: check.unlessApprovedBefore.citation, what: say('citedEligibility', { label: a.label[lang] }) });
    }
  }
  for (const x of offsets.excluded ?? []) out.push({ citation: x.citation, what: say('citedExcluded', { label: INSTRUMENT_LABELS[x.instrument][lang] }) });
  for (const e of offsets.encouraged ?? []) out.push({ citation: e.citation, what: say('citedEncouraged', { text: e.text[lang] }) });
  if (offsets.coverage) out.push({ citation: offsets.coverage.citation, what: say('citedCoverage') });
  if (offsets.noReuse) out.push({ citation: offsets.noReuse.citation, what: say('citedNoReuse') });
  if (offsets.unlisted) out.push({ citation: offsets.unlisted.citation, what: say('citedUnlisted') });
  for (const r of offsets.retirement ?? []) out.push({ citation: r.citation, what: say('citedRetirement', { text: r.where[lang] }) });
  for (const step of pack.process) out.push({ citation: step.citation, what: say('citedProcess', { title: step.title[lang] }) });
  for (const reading of pack.readings) {
    for (const option of reading.options) out.push({ citation: option.citation, what: say('citedReading', { question: reading.question[lang] }) });
  }
  for (const fact of pack.facts) {
    if (fact.assumeWhenMissing) out.push({ citation: fact.assumeWhenMissing.citation, what: say('citedAssumption', { fact: factName(fact.name, lang, pack.facts) }) });
  }
  for (const term of [...pack.vocabulary.modes, ...pack.vocabulary.duties]) out.push({ citation: term.citation, what: say('citedTerm', { label: term.label[lang] }) });
  for (const removal of pack.removed) {
    out.push({ citation: removal.citation, what: say('citedRemoval', { title: removal.versions[0]?.title[lang] ?? '' }) });
  }
  return out;
}

const citationKey = (c: Citation) => [c.clause, c.zh, c.basis, c.wording ?? 'verbatim'].join('\u0000');

/**
 * Clause lists already derived, by compiled pack (the registry keeps one object per chain of content hashes), then by
 * language and document.
 */
const CLAUSES = new WeakMap<ResolvedPack, Map<string, DocumentClause[]>>();

/** The clauses of `document` that the pack cites, in the document's order. */
export function documentClauses(pack: ResolvedPack, document: string, lang: Lang): DocumentClause[] {
  const ofPack = CLAUSES.get(pack) ?? new Map<string, DocumentClause[]>();
  CLAUSES.set(pack, ofPack);
  const key = `${lang}\u0000${document}`;
  const known = ofPack.get(key) ?? clausesOfDocument(pack, document, lang);
  ofPack.set(key, known);
  return known;
}

function clausesOfDocument(pack: ResolvedPack, document: string, lang: Lang): DocumentClause[] {
  const byClause = new Map<string, DocumentClause>();
  for (const citer of citersOf(pack, lang)) {
    if (citer.citation.document !== document) continue;
    for (const clause of clausesOf(citer.citation.clause)) {
      let entry = byClause.get(clause);
      if (!entry) {
        entry = { clause, rules: [], citedBy: [], citations: [] };
        byClause.set(clause, entry);
      }
      if (citer.rule) {
        if (!entry.rules.includes(citer.rule)) entry.rules.push(citer.rule);
      } else if (citer.what && !entry.citedBy.includes(citer.what)) entry.citedBy.push(citer.what);
      if (!entry.citations.some((c) => citationKey(c) === citationKey(citer.citation))) entry.citations.push(citer.citation);
    }
  }
  return inDocumentOrder([...byClause.keys()]).map((clause) => byClause.get(clause) as DocumentClause);
}

/** The address of a document's page, and of one clause on it. */
export function documentHref(packId: string, document: string, lang: Lang, clause?: string): string {
  const base = `/packs/${packId}/documents/${encodeURIComponent(document)}?lang=${lang}`;
  return clause ? `${base}#${encodeURIComponent(clauseAnchor(clause))}` : base;
}

/** The element id of a clause on its document's page (an id may hold any character but a space). */
export function clauseAnchor(clause: string): string {
  return `clause-${clause.replace(/\s+/g, '_')}`;
}
