// The name of a confirmation mode or duty: a built-in one's from the lexicon (engine/lexicon/vocabulary.ts), a declared
// one's from the pack that declares it (`vocabulary`). Renderers use these instead of indexing the label tables, which
// know the built-in ones only.
import { DUTY_LABELS, MODE_LABELS } from './lexicon/vocabulary.js';
import type { BilingualText, Citation } from './citation-schema.js';
import type { ResolvedPack } from './resolved-pack.js';
import { isBuiltInDuty, isBuiltInMode } from './vocabulary.js';

type WithVocabulary = Pick<ResolvedPack, 'vocabulary'>;

export interface Term {
  id: string;
  label: BilingualText;
  /** True for the shared vocabulary that reports compare across packs. */
  builtIn: boolean;
  /** Where a declared term is introduced; built-in terms have none. */
  citation?: Citation;
  /** The pack that declared it. */
  origin?: string;
}

function declared(terms: WithVocabulary['vocabulary']['duties'], id: string): Term | undefined {
  const term = terms.find((t) => t.id === id);
  return term && { id, label: term.label, builtIn: false, citation: term.citation, origin: term.origin };
}

/** The duty `id` as the pack chain knows it; undefined for a duty neither built in nor declared. */
export function dutyTerm(pack: WithVocabulary, id: string): Term | undefined {
  if (isBuiltInDuty(id)) return { id, label: DUTY_LABELS[id], builtIn: true };
  return declared(pack.vocabulary.duties, id);
}

/** The confirmation mode `id` as the pack chain knows it; undefined for a mode neither built in nor declared. */
export function modeTerm(pack: WithVocabulary, id: string): Term | undefined {
  if (isBuiltInMode(id)) return { id, label: MODE_LABELS[id], builtIn: true };
  return declared(pack.vocabulary.modes, id);
}

/** The name of a duty; the id itself only for one the chain does not know (a compiled pack has none). */
export function dutyLabel(pack: WithVocabulary, id: string): BilingualText {
  return dutyTerm(pack, id)?.label ?? { zh: id, en: id };
}

export function modeLabel(pack: WithVocabulary, id: string): BilingualText {
  return modeTerm(pack, id)?.label ?? { zh: id, en: id };
}
