// Issue 10, hole 1: the decision log can be switched off or sampled (DECISION_LOG=on|off|sample:<share>). An answer
// that is not kept has no decisionId: it never names a decision that does not exist.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../server/config.js';
import { hardenedApp, SMALL_EVALUATION } from './support/hardened-app.js';

describe('DECISION_LOG', () => {
  it('off: answers without a decisionId and keeps nothing', async () => {
    const { call, store } = await hardenedApp({ decisionLog: { mode: 'off' } });
    const res = await call('POST', '/v1/evaluate', { body: SMALL_EVALUATION });
    expect(res.status).toBe(200);
    expect(res.json.obligation).toBeDefined();
    expect(res.json).not.toHaveProperty('decisionId');
    const compared = await call('POST', '/v1/compare', { body: { packs: ['cn-chongqing', 'cn-sichuan'], event: SMALL_EVALUATION.event } });
    expect(compared.status).toBe(200);
    expect(Object.values(compared.json.determinations).map((d: any) => d.decisionId)).toEqual([undefined, undefined]);
    expect(await store.countDecisions()).toBe(0);
  });

  it('sample: keeps about that share; every kept answer names its decision, the others none', async () => {
    const { call, store } = await hardenedApp({ decisionLog: { mode: 'sample', rate: 0.5 } });
    const ids: (string | undefined)[] = [];
    for (let i = 0; i < 60; i++) ids.push((await call('POST', '/v1/evaluate', { body: SMALL_EVALUATION })).json.decisionId);
    const kept = ids.filter((id): id is string => typeof id === 'string');
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(55);
    expect(await store.countDecisions()).toBe(kept.length);
    expect((await call('GET', `/v1/decisions/${kept[0]}`)).status).toBe(200);
  });

  it('on (the default): every answer is kept', async () => {
    const { call, store } = await hardenedApp();
    const res = await call('POST', '/v1/evaluate', { body: SMALL_EVALUATION });
    expect(typeof res.json.decisionId).toBe('string');
    expect(await store.countDecisions()).toBe(1);
  });

  it('is read from the environment, and a wrong value is named', () => {
    const mode = (value: string) => {
      const read = readConfig({ DECISION_LOG: value });
      return read.ok ? read.config.decisionLog : read.problems;
    };
    expect(mode('off')).toEqual({ mode: 'off' });
    expect(mode('ON')).toEqual({ mode: 'on' });
    expect(mode('sample:0.1')).toEqual({ mode: 'sample', rate: 0.1 });
    expect(mode('sample:1')).toEqual({ mode: 'on' });
    expect(mode('sample:2')).toEqual([expect.stringMatching(/^DECISION_LOG="sample:2": must be on, off or sample:/)]);
    expect(mode('sometimes')).toEqual([expect.stringContaining('DECISION_LOG')]);
  });
});
