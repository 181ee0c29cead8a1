// compilePack: a valid pack compiles; a broken pack is rejected with EVERY problem listed, each with the path
// a person would point at and a message that says what to do; `extends` chains merge by rule id.
import { describe, expect, it } from 'vitest';
import { compilePack } from '../engine/compile-pack.js';
import { evaluate } from '../engine/evaluate.js';
import type { PackDocument } from '../engine/pack-schema.js';
import { parsePackDocument } from '../engine/parse-pack.js';
import type { Problem } from '../engine/problems.js';
import { CLAUSES, cite, compileValid, lookupOf, MINI_DOC, miniPack } from './fixtures/mini-pack.js';

// Loose JSON for mutating copies of the pack into broken ones.
type Json = any;

const clone = (): Json => structuredClone(miniPack());

function parsed(raw: unknown): PackDocument {
  const r = parsePackDocument(raw);
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.problems)}`);
  return r.doc;
}

function problemsOf(raw: unknown, lookup = lookupOf()): Problem[] {
  const result = compilePack(raw, lookup);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const show = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`).join('\n');

/** Asserts that some problem has exactly this path and a message containing every fragment. */
function expectProblem(problems: Problem[], path: string, ...fragments: string[]) {
  const atPath = problems.filter((p) => p.path === path);
  expect(atPath.length, `no problem at path "${path}"; problems were:\n${show(problems)}`).toBeGreaterThan(0);
  const match = atPath.find((p) => fragments.every((f) => p.message.includes(f)));
  expect(match, `no problem at "${path}" says ${fragments.map((f) => JSON.stringify(f)).join(' and ')}; problems were:\n${show(problems)}`).toBeDefined();
}

describe('the mini pack', () => {
  it('compiles', () => {
    const result = compilePack(miniPack(), lookupOf());
    if (!result.ok) throw new Error(show(result.problems));
    expect(result.compiled.pack.id).toBe('test-mini');
    expect(result.compiled.pack.rules.map((r) => r.id)).toEqual([
      'meeting-required',
      'general-encouraged',
      'organizer-lead',
      'organizer-lead',
      'complete-neutralization',
      'confirmation-routes',
    ]);
    expect(result.compiled.rulesByEngineName.size).toBe(6);
    expect(result.compiled.pack.chain).toEqual([{ id: 'test-mini', version: '1.0.0' }]);
  });

  it('is not a JSON object -> one root problem', () => {
    for (const raw of [null, [], 'pack', 3]) {
      const problems = problemsOf(raw);
      expectProblem(problems, '(root)', 'must be a JSON object');
    }
  });
});

// The broken copy: every kind of problem at once. Rule indexes are those of the mini pack (see fixture),
// plus rules[6] (a duplicate id) and rules[7] (an unknown duty).
function lintBroken(doc: Json): Json {
  doc.rules[0].conditions.all[0].fact = 'venue'; // unknown fact
  doc.rules[0].conditions.all[1].value = '200'; // attendees is an integer
  doc.rules[0].conditions.all[2].operator = 'isOneOf'; // unknown operator
  doc.rules[1].citation.document = '测试〔2099〕9号'; // document not listed
  doc.rules[3].inForce = { from: '2025-06-01' }; // overlaps rules[2] (2025-01-01..2025-12-31)
  doc.rules[4].decides.due.anchor = 'event.middle';
  doc.rules.push(structuredClone(doc.rules[1])); // rules[6]: same id as rules[1], neither dated
  doc.rules[6].citation.document = MINI_DOC;
  doc.rules.push({
    id: 'plant-trees',
    title: { zh: '植树', en: 'Plant trees' },
    conditions: { all: [] },
    decides: { type: 'duty', duty: 'plant-trees', due: { anchor: 'event.end', direction: 'after', months: 1 }, applies: 'always' },
    citation: cite(CLAUSES.duty),
  }); // rules[7]: unknown duty id
  return doc;
}

const LINT_EXPECTED: [string, string, ...string[]][] = [
  ['rules[0].conditions.all[0].fact', 'unknown fact "venue"', 'see docs/pack-format.md'],
  ['rules[0].conditions.all[1].value', 'must be a number', '"200"'],
  ['rules[0].conditions.all[2].operator', 'unknown operator "isOneOf"', 'use one of', 'greaterThanInclusive'],
  ['rules[1].citation.document', '测试〔2099〕9号', 'add it to "documents" or correct the number'],
  ['rules[3].inForce', 'version periods of rule "organizer-lead" overlap', 'end one before the other begins'],
  ['rules[4].decides.due.anchor', 'unknown anchor "event.middle"', 'event.start or event.end or none'],
  ['rules[6]', 'duplicate rule id "general-encouraged"', 'rules[1]', 'rename one, or give both an inForce period'],
  ['rules[7].decides.duty', 'unknown duty "plant-trees"', 'use one of', 'complete-neutralization'],
];

describe('a pack with every kind of problem at once', () => {
  // Besides the lint problems: a rule without citation (a schema problem) and `extends` naming an unknown
  // pack (a resolution problem). compile-pack.ts promises "a pack with any problem is rejected with every
  // problem listed", so all ten must be reported together.
  const broken = (): Json => {
    const doc = lintBroken(clone());
    delete doc.rules[5].citation;
    doc.extends = 'no-such-pack';
    return doc;
  };
  const EXPECTED: [string, string, ...string[]][] = [
    ...LINT_EXPECTED,
    ['rules[5].citation', 'is required'],
    ['extends', 'extends unknown pack "no-such-pack"', 'publish the base pack first or correct its id'],
  ];

  it('is rejected', () => {
    expect(compilePack(broken(), lookupOf()).ok).toBe(false);
  });

  it.each(EXPECTED)('lists the problem at %s', (path, ...fragments) => {
    expectProblem(problemsOf(broken()), path, ...fragments);
  });

  it('a schema problem in one rule does not hide the linter problems of the others', () => {
    const doc = lintBroken(clone());
    delete doc.rules[5].citation;
    const problems = problemsOf(doc);
    expectProblem(problems, 'rules[5].citation', 'is required');
    expectProblem(problems, 'rules[0].conditions.all[0].fact', 'unknown fact "venue"');
    // Rules after the broken one keep their own index in paths.
    expectProblem(problems, 'rules[7].decides.duty', 'unknown duty "plant-trees"');
  });

  it('an unknown base pack does not hide the linter problems of the pack itself', () => {
    const doc = lintBroken(clone());
    doc.extends = 'no-such-pack';
    const problems = problemsOf(doc);
    expectProblem(problems, 'extends', 'unknown pack "no-such-pack"');
    expectProblem(problems, 'rules[0].conditions.all[0].fact', 'unknown fact "venue"');
  });

  it('every problem has a path and a message', () => {
    for (const p of problemsOf(broken())) {
      expect(p.path, show([p])).toMatch(/\S/);
      expect(p.message.length, show([p])).toBeGreaterThan(10);
    }
  });
});

describe('each stage on its own', () => {
  it.each(LINT_EXPECTED)('the linter lists the problem at %s (no schema or extends problem present)', (path, ...fragments) => {
    expectProblem(problemsOf(lintBroken(clone())), path, ...fragments);
  });

  it('the linter lists exactly these eight problems', () => {
    const problems = problemsOf(lintBroken(clone()));
    expect(problems.map((p) => p.path).sort(), show(problems)).toEqual(LINT_EXPECTED.map(([path]) => path).sort());
  });

  it('a rule without citation is reported at its path', () => {
    const doc = clone();
    delete doc.rules[5].citation;
    const problems = problemsOf(doc);
    expectProblem(problems, 'rules[5].citation', 'is required');
  });

  it('an unknown base pack is reported at extends', () => {
    const doc = clone();
    doc.extends = 'no-such-pack';
    expectProblem(problemsOf(doc), 'extends', 'unknown pack "no-such-pack"');
  });

  it('an unknown top-level field is named, with a non-empty path', () => {
    const doc = clone();
    doc.rule = [];
    const problems = problemsOf(doc);
    const match = problems.find((p) => p.message.includes('unknown field') && p.message.includes('rule'));
    expect(match, show(problems)).toBeDefined();
    expect(['(root)', 'rule'], `path of "${match?.message}"`).toContain(match?.path);
  });

  it('an unknown field in a rule is reported at that rule', () => {
    const doc = clone();
    doc.rules[2].effective = '2025-01-01';
    expectProblem(problemsOf(doc), 'rules[2]', 'unknown field effective', 'remove or rename');
  });

  it('a citation of the wrong type is not called missing', () => {
    const doc = clone();
    doc.rules[2].citation = '第三条';
    const problems = problemsOf(doc);
    expect(problems.some((p) => p.path === 'rules[2].citation'), show(problems)).toBe(true);
    expect(problems.filter((p) => p.path === 'rules[2].citation' && p.message.includes('is required')), show(problems)).toEqual([]);
  });

  it('a catalog fact that is not declared is reported with how to declare it', () => {
    const doc = clone();
    doc.rules[0].conditions.all[0] = { fact: 'scale', operator: 'equal', value: 'national' };
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[0].fact', 'unknown fact "scale"', 'declare it in "facts"');
  });

  it('two dated versions that do not overlap are fine, but touching periods overlap (until is inclusive)', () => {
    const doc = clone();
    doc.rules[3].inForce = { from: '2025-12-31' };
    expectProblem(problemsOf(doc), 'rules[3].inForce', 'overlap');
  });
});

describe('extends', () => {
  it('a cycle is rejected', () => {
    const a: Json = { ...clone(), id: 'pack-a', extends: 'pack-b' };
    const b: Json = { ...clone(), id: 'pack-b', extends: 'pack-a' };
    const problems = problemsOf(a, lookupOf(parsed(a), parsed(b)));
    expect(problems.some((p) => p.path.startsWith('extends') && p.message.includes('cycle')), show(problems)).toBe(true);
  });

  it('a pack extending itself is rejected', () => {
    const a: Json = { ...clone(), extends: 'test-mini' };
    const problems = problemsOf(a, lookupOf(parsed(a)));
    expectProblem(problems, 'extends', 'cycle', 'test-mini');
  });

  const CHILD_DOC = '测试〔2026〕2号';
  const child = (): Json => ({
    id: 'test-child',
    version: '1.0.0',
    title: { zh: '测试子包', en: 'Test child pack' },
    jurisdiction: { code: '500100', name: { zh: '重庆市辖区', en: 'Chongqing districts' } },
    documents: [{ number: CHILD_DOC, title: { zh: '子文件', en: 'Child document' }, issuers: ['测试区局'], issued: '2026-01-01' }],
    inForce: { from: '2025-01-01' },
    extends: 'test-mini',
    rules: [
      {
        id: 'meeting-required',
        title: { zh: '百人以上会议应当碳中和', en: 'Meetings of 100 or more must neutralize' },
        conditions: {
          all: [
            { fact: 'kind', operator: 'equal', value: 'meeting' },
            { fact: 'attendees', operator: 'greaterThanInclusive', value: 100 },
          ],
        },
        decides: { type: 'obligation', level: 'required' },
        citation: cite('第一条', CHILD_DOC),
      },
      {
        id: 'organizer-lead',
        title: { zh: '党政机关应当碳中和', en: 'Party and government bodies must neutralize' },
        conditions: { all: [{ fact: 'organizer.type', operator: 'equal', value: 'party-government' }] },
        decides: { type: 'obligation', level: 'required' },
        // Cites the base pack's document: documents are inherited too.
        citation: cite('第三条', MINI_DOC),
      },
    ],
  });

  it('a child overrides rules by id (all dated versions at once) and inherits the others', async () => {
    const compiled = compileValid(child(), lookupOf(parsed(miniPack())));
    const rules = compiled.pack.rules;
    expect(compiled.pack.chain).toEqual([
      { id: 'test-mini', version: '1.0.0' },
      { id: 'test-child', version: '1.0.0' },
    ]);
    expect(rules.map((r) => r.id).sort()).toEqual(
      ['complete-neutralization', 'confirmation-routes', 'general-encouraged', 'meeting-required', 'organizer-lead'].sort(),
    );
    expect(rules.find((r) => r.id === 'meeting-required')?.origin).toBe('test-child');
    expect(rules.filter((r) => r.id === 'organizer-lead')).toHaveLength(1);
    expect(rules.find((r) => r.id === 'general-encouraged')?.origin).toBe('test-mini');
    expect(compiled.pack.facts.map((f) => f.name)).toContain('meetingClass');
    expect(compiled.pack.documents.map((d) => d.number).sort()).toEqual([MINI_DOC, CHILD_DOC].sort());
    expect(compiled.pack.offsets.accepted?.map((a) => a.instrument)).toEqual(['CQCER', 'CCER']);

    // A meeting of 150 without a class: required by the child, which no longer reads meetingClass.
    const event = { kind: 'meeting', attendees: 150, organizer: { type: 'enterprise' }, startDate: '2026-01-31', endDate: '2026-01-31' };
    const d = await evaluate(compiled, event);
    expect(d.obligation).toBe('required');
    expect(d.missingFacts).toEqual([]);
    const decisive = d.reasons.find((r) => r.decides === 'obligation:required');
    expect(decisive).toMatchObject({ rule: 'meeting-required', origin: 'test-child', citation: { document: CHILD_DOC } });
    // Inherited duty and confirmation, with the base pack as their origin.
    expect(d.duties.map((x) => [x.duty, x.due])).toEqual([['complete-neutralization', '2026-02-28']]);
    expect(d.reasons.find((r) => r.rule === 'complete-neutralization')?.origin).toBe('test-mini');
    expect(d.confirmation.modes).toEqual(['third-party', 'self-commitment']);

    // The base pack, for the same event, only encourages (its threshold is 200).
    const base = await evaluate(compileValid(miniPack()), event);
    expect(base.obligation).toBe('encouraged');

    // The overridden organizer-lead is undated: a party-government organizer in 2025 is required, not expected.
    const lead = await evaluate(compiled, { kind: 'exhibition', attendees: 10, organizer: { type: 'party-government' } }, { asOf: '2025-06-01' });
    expect(lead.obligation).toBe('required');
  });

  it('a child citing a document of neither pack is rejected at the child path', () => {
    const doc = child();
    doc.rules[1].citation.document = '测试〔2099〕9号';
    const problems = problemsOf(doc, lookupOf(parsed(miniPack())));
    expectProblem(problems, 'rules[1].citation.document', '测试〔2099〕9号');
  });

  it('a problem in an inherited rule is reported with the base pack in its path', () => {
    const base: Json = clone();
    base.rules[1].conditions = { all: [{ fact: 'venue', operator: 'equal', value: 'x' }] };
    const problems = problemsOf(child(), lookupOf(parsed(base)));
    expectProblem(problems, 'test-mini:rules[1].conditions.all[0].fact', 'unknown fact "venue"');
  });

  // The base declares 2 facts; the child's own file declares 1. The merged pack lists the base's first, so the
  // child's fact is the merged pack's facts[2]: the path must still point into the child's own file.
  const twoFactBase = (): Json => {
    const base = clone();
    base.facts = base.facts.filter((f: Json) => f.name === 'attendees' || f.name === 'kind');
    return base;
  };
  const organizerType = (values: string[]): Json => ({
    name: 'organizer.type',
    type: 'enum',
    values,
    question: { zh: '主办方是什么类型的单位？', en: 'What type of organization is the organizer?' },
  });

  it('a problem in a fact of the child is reported at its index in the child file', () => {
    const doc = child();
    doc.facts = [organizerType(['party-government', 'party-goverment'])];
    const problems = problemsOf(doc, lookupOf(parsed(twoFactBase())));
    expectProblem(problems, 'facts[0].values', 'party-goverment', 'organizer.type');
    expect(problems.filter((p) => p.path.startsWith('facts[2]')), show(problems)).toEqual([]);
  });

  it('a problem in an inherited fact is reported with the base pack in its path', () => {
    const base = twoFactBase();
    const kind = base.facts.findIndex((f: Json) => f.name === 'kind');
    base.facts[kind].values = ['meeting', 'exhbition'];
    const doc = child();
    doc.facts = [organizerType(['party-government'])];
    const problems = problemsOf(doc, lookupOf(parsed(base)));
    expectProblem(problems, `test-mini:facts[${kind}].values`, 'exhbition');
    expect(problems.filter((p) => /^facts\[/.test(p.path)), show(problems)).toEqual([]);
  });
});

describe('closed value sets are checked even when the pack does not list them', () => {
  // The mini pack with `values` removed from every declaration: the catalog's value sets apply.
  const withoutValues = (): Json => {
    const doc = clone();
    for (const fact of doc.facts) delete fact.values;
    return doc;
  };

  it('still compiles with its own (correct) values', () => {
    compileValid(withoutValues());
  });

  it('a misspelt organizer.type in "equal" is rejected at the value, with the values allowed', () => {
    const doc = withoutValues();
    doc.rules[2].conditions.all[0] = { fact: 'organizer.type', operator: 'equal', value: 'party-goverment' };
    expectProblem(problemsOf(doc), 'rules[2].conditions.all[0].value', '"party-goverment"', 'organizer.type', 'use one of', 'party-government');
  });

  it('a misspelt kind in "in" is rejected at the value, with the values allowed', () => {
    const doc = withoutValues();
    doc.rules[0].conditions.all[0] = { fact: 'kind', operator: 'in', value: ['exhbition'] };
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[0].value', '"exhbition"', 'kind', 'use one of', 'exhibition');
  });

  it('every bad value of an "in" list is named', () => {
    const doc = withoutValues();
    doc.rules[0].conditions.all[0] = { fact: 'kind', operator: 'notIn', value: ['meeting', 'exhbition', 'forun'] };
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[0].value', '"exhbition"', '"forun"');
  });

  it('a meetingClass outside 1..4 is rejected', () => {
    const doc = withoutValues();
    doc.rules[0].conditions.all[2] = { fact: 'meetingClass', operator: 'in', value: [1, 5] };
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[2].value', '5', 'use one of 1, 2, 3, 4');
  });

  it('a misspelt scale or organizer.level is rejected even when its declaration lists no values', () => {
    const doc = withoutValues();
    doc.facts.push(
      { name: 'scale', type: 'enum', question: { zh: '规模？', en: 'Scale?' } },
      { name: 'organizer.level', type: 'enum', question: { zh: '级别？', en: 'Level?' } },
    );
    doc.rules[1].conditions = {
      all: [
        { fact: 'scale', operator: 'equal', value: 'internatonal' },
        { fact: 'organizer.level', operator: 'in', value: ['provincal'] },
      ],
    };
    const problems = problemsOf(doc);
    expectProblem(problems, 'rules[1].conditions.all[0].value', '"internatonal"', 'scale');
    expectProblem(problems, 'rules[1].conditions.all[1].value', '"provincal"', 'organizer.level');
  });

  it('an unknown instrument in an anyLineMatches pattern is rejected', () => {
    const doc = withoutValues();
    doc.facts.push({ name: 'offsets', type: 'offsets', question: { zh: '抵消计划？', en: 'Offset plan?' } });
    doc.rules[1].conditions = {
      all: [{ fact: 'offsets', operator: 'anyLineMatches', value: { instrument: ['CCER', 'forestry-snk'], newProject: true } }],
    };
    expectProblem(problemsOf(doc), 'rules[1].conditions.all[0].value', 'unknown instrument', '"forestry-snk"', 'forestry-sink');
  });
});
