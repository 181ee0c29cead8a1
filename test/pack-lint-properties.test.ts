// Invariants of the static analysis over random packs: obligation rules on attendee bands (thresholds drawn around
// 200, 500 and 1000) and on the kind of event, some of which an event may leave out. Worked out independently over
// every attendee count next to a threshold and both sides of the kind test: lint finds a gap exactly when some event
// is covered by no rule, a conflict exactly when "not covered" and a higher level hold together, a non-monotonic
// threshold exactly when a larger event gets a weaker level; and every counterexample, answered by the engine,
// is answered as the finding says (never "undetermined" for a gap: an event missing a fact the rules need is asked).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { OBLIGATION_LEVELS, type ObligationLevel, obligationRank } from '../engine/index.js';
import { ANALYSIS_WORDS, FINDING_MESSAGES, FINDING_TITLES } from '../engine/lexicon/analysis.js';
import { answer, lint } from './fixtures/lint/lint-fixtures.js';

const RUNS = { numRuns: 30 };
const THRESHOLDS = [200, 500, 1000] as const;

interface Band {
  from?: number;
  below?: number;
  /** true: forums only; false: anything but forums; undefined: any kind. */
  forum?: boolean;
  level: ObligationLevel;
}

const band: fc.Arbitrary<Band> = fc.record(
  { from: fc.constantFrom(...THRESHOLDS), below: fc.constantFrom(...THRESHOLDS), forum: fc.boolean(), level: fc.constantFrom(...OBLIGATION_LEVELS) },
  { requiredKeys: ['level'] },
);

/** Bands, and half the time a rule for every event (so that packs without a gap come up as often as packs with one). */
const bands = fc
  .tuple(fc.array(band, { minLength: 1, maxLength: 5 }), fc.option(fc.constantFrom(...OBLIGATION_LEVELS), { freq: 2 }))
  .map(([some, everyEvent]) => (everyEvent ? [...some, { level: everyEvent }] : some));

const citation = { document: '测试〔2026〕9号', clause: '第一条', zh: '测试条款', en: 'a test clause', basis: 'text' };

function packOf(bands: Band[]) {
  const rules = bands.map((b, i) => {
    const all: unknown[] = [];
    if (b.from !== undefined) all.push({ fact: 'attendees', operator: 'greaterThanInclusive', value: b.from });
    if (b.below !== undefined) all.push({ fact: 'attendees', operator: 'lessThan', value: b.below });
    if (b.forum !== undefined) all.push({ fact: 'kind', operator: b.forum ? 'equal' : 'notEqual', value: 'forum' });
    return { id: `r${i}`, title: { zh: `规则${i}`, en: `rule ${i}` }, conditions: { all }, decides: { type: 'obligation', level: b.level }, citation };
  });
  return {
    id: 'cn-sichuan-lint-random',
    version: '1.0.0',
    title: { zh: '随机政策包', en: 'A random pack' },
    jurisdiction: { code: '510000', name: { zh: '四川省', en: 'Sichuan' } },
    documents: [{ number: '测试〔2026〕9号', title: { zh: '测试', en: 'test' }, issuers: ['测试局'], issued: '2026-01-01' }],
    inForce: { from: '2026-01-01' },
    facts: [
      { name: 'attendees', type: 'integer', question: { zh: '人数？', en: 'How many?' } },
      { name: 'kind', type: 'enum', question: { zh: '类型？', en: 'Which kind?' } },
    ],
    rules,
  };
}

const covers = (b: Band, n: number, forum: boolean) =>
  (b.from === undefined || n >= b.from) && (b.below === undefined || n < b.below) && (b.forum === undefined || b.forum === forum);

/** Every distinct event, worked out by hand: the attendee counts around each threshold, a forum or not. */
function expected(bands: Band[]) {
  let gap = false;
  let conflict = false;
  let falls = false;
  const counts = [0, ...THRESHOLDS.flatMap((t) => [t - 1, t, t + 1])].sort((a, b) => a - b);
  for (const forum of [true, false]) {
    let previous: number | undefined;
    for (const n of counts) {
      const levels = bands.filter((b) => covers(b, n, forum)).map((b) => obligationRank(b.level));
      if (!levels.length) gap = true;
      if (levels.includes(0) && levels.some((l) => l > 0)) conflict = true;
      const level = levels.length ? Math.max(...levels) : 0;
      if (previous !== undefined && level < previous) falls = true;
      previous = level;
    }
  }
  return { gap, conflict, 'non-monotonic': falls };
}

describe('static analysis of random threshold packs', () => {
  test.prop([bands], RUNS)('finds gaps, conflicts and falling thresholds exactly when they exist', async (drawn) => {
    const { analysis } = await lint(packOf(drawn));
    const found = (code: string) => analysis.findings.some((f) => f.code === code);
    const want = expected(drawn);
    expect({ gap: found('gap'), conflict: found('conflict'), 'non-monotonic': found('non-monotonic') }).toEqual(want);
    expect(analysis.space.sampled).toBe(false);
  });

  test.prop([bands], RUNS)('every counterexample is answered as its finding says', async (drawn) => {
    const { analysis, compiled } = await lint(packOf(drawn));
    for (const f of analysis.findings) {
      const d = await answer(compiled, f.counterexample);
      expect(d.obligation, `${f.code} ${JSON.stringify(f.counterexample)}`).toBe(f.answer.obligation);
      expect(d.decidedBy?.rule).toBe(f.answer.decidedBy);
      if (f.code === 'gap') expect(d.missingFacts).toEqual([]);
      if (f.code === 'conflict') expect(f.rules.every((id) => d.reasons.some((r) => r.rule === id))).toBe(true);
      if (f.compareWith && f.other) expect((await answer(compiled, f.compareWith)).obligation).toBe(f.other.obligation);
    }
  });
});

describe('the words of the analysis', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  test.prop([fc.constantFrom(...Object.entries({ ...FINDING_MESSAGES, ...ANALYSIS_WORDS, ...FINDING_TITLES }))], { numRuns: 40 })(
    'every template has both languages with the same placeholders',
    ([key, text]) => {
      expect(text.zh.length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
      expect(placeholders(text.zh), key).toEqual(placeholders(text.en));
    },
  );
});
