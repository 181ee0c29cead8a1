// The lean decision log: a decision is kept as its request, its exact chain of pack versions, the engine version,
// its outcome and the digest of its Determination; GET /v1/decisions/{id} derives the Determination again and
// checks it against the digest. Every way a kept decision can stop matching is reported with a 200, never hidden.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fc, test as property } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, type DecisionEntry } from '../app/answer.js';
import { canonicalJson, digestOf } from '../app/canonical-json.js';
import { contentHash } from '../app/content-hash.js';
import { checkDecision, outcomeOf } from '../app/decision-record.js';
import { PackRegistry } from '../app/registry.js';
import { packFolders } from '../adapters/files/pack-folders.js';
import { engineVersion } from '../adapters/storage/engine-version.js';
import type { Determination } from '../engine/index.js';
import { makeApp } from './support/api.js';

const SOE_MEETING = { kind: 'meeting', attendees: 200, startDate: '2026-01-30', endDate: '2026-01-31', organizer: { type: 'soe', level: 'provincial' } };

describe('the digest: canonical JSON', () => {
  property.prop([fc.jsonValue()], { numRuns: 300 })('is the text content-hash.ts hashes, for any JSON value', (value) => {
    expect(digestOf(value)).toBe(contentHash(value));
  });

  it('orders array-index keys as content-hash.ts does, leaves out undefined, escapes what JSON escapes', () => {
    const odd = { b: 1, 10: 'ten', 9: 'nine', a: [undefined, 'x"\\\n\u0001\ud800'], '-1': 0, '01': 1, ' ': null, c: undefined, é: 'é', 4294967295: 'not an index' };
    expect(digestOf(odd)).toBe(contentHash(odd));
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: true } })).toBe('{"a":{"c":true,"d":[1,{"e":3,"f":2}]},"b":1}');
    expect(digestOf({ long: Array.from({ length: 40 }, (_, i) => ({ i, s: `行${i}` })) })).toBe(contentHash({ long: Array.from({ length: 40 }, (_, i) => ({ i, s: `行${i}` })) }));
  });
});

describe('the engine version', () => {
  it('is package.json version and a fingerprint of the sources that derive a Determination', () => {
    expect(engineVersion()).toMatch(/^\d+\.\d+\.\d+\+src\.[0-9a-f]{12}$/);
    expect(engineVersion()).toBe(engineVersion());
  });
});

describe('GET /v1/decisions/{id}', () => {
  let dir: string;
  let api: Awaited<ReturnType<typeof makeApp>>;
  let db: Database.Database;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tanzhong-decisions-'));
    const file = join(dir, 'tanzhong.db');
    api = await makeApp(file, 2 * 1024 * 1024);
    // A second connection, to change rows below the Store as a damaged or an older database would have them.
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
  });
  afterAll(async () => {
    db?.close();
    await api?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const evaluate = async (body: Record<string, unknown>) => {
    const res = await api.call('POST', '/v1/evaluate', body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const { decisionId, notice: _notice, fallback: _fallback, ...determination } = res.json;
    return { id: decisionId as string, determination: determination as Determination };
  };
  const row = (id: string) => db.prepare('select * from decisions where id = ?').get(id) as Record<string, string | null>;
  const update = (id: string, set: string, ...params: unknown[]) => db.prepare(`update decisions set ${set} where id = ?`).run(...params, id);

  it('derives the Determination again under the exact versions, and it matches its digest', async () => {
    const made = await evaluate({ pack: 'cn-chongqing', event: SOE_MEETING, lang: 'en' });
    const res = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(res.status).toBe(200);
    expect(res.json.determination).toEqual(made.determination);
    expect(res.json.outcome).toEqual(outcomeOf(made.determination));
    expect(res.json.outcome).toMatchObject({ obligation: 'required', due: { 'complete-neutralization': '2026-02-28' } });
    const { verification } = res.json;
    expect(verification).toEqual({ digest: digestOf(made.determination), recomputed: digestOf(made.determination), matches: true, engineVersion: engineVersion(), storedEngineVersion: engineVersion() });
  });

  it('keeps the request, not the answer: a small event under 2 KB, a 1000-line plan about the size of its request', async () => {
    const small = await evaluate({ pack: 'cn-chongqing', event: SOE_MEETING, lang: 'en' });
    const kept = row(small.id);
    expect(kept.determination).toBeNull();
    expect(kept.digest).toBe(digestOf(small.determination));
    const bytes = (r: Record<string, string | null>) => Object.values(r).reduce((sum, v) => sum + Buffer.byteLength(String(v ?? '')), 0);
    expect(bytes(kept)).toBeLessThan(2048);

    const offsets = Array.from({ length: 1000 }, (_, i) => ({ instrument: i % 3 ? 'CQCER' : 'CCER', quantityTco2e: '0.1005' }));
    const body = { pack: 'cn-chongqing', event: { ...SOE_MEETING, emissionsTco2e: '100.5', offsets }, lang: 'en' };
    const large = await evaluate(body);
    const request = Buffer.byteLength(JSON.stringify(body));
    expect(bytes(row(large.id))).toBeLessThan(request + 1000 + 2048); // the request, a letter a line, the rest
    const res = await api.call('GET', `/v1/decisions/${large.id}`);
    expect(res.json.verification.matches).toBe(true);
    expect(res.json.outcome.verdicts).toHaveLength(1000);
    expect(res.json.determination).toEqual(large.determination);
  });

  it('reports a digest that no longer matches, with the Determination derived now', async () => {
    const made = await evaluate({ pack: 'cn-sichuan', event: { ...SOE_MEETING, scale: 'national', bidCommitsNeutrality: true } });
    update(made.id, 'digest = ?', 'f'.repeat(64));
    const res = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(res.status).toBe(200);
    expect(res.json.verification).toMatchObject({ digest: 'f'.repeat(64), recomputed: digestOf(made.determination), matches: false });
    expect(res.json.verification.problem).toMatch(/differs from the one answered$/);
    expect(res.json.determination).toEqual(made.determination);
  });

  it('says the engine changed when the digest differs and so does the engine version', async () => {
    const made = await evaluate({ pack: 'cn-chongqing', event: SOE_MEETING });
    update(made.id, 'digest = ?, engine_version = ?', '0'.repeat(64), '0.0.9+src.000000000000');
    const res = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(res.json.verification).toMatchObject({ matches: false, storedEngineVersion: '0.0.9+src.000000000000', engineVersion: engineVersion() });
    expect(res.json.verification.problem).toContain('the engine changed since (0.0.9+src.000000000000 ->');
  });

  it('reports an outcome that is not the outcome of the Determination answered', async () => {
    const made = await evaluate({ pack: 'cn-chongqing', event: SOE_MEETING });
    update(made.id, 'outcome = ?', JSON.stringify({ ...outcomeOf(made.determination), obligation: 'encouraged' }));
    const res = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(res.json.verification).toMatchObject({ matches: false, recomputed: res.json.verification.digest });
    expect(res.json.verification.problem).toContain('outcome');
    expect(res.json.outcome.obligation).toBe('encouraged');
  });

  it('reports a chain whose versions are gone or changed: nothing derived, matches false, and replay refuses with 409', async () => {
    const made = await evaluate({ pack: 'cn-chongqing', event: SOE_MEETING });
    const chain = JSON.parse(row(made.id).chain as string) as { id: string; version: string; contentHash: string }[];
    update(made.id, 'chain = ?', JSON.stringify([{ ...chain[0], version: '0.0.1' }]));
    const gone = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(gone.status).toBe(200);
    expect(gone.json).toMatchObject({ determination: null, verification: { recomputed: null, matches: false } });
    expect(gone.json.verification.problem).toContain('cn-chongqing 0.0.1');
    const replay = await api.call('POST', `/v1/decisions/${made.id}/replay`, {});
    expect(replay.status).toBe(409);
    expect(replay.json.error.code).toBe('not_rederivable');

    update(made.id, 'chain = ?', JSON.stringify([{ ...chain[0], contentHash: 'a'.repeat(64) }]));
    const changed = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(changed.json.verification).toMatchObject({ recomputed: null, matches: false });
    expect(changed.json.verification.problem).toContain('no longer has the content hash');
  });

  it('reports a request the engine no longer accepts, as a mismatch, not a 500', async () => {
    const made = await evaluate({ pack: 'cn-chongqing', event: SOE_MEETING });
    update(made.id, 'request = ?', JSON.stringify({ pack: 'cn-chongqing', event: { attendees: -1 } }));
    const res = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(res.status).toBe(200);
    expect(res.json.verification).toMatchObject({ recomputed: null, matches: false });
    expect(res.json.verification.problem).toContain('no longer answers');
  });

  it('reads a decision kept before the lean log: its own Determination, checked against one derived again', async () => {
    const made = await evaluate({ pack: 'cn-chongqing', event: SOE_MEETING });
    update(made.id, 'determination = ?, digest = null, outcome = null, engine_version = null', JSON.stringify(made.determination));
    const res = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(res.json.determination).toEqual(made.determination);
    expect(res.json.outcome).toEqual(outcomeOf(made.determination));
    expect(res.json.verification).toEqual({ digest: digestOf(made.determination), recomputed: digestOf(made.determination), matches: true, engineVersion: engineVersion(), storedEngineVersion: null });

    const answeredOtherwise = { ...made.determination, obligation: 'encouraged' };
    update(made.id, 'determination = ?', JSON.stringify(answeredOtherwise));
    const differs = await api.call('GET', `/v1/decisions/${made.id}`);
    expect(differs.json.determination).toEqual(answeredOtherwise);
    expect(differs.json.verification).toMatchObject({ matches: false, recomputed: digestOf(made.determination) });
    const replay = await api.call('POST', `/v1/decisions/${made.id}/replay`, {});
    expect(replay.status).toBe(200);
    expect(replay.json.differences.find((d: { field: string }) => d.field === 'obligation')?.values).toEqual({ original: 'encouraged', replay: 'required' });
  });
});

describe('a decision answered by a base pack', () => {
  it('is derived again the same way: the custom facts the base does not know set aside again', async () => {
    const registry = new PackRegistry(packFolders(['policies/examples']));
    await registry.refresh();
    let entry: DecisionEntry | undefined;
    const event = { kind: 'meeting', extra: { onSiteAttendees: 400, onlineAttendees: 50 }, startDate: '2025-01-10', endDate: '2025-01-10' };
    const outcome = await answer(registry, { pack: 'cn-shanghai', event, lang: 'en' }, { record: async (e) => ((entry = e), 'id') });
    expect(outcome.kind === 'answered' && outcome.fallback?.setAside?.facts).toEqual(['extra.onSiteAttendees', 'extra.onlineAttendees']);
    if (!entry) throw new Error('not recorded');
    expect(entry.chain.at(-1)?.id).toBe('cn-national');
    const { determination, request, chain } = entry;
    const checked = await checkDecision(registry, { request, chain, digest: digestOf(determination), outcome: outcomeOf(determination), engineVersion: 'x', determination: null }, 'x');
    expect(checked.verification).toMatchObject({ matches: true, recomputed: digestOf(determination) });
    expect(checked.determination).toEqual(determination);
  });
});
