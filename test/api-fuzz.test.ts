// Whatever arrives, the API answers 2xx or 4xx with the error shape: never a 5xx, never a crash.
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { EVENT_KINDS, INSTRUMENTS } from '../engine/index.js';
import { isErrorShape, makeApp } from './support/api.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp(':memory:', 32 * 1024);
});

// Bodies near the real shape find deeper paths than pure noise; both are sent.
const nearEvent = fc.record(
  {
    kind: fc.oneof(fc.constantFrom(...EVENT_KINDS), fc.string()),
    attendees: fc.oneof(fc.integer(), fc.double(), fc.string()),
    startDate: fc.oneof(fc.constant('2026-05-01'), fc.string()),
    endDate: fc.oneof(fc.constant('2026-04-01'), fc.constant('2026-05-03'), fc.string()),
    meetingClass: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.boolean()),
    organizer: fc.oneof(fc.record({ type: fc.string(), level: fc.string() }, { requiredKeys: [] }), fc.anything()),
    emissionsTco2e: fc.oneof(fc.constant('10.5'), fc.string(), fc.double()),
    offsets: fc.oneof(
      fc.array(fc.record({ instrument: fc.constantFrom(...INSTRUMENTS, 'gold'), quantityTco2e: fc.oneof(fc.constant('1'), fc.string()), projectRegion: fc.string(), vintageStart: fc.string(), serial: fc.string() }, { requiredKeys: [] }), { maxLength: 4 }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);
const evaluateBody = fc.oneof(
  fc.jsonValue(),
  fc.record({ pack: fc.oneof(fc.constantFrom('cn-chongqing', 'cn-sichuan', 'cn-shandong-jining', 'cn-national'), fc.string()), event: fc.oneof(nearEvent, fc.jsonValue()), asOf: fc.oneof(fc.constant('2027-01-02'), fc.string()), lang: fc.constantFrom('zh', 'en', 'fr') }, { requiredKeys: ['pack'] }),
);
const packBody = fc.oneof(
  fc.jsonValue(),
  fc.record({ id: fc.string(), version: fc.string(), extends: fc.string(), rules: fc.array(fc.jsonValue(), { maxLength: 3 }), facts: fc.jsonValue(), documents: fc.jsonValue(), jurisdiction: fc.jsonValue() }, { requiredKeys: [] }),
);
const garbage = fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1'));

async function post(path: string, body: string) {
  const res = await api.app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const text = await res.text();
  return { status: res.status, text };
}

function assertWellFormed(res: { status: number; text: string }) {
  expect(res.status, res.text).toBeLessThan(500);
  if (res.status >= 400) expect(isErrorShape(JSON.parse(res.text)), res.text).toBe(true);
}

describe('random bodies', () => {
  test.prop([evaluateBody], { numRuns: 600 })('POST /v1/evaluate: JSON bodies', async (body) => {
    assertWellFormed(await post('/v1/evaluate', JSON.stringify(body)));
  });
  test.prop([packBody], { numRuns: 500 })('POST /v1/packs/validate: JSON bodies', async (body) => {
    assertWellFormed(await post('/v1/packs/validate', JSON.stringify(body)));
  });
  test.prop([garbage, fc.constantFrom('/v1/evaluate', '/v1/packs/validate')], { numRuns: 300 })('garbage bytes', async (bytes, path) => {
    assertWellFormed(await post(path, bytes));
  });
});
