// Explain: why each rule of a pack held, failed or was unknown for an event, and the words for it.
export * from './explanation.js';
export { decidesWords, type ExplainOptions, explainEvent } from './explain.js';
export { citationWords, renderExplanation, ruleLines } from './explain-text.js';
