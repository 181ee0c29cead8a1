// A pack answered by its base before it takes effect: the custom facts and readings that only the pack knows are
// set aside (and the fallback says which), never refused; and an unknown custom fact names the packs that know it.
import { describe, expect, it } from 'vitest';
import { answer } from '../app/answer.js';
import { PackRegistry } from '../app/registry.js';
import { packFolders } from '../adapters/files/pack-folders.js';

async function registry(): Promise<PackRegistry> {
  const r = new PackRegistry(packFolders(['policies/examples']));
  await r.refresh();
  return r;
}

const MEETING = { kind: 'meeting', extra: { onSiteAttendees: 400, onlineAttendees: 50 } };

describe('a pack answered by its base before it takes effect', () => {
  it('sets aside the custom facts the base does not declare, and says so in the fallback', async () => {
    const outcome = await answer(await registry(), { pack: 'cn-shanghai', event: { ...MEETING, startDate: '2025-01-10', endDate: '2025-01-10' } });
    expect(outcome.kind).toBe('answered');
    if (outcome.kind !== 'answered') return;
    expect(outcome.fallback).toMatchObject({ requested: 'cn-shanghai', answeredBy: 'cn-national' });
    expect(outcome.fallback?.setAside?.facts).toEqual(['extra.onSiteAttendees', 'extra.onlineAttendees']);
    expect(outcome.determination.pack.id).toBe('cn-national');
  });

  it('the same event once the pack is in effect keeps its facts and no fallback', async () => {
    const outcome = await answer(await registry(), { pack: 'cn-shanghai', event: { ...MEETING, startDate: '2026-01-10', endDate: '2026-01-10' } });
    expect(outcome.kind === 'answered' && outcome.fallback).toBe(undefined);
    expect(outcome.kind === 'answered' && outcome.determination.reasons.map((r) => r.rule)).toContain('large.meeting');
  });
});

describe('an unknown custom fact', () => {
  it('is refused, naming the packs that declare it', async () => {
    const outcome = await answer(await registry(), { pack: 'cn-chongqing', event: { ...MEETING, startDate: '2026-01-10', endDate: '2026-01-10' } });
    expect(outcome.kind).toBe('invalid-event');
    if (outcome.kind !== 'invalid-event') return;
    expect(outcome.problems.map((p) => p.path)).toEqual(['extra.onSiteAttendees', 'extra.onlineAttendees']);
    expect(outcome.problems[0]?.message).toContain('cn-shanghai');
  });
});
