// POST /v1/packs/lint: like /v1/packs/validate, a dry run anyone may ask within the rate limit. 200 with the
// findings (codes, rules, counterexample, words in `lang`), linted with the published base; 422 for an invalid pack,
// naming every problem; 400 for a body that is not JSON; 429 past the rate limit.
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { isErrorShape, makeApp, testApp } from './support/api.js';
import { fixtureDocument, shippedDocument } from './fixtures/lint/lint-fixtures.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});

describe('POST /v1/packs/lint', () => {
  it('finds the planted gap, with its rules, its counterexample and the words (Chinese by default)', async () => {
    const res = await api.call('POST', '/v1/packs/lint', fixtureDocument('gap'));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ lang: 'zh', pack: { id: 'cn-sichuan-lint-gap', version: '1.0.0' }, counts: { errors: 1, warnings: 0, acknowledged: 0 } });
    const [finding] = res.json.findings;
    expect(finding).toMatchObject({ code: 'gap', severity: 'error', counterexample: { event: { attendees: 199 } }, answer: { obligation: 'not-covered' } });
    expect(finding.rules.sort()).toEqual(['encouraged.mid', 'required.large']);
    expect(finding.words.title).toBe('规则缺口');
    expect(res.json.words.counts).toBe('1 项错误，0 项提示，0 项已在政策包中说明');
  });

  it('lints a child against its published base, in English when asked', async () => {
    const res = await api.call('POST', '/v1/packs/lint?lang=en', fixtureDocument('loosening'));
    expect(res.status).toBe(200);
    expect(res.json.base).toMatchObject({ id: 'cn-sichuan' });
    expect(res.json.findings[0]).toMatchObject({ code: 'loosening', loosening: 'obligation', other: { obligation: 'encouraged' }, answer: { obligation: 'not-covered' } });
    expect(res.json.findings[0].words.message).toContain('a pack should not weaken what its base requires');
  });

  it('lists a finding the pack explains as explained, not as an error', async () => {
    const res = await api.call('POST', '/v1/packs/lint', shippedDocument('cn-shandong-jining'));
    expect(res.status).toBe(200);
    expect(res.json.counts).toEqual({ errors: 0, warnings: 0, acknowledged: 1 });
    expect(res.json.findings[0].acknowledged.citation.document).toBe('济环字〔2023〕40号');
  });

  it('refuses an invalid pack with 422 and every problem, and bodies that are not a pack', async () => {
    const broken = { ...fixtureDocument('gap'), version: 'one', rules: [{ id: 'x' }] };
    const res = await api.call('POST', '/v1/packs/lint', broken);
    expect(res.status).toBe(422);
    expect(isErrorShape(res.json)).toBe(true);
    expect(res.json.error.code).toBe('invalid_pack');
    const paths = res.json.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['version', 'rules[0].title']));
    expect((await api.call('POST', '/v1/packs/lint', [1, 2])).status).toBe(422);
    expect((await api.call('POST', '/v1/packs/lint', '{"id":')).status).toBe(400);
    expect((await api.call('POST', '/v1/packs/lint?lang=fr', fixtureDocument('gap'))).status).toBe(422);
  });

  // Packs near the fixtures: thresholds anywhere (negative, fractional, huge), other operators, levels and due dates.
  const OPERATORS = ['greaterThan', 'greaterThanInclusive', 'lessThan', 'lessThanInclusive', 'equal', 'notEqual'];
  const change = fc.record({
    fixture: fc.constantFrom('gap', 'conflict', 'non-monotonic', 'due-before-end', 'unknown-instrument', 'loosening'),
    value: fc.oneof(fc.integer({ min: -5, max: 20000 }), fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constant(1e12)),
    operator: fc.constantFrom(...OPERATORS),
    level: fc.constantFrom('not-covered', 'encouraged', 'expected', 'required'),
    due: fc.record({ anchor: fc.constantFrom('event.start', 'event.end', 'none'), direction: fc.constantFrom('before', 'after'), days: fc.nat({ max: 36525 }) }),
  });
  test.prop([change], { numRuns: 40 })('answers 200 or 422 for packs near the fixtures, never a 5xx', async (c) => {
    const doc = fixtureDocument(c.fixture) as { rules: { conditions: unknown; decides: Record<string, unknown> }[] };
    const walk = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(walk);
      if (node && typeof node === 'object') {
        const leaf = node as Record<string, unknown>;
        if ('fact' in leaf) return { ...leaf, operator: c.operator, value: typeof leaf.value === 'number' ? c.value : leaf.value };
        return Object.fromEntries(Object.entries(leaf).map(([k, v]) => [k, walk(v)]));
      }
      return node;
    };
    const rules = doc.rules.map((r) => ({
      ...r,
      conditions: walk(r.conditions),
      decides: r.decides.type === 'obligation' ? { ...r.decides, level: c.level } : r.decides.type === 'duty' ? { ...r.decides, due: c.due } : r.decides,
    }));
    const res = await api.call('POST', '/v1/packs/lint', { ...doc, rules });
    expect([200, 422], res.text.slice(0, 500)).toContain(res.status);
    if (res.status === 422) expect(isErrorShape(res.json)).toBe(true);
    else expect(res.json.findings.every((f: { words: { message: string } }) => f.words.message.length > 0)).toBe(true);
  });

  it('counts against the rate limit, like validate', async () => {
    const limited = await testApp(':memory:', [], () => ({ rateLimit: { perMinute: 1, burst: 2 } }));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await limited.request('POST', '/v1/packs/lint', { body: fixtureDocument('unused-reading') })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
