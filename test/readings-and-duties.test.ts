// Two engine behaviours found by writing new packs: a dated duty governs an inherited undated one (and asks
// for the date it needs), and contested readings answer under the chosen option and list what the other
// options would give.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate.js';
import type { PackDocument } from '../engine/pack-schema.js';
import { InputError } from '../engine/problems.js';
import { cite, compileValid, lookupOf, miniPack } from './fixtures/mini-pack.js';

const EVENT = { kind: 'meeting', attendees: 300, organizer: { type: 'enterprise' }, startDate: '2026-01-30', endDate: '2026-01-31' };

/** A base pack whose completion duty has no date, and a child that dates it. */
function baseAndChild(): { base: PackDocument; child: unknown } {
  const base = miniPack();
  base.rules = base.rules.map((r) =>
    r.decides.type === 'duty' ? { ...r, decides: { ...r.decides, due: { anchor: 'none' } } } : r,
  );
  const dated = miniPack().rules.find((r) => r.decides.type === 'duty');
  const child = {
    id: 'test-child',
    version: '1.0.0',
    title: { zh: '子政策包', en: 'Child pack' },
    jurisdiction: { code: '500100', name: { zh: '市辖区', en: 'Districts' } },
    documents: base.documents,
    inForce: { from: '2025-01-01' },
    extends: base.id,
    rules: [{ ...dated, id: 'child.complete-neutralization' }],
  };
  return { base, child };
}

describe('a dated duty and an inherited undated one', () => {
  it('the dated one governs, with its date', async () => {
    const { base, child } = baseAndChild();
    const d = await evaluate(compileValid(child, lookupOf(base)), EVENT);
    const duty = d.duties.find((x) => x.duty === 'complete-neutralization');
    expect(duty?.rule).toBe('child.complete-neutralization');
    expect(duty?.due).toBe('2026-02-28');
  });

  it('without the end date, the dated one still governs and the end date is asked', async () => {
    const { base, child } = baseAndChild();
    const { endDate: _omitted, ...noEnd } = EVENT;
    const d = await evaluate(compileValid(child, lookupOf(base)), noEnd);
    const duty = d.duties.find((x) => x.duty === 'complete-neutralization');
    expect(duty?.rule).toBe('child.complete-neutralization');
    expect(duty?.due).toBeNull();
    expect(duty?.dueRule.anchor).toBe('event.end');
    expect(d.missingFacts).toContain('endDate');
  });
});

/** The mini pack with a reading: does the 300-attendee meeting rule reach enterprises? */
function withReading(): PackDocument {
  const pack = miniPack();
  pack.readings = [
    {
      id: 'reach',
      question: { zh: '是否适用于企业？', en: 'Does it reach enterprises?' },
      options: [
        { id: 'no', label: { zh: '不适用', en: 'No' }, citation: { ...cite('第一条'), basis: 'interpretation' } },
        { id: 'yes', label: { zh: '适用', en: 'Yes' }, citation: { ...cite('第二条'), basis: 'interpretation' } },
      ],
      default: 'no',
    },
  ];
  pack.rules.push({
    id: 'reading.enterprise-required',
    title: { zh: '企业会议', en: 'Enterprise meetings' },
    conditions: {
      all: [
        { fact: 'reading.reach', operator: 'equal', value: 'yes' },
        { fact: 'attendees', operator: 'greaterThanInclusive', value: 200 },
      ],
    },
    decides: { type: 'obligation', level: 'required' },
    citation: { ...cite('第二条'), basis: 'interpretation' },
  });
  return pack;
}

describe('contested readings', () => {
  it('answers under the default and lists the reading with what the other option gives', async () => {
    const d = await evaluate(compileValid(withReading()), { ...EVENT, meetingClass: 4 });
    expect(d.obligation).not.toBe('required');
    expect(d.readings).toHaveLength(1);
    expect(d.readings[0]).toMatchObject({ id: 'reach', option: 'no', chosen: 'default', isDefault: true });
    expect(d.readings[0]?.alternatives).toEqual([expect.objectContaining({ option: 'yes', obligation: 'required' })]);
  });

  it('answers under the option asked for, and lists the default as the alternative', async () => {
    const d = await evaluate(compileValid(withReading()), { ...EVENT, meetingClass: 4 }, { readings: { reach: 'yes' } });
    expect(d.obligation).toBe('required');
    expect(d.reasons.map((r) => r.rule)).toContain('reading.enterprise-required');
    expect(d.readings[0]).toMatchObject({ option: 'yes', chosen: 'asked', isDefault: false });
    expect(d.readings[0]?.alternatives[0]?.option).toBe('no');
  });

  it('does not list a reading that cannot change this answer', async () => {
    const d = await evaluate(compileValid(withReading()), { ...EVENT, attendees: 50 });
    expect(d.readings).toEqual([]);
  });

  it('refuses an unknown reading or option, naming it', async () => {
    const compiled = compileValid(withReading());
    const error = await evaluate(compiled, EVENT, { readings: { reach: 'maybe', other: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => p.path)).toEqual(['readings.reach', 'readings.other']);
  });

  it('rejects a pack whose rule reads an undeclared reading or an option it does not have', () => {
    const pack = withReading();
    pack.rules.push({ ...pack.rules.at(-1)!, id: 'bad', conditions: { all: [{ fact: 'reading.reach', operator: 'equal', value: 'perhaps' }] } });
    expect(() => compileValid(pack)).toThrow(/rules\[\d+\]\.conditions\.all\[0\]\.value/);
    pack.readings[0]!.default = 'unknown';
    expect(() => compileValid(pack)).toThrow(/readings\[0\]\.default/);
  });
});
