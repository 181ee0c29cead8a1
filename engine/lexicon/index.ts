// The one bilingual lexicon: every word the engine, the CLI, the reports and the pages put on a code, a fact or an
// answer. One concept per file:
//   words.ts        how words are joined in each language (colon, brackets, lists, templates)
//   vocabulary.ts   the names of the codes (obligations, duties, modes, instruments, verdicts, kinds, levels …)
//   facts.ts        the names and units of the facts, and how a fact's value is said
//   regions.ts      GB/T 2260 region names (region-table.ts is the data)
//   sentences.ts    the engine's sentences about an answer (summary, due dates, warnings, questions, fallback)
//   offset-sentences.ts  the engine's sentences about offsets (conditions, why a line fails, order, serials)
//   conditions.ts   the words of a rule's condition tree
//   interface.ts    the interface's own words (headings, row names, legends), shared by the CLI, reports and pages
//   problems.ts     bad input in words: the field a problem is about and what is wrong with it
export * from './case-documents.js';
export * from './case-estimate.js';
export * from './cases.js';
export * from './analysis.js';
export * from './conditions.js';
export * from './diff-explain.js';
export * from './estimate.js';
export * from './facts.js';
export * from './interface.js';
export * from './offset-sentences.js';
export * from './page-words.js';
export * from './problems.js';
export * from './regions.js';
export * from './sentences.js';
export * from './simulation.js';
export * from './vocabulary.js';
export * from './words.js';
