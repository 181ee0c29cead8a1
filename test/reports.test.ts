// The analysts' reports (compare, matrix, sweep): what they say comes from the packs with its citations, each
// format renders it (the CSV parses back to the same cells), and the API serves every kind in every format.
import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_LABELS, OBLIGATION_LABELS, planLine, VERDICT_LABELS } from '../engine/index.js';
import { citationLine, citedWords, isQuotable } from '../adapters/reports/cited-item.js';
import { csvField, matrixCsvHeaders, sweepCsvHeaders } from '../adapters/reports/render-csv.js';
import {
  buildReport,
  type CitedItem,
  type CompareReport,
  type MatrixReport,
  REPORT_FORMATS,
  REPORT_KINDS,
  renderReport,
  type SweepReport,
} from '../adapters/reports/index.js';
import { isErrorShape, makeApp } from './support/api.js';
import { pack } from './support/library.js';
import { csvObjects, parseCsv } from './support/rfc4180.js';

const AS_OF = '2026-06-01';
const PACK_IDS = ['cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'];
const PACKS = PACK_IDS.map(pack);
// A municipal SOE's meeting of 250: required in Chongqing, only encouraged in Jining.
const SOE_MEETING = { kind: 'meeting', attendees: 250, startDate: AS_OF, endDate: AS_OF, organizer: { type: 'soe', level: 'provincial' } };

let matrixEn: MatrixReport;
let matrixZh: MatrixReport;
let sweep: SweepReport;
let compare: CompareReport;

beforeAll(async () => {
  matrixEn = (await buildReport('matrix', PACKS, { lang: 'en', asOf: AS_OF })) as MatrixReport;
  matrixZh = (await buildReport('matrix', PACKS, { lang: 'zh', asOf: AS_OF })) as MatrixReport;
  sweep = (await buildReport('sweep', PACKS, { lang: 'en', asOf: AS_OF })) as SweepReport;
  compare = (await buildReport('compare', PACKS, { lang: 'en', event: SOE_MEETING })) as CompareReport;
});

function cell(report: MatrixReport, row: string, packId: string): CitedItem[] {
  const found = report.rows.find((r) => r.key === row);
  if (!found) throw new Error(`no row ${row}`);
  return found.cells[packId] ?? [];
}

/** The one item of a cell whose text contains `words`. */
function item(report: MatrixReport, row: string, packId: string, words: string): CitedItem {
  const found = cell(report, row, packId).filter((i) => i.text.includes(words));
  expect(found.length, `${row} / ${packId} / ${words}`).toBeGreaterThan(0);
  return found[0] as CitedItem;
}

describe('matrix', () => {
  it('has a column per pack and the six rows', () => {
    expect(matrixEn.packs.map((p) => p.id)).toEqual(PACK_IDS);
    expect(matrixEn.rows.map((r) => r.key)).toEqual(['scope', 'deadlines', 'offset-ranking', 'exclusions', 'confirmation', 'registration']);
  });

  it('states the thresholds in words, each with its clause', () => {
    const exhibition = item(matrixEn, 'scope', 'cn-chongqing', 'floor area ≥ 10000 m²');
    expect(exhibition.text).toMatch(
      /^Required to neutralize: event kind = exhibition, floor area ≥ 10000 m², organizer type ∈ \{party or government organ, public institution, state-owned enterprise\}/,
    );
    expect(exhibition.citations[0]).toMatchObject({ document: '渝环〔2025〕21号', clause: '三（一）', basis: 'text' });
    expect(item(matrixEn, 'scope', 'cn-chongqing', 'attendees ≥ 200 people').citations[0]?.clause).toBe('三（一）');
    const jining200 = item(matrixEn, 'scope', 'cn-shandong-jining', 'Encouraged to neutralize: attendees ≥ 200 people');
    expect(jining200.citations[0]).toMatchObject({ document: '济环字〔2023〕40号', clause: '三；一' });
    expect(item(matrixEn, 'scope', 'cn-shandong-jining', 'Not covered by this policy: attendees < 200 people').citations[0]?.clause).toBe('三');
    const jining500 = item(matrixEn, 'confirmation', 'cn-shandong-jining', 'attendees ≥ 500 people');
    expect(jining500.citations[0]).toMatchObject({ document: '济环字〔2023〕40号', clause: '三（一）' });
  });

  it('shows dated versions of a rule with their periods', () => {
    const versions = cell(matrixEn, 'scope', 'cn-chongqing').filter((i) => i.rule === 'required.soe-event');
    expect(versions.map((v) => v.inForce)).toEqual([{ from: '2025-03-04', until: '2026-12-31' }, { from: '2027-01-01' }]);
    expect(versions[0]?.text).toContain('(in force 2025-03-04 – 2026-12-31)');
    expect(versions[1]?.text).toContain('(in force from 2027-01-01)');
  });

  it('gives the deadlines from the due rules: 1 month in Chongqing, 6 months in Jining', () => {
    const chongqing = item(matrixEn, 'deadlines', 'cn-chongqing', 'within 1 month after the event ends');
    expect(chongqing.text).toMatch(/^Complete neutralization: within 1 month after the event ends/);
    expect(chongqing.citations[0]).toMatchObject({ document: '渝环〔2025〕21号', clause: '四（三）' });
    const jining = item(matrixEn, 'deadlines', 'cn-shandong-jining', 'within 6 months after the event ends');
    expect(jining.text).toContain('if attendees ≥ 200 people');
    expect(jining.citations[0]).toMatchObject({ document: '济环字〔2023〕40号', clause: '四（四）2' });
    expect(item(matrixZh, 'deadlines', 'cn-chongqing', '活动结束后1个月内').citations[0]?.clause).toBe('四（三）');
  });

  it("cites Sichuan's registration duty, and no other pack has one", () => {
    const [registration] = cell(matrixEn, 'registration', 'cn-sichuan');
    expect(registration?.text).toMatch(/∈ \{international, national\}, [^,]+ = yes/);
    expect(registration?.citations[0]).toMatchObject({ document: '川环发〔2021〕5号', clause: '三（四）' });
    expect(cell(matrixEn, 'registration', 'cn-chongqing')).toEqual([]);
  });

  it('shows inherited items with the pack they come from, and no unverified national deadline', () => {
    // Sichuan states no bar on carbon points itself: the national one carries over, cited as such.
    const exclusions = cell(matrixEn, 'exclusions', 'cn-sichuan');
    expect(exclusions[0]?.citations.map((c) => [c.document, c.clause])).toEqual([['生态环境部公告2019年第19号', '第三条']]);
    const make = cell(matrixEn, 'deadlines', 'cn-shandong-jining').find((i) => i.rule === 'duty.complete-neutralization');
    expect(make?.citations[0]?.document).toBe('济环字〔2023〕40号');
    expect(make?.text).not.toContain('inherited');
    const deadlines = cell(matrixEn, 'deadlines', 'cn-sichuan');
    expect(deadlines.some((i) => i.origin === 'cn-national')).toBe(false);
  });

  it('gives the offsets in rank order, and the exclusions', () => {
    const ranking = cell(matrixEn, 'offset-ranking', 'cn-chongqing');
    expect(ranking.map((i) => i.text.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    expect(ranking[0]?.text).toContain('reductions generated after 2021-09-14');
    expect(ranking[0]?.citations.map((c) => c.clause)).toEqual(['四（二）1（1）', '第十六条', '第十六条', '第十五条', '第二十条']);
    expect(cell(matrixEn, 'exclusions', 'cn-chongqing')[0]?.citations[0]?.clause).toBe('第三十四条');
  });

  it('carries a full citation on every cell item', () => {
    for (const report of [matrixEn, matrixZh]) {
      for (const row of report.rows) {
        for (const items of Object.values(row.cells)) {
          for (const i of items) {
            expect(i.citations.length, i.text).toBeGreaterThan(0);
            for (const c of i.citations) {
              expect(c.document && c.clause && c.zh && c.basis, i.text).toBeTruthy();
            }
          }
        }
      }
    }
  });

  it('speaks Chinese with Chinese fact names', () => {
    const scope = cell(matrixZh, 'scope', 'cn-chongqing').map((i) => i.text);
    expect(scope).toContain('应当实施碳中和：活动类型 = 展览，展览面积 ≥ 10000 m²，主办单位类型 ∈ {党政机关、事业单位、国有企业}，主办单位级别 ∈ {省级（含直辖市市级）}（施行期 2025-03-04 至 2026-12-31）');
    expect(item(matrixZh, 'scope', 'cn-shandong-jining', '参与人数 ≥ 200 人').citations[0]?.clause).toBe('三；一');
    expect(item(matrixZh, 'deadlines', 'cn-shandong-jining', '活动结束后6个月内').citations[0]?.clause).toBe('四（四）2');
  });

  it('renders the thresholds, deadlines and their clauses in Markdown and HTML', () => {
    for (const format of ['md', 'html'] as const) {
      const text = renderReport(matrixEn, format);
      for (const words of ['floor area ≥ 10000 m²', 'attendees ≥ 200 people', 'attendees ≥ 500 people', 'within 1 month after the event ends', 'within 6 months after the event ends']) {
        expect(text, `${format}: ${words}`).toContain(words);
      }
      for (const clause of ['四（三）', '四（四）2', '三（四）', '渝环〔2025〕21号', '济环字〔2023〕40号', '川环发〔2021〕5号']) {
        expect(text, `${format}: ${clause}`).toContain(clause);
      }
    }
    const md = renderReport(matrixEn, 'md');
    expect(md).toMatch(/within 1 month after the event ends · applies when neutralizing, required or voluntary — 四（三） \[(\d+)\]/);
    const n = /within 1 month after the event ends · applies when neutralizing, required or voluntary — 四（三） \[(\d+)\]/.exec(md)?.[1];
    expect(md).toMatch(new RegExp(`- \\[${n}\\] 渝环〔2025〕21号 四（三） \\([^)]+\\): “活动碳中和完成时间最迟不晚于活动结束后1个月内”`));
    const zh = renderReport(matrixZh, 'html');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('参与人数 ≥ 200 人');
    expect(zh).toContain('活动结束后6个月内');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(parseCsv('a,"b, c","d ""e""","f\r\ng"\r\n1,2,3,4\r\n')).toEqual([
      ['a', 'b, c', 'd "e"', 'f\r\ng'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('parses back to exactly the cells of the JSON matrix', () => {
    for (const report of [matrixEn, matrixZh]) {
      const csv = renderReport(report, 'csv');
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
      const parsed: Record<string, Record<string, { text: string; citations: string }[]>> = {};
      // Headers and cells in the report's language: the row by its label, each citation by its basis in words.
      const [rowH, packH, itemH, citationsH] = matrixCsvHeaders(report.lang) as [string, string, string, string];
      for (const record of csvObjects(csv)) {
        const row = (parsed[record[rowH] as string] ??= {});
        const items = (row[record[packH] as string] ??= []);
        if (record[itemH]) items.push({ text: record[itemH], citations: record[citationsH] as string });
      }
      const expected = Object.fromEntries(
        report.rows.map((row) => [
          row.label,
          Object.fromEntries(
            Object.entries(row.cells).map(([id, items]) => [
              id,
              items.map((i) => ({ text: i.text, citations: i.citations.map((c) => citationLine(c, report.lang)).join('\n') })),
            ]),
          ),
        ]),
      );
      expect(parsed).toEqual(expected);
    }
  });

  it('lists every sweep cell with where each line is first reached', () => {
    const records = csvObjects(renderReport(sweep, 'csv'));
    expect(records).toHaveLength(sweep.cells.length);
    const [pack, kind, organizer, size, attendees, floorArea, , , , firstReached] = sweepCsvHeaders('en') as [string, string, string, string, string, string, string, string, string, string];
    // Kinds, organizers and obligations by their names, never their codes.
    const name = (code: string, list: { code?: string; key?: string; label: string }[]) => list.find((x) => x.code === code || x.key === code)?.label;
    const line = records.filter(
      (r) => r[pack] === 'cn-chongqing' && r[kind] === name('meeting', sweep.kinds) && r[organizer] === name('soe/provincial', sweep.organizers) && r[firstReached],
    );
    expect(line.map((r) => [r[size], r[firstReached]])).toEqual([
      ['50', OBLIGATION_LABELS.encouraged.en],
      ['200', OBLIGATION_LABELS.required.en],
    ]);
    const exhibition = records.find((r) => r[kind] === name('exhibition', sweep.kinds) && r[size] === '10000');
    expect(exhibition).toMatchObject({ [attendees]: '10000', [floorArea]: '10000' });
  });
});

describe('sweep', () => {
  const lineOf = (packId: string, kind: string, organizer: string) =>
    sweep.lines.find((l) => l.pack === packId && l.kind === kind && l.organizer === organizer)?.reached.map((r) => [r.obligation, r.size]);

  it('evaluates the whole grid: 3 packs × 5 kinds × 12 sizes × 4 organizers', () => {
    expect(sweep.cells).toHaveLength(3 * 5 * 12 * 4);
    expect(sweep.lines).toHaveLength(3 * 5 * 4);
  });

  it("draws Chongqing's line for a municipal SOE's meeting at 200: required from there", () => {
    expect(lineOf('cn-chongqing', 'meeting', 'soe/provincial')).toEqual([
      ['encouraged', 50],
      ['required', 200],
    ]);
    const at200 = sweep.cells.find((c) => c.pack === 'cn-chongqing' && c.kind === 'meeting' && c.organizer === 'soe/provincial' && c.size === 200);
    expect(at200?.rules).toEqual(['required.soe-event']);
    expect(sweep.rules['cn-chongqing']?.['required.soe-event']?.citations[0]?.clause).toBe('三（一）');
  });

  it("draws Jining's forum line: not covered below 200, encouraged from 200", () => {
    for (const organizer of ['enterprise', 'soe/provincial']) {
      expect(lineOf('cn-shandong-jining', 'forum', organizer)).toEqual([
        ['not-covered', 50],
        ['encouraged', 200],
      ]);
    }
    expect(lineOf('cn-shandong-jining', 'forum', 'party-government/provincial')).toEqual([
      ['not-covered', 50],
      ['expected', 200],
    ]);
    const at199 = sweep.cells.find((c) => c.pack === 'cn-shandong-jining' && c.kind === 'forum' && c.organizer === 'enterprise' && c.size === 199);
    expect(at199?.obligation).toBe('not-covered');
  });

  it('takes the floor area of an exhibition as its size', () => {
    expect(lineOf('cn-chongqing', 'exhibition', 'party-government/provincial')).toEqual([
      ['encouraged', 50],
      ['required', 10000],
    ]);
  });

  it('renders the grid and the lines in Markdown', () => {
    const md = renderReport(sweep, 'md');
    expect(md).toContain('Required to neutralize from 200 — 三（一）');
    expect(md).toContain('Not covered by this policy from 50 — 三');
  });
});

describe('compare', () => {
  it('marks the obligation row as differing between Chongqing and Jining, with the clauses on each side', () => {
    const row = compare.rows.find((r) => r.key === 'obligation');
    expect(row?.differs).toBe(true);
    expect(row?.cells['cn-chongqing']?.[0]?.text).toBe('Required to neutralize');
    expect(row?.cells['cn-chongqing']?.[0]?.citations[0]?.clause).toBe('三（一）');
    expect(row?.cells['cn-shandong-jining']?.[0]?.text).toBe('Encouraged to neutralize');
    expect(row?.cells['cn-shandong-jining']?.[0]?.citations[0]?.clause).toBe('三；一');
    expect(compare.obligations).toEqual({ 'cn-chongqing': 'required', 'cn-shandong-jining': 'encouraged', 'cn-sichuan': 'encouraged' });
  });

  it('gives the duties with their dates and clauses', () => {
    const row = compare.rows.find((r) => r.key === 'duties.complete-neutralization');
    expect(row?.differs).toBe(true);
    expect(row?.cells['cn-chongqing']?.[0]?.text).toMatch(/^2026-07-01 · within 1 month after the event ends/);
    expect(row?.cells['cn-shandong-jining']?.[0]?.text).toMatch(/^2026-12-01 · within 6 months after the event ends/);
    expect(row?.cells['cn-shandong-jining']?.[0]?.citations[0]?.clause).toBe('四（四）2');
  });

  it('does not mark rows where the packs agree', async () => {
    const twin = (await buildReport('compare', [pack('cn-sichuan'), pack('cn-national')], { lang: 'en', event: SOE_MEETING })) as CompareReport;
    expect(twin.rows.find((r) => r.key === 'obligation')?.differs).toBe(false);
  });

  it("checks the organizer's offset plan under each pack when the event has one", async () => {
    const withPlan = { ...SOE_MEETING, emissionsTco2e: '100.5', offsets: [{ instrument: 'CQCER', quantityTco2e: '100', projectRegion: '500101', vintageStart: '2022-01-01', vintageEnd: '2022-12-31', projectStartDate: '2020-05-01' }] };
    const report = (await buildReport('compare', PACKS.slice(0, 2), { lang: 'en', event: withPlan })) as CompareReport;
    const row = report.rows.find((r) => r.key === 'offsets.check');
    expect(row?.differs).toBe(true);
    expect(row?.cells['cn-chongqing']?.[0]?.text).toBe('the plan falls short · shortfall 0.5 tCO2e');
    expect(row?.cells['cn-chongqing']?.[0]?.citations[0]?.clause).toBe('附件1');
    expect(row?.cells['cn-shandong-jining']?.[1]?.text).toBe(`${planLine(0, 'en')} ${INSTRUMENT_LABELS.CQCER.en} 100 tCO2e: ${VERDICT_LABELS.discouraged.en}`);
    expect(compare.rows.some((r) => r.key === 'offsets.check')).toBe(false);
  });

  it('marks the differing rows in Markdown and HTML', () => {
    expect(renderReport(compare, 'md')).toContain('| **≠ Obligation** |');
    expect(renderReport(compare, 'html')).toMatch(/<tr class="differs"><th scope="row"><span class="mark"[^>]*>≠<\/span> Obligation<\/th>/);
  });
});

describe('HTML', () => {
  it('is one self-contained page per report: no URL, an inline SVG chart, a legend, lang set, CJK font', async () => {
    const reports = [matrixEn, matrixZh, sweep, compare, await buildReport('sweep', [pack('cn-chongqing')], { lang: 'zh', asOf: AS_OF })];
    for (const report of reports) {
      const html = renderReport(report, 'html');
      expect(html.startsWith('<!doctype html>'), report.kind).toBe(true);
      expect(html, report.kind).not.toMatch(/https?:\/\//);
      expect(html, report.kind).not.toMatch(/<(script|link|img|iframe)\b/);
      expect(html, report.kind).not.toMatch(/\b(src|href)="(?!#)/);
      expect(html, report.kind).toContain('<svg');
      expect(html, report.kind).toMatch(/<html lang="(zh-CN|en)">/);
      expect(html, report.kind).toContain('font-family: "Noto Sans CJK SC", sans-serif');
      expect(html, report.kind).toContain('class="legend"');
    }
    const heat = renderReport(sweep, 'html');
    for (const label of ['Required to neutralize', 'Expected to neutralize', 'Encouraged to neutralize', 'Not covered by this policy', 'Undetermined']) {
      expect(heat).toContain(label);
    }
    expect(heat).toContain('>req</text>');
  });
});

describe('GET /v1/reports/{kind}', () => {
  let api: Awaited<ReturnType<typeof makeApp>>;
  beforeAll(async () => {
    api = await makeApp();
  });

  const url = (kind: string, params: Record<string, string>) => `/v1/reports/${kind}?${new URLSearchParams(params)}`;
  const MEDIA: Record<string, string> = { json: 'application/json', md: 'text/markdown', csv: 'text/csv', html: 'text/html' };
  const paramsOf = (kind: string): Record<string, string> =>
    kind === 'compare'
      ? { packs: 'cn-chongqing,cn-shandong-jining', event: JSON.stringify(SOE_MEETING), lang: 'en' }
      : { packs: kind === 'sweep' ? 'cn-chongqing' : PACK_IDS.join(','), asOf: AS_OF, lang: 'en' };

  for (const kind of REPORT_KINDS) {
    it(`serves the ${kind} report in every format`, async () => {
      for (const format of REPORT_FORMATS) {
        const res = await api.call('GET', url(kind, { ...paramsOf(kind), format }));
        expect(res.status, `${kind} ${format}: ${res.text.slice(0, 300)}`).toBe(200);
        expect(res.headers.get('content-type'), format).toContain(MEDIA[format]);
        expect(res.headers.get('content-disposition')).toBeNull();
        if (format === 'json') expect(res.json.kind).toBe(kind);
        if (format === 'html') expect(res.text).not.toMatch(/https?:\/\//);
        if (format === 'csv') expect(parseCsv(res.text).length).toBeGreaterThan(1);
      }
    });
  }

  it('answers like the library: the matrix JSON is the report built from the same packs', async () => {
    const res = await api.call('GET', url('matrix', { ...paramsOf('matrix'), format: 'json' }));
    expect(res.json).toEqual(JSON.parse(JSON.stringify(matrixEn)));
  });

  it('sends an attachment with a file name when download=1, and defaults to JSON in Chinese', async () => {
    const res = await api.call('GET', url('matrix', { packs: 'cn-sichuan', asOf: AS_OF, format: 'csv', download: '1' }));
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="tanzhong-matrix-${AS_OF}-zh.csv"`);
    const plain = await api.call('GET', url('matrix', { packs: 'cn-sichuan' }));
    expect(plain.headers.get('content-type')).toContain('application/json');
    expect(plain.json.lang).toBe('zh');
  });

  it('404 names every unknown pack', async () => {
    const res = await api.call('GET', url('matrix', { packs: 'cn-chongqing,cn-tibet,cn-atlantis' }));
    expect(res.status).toBe(404);
    expect(isErrorShape(res.json)).toBe(true);
    expect(res.json.error.code).toBe('unknown_pack');
    expect(res.json.error.message).toContain('cn-tibet');
    expect(res.json.error.message).toContain('cn-atlantis');
    expect(res.json.error.issues.every((i: any) => i.path === 'packs')).toBe(true);
  });

  it('422 for a bad kind, format, lang or date, each named', async () => {
    const res = await api.call('GET', url('matrix', { packs: 'cn-chongqing', format: 'pdf', lang: 'fr', asOf: '2026-02-30' }));
    expect(res.status).toBe(422);
    expect(isErrorShape(res.json)).toBe(true);
    expect(res.json.error.issues.map((i: any) => i.path).sort()).toEqual(['asOf', 'format', 'lang']);
    const kind = await api.call('GET', url('pie-chart', { packs: 'cn-chongqing' }));
    expect(kind.status).toBe(422);
    expect(kind.json.error.issues[0].path).toBe('kind');
  });

  it('422 for a compare without an event, with an event that is not JSON, or not a valid event', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ packs: 'cn-chongqing,cn-sichuan' }, 'invalid_event', 'event'],
      [{ packs: 'cn-chongqing,cn-sichuan', event: '{"kind": ' }, 'invalid_event', 'event'],
      [{ packs: 'cn-chongqing,cn-sichuan', event: JSON.stringify({ ...SOE_MEETING, attendees: -3 }) }, 'invalid_event', 'event.attendees'],
      [{ packs: 'cn-chongqing', event: JSON.stringify(SOE_MEETING) }, 'invalid_request', 'packs'],
    ];
    for (const [params, code, path] of cases) {
      const res = await api.call('GET', url('compare', params));
      expect(res.status, JSON.stringify(params)).toBe(422);
      expect(isErrorShape(res.json)).toBe(true);
      expect(res.json.error.code).toBe(code);
      expect(res.json.error.issues[0].path).toBe(path);
    }
    const stray = await api.call('GET', url('matrix', { packs: 'cn-chongqing', event: '{}' }));
    expect(stray.status).toBe(422);
    expect(stray.json.error.issues[0].path).toBe('event');
  });

  it('is in the OpenAPI document', async () => {
    const res = await api.call('GET', '/openapi.json');
    expect(Object.keys(res.json.paths)).toContain('/v1/reports/{kind}');
  });
});

describe('what the engine says, said the same way', () => {
  // cn-national's process step cites a reposted summary of the guideline: a paraphrase, never in quotation marks.
  const PARAPHRASE = '碳中和计划、实施减排行动、量化温室气体排放、碳中和活动以及碳中和评价';

  it('never puts a paraphrase in quotation marks: it is marked （大意） / (paraphrase) instead', async () => {
    const verbatim = { zh: '活动碳中和完成时间最迟不晚于活动结束后1个月内' };
    const paraphrase = { zh: PARAPHRASE, wording: 'paraphrase' as const };
    expect(isQuotable(verbatim)).toBe(true);
    expect(isQuotable({ ...verbatim, wording: 'verbatim' })).toBe(true);
    expect(isQuotable(paraphrase)).toBe(false);
    expect(citedWords(verbatim, 'zh')).toBe(`“${verbatim.zh}”`);
    expect(citedWords(paraphrase, 'zh')).toBe(`${PARAPHRASE}（大意）`);
    expect(citedWords(paraphrase, 'en')).toBe(`${PARAPHRASE} (paraphrase)`);

    const national = [pack('cn-national'), pack('cn-chongqing')];
    for (const lang of ['zh', 'en'] as const) {
      const matrix = await buildReport('matrix', national, { lang, asOf: AS_OF });
      for (const format of ['md', 'html'] as const) {
        const text = renderReport(matrix, format);
        expect(text, `${lang} ${format}`).toContain(PARAPHRASE);
        expect(text, `${lang} ${format}`).not.toContain(`“${PARAPHRASE}`);
        expect(text, `${lang} ${format}`).toContain(lang === 'zh' ? `${PARAPHRASE}（大意）` : `${PARAPHRASE} (paraphrase)`);
        // A verbatim clause keeps its quotation marks.
        expect(text, `${lang} ${format}`).toContain('“活动碳中和完成时间最迟不晚于活动结束后1个月内”');
      }
      const csv = renderReport(matrix, 'csv');
      expect(csv).toContain(lang === 'zh' ? `（未核实，大意）：${PARAPHRASE}` : `(unconfirmed, paraphrase): ${PARAPHRASE}`);
    }
    const line = citationLine({ document: 'D', clause: 'C', zh: PARAPHRASE, en: 'e', basis: 'text', wording: 'paraphrase' });
    expect(line).toBe(`D C (text, paraphrase): ${PARAPHRASE}`);
  });

  it('says whether a duty binds this organizer, not only whether it applies when neutralizing', async () => {
    const row = compare.rows.find((r) => r.key === 'duties.complete-neutralization');
    expect(row?.cells['cn-chongqing']?.[0]?.text).toContain('· binding'); // required in Chongqing
    expect(row?.cells['cn-shandong-jining']?.[0]?.text).toContain('· if you neutralize'); // only encouraged in Jining
    expect(row?.cells['cn-shandong-jining']?.[0]?.text).not.toContain('binding');
    // The matrix speaks of packs in general: a duty that applies when neutralizing never sounds optional.
    const zh = item(matrixZh, 'deadlines', 'cn-chongqing', '活动结束后1个月内').text;
    expect(zh).toContain('须实施或自愿实施碳中和时适用');
    expect(zh).not.toMatch(/(^|·\s)实施碳中和时适用/);
  });

  it('names the offset lines a date governs (1-based), and the new duties get their own rows', async () => {
    const event = {
      kind: 'forum',
      attendees: 600,
      startDate: AS_OF,
      endDate: AS_OF,
      organizer: { type: 'enterprise', level: 'prefectural' },
      emissionsTco2e: '100',
      offsets: [
        { instrument: 'ocean-sink', quantityTco2e: '50', newProject: true },
        { instrument: 'CCER', quantityTco2e: '50' },
      ],
    };
    for (const lang of ['zh', 'en'] as const) {
      const report = (await buildReport('compare', [pack('cn-national'), pack('cn-shandong-jining')], { lang, event })) as CompareReport;
      const text = (key: string) => report.rows.find((r) => r.key === key)?.cells['cn-shandong-jining']?.[0]?.text ?? '';
      if (lang === 'zh') {
        expect(text('duties.complete-neutralization')).toContain('购买的碳配额、碳信用（抵消计划第 2 行）');
        expect(text('duties.forestry-project-application')).toContain('新建林业碳汇或海洋碳汇项目（抵消计划第 1 行）');
      } else {
        expect(text('duties.complete-neutralization')).toContain('bought allowances and credits (offset plan line 2)');
        expect(text('duties.forestry-neutralization')).toContain('a new forestry or ocean sink project (offset plan line 1)');
      }
      // cn-national's plan need not be published (make-plan); Jining's must (publish-plan): two rows.
      expect(report.rows.find((r) => r.key === 'duties.make-plan')?.cells['cn-national']).toHaveLength(1);
      expect(report.rows.find((r) => r.key === 'duties.publish-plan')?.cells['cn-shandong-jining']).toHaveLength(1);
    }
  });

  it('lists the contested readings the answer rests on, in words, with what the other option gives', async () => {
    const district = { kind: 'meeting', attendees: 300, meetingClass: 1, startDate: AS_OF, endDate: AS_OF, organizer: { type: 'party-government', level: 'county' } };
    const report = (await buildReport('compare', [pack('cn-chongqing'), pack('cn-sichuan')], { lang: 'zh', event: district })) as CompareReport;
    const cell = report.rows.find((r) => r.key === 'readings')?.cells['cn-chongqing'] ?? [];
    expect(cell).toHaveLength(1);
    expect(cell[0]?.text).toContain('是否须实施碳中和？');
    expect(cell[0]?.text).toContain('（默认解读）');
    expect(cell[0]?.text).toMatch(/若按「是：[^」]+」：应当实施碳中和/);
    expect(cell[0]?.text).not.toMatch(/phase-in|every-level|district-organs-before-2027/);
    expect(cell[0]?.citations.map((c) => c.clause)).toEqual(['一', '三（一）']);
  });
});
