// Issue 14: the pages' own words (engine/lexicon/page-words.ts) are in both languages, with the same placeholders in
// each, and name no concept the interface's words already name (a key of both would silently hide one of them).
import { describe, expect, it } from 'vitest';
import { INTERFACE_WORDS, PAGE_WORDS } from '../engine/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the pages' words", () => {
  it.each(Object.entries(PAGE_WORDS))('%s is said in both languages, with the same placeholders', (_key, words) => {
    expect(words.zh.trim()).not.toBe('');
    expect(words.en.trim()).not.toBe('');
    expect(placeholders(words.zh)).toEqual(placeholders(words.en));
    // Chinese words are Chinese; English words have no Chinese punctuation.
    expect(words.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(words.en).not.toMatch(/[，。：；（）]/);
  });

  it('share no key with the interface’s words', () => {
    expect(Object.keys(PAGE_WORDS).filter((k) => k in INTERFACE_WORDS)).toEqual([]);
  });
});
