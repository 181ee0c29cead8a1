// The requests of the route fuzzer (test/fuzz-routes.test.ts): the routes (from the OpenAPI document, the pages and
// the rest), realistic values by name, how values go into a URL (encoded, raw, with broken escapes), the content
// types, Accept headers and codings sent, and how an answer is read back.
import { gunzipSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { dayFromToday, NEXT_YEAR } from './bureau-packs.js';
import { mutate, mutation, PAYLOADS } from './fuzz.js';

export const PACK_IDS = ['cn-chongqing', 'cn-sichuan', 'cn-national', 'cn-shandong-jining', 'cn-chongqing-wanzhou', 'cn-sichuan-mianyang'];

export const VALID_DATES = ['2026-01-30', '2026-06-01', '2025-03-04', NEXT_YEAR, dayFromToday(1)];
export const DATES = ['2026-01-30', '2026-06-01', '2025-03-04', NEXT_YEAR, dayFromToday(1), dayFromToday(-3), '2000-01-01', '9999-12-31', '0001-01-01', '2026-02-30', '2026-1-1', ''];
export const event = fc.record(
  {
    name: fc.constantFrom('市属国企年度工作会议', ...PAYLOADS),
    kind: fc.constantFrom('meeting', 'exhibition', 'sports', 'forum'),
    attendees: fc.constantFrom(200, 5000, 0),
    startDate: fc.constantFrom('2026-01-30', '2026-06-01', NEXT_YEAR),
    organizer: fc.record({ type: fc.constantFrom('soe', 'party-government'), level: fc.constantFrom('provincial', 'county'), name: fc.constantFrom('重庆市某局', ...PAYLOADS) }, { requiredKeys: [] }),
    offsets: fc.constant([{ instrument: 'CQCER', quantityTco2e: '10.5', projectRegion: '500000', serial: 'CQ-1' }]),
    emissionsTco2e: fc.constantFrom('10.5', '0'),
  },
  { requiredKeys: [] },
);

export interface Route {
  method: string;
  /** The path as the OpenAPI document writes it, `{id}` for a parameter. */
  path: string;
  query: { name: string; schema?: Record<string, any>; required?: boolean }[];
  body?: Record<string, any>;
  bodyTypes: string[];
  /** A page: its refusals are pages too (404 "not found"), not the API's error shape. */
  page?: boolean;
}

/** The operations of the OpenAPI document. */
export function apiRoutesOf(openapi: { paths: Record<string, Record<string, any>> }): Route[] {
  return Object.entries(openapi.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      query: ((op.parameters ?? []) as any[]).filter((p) => p.in === 'query').map((p) => ({ name: p.name as string, schema: p.schema, required: Boolean(p.required) })),
      body: op.requestBody?.content?.['application/json']?.schema,
      bodyTypes: Object.keys(op.requestBody?.content ?? {}),
    })),
  );
}

/** The pages (not in the OpenAPI document), with the query fields each reads. */
const FORM_FIELDS = ['lang', 'pack', 'asOf', 'more', 'name', 'kind', 'attendees', 'startDate', 'endDate', 'organizer.type', 'organizer.level', 'organizer.name', 'meetingClass', 'scale', 'floorAreaM2', 'emissionsTco2e', 'o0.instrument', 'o0.quantityTco2e', 'o1.serial', 'o2.newProject', 'reading.district-organs-before-2027', 'reading.x', 'extra.onSiteAttendees', 'extra.constructor'];
const ANALYST_FIELDS = ['lang', 'kind', 'packs', 'event', 'e.kind', 'e.attendees', 'e.name', 'e.organizer.name', 'e.startDate', 'format'];
export const PAGE_ROUTES: Route[] = [
  { method: 'GET', path: '/', query: FORM_FIELDS.map((name) => ({ name, required: name === 'pack' })), bodyTypes: [], page: true },
  { method: 'GET', path: '/packs', query: [{ name: 'lang' }], bodyTypes: [], page: true },
  { method: 'GET', path: '/packs/{id}', query: [{ name: 'lang' }, { name: 'asOf' }], bodyTypes: [], page: true },
  { method: 'GET', path: '/packs/{id}/rules/{ruleId}', query: [{ name: 'lang' }, { name: 'asOf' }], bodyTypes: [], page: true },
  { method: 'GET', path: '/reports', query: ANALYST_FIELDS.map((name) => ({ name })), bodyTypes: [], page: true },
  { method: 'GET', path: '/docs', query: [], bodyTypes: [], page: true },
  { method: 'GET', path: '/explain', query: FORM_FIELDS.map((name) => ({ name, required: name === 'pack' })), bodyTypes: [], page: true },
  { method: 'GET', path: '/estimate', query: ['lang', 'pack', 'region', 'kwh', 'participants', 'nights', 'meals'].map((name) => ({ name })), bodyTypes: [], page: true },
  { method: 'GET', path: '/packs/{id}/documents/{number}', query: [{ name: 'lang' }], bodyTypes: [], page: true },
  { method: 'GET', path: '/cases/{id}', query: [{ name: 'lang' }, { name: 'asOf' }], bodyTypes: [], page: true },
  { method: 'GET', path: '/cases/{id}/documents/{kind}', query: [{ name: 'lang' }], bodyTypes: [], page: true },
  { method: 'POST', path: '/cases', query: [], bodyTypes: ['application/x-www-form-urlencoded'], page: true },
];

/** The rest: metrics, the document itself, assets, and a path that is no route. */
export const OTHER_ROUTES: Route[] = [
  { method: 'GET', path: '/metrics', query: [], bodyTypes: [] },
  { method: 'GET', path: '/openapi.json', query: [], bodyTypes: [] },
  { method: 'GET', path: '/assets/site.css', query: [], bodyTypes: [] },
  { method: 'GET', path: '/docs/assets/{file}', query: [], bodyTypes: [] },
  { method: 'POST', path: '/{anything}', query: [], bodyTypes: ['application/json'] },
];

/** Percent-encoding that writes a lone surrogate as the bytes of its code point (not UTF-8: what a bad client sends). */
const LONE_SURROGATE = /([\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/;
export const encodeAny = (text: string, encode: (part: string) => string) =>
  text
    .split(LONE_SURROGATE)
    .map((part) => (LONE_SURROGATE.test(part) ? '%ED%A0%80' : encode(part)))
    .join('');

/** A query value: realistic for its name, or (unless `clean`) a payload (a JSON event with payloads for `event`). */
export function queryValue(name: string, schema: Record<string, any> | undefined, clean: boolean): fc.Arbitrary<string> {
  const realistic: fc.Arbitrary<string>[] = [];
  if (schema?.enum) realistic.push(fc.constantFrom(...(schema.enum as string[])));
  else if (name === 'lang') realistic.push(fc.constantFrom('zh', 'en'));
  else if (name === 'format') realistic.push(fc.constantFrom('json', 'md', 'csv', 'html'));
  else if (name === 'kind') realistic.push(fc.constantFrom('compare', 'matrix', 'sweep', 'meeting', 'exhibition'));
  else if (name === 'pack') realistic.push(fc.constantFrom(...PACK_IDS));
  else if (name === 'packs') realistic.push(fc.constantFrom('cn-chongqing,cn-sichuan', PACK_IDS.join(','), 'cn-chongqing'));
  else if (name === 'event') realistic.push(clean ? event.map((e) => JSON.stringify(e)) : fc.tuple(event, fc.array(mutation, { maxLength: 2 })).map(([e, m]) => mutate(e, m)));
  else if (/date|asOf/i.test(name)) realistic.push(fc.constantFrom(...(clean ? VALID_DATES : DATES)));
  else if (name === 'attendees' || name === 'e.attendees' || name === 'floorAreaM2') realistic.push(fc.constantFrom('200', '5000', ...(clean ? [] : ['-1', '1e308', '1.5', '123456789012345678901234567890'])));
  else if (/^(o\d|organizer|reading)\./.test(name)) realistic.push(fc.constantFrom('CQCER', '10.5', 'soe', 'provincial', 'every-level', 'yes'));
  else realistic.push(fc.constantFrom(...PAYLOADS));
  if (clean) return fc.oneof(...realistic);
  return fc.oneof(...realistic.map((arbitrary) => ({ weight: 4, arbitrary })), { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
}

/** How a value goes into a URL: encoded (most often), or as it is, or with a broken escape. */
export const encoding = fc.oneof(
  { weight: 12, arbitrary: fc.constant((text: string) => encodeAny(text, encodeURIComponent)) },
  { weight: 1, arbitrary: fc.constant((text: string) => encodeAny(text, (part) => encodeURI(part).replace(/[#?&/]/g, encodeURIComponent))) },
  { weight: 1, arbitrary: fc.constant((text: string) => `${encodeAny(text, encodeURIComponent)}%E0%A4%A`) },
  { weight: 1, arbitrary: fc.constant((text: string) => `%${encodeAny(text, encodeURIComponent)}%zz`) },
);

export const headerSafe = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : encodeURIComponent(text));
export const contentTypes = (route: Route) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...(route.bodyTypes.length ? route.bodyTypes : ['application/json'])) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'application/json; charset=utf-8',
        'APPLICATION/JSON',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
        'application/x-ndjson',
        '',
      ),
    },
  );
export const accepts = fc.constantFrom('', '', 'text/html', 'application/json', 'text/csv', '*/*', 'text/html;q=0.9, application/json', 'application/x-ndjson');
export const encodings = fc.constantFrom('', '', 'gzip', 'deflate', 'br', 'gzip, deflate');

export interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** The answer's text, decompressed when the app compressed it. */
export async function readText(res: Response): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const coding = res.headers.get('content-encoding');
  if (coding === 'gzip') return gunzipSync(bytes).toString('utf8');
  if (coding === 'deflate') return inflateSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

export const describeRequest = (r: Sent) => `${r.method} ${r.url.slice(0, 300)} ${JSON.stringify(r.headers).slice(0, 300)} ${r.body === undefined ? '' : JSON.stringify(r.body.slice(0, 400))}`;

