// The validator on pack format 2: custom facts, kinds, declared modes and duties, removals, and the format itself.
// Every problem comes with the path into the file the author wrote and what to do, all in one pass.
import { describe, expect, it } from 'vitest';
import { compilePack } from '../engine/compile-pack.js';
import type { PackDocument } from '../engine/pack-schema.js';
import { parsePackDocument } from '../engine/parse-pack.js';
import type { Problem } from '../engine/problems.js';
import { cite2, format2Pack } from './fixtures/format-2-pack.js';
import { compileValid, lookupOf, miniPack } from './fixtures/mini-pack.js';

type Json = any;

const base = (): PackDocument => parsePackDocument(miniPack()).doc as PackDocument;
const show = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`).join('\n');

function problemsOf(raw: unknown, lookup = lookupOf(base())): Problem[] {
  const result = compilePack(raw, lookup);
  expect(result.ok, 'expected the pack to be rejected').toBe(false);
  return result.ok ? [] : result.problems;
}

function expectProblem(problems: Problem[], path: string, ...fragments: string[]) {
  const match = problems.find((p) => p.path === path && fragments.every((f) => p.message.includes(f)));
  expect(match, `no problem at "${path}" says ${fragments.map((f) => JSON.stringify(f)).join(' and ')}; problems were:\n${show(problems)}`).toBeDefined();
}

describe('the format-2 fixture', () => {
  it('compiles', () => {
    expect(compileValid(format2Pack(), lookupOf(base())).pack.format).toBe(2);
  });
});

describe('a format-1 pack may not use format-2 fields', () => {
  const formatOne = (): Json => {
    const doc = format2Pack();
    delete doc.format;
    return doc;
  };

  it.each([
    ['vocabulary'],
    ['removes'],
    ['facts[0].name', 'a custom fact'],
    ['facts[0].kinds'],
    ['facts[0].label'],
    ['facts[0].unit'],
  ])('%s', (path, ...more) => {
    expectProblem(problemsOf(formatOne()), path, 'belongs to pack format 2', 'add "format": 2', ...more);
  });

  it('"format": 1 is format 1 too, and an unknown format is refused', () => {
    expectProblem(problemsOf({ ...formatOne(), format: 1 }), 'vocabulary', 'add "format": 2');
    const problems = problemsOf({ ...format2Pack(), format: 3 });
    expect(problems.some((p) => p.path === 'format'), show(problems)).toBe(true);
  });

  it('a mode outside the built-in ones says how to declare one (no longer a closed enum)', () => {
    const doc = miniPack() as Json;
    doc.rules[5].decides.modes = ['third-party', 'self-declaration'];
    const problems = problemsOf(doc);
    expectProblem(problems, 'rules[5].decides.modes[1]', 'unknown confirmation mode "self-declaration"', 'use one of third-party, self-commitment, platform', 'vocabulary.modes');
    expect(problems.filter((p) => p.message.includes('Invalid option')), show(problems)).toEqual([]);
  });
});

describe('custom facts', () => {
  const withFact = (fact: Json): Json => {
    const doc = format2Pack();
    doc.facts.push(fact);
    return doc;
  };
  const fact = (over: Json): Json => ({
    name: 'extra.seats',
    type: 'integer',
    label: { zh: '座位数', en: 'Seats' },
    question: { zh: '座位数？', en: 'How many seats?' },
    ...over,
  });
  const AT = 'facts[5]';

  it.each<[string, Json, string, ...string[]]>([
    ['a decimal quantity', { type: 'decimal' }, `${AT}.type`, 'not decimal', 'use "number"'],
    ['a string', { type: 'string' }, `${AT}.type`, 'integer, number, boolean, date, enum'],
    ['no label', { label: undefined }, `${AT}.label`, 'is required for a custom fact'],
    ['an enum without values', { type: 'enum' }, `${AT}.values`, 'lists its values'],
    ['a bad name', { name: 'extra.seat-count' }, `${AT}.name`, 'extra.<name>', 'letters and digits'],
    ['values of a boolean', { type: 'boolean', values: ['yes'] }, `${AT}.values`, 'remove values'],
    ['a value of the wrong type', { values: [100, '200'] }, `${AT}.values[1]`, 'whole number'],
    ['an assumption of the wrong type', { assumeWhenMissing: { value: 'many', citation: cite2('第六条') } }, `${AT}.assumeWhenMissing.value`, 'whole number'],
  ])('%s is reported', (_what, over, path, ...fragments) => {
    expectProblem(problemsOf(withFact(fact(over))), path, ...fragments);
  });

  it('an unknown fact name says a custom fact can be declared', () => {
    expectProblem(problemsOf(withFact(fact({ name: 'venue' }))), `${AT}.name`, 'unknown fact "venue"', 'extra.<name>');
  });

  it('a rule reading an undeclared custom fact says how to declare it', () => {
    const doc = format2Pack();
    doc.rules[0].conditions.all[1].fact = 'extra.onsite';
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[1].fact', 'unknown fact "extra.onsite"', 'type, label and question');
  });

  it('a test of the wrong type on a custom fact is reported at its value', () => {
    const doc = format2Pack();
    doc.rules[0].conditions.all[1].value = '400';
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[1].value', 'must be a number');
  });

  it('a built-in fact takes no label or unit', () => {
    const doc = format2Pack();
    doc.facts[4].unit = { zh: '平方米', en: 'm²' };
    expectProblem(problemsOf(doc), 'facts[4].unit', 'catalogue', 'remove unit');
  });

  it('a child restating an inherited custom fact may not change its type', () => {
    const parent = format2Pack();
    const child: Json = {
      format: 2,
      id: 'test-format-2-child',
      version: '1.0.0',
      title: { zh: '子包', en: 'Child' },
      jurisdiction: { code: '500101', name: { zh: '子区', en: 'Child district' } },
      documents: [{ number: '子〔2026〕1号', title: { zh: '子文件', en: 'Child doc' }, issuers: ['子局'], issued: '2026-01-01' }],
      inForce: { from: '2025-01-01' },
      extends: 'test-format-2',
      facts: [{ ...parent.facts[0], type: 'number' }],
    };
    const lookup = lookupOf(base(), parsePackDocument(parent).doc as PackDocument);
    expectProblem(problemsOf(child, lookup), 'facts[0].type', 'extra.onSite', 'integer in test-format-2', 'restate it with type integer');
  });
});

describe('declared modes and duties', () => {
  it('a built-in id is not declared again', () => {
    const doc = format2Pack();
    doc.vocabulary.modes.push({ id: 'third-party', label: { zh: '第三方', en: 'Third party' }, citation: cite2('第一条') });
    expectProblem(problemsOf(doc), 'vocabulary.modes[1].id', '"third-party" is a built-in confirmation mode', 'without declaring it');
  });

  it('an id is declared once', () => {
    const doc = format2Pack();
    doc.vocabulary.duties.push({ ...doc.vocabulary.duties[0] });
    expectProblem(problemsOf(doc), 'vocabulary.duties[1].id', 'duty "keep-evidence" is declared twice');
  });

  it('an id is lower-case words', () => {
    const doc = format2Pack();
    doc.vocabulary.duties[0].id = 'Keep Evidence';
    expectProblem(problemsOf(doc), 'vocabulary.duties[0].id', 'lower-case words');
  });

  it('an unknown duty lists the declared ones too', () => {
    const doc = format2Pack();
    doc.rules[3].decides.duty = 'keep-evidenc';
    expectProblem(problemsOf(doc), 'rules[3].decides.duty', 'unknown duty "keep-evidenc"', 'register-event', 'keep-evidence', 'vocabulary.duties');
  });

  it('an unknown mode lists the declared ones too', () => {
    const doc = format2Pack();
    doc.rules[2].decides.modes = ['self-declaraton'];
    expectProblem(problemsOf(doc), 'rules[2].decides.modes[0]', 'unknown confirmation mode "self-declaraton"', 'platform, self-declaration');
  });

  it('a declaration cites a listed document', () => {
    const doc = format2Pack();
    doc.vocabulary.modes[0].citation.document = '无此文件';
    expectProblem(problemsOf(doc), 'vocabulary.modes[0].citation.document', '无此文件');
  });
});

describe('removing an inherited rule', () => {
  it('an id no base has is a problem that lists the inherited ids', () => {
    const doc = format2Pack();
    doc.removes[0].rule = 'confirmation-route';
    expectProblem(problemsOf(doc), 'removes[0].rule', 'no base pack has a rule "confirmation-route"', 'general-encouraged');
  });

  it('a rule the pack itself defines is replaced, not removed', () => {
    const doc = format2Pack();
    doc.removes.push({ rule: 'large-meeting', citation: cite2('第三条') });
    expectProblem(problemsOf(doc), 'removes[1].rule', 'both removed and defined in this pack');
  });

  it('a pack without a base has nothing to remove', () => {
    const doc = format2Pack();
    delete doc.extends;
    doc.facts = doc.facts.filter((f: Json) => f.name !== 'floorAreaM2');
    expectProblem(problemsOf(doc), 'removes[0].rule', 'extends no base pack');
  });

  it('the same removal twice is a problem', () => {
    const doc = format2Pack();
    doc.removes.push(structuredClone(doc.removes[0]));
    expectProblem(problemsOf(doc), 'removes[1].rule', 'removed twice');
  });

  it('must cite why, from a listed document', () => {
    const doc = format2Pack();
    delete doc.removes[0].citation;
    expectProblem(problemsOf(doc), 'removes[0].citation', 'is required');
    const other = format2Pack();
    other.removes[0].citation.document = '无此文件';
    expectProblem(problemsOf(other), 'removes[0].citation.document', '无此文件');
  });

  it('with the base unknown, the removal is not called unknown', () => {
    const problems = problemsOf(format2Pack(), lookupOf());
    expectProblem(problems, 'extends', 'unknown pack "test-mini"');
    expect(problems.filter((p) => p.path.startsWith('removes')), show(problems)).toEqual([]);
  });
});

describe('every problem at once', () => {
  it('lists the problems of facts, vocabulary, removals and rules together', () => {
    const doc = format2Pack();
    doc.facts[1].type = 'decimal';
    doc.vocabulary.modes[0].id = 'platform';
    doc.removes[0].rule = 'nope';
    doc.rules[2].decides.modes = ['self-declaration'];
    doc.rules[3].decides.duty = 'keep-evidenc';
    const problems = problemsOf(doc);
    for (const path of ['facts[1].type', 'vocabulary.modes[0].id', 'removes[0].rule', 'rules[2].decides.modes[0]', 'rules[3].decides.duty']) {
      expect(problems.some((p) => p.path === path), `${path}:\n${show(problems)}`).toBe(true);
    }
    for (const p of problems) expect(p.message.length, show([p])).toBeGreaterThan(10);
  });
});
