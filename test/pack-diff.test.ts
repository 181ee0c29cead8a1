// Pack diff (engine/pack-diff/): what changed between two resolved packs, each change with each side's citation and
// in words. cn-sichuan against the Chengdu fixture (test/fixtures/chengdu/) lists exactly the one threshold it tightens;
// a deadline change and an instrument's eligibility change are listed as such; a pack against itself has no change,
// and a threshold moved at random is listed once, reaching more events exactly when it should.
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ResolvedPack } from '../engine/index.js';
import { diffPacks, renderDiff } from '../engine/pack-diff/index.js';
import { registry } from './support/library.js';

const readDoc = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, any>;
const SICHUAN = readDoc('../policies/cn-sichuan/pack.json');
const NATIONAL = readDoc('../policies/cn-national/pack.json');
const CHONGQING = readDoc('../policies/cn-chongqing/pack.json');
const CHENGDU = readDoc('./fixtures/chengdu/cn-sichuan-chengdu/pack.json');

/** A pack document compiled with its bases, as `pack validate` compiles a folder; throws with its problems. */
function resolved(doc: unknown): ResolvedPack {
  const result = registry.compileDocument(doc);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.compiled.pack;
}

/** A copy of `doc` changed by `edit`. */
function edited(doc: Record<string, any>, edit: (copy: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(doc);
  edit(copy);
  return copy;
}

const ruleOf = (doc: Record<string, any>, id: string) => doc.rules.find((r: any) => r.id === id);

describe('cn-sichuan against the Chengdu pack that tightens one threshold', () => {
  const diff = diffPacks(resolved(SICHUAN), resolved(CHENGDU));

  it('lists exactly that change: the registration now reaches provincial events', () => {
    expect(diff.changes).toHaveLength(1);
    const [change] = diff.changes;
    expect(change).toMatchObject({
      area: 'duties',
      kind: 'threshold',
      rule: 'duty.register-event',
      path: 'all[0]',
      direction: 'wider',
      before: { fact: 'scale', operator: 'in', value: ['international', 'national'] },
      after: { fact: 'scale', operator: 'in', value: ['international', 'national', 'provincial'] },
    });
  });

  it('gives each side its citation: the province\'s clause before, the city\'s after', () => {
    const { citations } = diff.changes[0] as (typeof diff.changes)[number];
    expect(citations.before).toMatchObject({ document: '川环发〔2021〕5号', clause: '三（四）' });
    expect(citations.after).toMatchObject({ document: '成环〔2026〕7号', clause: '第三条' });
  });

  it('says it in words in both languages, with no code', () => {
    const { text } = diff.changes[0] as (typeof diff.changes)[number];
    expect(text.zh).toContain('活动规模 ∈ {国际性、全国性} 改为 活动规模 ∈ {国际性、全国性、省级}');
    expect(text.zh).toContain('适用的活动增多');
    expect(text.en).toContain('applies to more events');
    expect(text.en).toContain('scale of the event ∈ {international, national} becomes scale of the event ∈ {international, national, provincial}');
    for (const words of [text.zh, text.en, renderDiff(diff, 'zh'), renderDiff(diff, 'en')]) expect(words).not.toMatch(/register-event|greaterThan|\bin\b \[/);
    expect(renderDiff(diff, 'zh')).toContain('共 1 处变化');
    expect(renderDiff(diff, 'en')).toContain('1 change\n');
  });

  it('the other way round, the same threshold reaches fewer events', () => {
    const back = diffPacks(resolved(CHENGDU), resolved(SICHUAN));
    expect(back.changes.map((c) => [c.kind, c.rule, c.direction])).toEqual([['threshold', 'duty.register-event', 'narrower']]);
  });
});

describe('a deadline change', () => {
  const later = edited(CHONGQING, (doc) => {
    ruleOf(doc, 'duty.complete-neutralization').decides.due.months = 3;
  });
  const diff = diffPacks(resolved(CHONGQING), resolved(later));

  it('is the one change, moved later, with each side\'s due rule and citation', () => {
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      area: 'duties',
      kind: 'deadline',
      rule: 'duty.complete-neutralization',
      direction: 'later',
      before: { anchor: 'event.end', direction: 'after', months: 1 },
      after: { anchor: 'event.end', direction: 'after', months: 3 },
      citations: { before: { clause: '四（三）' }, after: { clause: '四（三）' } },
    });
    expect(diff.changes[0]?.text.zh).toContain('活动结束后1个月内');
    expect(diff.changes[0]?.text.zh).toContain('活动结束后3个月内');
    expect(diff.changes[0]?.text.en).toContain('a later deadline');
  });

  it('a shorter one is earlier; a date set where none was has no direction', () => {
    const sooner = edited(CHONGQING, (doc) => {
      ruleOf(doc, 'duty.complete-neutralization').decides.due = { anchor: 'event.end', direction: 'after', days: 20 };
    });
    expect(diffPacks(resolved(CHONGQING), resolved(sooner)).changes.map((c) => c.direction)).toEqual(['earlier']);
    const none = edited(CHONGQING, (doc) => {
      ruleOf(doc, 'duty.complete-neutralization').decides.due = { anchor: 'none' };
    });
    const [change] = diffPacks(resolved(CHONGQING), resolved(none)).changes;
    expect(change).toMatchObject({ kind: 'deadline', after: { anchor: 'none' } });
    expect(change?.direction).toBeUndefined();
  });
});

describe('an instrument eligibility change', () => {
  it('a changed check of CQCER is the one change, with both checks in words and both citations', () => {
    const moved = edited(CHONGQING, (doc) => {
      const cqcer = doc.offsets.accepted.find((a: any) => a.instrument === 'CQCER');
      cqcer.eligibility.find((c: any) => c.check === 'vintage-after').date = '2022-01-01';
    });
    const diff = diffPacks(resolved(CHONGQING), resolved(moved));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      area: 'offsets',
      kind: 'eligibility-changed',
      instrument: 'CQCER',
      before: { check: 'vintage-after', date: '2021-09-14' },
      after: { check: 'vintage-after', date: '2022-01-01' },
      citations: { before: { clause: '第十六条' }, after: { clause: '第十六条' } },
    });
    expect(diff.changes[0]?.text.zh).toContain('2021-09-14');
    expect(diff.changes[0]?.text.zh).toContain('2022-01-01');
  });

  it('an instrument no longer accepted, and one newly excluded, are listed as such', () => {
    const narrower = edited(SICHUAN, (doc) => {
      doc.offsets.accepted = doc.offsets.accepted.filter((a: any) => a.instrument !== 'forestry-sink');
      // A child's section replaces its base's: the national exclusions are kept, and one is added.
      doc.offsets.excluded = [...NATIONAL.offsets.excluded, { instrument: 'forestry-sink', reason: { zh: '测试', en: 'a test' }, citation: ruleOf(doc, 'obligation.encouraged').citation }];
    });
    const diff = diffPacks(resolved(SICHUAN), resolved(narrower));
    expect(diff.changes.map((c) => [c.kind, c.instrument])).toEqual([
      ['instrument-removed', 'forestry-sink'],
      ['excluded-added', 'forestry-sink'],
    ]);
  });

  it('a new rank and standing of an accepted instrument are two changes', () => {
    const reordered = edited(SICHUAN, (doc) => {
      const sink = doc.offsets.accepted.find((a: any) => a.instrument === 'forestry-sink');
      sink.rank = 1;
      sink.standing = 'preferred';
    });
    const diff = diffPacks(resolved(SICHUAN), resolved(reordered));
    expect(diff.changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['rank', 2, 1],
      ['standing', 'accepted', 'preferred'],
    ]);
  });
});

describe('confirmation and readings', () => {
  it('a rule that confirms by another mode, and a reading with another default, are one change each', () => {
    const reading = CHONGQING.readings.find((r: any) => r.id === 'district-soe-trigger');
    const other = reading.options.find((o: any) => o.id !== reading.default).id;
    const changed = edited(CHONGQING, (doc) => {
      ruleOf(doc, 'confirmation.platform').decides.modes = ['third-party'];
      doc.readings.find((r: any) => r.id === 'district-soe-trigger').default = other;
    });
    const diff = diffPacks(resolved(CHONGQING), resolved(changed));
    expect(diff.changes.map((c) => [c.area, c.kind, c.rule ?? c.reading, c.before, c.after])).toEqual([
      ['confirmation', 'modes', 'confirmation.platform', ['platform'], ['third-party']],
      ['readings', 'reading-default', 'district-soe-trigger', reading.default, other],
    ]);
    expect(diff.changes[1]?.citations.after).toEqual(reading.options.find((o: any) => o.id === other).citation);
  });
});

describe('invariants', () => {
  const packs = ['cn-national', 'cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'].map((id) => readDoc(`../policies/${id}/pack.json`));

  it('a pack against itself has no change', () => {
    for (const doc of packs) expect(diffPacks(resolved(doc), resolved(doc)).changes).toEqual([]);
  });

  // Every numeric threshold of the shipped packs, moved by a random amount: exactly one change, at that test, reaching
  // more events when a lower bound goes down or an upper bound goes up.
  const numericTests = packs.flatMap((doc, p) =>
    doc.rules.flatMap((rule: any, r: number) =>
      (rule.conditions.all ?? []).flatMap((leaf: any, i: number) => (typeof leaf.value === 'number' && leaf.fact ? [{ p, r, i, operator: leaf.operator as string }] : [])),
    ),
  );

  test.prop([fc.constantFrom(...numericTests), fc.integer({ min: -150, max: 150 }).filter((d) => d !== 0)], { numRuns: 40 })(
    'a threshold moved is one threshold change, in the direction the operator implies',
    ({ p, r, i, operator }, delta) => {
      const doc = packs[p] as Record<string, any>;
      const changed = edited(doc, (copy) => {
        copy.rules[r].conditions.all[i].value = Math.max(0, copy.rules[r].conditions.all[i].value + delta);
      });
      const before = doc.rules[r].conditions.all[i].value as number;
      const after = changed.rules[r].conditions.all[i].value as number;
      const diff = diffPacks(resolved(doc), resolved(changed));
      if (before === after) return expect(diff.changes).toEqual([]);
      expect(diff.changes).toHaveLength(1);
      const lower = operator.startsWith('greaterThan');
      expect(diff.changes[0]).toMatchObject({ kind: 'threshold', rule: doc.rules[r].id, path: `all[${i}]`, direction: (after < before) === lower ? 'wider' : 'narrower' });
    },
  );
});
