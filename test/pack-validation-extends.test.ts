// compilePack on `extends` chains: cycles are rejected, a child overrides its base's rules by id and inherits the
// others, and a problem is reported at its path in the file that has it (the base pack's id before an inherited one).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate.js';
import { clone } from './fixtures/broken-mini-pack.js';
import { cite, compileValid, lookupOf, MINI_DOC, miniPack } from './fixtures/mini-pack.js';
import { expectProblem, type Json, parsed, problemsOf, show } from './support/pack-problems.js';

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
