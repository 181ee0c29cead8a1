// The free texts of an event (its name, the organizer's name, a plan line's project type and serial, a custom fact's
// text): NUL and lone surrogates are refused with a 422 naming the field, bidi controls are removed. PostgreSQL keeps
// the request in the decision log and cannot store NUL nor a lone surrogate in jsonb: a NUL in a name answered 500
// there (200 on SQLite). Bidi controls store well but make a name display other than it reads; they arrive unseen
// with text copied from documents, so they are taken out rather than refused.
import { describe, expect, it } from 'vitest';
import { problemLine, validateEvent } from '../engine/index.js';
import { makeApp } from './support/api.js';
import { SLOW_MS } from './support/store.js';

const EVENT = { kind: 'meeting', attendees: 200, startDate: '2026-01-30', endDate: '2026-01-31', organizer: { type: 'soe', level: 'provincial' } };
const LINE = { instrument: 'CQCER', quantityTco2e: '10', projectRegion: '500000' };

/** An event with `text` in one free-text field, and the path the API names it by. */
const placed = (text: string): [string, unknown][] => [
  ['event.name', { ...EVENT, name: text }],
  ['event.organizer.name', { ...EVENT, organizer: { ...EVENT.organizer, name: text } }],
  ['event.offsets[0].projectType', { ...EVENT, offsets: [{ ...LINE, projectType: text }] }],
  ['event.offsets[0].serial', { ...EVENT, offsets: [{ ...LINE, serial: text }] }],
];

describe.each([
  ['sqlite', ':memory:'],
  ['postgres (PGlite)', 'pglite://memory'],
])('POST /v1/evaluate on %s', (_name, url) => {
  let api: Awaited<ReturnType<typeof makeApp>>;

  it(
    'opens',
    async () => {
      api = await makeApp(url);
    },
    SLOW_MS,
  );

  it('refuses a NUL in any free text with 422 naming the field (PostgreSQL answered 500)', async () => {
    for (const [path, event] of placed('重庆\u0000会议')) {
      const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event, lang: 'en' });
      expect(res.status, `${path}: ${res.text}`).toBe(422);
      expect(res.json.error.issues).toEqual([{ path, message: 'must not contain the NUL character (U+0000): remove it' }]);
    }
  });

  it('refuses a lone surrogate alike', async () => {
    for (const [path, event] of placed('x\ud800y')) {
      const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event });
      expect(res.status, `${path}: ${res.text}`).toBe(422);
      expect(res.json.error.issues[0].path).toBe(path);
    }
  });

  it('answers with bidi controls taken out: the same answer as without them, kept and replayed', async () => {
    const plain = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: { ...EVENT, name: '年度会议', organizer: { ...EVENT.organizer, name: '某局' } } });
    const bidi = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: { ...EVENT, name: '\u202e年度\u2066会议\u2069', organizer: { ...EVENT.organizer, name: '某\u200f局' } } });
    expect(bidi.status, bidi.text).toBe(200);
    const { decisionId: _a, ...plainAnswer } = plain.json;
    const { decisionId, ...bidiAnswer } = bidi.json;
    expect(bidiAnswer).toEqual(plainAnswer);
    const kept = await api.call('GET', `/v1/decisions/${decisionId}`);
    expect(kept.status).toBe(200);
    expect(kept.json.verification.matches).toBe(true);
  });

  it('a batch: the refused event is one failed line; the CSV names an event without its bidi controls', async () => {
    const events = [{ ...EVENT, name: 'a\u0000b' }, { ...EVENT, name: '\u202eevil\u202c' }];
    const lines = await api.call('POST', '/v1/evaluate/batch', { pack: 'cn-chongqing', events });
    expect(lines.status).toBe(200);
    const [first, second] = lines.text.trim().split('\n').map((line) => JSON.parse(line));
    expect(first).toMatchObject({ index: 0, ok: false, error: { code: 'invalid_event', issues: [{ path: 'event.name' }] } });
    expect(second).toMatchObject({ index: 1, ok: true });
    const csv = await api.call('POST', '/v1/evaluate/batch?format=csv', { pack: 'cn-chongqing', events: [events[1]] });
    expect(csv.text).toContain('evil');
    expect(csv.text).not.toMatch(/[\u202a-\u202e]/);
  });

  it(
    'closes',
    async () => {
      await api.store.close();
    },
    SLOW_MS,
  );
});

describe('the engine', () => {
  it('refuses NUL in a custom fact’s text too, and says so in words in either language', () => {
    const result = validateEvent({ extra: { venue: 'a\u0000' } });
    expect(result.ok).toBe(false);
    const problem = !result.ok ? result.problems[0] : undefined;
    expect(problem).toMatchObject({ path: 'extra.venue', kind: 'invalid-character' });
    expect(problemLine(problem!, 'zh')).toContain('无法保存的字符');
    expect(problemLine(problem!, 'en')).toContain('cannot be kept');
  });

  it('takes bidi controls out of a custom fact’s text', () => {
    expect(validateEvent({ extra: { venue: '\u2067礼堂\u2069' } })).toEqual({ ok: true, event: { extra: { venue: '礼堂' } } });
  });
});
