// The example packs answer through every door without a code change: the server started with PACK_DIRS=
// policies/examples publishes them beside the shipped packs, and the CLI (--pack-dir), the API and the organizer
// page answer Shanghai's meetings by its own facts (on-site attendees counted, online ones not) and name
// Guangdong's own confirmation mode and duty by its words. The page asks the pack's questions, with its units and
// types, and never a fact that does not apply to the event's kind.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../engine/index.js';
import { makeApp } from './support/api.js';
import { runCliInProcess } from './support/cli.js';

const EXAMPLES = 'policies/examples';
const DATES = { startDate: '2026-05-12', endDate: '2026-05-13' };
const MEETING_300 = { kind: 'meeting', ...DATES, extra: { onSiteAttendees: 300, onlineAttendees: 200 } };
const MEETING_400 = { kind: 'meeting', ...DATES, extra: { onSiteAttendees: 400 } };
const GUANGDONG = { kind: 'exhibition', attendees: 20000, startDate: '2026-05-10', endDate: '2026-05-12' };

let api: Awaited<ReturnType<typeof makeApp>>;
let dir: string;

beforeAll(async () => {
  api = await makeApp(':memory:', undefined, [EXAMPLES]);
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-examples-'));
});
afterAll(async () => {
  await api?.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (query: Record<string, string>) => {
  const res = await api.call('GET', `/?${new URLSearchParams(query)}`);
  expect(res.status).toBe(200);
  return res.text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
};

/** The organizer page's form fields for an event, as the form names them (custom facts as `extra.<name>`). */
function fields(event: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(event)) {
    if (v && typeof v === 'object') for (const [f, x] of Object.entries(v)) out[`${k}.${f}`] = String(x);
    else out[k] = String(v);
  }
  return out;
}

async function viaApi(pack: string, event: unknown, lang: Lang = 'zh') {
  const res = await api.call('POST', '/v1/evaluate', { pack, event, lang });
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  const { decisionId: _id, ...answer } = res.json;
  return answer;
}

async function viaCli(pack: string, event: unknown, lang: Lang = 'zh') {
  const file = join(dir, `${pack}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(event));
  const run = await runCliInProcess(['evaluate', '--pack', pack, '--pack-dir', EXAMPLES, '--lang', lang, '--json', file]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

const rules = (d: { reasons: { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('the server publishes the example packs of PACK_DIRS', () => {
  it('beside the shipped ones', async () => {
    const res = await api.call('GET', '/v1/packs');
    const ids = (res.json.packs ?? res.json).map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['cn-national', 'cn-chongqing', 'cn-shanghai', 'cn-guangdong']));
  });
});

describe('Shanghai: a meeting counts its on-site attendees, not its online ones', () => {
  it('300 on site + 200 online is below 400, the same through the CLI and the API', async () => {
    const [fromApi, fromCli] = await Promise.all([viaApi('cn-shanghai', MEETING_300), viaCli('cn-shanghai', MEETING_300)]);
    expect(fromCli).toEqual(fromApi);
    expect(fromApi.obligation).toBe('encouraged');
    expect(rules(fromApi)).toContain('obligation.encouraged');
    expect(rules(fromApi)).not.toContain('large.meeting');
  });

  it('400 on site is a large meeting (第二条), the same through the CLI and the API', async () => {
    const [fromApi, fromCli] = await Promise.all([viaApi('cn-shanghai', MEETING_400), viaCli('cn-shanghai', MEETING_400)]);
    expect(fromCli).toEqual(fromApi);
    expect(rules(fromApi)).toContain('large.meeting');
    expect(fromApi.summary).toContain('第二条');
  });

  it('the page asks for the date first, then offers the kind, then the meeting’s own facts in the pack’s words', async () => {
    const first = await page({ pack: 'cn-shanghai' });
    expect(first).toContain('id="f-startDate"');
    expect(first).not.toContain('name="extra.');

    const dated = await page({ pack: 'cn-shanghai', ...DATES });
    expect(dated).toContain('data-obligation="encouraged"');
    // The kind is offered; facts of some kinds only wait until the kind is known.
    expect(dated).toContain('id="f-kind"');
    expect(dated).not.toContain('name="extra.onSiteAttendees"');
    expect(dated).not.toContain('id="f-floorAreaM2"');

    const meeting = await page({ pack: 'cn-shanghai', ...DATES, kind: 'meeting', more: '1' });
    expect(meeting).toMatch(/<details class="card more" id="more" open/);
    expect(meeting).toContain('<label for="f-extra-onSiteAttendees">现场参会人数是多少（含分会场、分论坛，不含线上参会人员）？</label>');
    expect(meeting).toContain('<label for="f-extra-onlineAttendees">线上参会人数是多少？（不计入大型会议的人数）</label>');
    expect(meeting).toMatch(/<input id="f-extra-onSiteAttendees" name="extra.onSiteAttendees" type="number" min="0" step="1"[^>]*\/?> ?<span class="unit">人<\/span>/);
    // Never a fact of another kind: no visits, no floor area, no performance participants for a meeting.
    for (const other of ['extra.cumulativeVisits', 'extra.onSiteParticipants', 'floorAreaM2']) expect(meeting).not.toContain(`name="${other}"`);

    const english = await page({ pack: 'cn-shanghai', ...DATES, kind: 'meeting', lang: 'en' });
    expect(english).toContain('How many attend on site, counting sub-venues and sub-forums but not those attending online?');
    expect(english).toMatch(/<span class="unit">people<\/span>/);
  });

  it('a performance is asked its on-site participants, never its floor area', async () => {
    const performance = await page({ pack: 'cn-shanghai', ...DATES, kind: 'performance' });
    expect(performance).toContain('name="extra.onSiteParticipants"');
    expect(performance).not.toContain('name="floorAreaM2"');
    expect(performance).not.toContain('name="extra.onSiteAttendees"');
  });

  it('the page answers 300 + 200 and 400 as the API does, reading the form back into the event', async () => {
    for (const [event, large] of [
      [MEETING_300, false],
      [MEETING_400, true],
    ] as const) {
      const html = await page({ pack: 'cn-shanghai', ...fields(event) });
      const expected = await viaApi('cn-shanghai', event);
      expect(html).toContain(`data-obligation="${expected.obligation}"`);
      expect(html).toContain(expected.summary);
      expect(html.includes('/rules/large.meeting?')).toBe(large);
      // What was answered is shown back by the pack's labels and units, never by the fact's path.
      expect(html).toContain(`现场参会人数（含分会场、分论坛，不含线上）：${event.extra.onSiteAttendees} 人`);
      expect(html).not.toMatch(/>[^<]*extra\.onSiteAttendees/);
    }
    const html = await page({ pack: 'cn-shanghai', ...fields(MEETING_300) });
    expect(html).toContain('线上参会人数（不计入现场参会人数）：200 人');
  });

  it('a value of the wrong type is asked again, in the pack’s words, next to its field', async () => {
    const html = await page({ pack: 'cn-shanghai', ...DATES, kind: 'meeting', 'extra.onSiteAttendees': '三百' });
    expect(html).toContain('<label for="f-extra-onSiteAttendees">现场参会人数是多少（含分会场、分论坛，不含线上参会人员）？</label>');
    expect(html).toContain('id="f-extra-onSiteAttendees-error"');
  });
});

describe('Guangdong: its own confirmation mode and duty, by its words', () => {
  it('through the CLI and the API', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const [fromApi, fromCli] = await Promise.all([viaApi('cn-guangdong', GUANGDONG, lang), viaCli('cn-guangdong', GUANGDONG, lang)]);
      expect(fromCli).toEqual(fromApi);
      expect(fromApi.confirmation.modes).toContain('self-declaration');
      expect(fromApi.duties.map((d: { duty: string }) => d.duty)).toContain('keep-evidence');
    }
  });

  it('on the page, in both languages', async () => {
    const zh = await page({ pack: 'cn-guangdong', ...fields(GUANGDONG) });
    expect(zh).toContain('data-obligation="encouraged"');
    expect(zh).toContain('自我声明（保存完整证据文件）');
    expect(zh).toContain('留存证据（数据、文件材料及注销证明）');
    // The national self-commitment is set aside, and the page says so.
    expect(zh).toContain('本政策不采用的上级政策规则');
    const en = await page({ pack: 'cn-guangdong', ...fields(GUANGDONG), lang: 'en' });
    expect(en).toContain('Self-declaration (keeping the complete evidence)');
    expect(en).toContain('Keep the evidence (data, documents, proof of retirement)');
  });
});
