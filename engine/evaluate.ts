// evaluate(pack, event, { asOf, lang, readings, engine, detail }) -> Determination (or a Decision).
//
// 1. The event is validated (bad input is rejected with every problem, never guessed around).
// 2. engine/decide.ts finds every rule's three-valued truth (compiled functions; json-rules-engine with
//    `engine: 'reference'`), the obligation, the duties, the confirmation routes and the offset plan check.
// 3. Words are put on afterwards: the pack's own words and the lexicon's, the parts that do not depend on the
//    event prepared once per pack version and language (engine/pack-words.ts).
// 4. Contested readings: the answer is given under the chosen (else default) option of each reading, and each
//    reading whose other options would change it is listed with what they would give.
import type { CalendarDate } from './calendar.js';
import type { CompiledPack } from './compile-pack.js';
import { type Core, decide, decidedByOf, type OutcomeSource } from './decide.js';
import type { Decision, Determination } from './determination.js';
import { checkEventFacts } from './event-facts.js';
import { type EventInput, validateEvent } from './event-schema.js';
import { factStatement } from './lexicon/facts.js';
import { WARNINGS } from './lexicon/sentences.js';
import { fill } from './lexicon/words.js';
import { packWords } from './pack-words.js';
import { InputError } from './problems.js';
import { questionsFor } from './questions.js';
import { readingsOf } from './reading-alternatives.js';
import { chooseReadings, type ReadingChoice } from './readings.js';
import { referenceOutcomes, ruleOutcomes } from './rule-outcomes.js';
import { summarize } from './summary.js';
import type { Lang } from './vocabulary.js';

export interface EvaluateOptions {
  asOf?: CalendarDate;
  lang?: Lang;
  /** reading id -> option id: answer under another option than the pack's default. */
  readings?: ReadingChoice;
  /** `reference`: find the rules' truths with json-rules-engine, for whoever doubts an answer. */
  engine?: 'compiled' | 'reference';
  /** `decision`: codes and rule ids only, without words (simulation and batch work). */
  detail?: 'full' | 'decision';
}

/** Validates an event; throws InputError naming every bad field. */
export function parseEvent(input: unknown): EventInput {
  const result = validateEvent(input);
  if (!result.ok) throw new InputError('The event is not valid:', result.problems);
  return result.event;
}

export function evaluate(compiled: CompiledPack, input: unknown, options: EvaluateOptions & { detail: 'decision' }): Promise<Decision>;
export function evaluate(compiled: CompiledPack, input: unknown, options?: EvaluateOptions & { detail?: 'full' }): Promise<Determination>;
export function evaluate(compiled: CompiledPack, input: unknown, options?: EvaluateOptions): Promise<Determination | Decision>;
export async function evaluate(compiled: CompiledPack, input: unknown, options: EvaluateOptions = {}): Promise<Determination | Decision> {
  const event = parseEvent(input);
  checkEventFacts(compiled.pack, event);
  const lang: Lang = options.lang ?? 'zh';
  const asked = options.readings ?? {};
  const choice = chooseReadings(compiled.pack, asked);
  const source: OutcomeSource = options.engine === 'reference' ? referenceOutcomes : ruleOutcomes;
  if (options.detail === 'decision') return decideEvent(compiled, event, choice, options.asOf, source);
  const core = await decide(compiled, event, choice, options.asOf, lang, source);
  const determination = word(compiled, core, lang);
  const again = async (other: ReadingChoice) => word(compiled, await decide(compiled, event, other, options.asOf, lang, source), lang);
  determination.readings = await readingsOf(compiled, core, choice, asked, determination, again, lang, options.engine !== 'reference');
  return determination;
}

/**
 * evaluate(..., { detail: 'decision' }) after its validation: the Decision of an event already validated (its custom
 * facts checked), under readings already chosen. The simulation (app/simulation/decider.ts) calls it for events it
 * validated once, so both give the same decisions by construction.
 */
export async function decideEvent(
  compiled: CompiledPack,
  event: EventInput,
  choice: ReadingChoice,
  asOf?: CalendarDate,
  source: OutcomeSource = ruleOutcomes,
): Promise<Decision> {
  // A Decision has no words, so the language the core is decided in does not show in it.
  return decisionOf(compiled, await decide(compiled, event, choice, asOf, 'zh', source));
}

/** The Determination: the core in words. */
export function word(compiled: CompiledPack, core: Core, lang: Lang): Determination {
  const { pack } = compiled;
  const words = packWords(compiled, lang);
  const warnings: string[] = [];
  if (core.packInForce === false) {
    const until = core.packPeriod.until ?? WARNINGS.openEnd[lang];
    warnings.push(fill(WARNINGS.notInForce[lang], { from: core.packPeriod.from, until, asOf: core.asOf as string }));
  }
  for (const duty of core.outOfRange) {
    warnings.push(fill(WARNINGS.dueOutOfRange[lang], { duty: core.duties.find((d) => d.duty === duty)?.title ?? '' }));
  }
  if (core.check?.estimate) warnings.push(core.check.estimate.text);
  const decidedBy = decidedByOf(core);
  const determination: Determination = {
    pack: { id: pack.id, version: pack.version, title: words.title, chain: pack.chain },
    asOf: core.asOf,
    lang,
    obligation: core.obligation,
    ...(core.atLeast ? { obligationAtLeast: core.atLeast } : {}),
    ...(decidedBy ? { decidedBy } : {}),
    summary: '',
    missingFacts: core.missingFacts,
    questions: questionsFor(core.missingFacts, pack.facts, lang),
    undecided: core.undecided,
    assumptions: core.known.assumptions.map((a) => ({ ...a, text: factStatement(a.fact, a.value, lang, pack.facts) })),
    readings: [],
    warnings,
    confirmation: core.confirmation,
    duties: core.duties,
    offsets: core.check ? { ...words.offsets, check: core.check } : words.offsets,
    process: words.process,
    reasons: core.holds.map((o) => words.reason(o.rule)),
  };
  if (words.removed.length) determination.removed = words.removed;
  determination.summary = summarize(determination);
  return determination;
}

/** The Decision (codes and rule ids, no words) of a core already decided. */
export function decisionOf(compiled: CompiledPack, core: Core): Decision {
  const { pack } = compiled;
  const check = core.check;
  return {
    detail: 'decision',
    pack: { id: pack.id, version: pack.version, chain: pack.chain },
    asOf: core.asOf,
    obligation: core.obligation,
    ...(core.atLeast ? { obligationAtLeast: core.atLeast } : {}),
    ...(core.decisive && decidedByOf(core) ? { decidedBy: core.decisive.id } : {}),
    duties: core.duties.map((d) => ({
      duty: d.duty,
      due: d.due,
      binding: d.binding,
      rule: d.rule,
      ...(d.governs?.lines ? { lines: d.governs.lines } : {}),
    })),
    modes: core.confirmation.modes,
    ...(check
      ? { offsets: { sufficient: check.sufficient, counted: check.counted, shortfall: check.shortfall, verdicts: check.lines.map((l) => l.verdict) } }
      : {}),
    rules: core.holds.map((o) => o.rule.id),
    missingFacts: core.missingFacts,
  };
}
