// valueLabels: a pack of format 2 may name the values of a custom enum fact, and the lexicon then says them so (in
// statements, conditions and problems); the labels are checked against the fact's values and the pack's format.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICIES_DIR } from '../adapters/files/pack-files.js';
import { compilePack } from '../engine/compile-pack.js';
import { describeConditions } from '../engine/describe-conditions.js';
import { factStatement, problemText, valueName, valueNames } from '../engine/lexicon/index.js';
import type { PackDocument } from '../engine/pack-schema.js';
import { parsePackDocument } from '../engine/parse-pack.js';
import { format2Pack } from './fixtures/format-2-pack.js';
import { compileValid, lookupOf, miniPack } from './fixtures/mini-pack.js';

describe('valueLabels: a custom enum fact names its values', () => {
  const base = () => parsePackDocument(miniPack()).doc as PackDocument;
  const LABELS = { hall: { zh: '展馆', en: 'Exhibition hall' }, stadium: { zh: '体育场', en: 'Stadium' } };
  const withLabels = (labels: unknown, at = 2) => {
    const doc = format2Pack();
    doc.facts[at].valueLabels = labels;
    return doc;
  };
  const problemsOf = (doc: unknown) => {
    const result = compilePack(doc, lookupOf(base()));
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('a pack of format 2 may label the values of an enum fact, and the lexicon names them so', () => {
    const compiled = compileValid(withLabels(LABELS), lookupOf(base()));
    const facts = compiled.pack.facts;
    expect(valueName('extra.venue', 'hall', 'zh', facts)).toBe('展馆');
    expect(valueName('extra.venue', 'stadium', 'en', facts)).toBe('Stadium');
    expect(valueName('extra.venue', 'hall', 'zh')).toBe('hall');
    expect(valueNames('extra.venue', facts)).toEqual(LABELS);
    expect(factStatement('extra.venue', 'hall', 'zh', facts)).toBe('场馆类型：展馆');
    expect(describeConditions({ fact: 'extra.venue', operator: 'in', value: ['hall', 'stadium'] }, 'zh', facts)).toContain('展馆、体育场');
    expect(problemText({ path: 'extra.venue', kind: 'one-of', values: { options: ['hall', 'stadium'] } }, 'zh', facts)).toBe('应为展馆、体育场之一');
  });

  it('every label names one of the fact\'s values', () => {
    expect(problemsOf(withLabels({ ...LABELS, arena: { zh: '场', en: 'Arena' } }))).toEqual([
      'facts[2].valueLabels.arena: "arena" is not one of the fact\'s values (hall, stadium): name a value it lists',
    ]);
    // A fact without values (extra.indoor is a boolean) has no values to name.
    expect(problemsOf(withLabels(LABELS, 1))).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\[1\]\.valueLabels: names the values of an enum fact/)]));
    // A built-in fact has the catalogue's names.
    expect(problemsOf(withLabels({ meeting: { zh: '会', en: 'Meet' } }, 4))).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\[4\]\.valueLabels: a built-in fact has the catalogue's words/)]));
    // A label is both languages.
    expect(problemsOf(withLabels({ hall: { zh: '展馆' } })).some((p) => p.startsWith('facts[2].valueLabels.hall.en'))).toBe(true);
  });

  it('belongs to pack format 2', () => {
    const doc = withLabels(LABELS);
    delete doc.format;
    expect(problemsOf(doc)).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\[2\]\.valueLabels: belongs to pack format 2/)]));
  });

  it('is in the generated JSON schema of packs', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = readFileSync(join(POLICIES_DIR, 'pack.schema.json'), 'utf8');
    expect(schema).toContain('"valueLabels"');
  });
});
