// Pack diff: what changed between two packs or two versions of one, as data and in words.
export * from './pack-change.js';
export { diffPacks } from './pack-diff.js';
export { diffCount, diffHeading, renderDiff } from './diff-text.js';
