// The engine's public surface: pure functions, no I/O.
export * from './calendar.js';
export { type CompiledPack, type CompileResult, compilePack } from './compile-pack.js';
export * from './decimal.js';
export type * from './determination.js';
export { evaluate, type EvaluateOptions, parseEvent } from './evaluate.js';
export { BIDI_CONTROLS, EventSchema, type EventInput, type EventValidation, type OffsetLine, validateEvent, withoutBidiControls } from './event-schema.js';
export { CUSTOM_FACT_PREFIX, FACT_CATALOG, isCustomFact, readFact } from './fact-catalog.js';
export {
  checkEventFacts,
  EventFactsError,
  factApplies,
  factKinds,
  factsToAsk,
  packsDeclaringFact,
} from './event-facts.js';
export { dutyLabel, dutyTerm, modeLabel, modeTerm, type Term } from './terms.js';
export * from './lexicon/index.js';
export { describeConditions, describeLeaf, describeTest, factLabel, valueLabel } from './describe-conditions.js';
export { describeDue } from './due-date.js';
export { describeCheck } from './eligibility-checks.js';
export * from './pack-schema.js';
export * from './pack-bounds.js';
export * from './citation-schema.js';
export * from './offset-policy-schema.js';
export * from './acknowledgement-schema.js';
export { parsePackDocument } from './parse-pack.js';
export { MAX_CONDITION_DEPTH, MAX_PACK_JSON_DEPTH, nestingProblems } from './nesting.js';
export { InputError, isProblemKind, plainProblem, type Problem, PROBLEM_KINDS, type ProblemKind, type ProblemValue } from './problems.js';
export { type ReadingChoice, ReadingsError } from './readings.js';
export { type PackLookup, resolvePack } from './resolve-pack.js';
export type { PlacedFact, PlacedRemoval, PlacedRule, PlacedTerm, ResolvedPack } from './resolved-pack.js';
export * from './vocabulary.js';
export {
  compareWithExpectation,
  type PackTestCase,
  PackTestCaseSchema,
  PackTestFileSchema,
  type PackTestResult,
  runPackTest,
} from './pack-tests.js';
