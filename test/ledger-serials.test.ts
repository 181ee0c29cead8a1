// The ledger's serials: a serial is a prefix and a number kept zero-padded, so two spellings of one credit are one
// (leading zeros, full-width digits, case and blanks of the prefix), and the database finds an overlap of ranges
// without expanding them. The model: a range is accepted exactly when it shares no credit with a range accepted
// before it under the same registry and prefix; a refused one names a holder that does overlap it.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CaseRecord, RetirementRecord } from '../app/cases/case-store.js';
import { parseSerials, rangesOverlap, registryKey, SERIAL_DIGITS, serialCount } from '../app/cases/serial-range.js';
import type { Store } from '../adapters/storage/store.js';
import { DIALECTS, useInMemoryStore } from './support/store.js';

const paths = { first: 'serialFirst', last: 'serialLast' };

describe('parseSerials', () => {
  test.prop([fc.stringMatching(/^[A-Z][A-Z-]{0,6}-$/), fc.nat(10_000), fc.nat(10_000), fc.nat(4)], { numRuns: 100 })(
    'a range keeps its numbers zero-padded; leading zeros and full-width digits make no other credit',
    (prefix, a, b, zeros) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const parsed = parseSerials(`${prefix}${lo}`, `${prefix}${hi}`, paths);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.serial.first).toBe(String(lo).padStart(SERIAL_DIGITS, '0'));
      expect(parsed.serial.last).toBe(String(hi).padStart(SERIAL_DIGITS, '0'));
      expect(serialCount(parsed.serial)).toBe(String(hi - lo + 1));
      const fullWidth = (n: number) => [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
      const respelled = parseSerials(` ${prefix.toLowerCase()}${'0'.repeat(zeros)}${fullWidth(lo)}`, `${prefix}${hi}`, paths);
      expect(respelled.ok && respelled.serial.first === parsed.serial.first && respelled.serial.prefix === parsed.serial.prefix).toBe(true);
    },
  );

  it('refuses a range across prefixes, one running backwards, and a serial without a number', () => {
    expect(parseSerials('A-10', 'B-20', paths)).toMatchObject({ ok: false, problems: [{ path: 'serialLast' }] });
    expect(parseSerials('A-20', 'A-10', paths)).toMatchObject({ ok: false, problems: [{ path: 'serialLast' }] });
    expect(parseSerials('A-', undefined, paths)).toMatchObject({ ok: false, problems: [{ path: 'serialFirst' }] });
    expect(parseSerials(`A-${'9'.repeat(SERIAL_DIGITS + 1)}`, undefined, paths)).toMatchObject({ ok: false, problems: [{ path: 'serialFirst' }] });
  });
});

const [, sqlite] = DIALECTS[0] as (typeof DIALECTS)[number];

describe('the database refuses exactly the overlapping ranges (SQLite trigger)', () => {
  let store: Store;
  useInMemoryStore(sqlite, (s) => (store = s));
  let run = 0;

  const caseRecord = (id: string): CaseRecord => ({
    id,
    packAsked: 'cn-sichuan',
    packId: 'cn-sichuan',
    packVersion: '1.2.0',
    chain: [],
    jurisdictionCode: '510000',
    startDate: null,
    endDate: null,
    lang: 'zh',
    event: {},
    readings: null,
    particulars: {},
    outcome: { obligation: 'encouraged', duties: [], modes: [], rules: [], partialAllowed: true },
    decisionId: null,
    tokenHash: 'h'.repeat(64),
    ownerKeyId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 1,
  });

  // Near thresholds: a small space of numbers, so ranges touch, nest and share their ends.
  const claim = fc.record({ registry: fc.constantFrom('Registry A', ' registry  a ', 'REGISTRY A', 'Registry B'), prefix: fc.constantFrom('P-', 'p-', 'Q-'), a: fc.integer({ min: 1, max: 40 }), n: fc.integer({ min: 1, max: 8 }) });

  test.prop([fc.array(claim, { minLength: 1, maxLength: 25 })], { numRuns: 40 })('accepted iff no accepted range of the same registry and prefix shares a credit', async (claims) => {
    const caseId = `case-${++run}`;
    await store.insertCase(caseRecord(caseId));
    const accepted: { key: string; first: string; last: string; id: string }[] = [];
    for (const [i, c] of claims.entries()) {
      const parsed = parseSerials(`${c.prefix}${c.a}`, `${c.prefix}${c.a + c.n - 1}`, paths);
      if (!parsed.ok) throw new Error('the generator makes valid ranges');
      // Each run has a numbering of its own (the store is shared by the runs).
      const serial = { ...parsed.serial, prefix: `${parsed.serial.prefix}${run}` };
      const key = `${registryKey(c.registry)}|${serial.prefix}`;
      const record: RetirementRecord = {
        id: `${caseId}-${i}`,
        caseId,
        instrument: 'CCER',
        registry: c.registry,
        registryKey: registryKey(c.registry),
        serial,
        quantityTco2e: String(c.n),
        retiredOn: '2025-06-01',
        projectRegion: null,
        projectType: null,
        projectId: null,
        vintageStart: null,
        vintageEnd: null,
        projectStartDate: null,
        approvedOn: null,
        newProject: null,
        proofReference: 'p',
        recordedAt: '2025-06-01T00:00:00.000Z',
      };
      const overlapping = accepted.filter((r) => r.key === key && rangesOverlap(r, serial));
      const result = await store.insertRetirement(record);
      if (overlapping.length === 0) {
        expect(result.kind).toBe('inserted');
        accepted.push({ key, first: serial.first, last: serial.last, id: record.id });
      } else {
        expect(result.kind).toBe('serial-taken');
        if (result.kind === 'serial-taken') expect(overlapping.map((r) => r.id)).toContain(result.holder.retirementId);
      }
    }
    const kept = (await store.getCase(caseId))?.retirements.map((r) => r.id);
    expect(kept).toEqual(accepted.map((r) => r.id));
  });
});
