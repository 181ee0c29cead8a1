// The batch doors: POST /v1/evaluate/batch (JSON or JSON lines in; JSON lines or CSV out, streamed in order) and
// `tanzhong evaluate --batch events.jsonl` (the file read line by line). A bad event is one failed line, never a
// failed batch; bad options, an unknown pack or too many events fail the request.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BATCH_MAX_EVENTS } from '../app/batch.js';
import { generateEvents } from '../bench/events.js';
import { createApp } from '../server/app.js';
import { isErrorShape, makeApp } from './support/api.js';
import { runCliInProcess } from './support/cli.js';
import { parseCsv } from './support/rfc4180.js';

const SOE_MEETING = {
  name: '市属国企年度工作会议',
  kind: 'meeting',
  attendees: 200,
  startDate: '2026-01-30',
  endDate: '2026-01-31',
  organizer: { type: 'soe', level: 'provincial' },
};
const SMALL_MEETING = { ...SOE_MEETING, name: '=HYPERLINK("http://example.com","click")', attendees: 199 };
const INVALID = { kind: 'meeting', attendees: -3, startDate: '2026-01-30' };
const PLAN = {
  ...SOE_MEETING,
  name: '+plan',
  emissionsTco2e: '100.5',
  offsets: [{ instrument: 'CQCER', quantityTco2e: '100', projectRegion: '500000', vintageStart: '2025-01-01', vintageEnd: '2025-12-31', projectStartDate: '2020-01-01' }],
};

const ndjson = (lines: unknown[]) => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});

describe('POST /v1/evaluate/batch', () => {
  it('answers JSON lines in with JSON lines out, one per event in order; the bad event is one failed line', async () => {
    const save = vi.spyOn(api.store, 'saveDecision');
    const body = ndjson([{ pack: 'cn-chongqing', lang: 'en' }, SOE_MEETING, INVALID, SMALL_MEETING]);
    const res = await api.call('POST', '/v1/evaluate/batch', body, { 'content-type': 'application/x-ndjson' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = jsonLines(res.text);
    expect(lines.map((l) => [l.index, l.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    // Decision-only by default: codes and rule ids, no words.
    expect(lines[0].decision).toMatchObject({ detail: 'decision', obligation: 'required', decidedBy: 'required.soe-event', modes: ['platform'] });
    expect(lines[0].decision.duties).toContainEqual(expect.objectContaining({ duty: 'complete-neutralization', due: '2026-02-28' }));
    expect(lines[0].decision.summary).toBeUndefined();
    expect(lines[2].decision.obligation).toBe('encouraged');
    expect(lines[1].error).toEqual({
      code: 'invalid_event',
      message: 'the event is not valid',
      issues: [{ path: 'event.attendees', message: expect.any(String) }],
    });
    // A batch's decisions are not written to the decision log.
    expect(save).not.toHaveBeenCalled();
    save.mockRestore();
  });

  it('keeps the order of 1000 events and reports a line that is not JSON as that line only', async () => {
    const events = generateEvents(BATCH_MAX_EVENTS);
    const lines = events.map((e) => JSON.stringify(e));
    lines[500] = '{"kind": "meeting",';
    const body = `${JSON.stringify({ pack: 'cn-sichuan' })}\n${lines.join('\n')}\n`;
    const res = await api.call('POST', '/v1/evaluate/batch', body, { 'content-type': 'application/x-ndjson' });
    expect(res.status).toBe(200);
    const out = jsonLines(res.text);
    expect(out.map((l) => l.index)).toEqual(events.map((_, i) => i));
    expect(out[500]).toMatchObject({ ok: false, error: { code: 'invalid_json' } });
    expect(out.filter((l) => !l.ok).map((l) => l.index)).toContain(500);
    // Each line answers its own event: the same as asking one at a time.
    const single = await api.call('POST', '/v1/evaluate', { pack: 'cn-sichuan', event: events[7] });
    expect(out[7].decision.obligation).toBe(single.json.obligation);
  });

  it('answers a JSON body as CSV: a header in words, one row of codes per event, formulas neutralized', async () => {
    const res = await api.call('POST', '/v1/evaluate/batch?format=csv', { pack: 'cn-chongqing', lang: 'en', events: [SOE_MEETING, INVALID, SMALL_MEETING, PLAN] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(res.text);
    expect(header).toEqual([
      'Index',
      'Event name',
      'Pack',
      'Version',
      'Evaluated as of',
      'Obligation',
      'The given facts establish at least',
      'Deciding rule',
      'Duties and due dates',
      'How neutrality is confirmed',
      'The plan covers the emissions',
      'Rules that apply',
      'Missing facts',
      'Error',
      'Error message',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['0', '1', '2', '3']);
    const cell = (row: string[] | undefined, name: string) => row?.[(header as string[]).indexOf(name)];
    expect(cell(rows[0], 'Obligation')).toBe('required');
    expect(cell(rows[0], 'Deciding rule')).toBe('required.soe-event');
    expect(cell(rows[0], 'Duties and due dates')).toContain('complete-neutralization=2026-02-28');
    expect(cell(rows[0], 'How neutrality is confirmed')).toBe('platform');
    expect(cell(rows[0], 'Event name')).toBe('市属国企年度工作会议');
    expect(cell(rows[1], 'Error')).toBe('invalid_event');
    expect(cell(rows[1], 'Error message')).toContain('event.attendees');
    expect(cell(rows[1], 'Obligation')).toBe('');
    expect(cell(rows[2], 'Obligation')).toBe('encouraged');
    // A name a spreadsheet would run as a formula is kept as text.
    expect(cell(rows[2], 'Event name')).toBe(`'${SMALL_MEETING.name}`);
    expect(cell(rows[3], 'Event name')).toBe("'+plan");
    expect(cell(rows[3], 'The plan covers the emissions')).toBe('false');
    for (const row of rows) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('chooses CSV by the Accept header, and names the columns in the language asked', async () => {
    const res = await api.call('POST', '/v1/evaluate/batch', { pack: 'cn-chongqing', events: [SOE_MEETING] }, { accept: 'text/csv' });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, row] = parseCsv(res.text);
    expect(header?.[0]).toBe('序号');
    expect(header).toContain('结论');
    expect(row?.[5]).toBe('required');
  });

  it('gives full Determinations with detail full', async () => {
    const res = await api.call('POST', '/v1/evaluate/batch', { pack: 'cn-chongqing', lang: 'en', detail: 'full', events: [SOE_MEETING] });
    const [line] = jsonLines(res.text);
    expect(line.determination.obligation).toBe('required');
    expect(line.determination.summary).toMatch(/neutraliz/i);
  });

  it(`refuses more than ${BATCH_MAX_EVENTS} events, naming the limit`, async () => {
    const events = Array.from({ length: BATCH_MAX_EVENTS + 1 }, () => ({ kind: 'meeting' }));
    const json = await api.call('POST', '/v1/evaluate/batch', { pack: 'cn-chongqing', events });
    const lines = await api.call('POST', '/v1/evaluate/batch', ndjson([{ pack: 'cn-chongqing' }, ...events]), { 'content-type': 'application/x-ndjson' });
    for (const res of [json, lines]) {
      expect(res.status).toBe(413);
      expect(isErrorShape(res.json)).toBe(true);
      expect(res.json.error.code).toBe('too_many_events');
      expect(res.json.error.message).toContain(String(BATCH_MAX_EVENTS));
      expect(res.json.error.message).toContain(String(BATCH_MAX_EVENTS + 1));
    }
  });

  it('fails the request for bad options, an unknown pack, a body that is not JSON or of another type', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}, query = '') => api.call('POST', `/v1/evaluate/batch${query}`, body, headers);
    const unknown = await post({ pack: 'cn-tibet', events: [SOE_MEETING] });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.issues[0]).toMatchObject({ path: 'pack' });
    const options = await post({ pack: 'cn-chongqing', detail: 'everything', colour: 'red', events: [] });
    expect(options.status).toBe(422);
    expect(options.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['(root)', 'detail']);
    expect((await post({ pack: 'cn-chongqing', events: {} })).json.error.issues).toEqual([{ path: 'events', message: 'must be an array of events' }]);
    expect((await post({ pack: 'cn-chongqing', events: [] }, {}, '?format=xml')).status).toBe(422);
    const csvFull = await post({ pack: 'cn-chongqing', detail: 'full', events: [SOE_MEETING] }, {}, '?format=csv');
    expect(csvFull.status).toBe(422);
    expect(csvFull.json.error.issues[0].path).toBe('detail');
    expect((await post('{"pack": ', {})).status).toBe(400);
    expect((await post('nope\n{}', { 'content-type': 'application/x-ndjson' })).status).toBe(400);
    const type = await post('pack=cn-chongqing', { 'content-type': 'text/plain' });
    expect(type.status).toBe(415);
    expect(isErrorShape(type.json)).toBe(true);
  });

  it('has a body limit of its own, above the general one, and bounded', async () => {
    const small = await makeApp(':memory:', 16 * 1024);
    const events = Array.from({ length: 200 }, () => SOE_MEETING);
    expect((await small.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: { ...SOE_MEETING, name: 'x'.repeat(20 * 1024) } })).status).toBe(413);
    const batch = await small.call('POST', '/v1/evaluate/batch', { pack: 'cn-chongqing', events });
    expect(batch.status).toBe(200);
    expect(jsonLines(batch.text)).toHaveLength(200);
    const bounded = createApp({ registry: small.registry, store: small.store, batchBodyLimitBytes: 8 * 1024 });
    const res = await bounded.request('/v1/evaluate/batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pack: 'cn-chongqing', events }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_large');
  });

  it('is in the OpenAPI document', async () => {
    const res = await api.call('GET', '/openapi.json');
    const post = res.json.paths['/v1/evaluate/batch'].post;
    expect(Object.keys(post.requestBody.content)).toEqual(['application/json', 'application/x-ndjson']);
    expect(Object.keys(post.responses[200].content)).toEqual(['application/x-ndjson', 'text/csv']);
    expect(res.json.components.schemas.BatchRequest.properties.events.maxItems).toBe(BATCH_MAX_EVENTS);
  });
});

describe('tanzhong evaluate --batch', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tanzhong-batch-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a file of 2000 lines one line each, in order, and reports a bad line in the middle by its number', async () => {
    const lines = generateEvents(2000).map((e) => JSON.stringify(e));
    lines[999] = '{"kind": "meeting", oops}';
    lines[1499] = JSON.stringify({ kind: 'meeting', attendees: 'many' });
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = await runCliInProcess(['evaluate', '--batch', file, '--pack', 'cn-chongqing']);
    expect(run.code).toBe(1);
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(2000);
    expect(out.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
    expect(out.map((l) => l.index)).toEqual(lines.map((_, i) => i));
    expect(out.filter((l) => !l.ok).map((l) => l.line)).toEqual([1000, 1500]);
    expect(out[999].error.code).toBe('invalid_json');
    expect(out[1499].error).toMatchObject({ code: 'invalid_event', issues: [{ path: 'event.attendees' }] });
    expect(run.stderr).toContain(`${file}:1000: event: is not JSON`);
    expect(run.stderr).toContain(`${file}:1500: event.attendees:`);
    expect(run.stderr).toContain('2 of 2000 events');
  });

  it('writes CSV rows, skips blank lines, and exits 0 when every line is answered', async () => {
    const file = join(dir, 'three.jsonl');
    writeFileSync(file, `${JSON.stringify(SOE_MEETING)}\r\n\r\n${JSON.stringify(SMALL_MEETING)}\r\n`);
    const run = await runCliInProcess(['evaluate', '--batch', file, '--pack', 'cn-chongqing', '--format', 'csv', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header?.[0]).toBe('Index');
    expect(rows.map((r) => [r[0], r[5]])).toEqual([
      ['0', 'required'],
      ['1', 'encouraged'],
    ]);
    expect(rows[1]?.[1]).toBe(`'${SMALL_MEETING.name}`);
  });

  it('refuses bad options before reading a line', async () => {
    const file = join(dir, 'one.jsonl');
    writeFileSync(file, `${JSON.stringify(SOE_MEETING)}\n`);
    const unknown = await runCliInProcess(['evaluate', '--batch', file, '--pack', 'cn-tibet']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^--pack: unknown pack "cn-tibet"/);
    const options = await runCliInProcess(['evaluate', '--batch', file, '--pack', 'cn-chongqing', '--format', 'xml', '--detail', 'words']);
    expect(options.code).toBe(1);
    expect(options.stderr).toContain('--format: must be one of: jsonl, csv');
    expect(options.stderr).toContain('--detail: must be one of: decision, full');
    const both = await runCliInProcess(['evaluate', 'docs/examples/chongqing-soe-meeting.json', '--batch', file, '--pack', 'cn-chongqing']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('not both');
    const neither = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing']);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain('--batch');
    const full = await runCliInProcess(['evaluate', '--batch', file, '--pack', 'cn-chongqing', '--detail', 'full', '--lang', 'en']);
    expect(full.code).toBe(0);
    expect(jsonLines(full.stdout)[0].determination.obligation).toBe('required');
  });
});
