// The pack linter: every check runs, and every problem is reported, so a bureau fixes a pack in one pass.
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';
import { checkCitations } from './citations.js';
import { checkConditions } from './conditions.js';
import { checkDuties } from './duties.js';
import { checkFacts } from './facts.js';
import { checkFormat } from './format.js';
import { checkOffsets } from './offsets.js';
import { checkPeriods } from './periods.js';
import { checkReadings } from './readings.js';
import { checkRemovals } from './removals.js';
import { checkRuleVersions } from './rule-versions.js';
import { checkVocabulary } from './vocabulary.js';

export interface LintContext {
  /** False when `extends` could not be resolved: facts and documents of the missing base are then unknown. */
  baseKnown: boolean;
}

export function lintPack(pack: ResolvedPack, ownDocument: unknown, context: LintContext = { baseKnown: true }): Problem[] {
  // Without its base, a fact the base declares or a document it lists looks unknown here: such problems are still
  // reported (they usually are real), with a note that the base could not be consulted.
  const unverified = (problems: Problem[]) =>
    context.baseKnown ? problems : problems.map((p) => ({ ...p, message: `${p.message} (the base pack could not be loaded to check it)` }));
  return [
    ...checkFormat(ownDocument),
    ...checkFacts(pack),
    ...checkRuleVersions(pack),
    ...checkPeriods(pack),
    ...unverified(checkConditions(pack)),
    ...checkDuties(pack),
    ...unverified(checkVocabulary(pack)),
    ...checkRemovals(pack, context.baseKnown),
    ...checkOffsets(pack),
    ...checkReadings(pack),
    ...unverified(checkCitations(pack, ownDocument)),
  ];
}
