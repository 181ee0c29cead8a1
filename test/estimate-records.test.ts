// What a case keeps: the estimate before the event and the accounted figure after it, shown side by side.
import { describe, expect, it } from 'vitest';
import { accountedRecord, estimatedAgainstAccounted, estimateFor, estimateRecord } from '../app/estimate.js';

describe('estimate before, accounted after', () => {
  it('records the estimate with its lines and what it left out, and the accounted figure beside it', async () => {
    const outcome = await estimateFor(undefined, {
      activity: { phases: { holding: { energy: [{ kind: 'electricity', amount: '1000', unit: 'kWh' }], meals: [{ amount: '10', unit: 'meal' }] } } },
    });
    if (outcome.kind !== 'estimated') throw new Error(outcome.kind);
    // No venue: 1000 kWh × 0.5306 (national, 2023) = 530.6 kg; the meals have no factor and are left out.
    const before = estimateRecord(outcome.estimate, '2026-09-01');
    expect(before).toEqual({
      kind: 'estimated',
      tco2e: '0.5306',
      recordedOn: '2026-09-01',
      factorSet: 'cn-2023',
      lines: [{ path: 'phases.holding.energy[0]', activity: 'electricity', tco2e: '0.5306' }],
      leftOut: ['phases.holding.meals[0]'],
    });
    const after = accountedRecord('0.61', 'the 碳惠天府 platform', '2026-11-02');
    expect(estimatedAgainstAccounted(before, after)).toEqual({ estimated: '0.5306', accounted: '0.61', difference: '0.0794' });
  });
});
