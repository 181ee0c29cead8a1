// evaluate() with the mini pack's dated rule: the version in force on the date asked (or the event's start date)
// decides, both ends of a period inclusive; before the pack is in force nothing applies.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate.js';
import { CLAUSES, compileMini } from './fixtures/mini-pack.js';

const compiled = compileMini();

describe('dated rule versions', () => {
  const LEAD = { kind: 'exhibition', attendees: 50, organizer: { type: 'party-government' } };

  it('before the revision: the 2025 version (expected)', async () => {
    const d = await evaluate(compiled, LEAD, { asOf: '2025-06-01' });
    expect(d.obligation).toBe('expected');
    const reason = d.reasons.find((r) => r.decides === 'obligation:expected');
    expect(reason?.citation.clause).toBe(CLAUSES.lead2025);
    expect(d.reasons.some((r) => r.citation.clause === CLAUSES.lead2026)).toBe(false);
  });

  it('after the revision: the 2026 version (required)', async () => {
    const d = await evaluate(compiled, LEAD, { asOf: '2026-06-01' });
    expect(d.obligation).toBe('required');
    const reason = d.reasons.find((r) => r.decides === 'obligation:required');
    expect(reason?.citation.clause).toBe(CLAUSES.lead2026);
    expect(d.reasons.some((r) => r.citation.clause === CLAUSES.lead2025)).toBe(false);
  });

  it('on the boundaries: until is inclusive, from is inclusive', async () => {
    expect((await evaluate(compiled, LEAD, { asOf: '2025-12-31' })).obligation).toBe('expected');
    expect((await evaluate(compiled, LEAD, { asOf: '2026-01-01' })).obligation).toBe('required');
  });

  it('without asOf the start date decides', async () => {
    expect((await evaluate(compiled, { ...LEAD, startDate: '2025-03-01', endDate: '2025-03-02' })).obligation).toBe('expected');
    const d = await evaluate(compiled, { ...LEAD, startDate: '2026-03-01', endDate: '2026-03-02' });
    expect(d.obligation).toBe('required');
    expect(d.asOf).toBe('2026-03-01');
  });

  it('with neither asOf nor a start date, the dated rule is undecided and asks for startDate', async () => {
    const d = await evaluate(compiled, LEAD);
    expect(d.obligation).toBe('undetermined');
    // Without a date the pack itself may not be in force, so no level is established.
    expect(d.obligationAtLeast).toBeUndefined();
    expect(d.missingFacts).toEqual(['startDate', 'endDate']);
    expect(d.undecided).toEqual([{ subject: 'obligation', rules: ['organizer-lead'], missingFacts: ['startDate'] }]);
  });

  it('before the pack is in force, no rule applies and a warning says so', async () => {
    const d = await evaluate(compiled, LEAD, { asOf: '2024-06-01' });
    expect(d.obligation).toBe('not-covered');
    expect(d.reasons).toEqual([]);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toContain('2025-01-01');
  });
});
