// One question, every door: the CLI (--json and text), `pack test`'s runner, the API and the organizer page answer
// each event of the table from the same pack source (the shipped packs and a Chengdu city pack that takes effect on
// 2027-01-01: a folder for the CLI and pack test, published through the bureau API for the API and the page), and
// must give the same Determination, the same fallback and, in the asked language, the same notice.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPackCase } from '../app/pack-test-case.js';
import { compileTargetPack, type TargetPack } from '../adapters/cli/target-pack.js';
import { POLICIES_DIR, readJson } from '../adapters/files/pack-files.js';
import type { Lang } from '../engine/index.js';
import { QUESTION_FACTS } from '../server/pages/event-form.js';
import { bearer, makeApp } from './support/api.js';
import { publication } from './support/bureau-packs.js';
import { runCliInProcess } from './support/cli.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CITY_PACKS = join(ROOT, 'test/fixtures/city-packs');
const CHENGDU_DIR = join(CITY_PACKS, 'cn-sichuan-chengdu');

interface Row {
  name: string;
  pack: string;
  event: Record<string, unknown>;
  asOf?: string;
  /** The pack whose version answers, and whether it answers in place of the one asked (a fallback). */
  answeredBy?: string;
  fallback?: boolean;
  obligation?: string;
}

const SOE_MEETING = { kind: 'meeting', attendees: 200, startDate: '2026-01-30', endDate: '2026-01-31', organizer: { type: 'soe', level: 'provincial' } };
const PERFORMANCE = { kind: 'performance', scale: 'local', attendees: 1500 };

const TABLE: Row[] = [
  {
    name: 'a Jining exhibition on 2022-06-01, before Jining’s plan: the national guideline answers',
    pack: 'cn-shandong-jining',
    event: { kind: 'exhibition', attendees: 800, startDate: '2022-06-01', endDate: '2022-06-03', organizer: { type: 'enterprise', level: 'prefectural' } },
    answeredBy: 'cn-national',
    fallback: true,
    obligation: 'encouraged',
  },
  {
    name: 'a Jining forum of 2026 asked as of 2022-06-01 (asOf, not the start date, chooses the version)',
    pack: 'cn-shandong-jining',
    event: { kind: 'forum', attendees: 499, startDate: '2026-08-30', endDate: '2026-08-31', organizer: { type: 'enterprise', level: 'prefectural' } },
    asOf: '2022-06-01',
    answeredBy: 'cn-national',
    fallback: true,
  },
  {
    name: 'a Chengdu performance before the city pack takes effect: the Sichuan plan answers',
    pack: 'cn-sichuan-chengdu',
    event: { ...PERFORMANCE, startDate: '2026-12-10', endDate: '2026-12-10' },
    answeredBy: 'cn-sichuan',
    fallback: true,
    obligation: 'encouraged',
  },
  {
    name: 'the same Chengdu performance once the city pack is in effect',
    pack: 'cn-sichuan-chengdu',
    event: { ...PERFORMANCE, startDate: '2027-01-10', endDate: '2027-01-10' },
    answeredBy: 'cn-sichuan-chengdu',
    fallback: false,
  },
  { name: 'a Chongqing municipal SOE meeting of 200', pack: 'cn-chongqing', event: SOE_MEETING, answeredBy: 'cn-chongqing', fallback: false, obligation: 'required' },
  {
    name: 'a Chongqing meeting before the plan was issued: no base, so the plan says it was not yet in force',
    pack: 'cn-chongqing',
    event: { ...SOE_MEETING, startDate: '2024-06-01', endDate: '2024-06-01' },
    answeredBy: 'cn-chongqing',
    fallback: false,
    obligation: 'not-covered',
  },
  {
    name: 'Sichuan national games whose bid promised neutrality',
    pack: 'cn-sichuan',
    event: { kind: 'sports', scale: 'national', bidCommitsNeutrality: true, attendees: 3000, startDate: '2026-10-10', endDate: '2026-10-12' },
    answeredBy: 'cn-sichuan',
    fallback: false,
    obligation: 'encouraged',
  },
  { name: 'an event with no date: the version in effect today answers, undetermined', pack: 'cn-chongqing', event: { kind: 'meeting', attendees: 300, organizer: { type: 'soe', level: 'provincial' } }, answeredBy: 'cn-chongqing', fallback: false, obligation: 'undetermined' },
  // Whether Chengdu is in effect today depends on the day the test runs: only the doors' agreement is asserted.
  { name: 'a Chengdu event with no date', pack: 'cn-sichuan-chengdu', event: { ...PERFORMANCE } },
];

const LANGS: Lang[] = ['zh', 'en'];
const QUESTION_NAMES = new Set(QUESTION_FACTS.map((f) => f.name));

let api: Awaited<ReturnType<typeof makeApp>>;
let dir: string;
const targets = new Map<string, TargetPack>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-doors-'));
  api = await makeApp();
  const key = await api.keyFor('510000');
  const chengdu = readJson(join(CHENGDU_DIR, 'pack.json')) as Record<string, unknown>;
  const { $schema: _schema, ...document } = chengdu;
  expect((await api.call('POST', '/v1/packs', document, bearer(key))).status).toBe(201);
  const published = await api.call('POST', '/v1/packs/cn-sichuan-chengdu/versions/1.0.0/publish', publication('2027-01-01'), bearer(key));
  expect(published.status).toBe(200);
  for (const id of new Set(TABLE.map((r) => r.pack))) {
    targets.set(id, await compileTargetPack(id === 'cn-sichuan-chengdu' ? CHENGDU_DIR : join(POLICIES_DIR, id), POLICIES_DIR));
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The organizer page's query for an event: one form field per fact (organizer.type, yes/no for booleans). */
function formQuery(pack: string, event: Record<string, unknown>, lang: Lang): string {
  const params = new URLSearchParams({ pack, lang });
  for (const [name, value] of Object.entries(event)) {
    if (value && typeof value === 'object') for (const [sub, v] of Object.entries(value)) params.set(`${name}.${sub}`, String(v));
    else params.set(name, typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
  }
  return params.toString();
}

const unescapeHtml = (html: string) =>
  html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('every door gives the same answer', () => {
  TABLE.forEach((row, index) => {
    for (const lang of LANGS) {
      it(`${row.name} (${lang})`, async () => {
        const eventFile = join(dir, `event-${index}.json`);
        writeFileSync(eventFile, JSON.stringify(row.event));
        const asOf = row.asOf ? ['--as-of', row.asOf] : [];
        const cliArgs = ['evaluate', '--pack', row.pack, '--lang', lang, '--pack-dir', CITY_PACKS, ...asOf, eventFile];

        const [cliJson, cliText, viaApi] = await Promise.all([
          runCliInProcess([...cliArgs, '--json']),
          runCliInProcess(cliArgs),
          api.call('POST', '/v1/evaluate', { pack: row.pack, event: row.event, lang, ...(row.asOf ? { asOf: row.asOf } : {}) }),
        ]);
        const caseResult = await runPackCase((targets.get(row.pack) as TargetPack).registry, row.pack, {
          name: row.name,
          event: row.event,
          lang,
          ...(row.asOf ? { asOf: row.asOf } : {}),
          expect: {},
        });

        expect(cliJson.stderr).toBe('');
        expect(cliJson.code).toBe(0);
        expect(viaApi.status, viaApi.text.slice(0, 300)).toBe(200);
        expect(caseResult.answer.kind).toBe('answered');
        if (caseResult.answer.kind !== 'answered') return;

        // The CLI's JSON is the API's answer but for the decision id: Determination, notice and fallback.
        const { decisionId, ...fromApi } = viaApi.json;
        expect(decisionId).toMatch(/^[0-9a-f-]{36}$/);
        const fromCli = JSON.parse(cliJson.stdout);
        expect(fromCli).toEqual(fromApi);

        // pack test answers through the same path: the same Determination and the same fallback.
        const { notice, fallback, ...determination } = fromApi;
        expect(JSON.parse(JSON.stringify(caseResult.answer.determination))).toEqual(determination);
        expect(caseResult.answer.fallback).toEqual(fallback);

        if (row.answeredBy) expect(determination.pack.id).toBe(row.answeredBy);
        if (row.obligation) expect(determination.obligation).toBe(row.obligation);
        if (row.fallback !== undefined) expect(Boolean(fallback)).toBe(row.fallback);
        if (fallback) {
          expect(fallback).toMatchObject({ requested: row.pack, answeredBy: determination.pack.id, date: row.asOf ?? row.event.startDate ?? fallback.date });
          // The notice is in the asked language, and the CLI says it in the same words as the API.
          expect(notice).toContain(fallback.firstEffective);
          expect(/[\u4e00-\u9fff]/.test(notice.replace(/《[^》]*》/g, ''))).toBe(lang === 'zh');
          expect(cliText.stdout.split('\n')[0]).toBe(notice);
        } else {
          expect(notice).toBeUndefined();
          expect(cliText.stdout).toContain(determination.summary);
        }

        // The organizer page (it has no asOf field): the same obligation, summary and notice.
        if (row.asOf) return;
        const page = await api.call('GET', `/?${formQuery(row.pack, row.event, lang)}`);
        expect(page.status).toBe(200);
        const html = unescapeHtml(page.text);
        if (determination.obligation === 'undetermined') {
          // Until it can answer, the page asks for what the answer is missing, as the Determination names it.
          const asked = determination.questions.filter((q: { fact: string }) => QUESTION_NAMES.has(q.fact));
          expect(asked.length).toBeGreaterThan(0);
          for (const q of asked) expect(html).toContain(`id="f-${q.fact}"`);
          return;
        }
        expect(html).toContain(`data-obligation="${determination.obligation}"`);
        expect(html).toContain(determination.summary);
        if (notice) expect(html).toContain(notice);
      });
    }
  });

  it('pack test runs the city pack’s own cases, one dated before its period, through the same path', async () => {
    const run = await runCliInProcess(['pack', 'test', CHENGDU_DIR]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 passed, 0 failed');
  });

  it('an invalid event is refused with every problem by every door, before any pack is chosen on its dates', async () => {
    const event = { kind: 'gala', attendees: -1, startDate: '2022-13-01' };
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify(event));
    const [cli, viaApi] = await Promise.all([
      // In English the CLI names each field by its path (in Chinese, by its name: problem-words.test.ts).
      runCliInProcess(['evaluate', '--pack', 'cn-shandong-jining', '--lang', 'en', file]),
      api.call('POST', '/v1/evaluate', { pack: 'cn-shandong-jining', event }),
    ]);
    const caseResult = await runPackCase((targets.get('cn-shandong-jining') as TargetPack).registry, 'cn-shandong-jining', { name: 'invalid', event, expect: {} });
    expect(cli.code).toBe(1);
    expect(cli.stderr.trimEnd().split('\n').map((line) => line.split(':')[0]).sort()).toEqual(['attendees', 'kind', 'startDate']);
    expect(viaApi.status).toBe(422);
    expect(viaApi.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['event.attendees', 'event.kind', 'event.startDate']);
    expect(caseResult.answer.kind).toBe('invalid-event');
  });
});
