// evaluate() with the mini pack: every reason, confirmation route and offset policy item carries its citation.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate.js';
import { MEETING } from './fixtures/mini-events.js';
import { CLAUSES, compileMini, MINI_DOC } from './fixtures/mini-pack.js';

const compiled = compileMini();

describe('reasons and confirmation carry citations', () => {
  it('every reason cites the mini pack document and the rule clause', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 3 }, { lang: 'en' });
    expect(d.reasons.map((r) => [r.rule, r.decides, r.citation.clause])).toEqual([
      ['meeting-required', 'obligation:required', CLAUSES.scope],
      ['general-encouraged', 'obligation:encouraged', CLAUSES.general],
      ['complete-neutralization', 'duty:complete-neutralization', CLAUSES.duty],
      ['confirmation-routes', 'confirmation:third-party+self-commitment', CLAUSES.confirmation],
    ]);
    for (const r of d.reasons) {
      expect(r.citation).toMatchObject({ document: MINI_DOC, basis: 'text' });
      expect(r.citation.zh.length).toBeGreaterThan(0);
      expect(r.citation.en.length).toBeGreaterThan(0);
      expect(r.origin).toBe('test-mini');
    }
    expect(d.reasons[0]?.title).toBe('Large class 1-3 meetings must neutralize');
    expect(d.summary).toContain(`${MINI_DOC} ${CLAUSES.scope}`);
  });

  it('confirmation routes are listed with their citation', async () => {
    const d = await evaluate(compiled, { ...MEETING, meetingClass: 3 });
    expect(d.confirmation.modes).toEqual(['third-party', 'self-commitment']);
    for (const route of d.confirmation.routes) expect(route.citation.clause).toBe(CLAUSES.confirmation);
  });

  it('the offset policy is shown in rank order with its conditions', async () => {
    const d = await evaluate(compiled, MEETING, { lang: 'en' });
    expect(d.offsets.accepted.map((a) => [a.instrument, a.rank])).toEqual([
      ['CQCER', 1],
      ['CCER', 2],
    ]);
    expect(d.offsets.accepted[0]?.conditions.map((c) => [c.check, c.citation.clause])).toEqual([
      ['vintage-after', CLAUSES.vintage],
      ['region-within', CLAUSES.region],
    ]);
    expect(d.offsets.excluded.map((x) => [x.instrument, x.citation.clause])).toEqual([['carbon-points', CLAUSES.excluded]]);
    expect(d.offsets.check).toBeUndefined();
  });
});
