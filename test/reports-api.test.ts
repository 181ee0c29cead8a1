// The reports over HTTP: GET /v1/reports/{kind} serves every kind in every format, answers like the library, and
// names each bad parameter.
import { beforeAll, describe, expect, it } from 'vitest';
import { type MatrixReport, REPORT_FORMATS, REPORT_KINDS } from '../adapters/reports/index.js';
import { isErrorShape, makeApp } from './support/api.js';
import { AS_OF, buildReports, PACK_IDS, SOE_MEETING } from './support/reports.js';
import { parseCsv } from './support/rfc4180.js';

let matrixEn: MatrixReport;
beforeAll(async () => {
  ({ matrixEn } = await buildReports('matrixEn'));
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
