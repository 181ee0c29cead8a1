// Issue 10, hole 4: a published pack must never break an answer. Packs are generated at random from a small
// grammar (facts from the catalogue and custom ones, rules with random conditions on them with bounded values and
// operators of the right type, random duties with bounded offsets and anchors, random offset policies and readings),
// only those compilePack accepts are kept, and each is asked random events, at the edges of the calendar too:
// evaluate never throws, and every due date is a calendar date or null.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildReport, REPORT_FORMATS, renderReport } from '../adapters/reports/index.js';
import { pack as shipped } from './support/library.js';
import {
  CONFIRMATION_MODES,
  DUTY_IDS,
  EVENT_KINDS,
  FACT_CATALOG,
  INSTRUMENTS,
  isCalendarDate,
  MAX_DUE_DAYS,
  MAX_DUE_MONTHS,
  MAX_DUE_YEARS,
  MAX_PACK_NUMBER,
  OBLIGATION_LEVELS,
  ORGANIZER_LEVELS,
  ORGANIZER_TYPES,
  SCALES,
  shiftDate,
  type CompiledPack,
  compilePack,
  evaluate,
  type PackDocument,
} from '../engine/index.js';

const DOC = 'RANDOM-1';
const bilingual = (text: string) => ({ zh: `${text}（中）`, en: text });
const citation = { document: DOC, clause: '第一条', zh: '条款', en: 'clause', basis: 'text' as const };

// Dates over the whole calendar, with its edges and the present more likely.
const anyDate = fc
  .oneof(
    fc.constantFrom('0001-01-01', '0001-12-31', '9999-01-01', '9999-12-31', '2026-01-31', '2024-02-29'),
    fc.integer({ min: 0, max: 3_652_058 }).map((days) => shiftDate('0001-01-01', { days }) as string),
    fc.integer({ min: 0, max: 365 * 10 }).map((days) => shiftDate('2020-01-01', { days }) as string),
  )
  .filter((d): d is string => typeof d === 'string');

const period = fc
  .tuple(anyDate, fc.option(anyDate, { nil: undefined }))
  .map(([a, b]) => (b === undefined ? { from: a } : a <= b ? { from: a, until: b } : { from: b, until: a }));

const packNumber = fc.oneof(
  fc.constantFrom(0, 1, 200, 500, 10000, MAX_PACK_NUMBER, -MAX_PACK_NUMBER, 0.5),
  fc.double({ min: -MAX_PACK_NUMBER, max: MAX_PACK_NUMBER, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 100000 }),
);

interface Fact {
  name: string;
  type: string;
  values?: readonly (string | number)[];
}

const CATALOG: Fact[] = FACT_CATALOG.map(({ name, type, values }) => ({ name, type, ...(values ? { values } : {}) }));
const CUSTOM: Fact[] = [
  { name: 'extra.onSite', type: 'integer' },
  { name: 'extra.ratio', type: 'number' },
  { name: 'extra.outdoor', type: 'boolean' },
  { name: 'extra.opening', type: 'date' },
  { name: 'extra.venue', type: 'enum', values: ['hall', 'stadium', 'park'] },
];

const OPERATORS: Record<string, string[]> = {
  integer: ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'],
  number: ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'],
  decimal: ['equal', 'notEqual'],
  boolean: ['equal', 'notEqual'],
  enum: ['equal', 'notEqual', 'in', 'notIn'],
  date: ['equal', 'notEqual', 'in', 'notIn', 'dateOnOrAfter', 'dateOnOrBefore'],
  string: ['equal', 'notEqual', 'in', 'notIn'],
  offsets: ['contains', 'doesNotContain', 'anyLineMatches'],
};

/** A value of the fact's type (one of its values when it has a closed set). */
function valueOf(fact: Fact): fc.Arbitrary<unknown> {
  if (fact.values) return fc.constantFrom(...fact.values);
  switch (fact.type) {
    case 'integer':
    case 'number':
      return packNumber;
    case 'boolean':
      return fc.boolean();
    case 'date':
      return anyDate;
    case 'decimal':
      return fc.constantFrom('0', '100', '100.5', '999999999999999999999999');
    default:
      return fc.string({ maxLength: 20 });
  }
}

function leafOf(fact: Fact): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom(...(OPERATORS[fact.type] ?? ['equal'])).chain((operator) => {
    if (operator === 'anyLineMatches') {
      const pattern = fc.record(
        { instrument: fc.uniqueArray(fc.constantFrom(...INSTRUMENTS), { minLength: 1, maxLength: 3 }), newProject: fc.boolean() },
        { requiredKeys: [] },
      );
      return pattern.map((value) => ({ fact: fact.name, operator, value }));
    }
    if (operator === 'contains' || operator === 'doesNotContain') return packNumber.map((value) => ({ fact: fact.name, operator, value }));
    if (operator === 'in' || operator === 'notIn')
      return fc.array(valueOf(fact), { minLength: 1, maxLength: 4 }).map((value) => ({ fact: fact.name, operator, value }));
    return valueOf(fact).map((value) => ({ fact: fact.name, operator, value }));
  });
}

/** A condition tree of all/any/not over the facts, at most `depth` levels below the top group. */
function conditionOf(facts: Fact[], depth: number): fc.Arbitrary<Record<string, unknown>> {
  const leaf = fc.constantFrom(...facts).chain(leafOf);
  if (depth === 0) return leaf;
  const inner = conditionOf(facts, depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: inner.map((c) => ({ not: c })) },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }).map((c) => ({ all: c })) },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }).map((c) => ({ any: c })) },
  );
}

const topConditions = (facts: Fact[]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({ all: [] }) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom('all', 'any'), fc.array(conditionOf(facts, 3), { maxLength: 4 })).map(([group, children]) => ({ [group]: children })) },
  );

/** A due rule within the schema's bounds, and the linter's: at most 100 years in all (years + months + days). */
const due = fc.oneof(
  fc.constant({ anchor: 'none' }),
  fc
    .record({
      anchor: fc.constantFrom('event.start', 'event.end'),
      direction: fc.constantFrom('before', 'after'),
      days: fc.option(fc.oneof(fc.integer({ min: 0, max: MAX_DUE_DAYS }), fc.constantFrom(0, 1, 30, MAX_DUE_DAYS)), { nil: undefined }),
      months: fc.option(fc.oneof(fc.integer({ min: 0, max: MAX_DUE_MONTHS }), fc.constantFrom(1, 6, MAX_DUE_MONTHS)), { nil: undefined }),
      years: fc.option(fc.integer({ min: 0, max: MAX_DUE_YEARS }), { nil: undefined }),
    })
    .map((d) => {
      // Scaled down to the 100 years the linter allows, keeping the extremes reachable (36525 days alone).
      const years = (d.years ?? 0) + (d.months ?? 0) / 12 + (d.days ?? 0) / 365.25;
      const scale = years > MAX_DUE_YEARS ? MAX_DUE_YEARS / years : 1;
      const fit = (n: number | undefined) => (n === undefined ? undefined : Math.floor(n * scale));
      const fitted = { ...d, days: fit(d.days), months: fit(d.months), years: fit(d.years) };
      return Object.fromEntries(Object.entries(fitted).filter(([, v]) => v !== undefined));
    }),
);

const governs = fc.record({
  label: fc.constant(bilingual('governed lines')),
  lines: fc.record(
    { instrument: fc.uniqueArray(fc.constantFrom(...INSTRUMENTS), { minLength: 1, maxLength: 3 }), newProject: fc.boolean() },
    { requiredKeys: [] },
  ),
  match: fc.constantFrom('matching', 'other'),
});

const DECLARED_DUTIES = ['keep-evidence'];
const DECLARED_MODES = ['self-declaration'];

const decides = (format2: boolean) =>
  fc.oneof(
    fc.constantFrom(...OBLIGATION_LEVELS).map((level) => ({ type: 'obligation', level })),
    fc
      .uniqueArray(fc.constantFrom(...CONFIRMATION_MODES, ...(format2 ? DECLARED_MODES : [])), { minLength: 1, maxLength: 3 })
      .map((modes) => ({ type: 'confirmation', modes })),
    fc
      .record({
        duty: fc.constantFrom(...DUTY_IDS, ...(format2 ? DECLARED_DUTIES : [])),
        due,
        applies: fc.constantFrom('always', 'if-neutralizing'),
        governs: fc.option(governs, { nil: undefined }),
      })
      .map(({ governs: g, ...d }) => ({ type: 'duty', ...d, ...(g ? { governs: g } : {}) })),
  );

const eligibility = fc.oneof(
  fc.uniqueArray(fc.constantFrom('500000', '510000', '510100', '370800', '000000'), { minLength: 1, maxLength: 3 }).map((regions) => ({ check: 'region-within', regions })),
  anyDate.map((date) => ({ check: 'vintage-after', date })),
  anyDate.map((date) => ({ check: 'project-start-after', date })),
  fc.uniqueArray(fc.constantFrom('forestry', 'engineering', 'solar'), { minLength: 1 }).map((types) => ({ check: 'project-type-in', types })),
  fc.boolean().map((value) => ({ check: 'new-project', value })),
  fc
    .dictionary(fc.constantFrom('forestry', 'engineering', 'solar'), fc.integer({ min: 1, max: MAX_DUE_YEARS }), { minKeys: 1 })
    .map((maxYears) => ({ check: 'crediting-period', maxYears })),
).chain((check) =>
  fc
    .record({ onFail: fc.constantFrom('ineligible', 'discouraged'), before: fc.option(anyDate, { nil: undefined }) })
    .map(({ onFail, before }) => ({ ...check, citation, onFail, ...(before ? { unlessApprovedBefore: { before, citation } } : {}) })),
);

const offsets = fc
  .shuffledSubarray([...INSTRUMENTS])
  .chain((instruments) => {
    const cut = Math.floor(instruments.length / 2);
    return fc.record({
      accepted: fc.tuple(
        ...instruments.slice(0, cut).map((instrument) =>
          fc.record({
            instrument: fc.constant(instrument),
            rank: fc.integer({ min: 1, max: 100 }),
            standing: fc.constantFrom('preferred', 'accepted', 'discouraged'),
            label: fc.constant(bilingual(instrument)),
            citation: fc.constant(citation),
            eligibility: fc.array(eligibility, { maxLength: 3 }),
          }),
        ),
      ),
      excluded: fc.constant(instruments.slice(cut).map((instrument) => ({ instrument, reason: bilingual('excluded'), citation }))),
      encouraged: fc.array(
        fc.record({ id: fc.constantFrom('local', 'west'), text: fc.constant(bilingual('encouraged')), regions: fc.constant(['500000']), citation: fc.constant(citation) }),
        { maxLength: 2 },
      ),
      coverage: fc.boolean().map((partialAllowed) => ({ partialAllowed, citation })),
      noReuse: fc.constant({ citation }),
      unlisted: fc.constant({ reason: bilingual('unlisted'), citation }),
    });
  });

interface Reading {
  id: string;
  question: { zh: string; en: string };
  options: { id: string; label: { zh: string; en: string }; citation: typeof citation; inForceFrom?: string }[];
  default: string;
}

const readings: fc.Arbitrary<Reading[]> = fc
  .tuple(fc.integer({ min: 0, max: 2 }), fc.option(anyDate, { nil: undefined }))
  .map(([count, moved]) =>
    Array.from({ length: count }, (_, r) => ({
      id: `reading-${r}`,
      question: bilingual(`reading ${r}`),
      options: ['a', 'b', 'c'].map((o, k) => ({
        id: o,
        label: bilingual(o),
        citation,
        // Only the first reading may move the pack's first day (the linter's rule).
        ...(r === 0 && k === 1 && moved ? { inForceFrom: moved } : {}),
      })),
      default: r === 0 ? 'a' : 'b',
    })),
  );

/** A random pack from the grammar; not every one is valid (the test keeps those compilePack accepts). */
const packDocument = fc
  .record({
    format2: fc.boolean(),
    catalog: fc.shuffledSubarray(CATALOG, { minLength: 1 }),
    custom: fc.shuffledSubarray(CUSTOM),
    // Mostly in force over the events' dates, so that rules hold and duties are dated; sometimes any period.
    inForce: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom<{ from: string; until?: string }>({ from: '0001-01-01' }, { from: '2020-01-01' }) },
      { weight: 1, arbitrary: period },
    ),
    readings,
  })
  .chain(({ format2, catalog, custom, inForce, readings: rs }) => {
    const declared: Fact[] = [...catalog, ...(format2 ? custom : [])];
    const readable: Fact[] = [
      ...declared,
      { name: '$asOf', type: 'date' },
      ...rs.map((r) => ({ name: `reading.${r.id}`, type: 'enum', values: r.options.map((o) => o.id) })),
    ];
    const rule = fc.record({
      conditions: topConditions(readable),
      decides: decides(format2),
      inForce: fc.option(period, { nil: undefined, freq: 4 }),
    });
    return fc
      .record({
        rules: fc.array(rule, { minLength: 1, maxLength: 8 }),
        offsets: fc.option(offsets, { nil: undefined }),
        assume: fc.array(fc.boolean(), { minLength: declared.length, maxLength: declared.length }),
        kinds: fc.array(fc.option(fc.uniqueArray(fc.constantFrom(...EVENT_KINDS), { minLength: 1, maxLength: 3 }), { nil: undefined }), {
          minLength: declared.length,
          maxLength: declared.length,
        }),
        assumed: fc.tuple(...declared.map((f) => valueOf(f))),
      })
      .map(({ rules, offsets: policy, assume, kinds, assumed }): PackDocument => {
        const facts = declared.map((f, i) => ({
          name: f.name,
          type: f.type,
          ...(f.values ? { values: [...f.values] } : {}),
          question: bilingual(`${f.name}?`),
          ...(f.name.startsWith('extra.') ? { label: bilingual(f.name), unit: bilingual('units') } : {}),
          ...(format2 && kinds[i] ? { kinds: kinds[i] } : {}),
          ...(assume[i] && !['offsets', 'decimal', 'string'].includes(f.type) && (f.type !== 'integer' || Number.isInteger(assumed[i]))
            ? { assumeWhenMissing: { value: assumed[i] as string | number | boolean, citation } }
            : {}),
        }));
        return {
          ...(format2 ? { format: 2 as const } : {}),
          id: 'random-pack',
          version: '1.0.0',
          title: bilingual('random pack'),
          jurisdiction: { code: '500000', name: bilingual('Chongqing') },
          documents: [{ number: DOC, title: bilingual('random document'), issuers: ['issuer'], issued: '2025-01-01' }],
          inForce,
          facts,
          // An option may not move the first day past the end of the pack's period (the linter's rule).
          readings: rs.map((r) => ({
            ...r,
            options: r.options.map(({ inForceFrom, ...o }) => (inForceFrom && inForceFrom <= (inForce.until ?? '9999-12-31') ? { ...o, inForceFrom } : o)),
          })),
          rules: rules.map((r, i) => ({
            id: `rule-${i}`,
            title: bilingual(`rule ${i}`),
            conditions: r.conditions,
            decides: r.decides,
            citation,
            ...(r.inForce ? { inForce: r.inForce } : {}),
          })),
          ...(format2
            ? {
                vocabulary: {
                  duties: DECLARED_DUTIES.map((id) => ({ id, label: bilingual(id), citation })),
                  modes: DECLARED_MODES.map((id) => ({ id, label: bilingual(id), citation })),
                },
              }
            : {}),
          ...(policy ? { offsets: policy } : {}),
        } as unknown as PackDocument;
      });
  });

/** Packs compilePack accepts (random packs that happen to be invalid are left out, and counted). */
const validPack = packDocument
  .map((doc) => ({ doc, result: compilePack(doc, () => undefined) }))
  .filter((p) => p.result.ok)
  .map(({ doc, result }) => {
    const compiled = (result as { ok: true; compiled: CompiledPack }).compiled;
    // A counterexample shows the pack as written, not the compiled pack with its functions and engine.
    Object.defineProperty(compiled, fc.toStringMethod, { value: () => `compilePack(${JSON.stringify(doc)})`, enumerable: false });
    return compiled;
  });

const offsetLine = fc.record(
  {
    instrument: fc.constantFrom(...INSTRUMENTS),
    quantityTco2e: fc.constantFrom('0', '1', '100.5', '999999999999999999999999.999999999999999999999999'),
    projectRegion: fc.constantFrom('500000', '510100', '110000'),
    projectType: fc.constantFrom('forestry', 'engineering', 'solar', 'unknown'),
    vintage: fc.tuple(anyDate, anyDate).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    projectStartDate: anyDate,
    approvedOn: anyDate,
    serial: fc.constantFrom('S-1', 'S-2'),
    newProject: fc.boolean(),
  },
  { requiredKeys: ['instrument', 'quantityTco2e'] },
).map(({ vintage, ...line }) => (vintage ? { ...line, vintageStart: vintage[0], vintageEnd: vintage[1] } : line));

/** Any schema-valid event, at the calendar's edges too, with any subset of facts (and custom facts of their type). */
const event = fc
  .record(
    {
      name: fc.string({ maxLength: 10 }),
      kind: fc.constantFrom(...EVENT_KINDS),
      dates: fc.tuple(anyDate, anyDate).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      attendees: fc.oneof(fc.nat(), fc.constantFrom(0, 200, Number.MAX_SAFE_INTEGER)),
      floorAreaM2: fc.oneof(fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }), fc.constant(Number.MAX_VALUE)),
      scale: fc.constantFrom(...SCALES),
      bidCommitsNeutrality: fc.boolean(),
      chengyuCircle: fc.boolean(),
      meetingClass: fc.integer({ min: 1, max: 4 }),
      organizer: fc.record({ type: fc.constantFrom(...ORGANIZER_TYPES), level: fc.constantFrom(...ORGANIZER_LEVELS) }, { requiredKeys: [] }),
      emissionsTco2e: fc.constantFrom('0', '150', '999999999999999999999999'),
      offsets: fc.array(offsetLine, { maxLength: 4 }),
    },
    { requiredKeys: [] },
  )
  .map(({ dates, ...rest }) => (dates ? { ...rest, startDate: dates[0], endDate: dates[1] } : rest));

const extraFor = (compiled: CompiledPack) =>
  fc.record(
    {
      onSite: fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER)),
      ratio: fc.double({ min: -1e300, max: 1e300, noNaN: true, noDefaultInfinity: true }),
      outdoor: fc.boolean(),
      opening: anyDate,
      venue: fc.constantFrom('hall', 'stadium', 'park'),
    },
    { requiredKeys: [] },
  ).map((extra) => Object.fromEntries(Object.entries(extra).filter(([name]) => compiled.pack.facts.some((f) => f.name === `extra.${name}`))));

const question = validPack.chain((compiled) =>
  fc.record({
    compiled: fc.constant(compiled),
    event: fc.tuple(event, extraFor(compiled)).map(([e, extra]) => (Object.keys(extra).length ? { ...e, extra } : e)),
    asOf: fc.option(anyDate, { nil: undefined }),
    lang: fc.constantFrom('zh' as const, 'en' as const),
    readings: fc.constant(Object.fromEntries(compiled.pack.readings.map((r) => [r.id, 'c']))),
    reference: fc.boolean(),
  }),
);

const RUNS = { numRuns: 200 };

describe('a valid pack never breaks an answer', () => {
  it('the grammar yields valid packs (so the properties are not about refusals)', () => {
    const docs = fc.sample(packDocument, 100);
    const valid = docs.filter((doc) => compilePack(doc, () => undefined).ok);
    expect(valid.length).toBeGreaterThanOrEqual(90);
  });

  test.prop([question], RUNS)('evaluate never throws, and every due date is a calendar date or null', async ({ compiled, event: e, asOf, lang, readings: chosen, reference }) => {
    const options = { asOf, lang, readings: chosen, ...(reference ? { engine: 'reference' as const } : {}) };
    const determination = await evaluate(compiled, e, options);
    expect(typeof determination.summary).toBe('string');
    for (const duty of determination.duties) {
      expect(duty.due === null || (typeof duty.due === 'string' && isCalendarDate(duty.due)), `${duty.duty}: ${duty.due}`).toBe(true);
    }
    const decision = await evaluate(compiled, e, { ...options, detail: 'decision' });
    for (const duty of decision.duties) expect(duty.due === null || isCalendarDate(duty.due)).toBe(true);
    // What the answer says about the plan and the duties can be serialized (the API and the log write it).
    expect(() => JSON.stringify(determination)).not.toThrow();
  });

  test.prop([validPack, fc.option(anyDate, { nil: undefined }), fc.constantFrom('zh' as const, 'en' as const)], { numRuns: 25 })(
    'the matrix, sweep and compare reports over it are built and rendered in every format',
    async (compiled, asOf, lang) => {
      const packs = [compiled, shipped('cn-chongqing')];
      const event = { kind: 'meeting', attendees: 250, startDate: '9999-12-01', endDate: '9999-12-31', organizer: { type: 'soe' } };
      const reports = [
        await buildReport('matrix', packs, { lang, asOf }),
        await buildReport('sweep', packs, { lang, asOf, sizes: [0, 200, 1e6] }),
        await buildReport('compare', packs, { lang, asOf, event }),
      ];
      for (const report of reports) for (const format of REPORT_FORMATS) expect(renderReport(report, format).length).toBeGreaterThan(0);
    },
  );
});
