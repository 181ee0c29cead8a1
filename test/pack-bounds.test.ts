// Issue 10, hole 4: every number, text and list of a pack is bounded (the message says the bound), so a pack that
// validates can be evaluated, stored and read back; and a compare that fails on one pack keeps no decision of the
// packs before it. The property test over random valid packs is test/random-packs.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { compilePack } from '../engine/compile-pack.js';
import type { PackDocument } from '../engine/pack-schema.js';
import { makeApp } from './support/api.js';
import { miniPack } from './fixtures/mini-pack.js';

type Doc = Record<string, any>;

function problemsOf(doc: unknown): string[] {
  const result = compilePack(doc, () => undefined);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

const edited = (edit: (doc: Doc) => void): Doc => {
  const doc = miniPack() as unknown as Doc;
  edit(doc);
  return doc;
};

describe('the pack schema bounds every number, text and list (engine/pack-schema.ts)', () => {
  it('accepts the mini pack', () => {
    expect(problemsOf(miniPack())).toEqual([]);
  });

  it.each([
    ['a due offset of 1e9 days', (d: Doc) => (d.rules[4].decides.due = { anchor: 'event.end', direction: 'after', days: 1e9 }), /^rules\[4\]\.decides\.due\.days: must be at most 36525 days \(100 years\)/],
    ['a threshold beyond 10^12', (d: Doc) => (d.rules[0].conditions.all[1].value = 1e13), /^rules\[0\]\.conditions\.all\[1\]\.value: must be a number from -10\^12 to 10\^12/],
    ['a threshold below -10^12', (d: Doc) => (d.rules[0].conditions.all[1].value = -1e300), /^rules\[0\]\.conditions\.all\[1\]\.value: must be a number from -10\^12 to 10\^12/],
    ['a value of a list in a condition', (d: Doc) => (d.rules[0].conditions.all[2].value = [1, 2, 1e15]), /^rules\[0\]\.conditions\.all\[2\]\.value\[2\]: must be a number from -10\^12/],
    ['a rank of 1e9', (d: Doc) => (d.offsets.accepted[0].rank = 1e9), /^offsets\.accepted\[0\]\.rank: must be at most 100$/],
    ['a value of a fact beyond 10^12', (d: Doc) => (d.facts[3].values = [1, 2, 3, 1e300]), /^facts\[3\]\.values\[3\]: must be at most 1e\+12 \(10\^12\)/],
    ['an assumed value beyond 10^12', (d: Doc) => (d.facts[0].assumeWhenMissing = { value: 1e20, citation: d.rules[0].citation }), /^facts\[0\]\.assumeWhenMissing\.value/],
    ['a crediting period of 1000 years', (d: Doc) => d.offsets.accepted.push({ instrument: 'CCER', rank: 2, standing: 'accepted', label: { zh: 'x', en: 'x' }, citation: d.rules[0].citation, eligibility: [{ check: 'crediting-period', maxYears: { forestry: 1000 }, citation: d.rules[0].citation, onFail: 'ineligible' }] }), /maxYears\.forestry: must be at most 100 years/],
    ['a year out of the calendar', (d: Doc) => (d.inForce = { from: '10000-01-01' }), /^inForce\.from: must be a calendar date written YYYY-MM-DD .* from 0001-01-01 to 9999-12-31/],
    ['a title of a million characters', (d: Doc) => (d.title.en = 'x'.repeat(1_000_000)), /^title\.en: must be at most 2000 characters/],
    ['a text in a condition of 10,000 characters', (d: Doc) => (d.rules[0].conditions.all[0].value = 'm'.repeat(10_000)), /^rules\[0\]\.conditions\.all\[0\]\.value: must be at most 200 characters/],
    ['a pack id of 10,000 characters', (d: Doc) => (d.id = 'a'.repeat(10_000)), /^id: must be at most 100 characters/],
    ['a list of 100,000 regions', (d: Doc) => (d.offsets.accepted[0].eligibility = [{ check: 'region-within', regions: Array(100_000).fill('500000'), citation: d.rules[0].citation, onFail: 'ineligible' }]), /regions: must have at most 500 items/],
    ['10,000 values in an "in" test', (d: Doc) => (d.rules[0].conditions.all[2].value = Array(10_000).fill(1)), /^rules\[0\]\.conditions\.all\[2\]\.value: must have at most 200 items/],
    ['2,000 rules', (d: Doc) => (d.rules = Array(2000).fill(d.rules[1])), /^rules: must have at most 1000 items/],
  ])('refuses %s, saying the bound', (_, edit, expected) => {
    const problems = problemsOf(edited(edit));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('lists at most 500 problems, however many a pack has (1000 copies of one rule id)', () => {
    const problems = problemsOf(edited((d) => (d.rules = Array.from({ length: 1000 }, () => ({ ...d.rules[1] })))));
    expect(problems.length).toBe(501);
    expect(problems[500]).toMatch(/^\(root\): and 499 more problems: fix these first/);
  });

  it('refuses a number JSON reads as Infinity (1e400), which would be stored as null', () => {
    const text = JSON.stringify(miniPack()).replace('"value":200', '"value":1e400');
    const doc = JSON.parse(text) as PackDocument;
    expect(problemsOf(doc)).toEqual([expect.stringMatching(/^rules\[0\]\.conditions\.all\[1\]\.value: must be a number from -10\^12 to 10\^12/)]);
  });

  it('POST /v1/packs/validate lists the bound that is exceeded', async () => {
    const { call } = await makeApp();
    const res = await call('POST', '/v1/packs/validate', edited((d) => (d.offsets.accepted[0].rank = 1e9)));
    expect(res.status).toBe(200);
    expect(res.json.valid).toBe(false);
    expect(res.json.issues).toEqual(expect.arrayContaining([{ path: 'offsets.accepted[0].rank', message: 'must be at most 100' }]));
  });
});

describe('POST /v1/compare answers under every pack before keeping any decision', () => {
  const EVENT = { kind: 'meeting', attendees: 250, startDate: '2026-06-01', endDate: '2026-06-01', organizer: { type: 'soe', level: 'provincial' } };

  it('keeps no decision of the good packs when a later pack fails', async () => {
    const { call, store } = await makeApp();
    const saved = vi.spyOn(store, 'saveDecision');
    const res = await call('POST', '/v1/compare', { packs: ['cn-chongqing', 'cn-sichuan', 'cn-nowhere'], event: EVENT });
    expect(res.status).toBe(404);
    expect(res.json.error.issues[0].path).toBe('packs[2]');
    expect(saved).not.toHaveBeenCalled();
  });

  it('keeps no decision when a later pack refuses the event (a custom fact only the first declares)', async () => {
    const { call, store } = await makeApp(':memory:', undefined, ['policies/examples']);
    const saved = vi.spyOn(store, 'saveDecision');
    const event = { ...EVENT, startDate: '2027-06-01', endDate: '2027-06-01', extra: { onSiteAttendees: 300 } };
    const res = await call('POST', '/v1/compare', { packs: ['cn-shanghai', 'cn-chongqing'], event });
    expect(res.status).toBe(422);
    expect(saved).not.toHaveBeenCalled();
  });

  it('keeps one decision per pack, together, when every pack answers', async () => {
    const { call, store } = await makeApp();
    const saved = vi.spyOn(store, 'saveDecision');
    const res = await call('POST', '/v1/compare', { packs: ['cn-chongqing', 'cn-sichuan'], event: EVENT });
    expect(res.status).toBe(200);
    expect(saved).toHaveBeenCalledTimes(2);
    for (const id of ['cn-chongqing', 'cn-sichuan']) {
      const kept = await call('GET', `/v1/decisions/${res.json.determinations[id].decisionId}`);
      expect(kept.status).toBe(200);
    }
  });
});
