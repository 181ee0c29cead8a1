// The static analysis of a pack: findings with the rules involved and a counterexample event, and their words.
export { type Analysis, analysePack, type AnalysisOptions, CHECKS } from './analyse.js';
export { choiceFor, decideCase } from './answers.js';
export { DEFAULT_BUDGET, type SpaceBudget } from './event-space.js';
export { type Answered, type Counterexample, FINDING_CODES, type Finding, type FindingCode, type LooseningKind, type Severity } from './finding.js';
