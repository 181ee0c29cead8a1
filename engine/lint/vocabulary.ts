// Declared confirmation modes and duties (pack format 2) name something new: an id declared once, never a built-in
// one. A rule may name only modes and duties that are built in or declared by the pack chain.
import type { Problem } from '../problems.js';
import type { PlacedTerm, ResolvedPack } from '../resolved-pack.js';
import { CONFIRMATION_MODES, DUTY_IDS } from '../vocabulary.js';

function checkTerms(terms: PlacedTerm[], builtIn: readonly string[], noun: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const path = `${term.sourcePath}.id`;
    if (builtIn.includes(term.id))
      problems.push({ path, message: `"${term.id}" is a built-in ${noun}: use it without declaring it, or choose another id` });
    else if (seen.has(term.id)) problems.push({ path, message: `${noun} "${term.id}" is declared twice: keep one` });
    seen.add(term.id);
  }
  return problems;
}

/** Every duty id a rule of the chain may name: the built-in ones, then the declared ones. */
export function knownDuties(pack: ResolvedPack): string[] {
  return [...DUTY_IDS, ...pack.vocabulary.duties.map((t) => t.id).filter((id) => !(DUTY_IDS as readonly string[]).includes(id))];
}

export function knownModes(pack: ResolvedPack): string[] {
  const builtIn = CONFIRMATION_MODES as readonly string[];
  return [...builtIn, ...pack.vocabulary.modes.map((t) => t.id).filter((id) => !builtIn.includes(id))];
}

export function checkVocabulary(pack: ResolvedPack): Problem[] {
  const problems = [
    ...checkTerms(pack.vocabulary.duties, DUTY_IDS, 'duty'),
    ...checkTerms(pack.vocabulary.modes, CONFIRMATION_MODES, 'confirmation mode'),
  ];
  const modes = knownModes(pack);
  const duties = knownDuties(pack);
  for (const rule of pack.rules) {
    const effect = rule.decides;
    if (effect.type === 'duty' && !duties.includes(effect.duty)) {
      problems.push({
        path: `${rule.sourcePath}.decides.duty`,
        message: `unknown duty "${effect.duty}": use one of ${duties.join(', ')}, or declare it in vocabulary.duties (pack format 2)`,
      });
    }
    if (rule.decides.type !== 'confirmation') continue;
    rule.decides.modes.forEach((mode, j) => {
      if (!modes.includes(mode))
        problems.push({
          path: `${rule.sourcePath}.decides.modes[${j}]`,
          message: `unknown confirmation mode "${mode}": use one of ${modes.join(', ')}, or declare it in vocabulary.modes (pack format 2)`,
        });
    });
  }
  return problems;
}
