// The kinds of the engine's problems: the event schema, the custom facts and the readings give each problem its kind
// and the values its words need, while the English messages stay as they were.
import { describe, expect, it } from 'vitest';
import { checkEventFacts } from '../engine/event-facts.js';
import { validateEvent } from '../engine/event-schema.js';
import type { PackDocument } from '../engine/pack-schema.js';
import { parsePackDocument } from '../engine/parse-pack.js';
import type { Problem } from '../engine/problems.js';
import { chooseReadings } from '../engine/readings.js';
import { format2Pack } from './fixtures/format-2-pack.js';
import { compileValid, lookupOf, miniPack } from './fixtures/mini-pack.js';
import { type TestApp, useExampleApp } from './support/example-app.js';

let api: TestApp;
useExampleApp((opened) => (api = opened));

describe('the kinds of the engine\'s problems', () => {
  const kindsOf = (raw: unknown) => {
    const result = validateEvent(raw);
    return result.ok ? {} : Object.fromEntries(result.problems.map((p) => [p.path, { kind: p.kind, values: p.values }]));
  };

  it('from the event schema, with the values their words need', () => {
    const kinds = kindsOf({
      kind: 'gala',
      attendees: -5,
      floorAreaM2: 'big',
      startDate: '2026-13-01',
      endDate: '2026-13-02',
      meetingClass: 7,
      name: 'x'.repeat(501),
      emissionsTco2e: 'abc',
      organizer: { type: 'x', nam: 1 },
      offsets: [{ instrument: 'CCER', projectRegion: '12', serial: '' }, { instrument: 'CCER', quantityTco2e: '1.5', vintageStart: '2025-02-01', vintageEnd: '2025-01-01' }],
      extra: { '1a': 2, b: [1] },
    });
    expect(kinds).toMatchObject({
      kind: { kind: 'one-of', values: { options: ['meeting', 'forum', 'exhibition', 'performance', 'sports', 'other'] } },
      attendees: { kind: 'not-negative' },
      floorAreaM2: { kind: 'wrong-type', values: { expected: 'number' } },
      startDate: { kind: 'date' },
      meetingClass: { kind: 'at-most', values: { maximum: 4 } },
      name: { kind: 'too-long', values: { maximum: 500 } },
      emissionsTco2e: { kind: 'decimal', values: { integerDigits: expect.any(Number), fractionDigits: expect.any(Number) } },
      'organizer.type': { kind: 'one-of' },
      organizer: { kind: 'unknown-field', values: { keys: ['nam'] } },
      'offsets[0].quantityTco2e': { kind: 'required' },
      'offsets[0].projectRegion': { kind: 'region-code' },
      'offsets[0].serial': { kind: 'empty' },
      'offsets[1].vintageEnd': { kind: 'not-before', values: { other: 'vintageStart' } },
      'extra.1a': { kind: 'fact-name' },
      'extra.b': { kind: 'wrong-type', values: { expected: ['number', 'boolean', 'string'] } },
    });
    expect(kindsOf({ attendees: 3.5 })).toEqual({ attendees: { kind: 'whole-number' } });
    expect(kindsOf({ startDate: '2026-03-02', endDate: '2026-03-01' })).toEqual({ endDate: { kind: 'not-before', values: { other: 'startDate' } } });
    expect(kindsOf({ extra: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, i])) })).toEqual({
      extra: { kind: 'too-many', values: { maximum: 100 } },
    });
  });

  it('the English messages are as they were', () => {
    const result = validateEvent({ kind: 'gala', attendees: -5, startDate: '2026-13-01', organizer: { nam: 1 } });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'kind: must be one of: meeting, forum, exhibition, performance, sports, other',
      'startDate: must be a calendar date written YYYY-MM-DD (e.g. 2026-01-31), from 0001-01-01 to 9999-12-31',
      'attendees: must not be negative',
      'organizer: unknown field nam: remove or rename',
    ]);
  });

  it('from the custom facts and the readings', () => {
    const base = parsePackDocument(miniPack()).doc as PackDocument;
    const compiled = compileValid(format2Pack(), lookupOf(base));
    const problems = (extra: Record<string, unknown>) => {
      try {
        checkEventFacts(compiled.pack, { extra } as never);
        return [];
      } catch (error) {
        return (error as { problems: Problem[] }).problems.map(({ path, kind, values }) => ({ path, kind, values }));
      }
    };
    expect(problems({ onSite: '三百', venue: 'arena', openedOn: 'soon', indoor: 1, visits: 3 })).toEqual([
      { path: 'extra.onSite', kind: 'fact-type', values: { type: 'integer' } },
      { path: 'extra.venue', kind: 'one-of', values: { options: ['hall', 'stadium'] } },
      { path: 'extra.openedOn', kind: 'fact-type', values: { type: 'date' } },
      { path: 'extra.indoor', kind: 'fact-type', values: { type: 'boolean' } },
      { path: 'extra.visits', kind: 'unknown-fact', values: undefined },
    ]);
    const reading = (asked: Record<string, string>) => {
      try {
        chooseReadings(compiled.pack, asked);
        return [];
      } catch (error) {
        return (error as { problems: Problem[] }).problems.map(({ path, kind }) => ({ path, kind }));
      }
    };
    expect(reading({ nope: 'x' })).toEqual([{ path: 'readings.nope', kind: 'unknown-reading' }]);
    const chongqing = api.registry.resolve('cn-chongqing', '2026-03-01');
    if (chongqing.kind !== 'ok') throw new Error('cn-chongqing does not resolve');
    expect(() => chooseReadings(chongqing.resolved.compiled.pack, { 'in-force-date': 'nope' })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ path: 'readings.in-force-date', kind: 'unknown-option', values: { options: ['publication', 'issue'] } })] }),
    );
  });
});
