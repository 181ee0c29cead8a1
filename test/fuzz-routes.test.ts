// Issue 10's acceptance: over 10,000 random and mutated requests to every route of the OpenAPI document and every
// page, the app never answers 5xx, every refusal has the error shape, and no HTML answer holds a payload it was sent
// as markup. Bodies are generated from the routes' schemas (and from real requests) and then mutated; path
// parameters, queries, content types, keys and Accept headers are random too, and the real keys of two
// jurisdictions take the write routes past authorization (drafts with payloads in their texts are stored and
// published, so the pages are fuzzed with stored payloads as well as reflected ones). Seeded: a failure is the
// same on every run. The rate limit is off in this app (makeApp sets none).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../adapters/storage/api-keys.js';
import { bearer, isErrorShape, makeApp } from './support/api.js';
import { cityPack, dayFromToday, NEXT_YEAR, publication } from './support/bureau-packs.js';
import { brokenBody, fromSchema, MARKUP_PAYLOADS, mutate, mutation, PAYLOADS, payloadInText, type SchemaContext, unsafeMarkup } from './support/fuzz.js';
import { accepts, apiRoutesOf, contentTypes, DATES, describeRequest, encodeAny, encoding, encodings, event, headerSafe, OTHER_ROUTES, PACK_IDS, PAGE_ROUTES, queryValue, readText, type Route, type Sent } from './support/fuzz-requests.js';
import { SMALL_EVALUATION } from './support/hardened-app.js';

const SEED = 20261121;
/** Requests per route: the write routes get more, as they reach deeper. */
const RUNS = { write: 660, read: 280, page: 420, other: 300 };
/** Fewer where an answer costs more (a sweep over six packs) or says the same every time. */
const RUNS_OF: Record<string, number> = { 'GET /v1/reports/{kind}': 140, 'GET /docs/assets/{file}': 200, 'GET /assets/site.css': 200, 'GET /docs': 100, 'GET /metrics': 60, 'GET /openapi.json': 60 };
const usualRuns = (route: Route, usual: number) => RUNS_OF[`${route.method} ${route.path}`] ?? usual;
/**
 * Requests on the first store, whatever the number of routes: each route's usual runs are scaled down together so
 * the whole run stays near this budget (and under ten minutes of CI) as routes are added; never below MIN_RUNS.
 */
const BUDGET = 11_000;
const MIN_RUNS = 70;

/** An app on one store, with what the requests to it need: real keys, a stored decision, the drafts stored so far. */
interface Target {
  name: string;
  /** The share of each route's runs it gets. */
  share: number;
  api: Awaited<ReturnType<typeof makeApp>>;
  keys: { chongqing: string; sichuan: string; national: string; revoked: string; caseToken: string };
  decisionId: string;
  /** A case opened without a key: its id, so the case routes are reached beyond their 404. */
  caseId: string;
  /** Drafts the fuzzer managed to store, so that publish and the reads reach them. */
  drafted: { id: string; version: string }[];
}

async function target(name: string, url: string, share: number): Promise<Target> {
  const api = await makeApp(url);
  const { key: revoked, record } = await createApiKey(api.store, { name: 'fuzz revoked', jurisdictionCode: '500000' });
  await revokeApiKey(api.store, record.id);
  const keys = { chongqing: await api.keyFor('500000'), sichuan: await api.keyFor('510000'), national: await api.keyFor('000000'), revoked };
  const decisionId = (await api.call('POST', '/v1/evaluate', SMALL_EVALUATION)).json.decisionId as string;
  const opened = (await api.call('POST', '/v1/cases', { pack: 'cn-chongqing', event: SMALL_EVALUATION.event })).json as { case: { id: string }; token: string };
  return { name, share, api, keys: { ...keys, caseToken: opened.token }, decisionId, caseId: opened.case.id, drafted: [{ id: 'cn-chongqing', version: '1.1.0' }] };
}

// PostgreSQL refuses what SQLite keeps (NUL in text, NUL and lone surrogates in jsonb): every route is fuzzed on
// both stores, half as many times on PGlite (its failures are the store's: the answers are the same).
const TARGETS = [await target('sqlite', ':memory:', 1), await target('postgres (PGlite)', 'pglite://memory', 0.5)];
/** The target of the test running (the tests of a file run one after another). */
let current = TARGETS[0] as Target;
const openapi = (await current.api.call('GET', '/openapi.json')).json;
const chongqingDoc = (await current.api.call('GET', '/v1/packs/cn-chongqing/versions/1.1.0')).json.document as Record<string, any>;

const RULE_IDS = [...new Set((chongqingDoc.rules as { id: string }[]).map((r) => r.id))];
let sent = 0;
const sentByRoute = new Map<string, number>();
/** Statuses answered, by store and route: how far the requests got. */
const statuses = new Map<string, Map<number, number>>();

const packIds = fc.oneof(fc.constantFrom(...PACK_IDS), fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 12 }));
const versionNumber = fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `7.${a}.${b}`);

/** Realistic values by property or parameter name, so that generated bodies get past the schema often. */
const hints = (name: string): fc.Arbitrary<unknown> | undefined => {
  if (/date|asOf|effectiveFrom|vintage|approvedOn/i.test(name)) return fc.constantFrom(...DATES);
  if (name === 'pack') return packIds;
  if (name === 'packs') return fc.oneof(fc.array(packIds, { maxLength: 4 }), fc.constantFrom(PACK_IDS.slice(0, 3).join(','), 'cn-chongqing,cn-sichuan', PACK_IDS.join(',')));
  if (name === 'event') return event;
  if (name === 'events') return fc.array(event, { maxLength: 3 });
  if (/Tco2e$/.test(name)) return fc.constantFrom('100.5', '0', '1e3', '-1', '99999999999999999999.9999999');
  if (name === 'projectRegion') return fc.constantFrom('500000', '510100', '999999');
  if (name === 'version') return fc.oneof(fc.constantFrom('1.0.0', '1.1.0'), versionNumber);
  if (name === 'readings') return fc.constantFrom({ 'district-organs-before-2027': 'every-level' }, { 'in-force-date': 'issue' }, { x: 'y' });
  return undefined;
};
const apiRoutes = apiRoutesOf(openapi);
const schemaContext: SchemaContext = { components: openapi.components.schemas, hints };

/** Real requests of each write route, the starting points of the mutations. */
function seeds(path: string): fc.Arbitrary<unknown> {
  switch (path) {
    case '/v1/evaluate':
      return fc.record({ pack: fc.constantFrom('cn-chongqing', 'cn-sichuan', 'cn-chongqing-wanzhou'), event, lang: fc.constantFrom('zh', 'en'), asOf: fc.constantFrom(...DATES.slice(0, 5)) }, { requiredKeys: ['pack', 'event'] });
    case '/v1/compare':
      return fc.record({ packs: fc.constant(['cn-chongqing', 'cn-sichuan', 'cn-shandong-jining']), event, lang: fc.constantFrom('zh', 'en') }, { requiredKeys: ['packs', 'event'] });
    case '/v1/evaluate/batch':
      return fc.record({ pack: fc.constantFrom('cn-chongqing', 'cn-sichuan'), events: fc.array(event, { maxLength: 3 }), detail: fc.constantFrom('decision', 'full'), lang: fc.constantFrom('zh', 'en') }, { requiredKeys: ['pack', 'events'] });
    case '/v1/decisions/{id}/replay':
      return fc.oneof(fc.constant({}), fc.record({ pack: fc.constantFrom('cn-chongqing', 'cn-sichuan'), version: fc.constantFrom('1.0.0', '1.1.0', ...current.drafted.map((d) => d.version)) }, { requiredKeys: [] }));
    case '/v1/packs':
    case '/v1/packs/validate':
      return fc.oneof(
        versionNumber.map((version) => ({ ...cityPack('cn-chongqing-wanzhou', '500101', 'cn-chongqing'), version })),
        versionNumber.map((version) => ({ ...cityPack('cn-sichuan-mianyang', '510700', 'cn-sichuan'), version })),
        versionNumber.map((version) => ({ ...chongqingDoc, version })),
      );
    case '/v1/packs/{id}/versions/{version}/publish':
      return fc.constantFrom(publication(NEXT_YEAR), publication(dayFromToday(1)), publication('2026-03-01'), { effectiveFrom: dayFromToday(-3), correctsHistory: true, reason: MARKUP_PAYLOADS[0] });
    default:
      return fc.constant({});
  }
}

/** An event as a query value: valid, with payloads in its free texts. */
const eventQuery = fc.tuple(event, fc.array(fc.oneof(payloadInText, mutation), { maxLength: 2 })).map(([e, m]) => encodeAny(mutate(e, m), encodeURIComponent));
const someRule = fc.constantFrom(...RULE_IDS);
/** Whole valid addresses (path and query) of some routes, with payloads where they take free text: they reach deepest. */
const EXAMPLES: Record<string, fc.Arbitrary<string>> = {
  'GET /v1/reports/{kind}': fc.oneof(
    fc.tuple(fc.constantFrom('matrix', 'sweep'), fc.constantFrom('json', 'md', 'csv', 'html'), fc.constantFrom('zh', 'en'), fc.constantFrom('cn-chongqing', 'cn-chongqing,cn-sichuan', PACK_IDS.join(',')), fc.constantFrom('', `&asOf=${NEXT_YEAR}`)).map(
      ([kind, format, lang, packs, asOf]) => `/v1/reports/${kind}?packs=${packs}&format=${format}&lang=${lang}${asOf}${format === 'csv' ? '&bom=1' : ''}`,
    ),
    fc.tuple(fc.constantFrom('json', 'md', 'csv', 'html'), fc.constantFrom('zh', 'en'), fc.constantFrom('cn-chongqing,cn-sichuan', PACK_IDS.join(',')), eventQuery).map(
      ([format, lang, packs, e]) => `/v1/reports/compare?packs=${packs}&format=${format}&lang=${lang}&event=${e}&download=1`,
    ),
  ),
  'GET /v1/packs/{id}/rules/{ruleId}': someRule.map((rule) => `/v1/packs/cn-chongqing/rules/${rule}`),
  'GET /packs/{id}': fc.tuple(fc.constantFrom(...PACK_IDS), fc.constantFrom('', `?asOf=${NEXT_YEAR}&lang=en`, '?lang=en')).map(([id, q]) => `/packs/${id}${q}`),
  'GET /packs/{id}/rules/{ruleId}': fc.tuple(someRule, fc.constantFrom('', `?asOf=${NEXT_YEAR}`, '?lang=en')).map(([rule, q]) => `/packs/cn-chongqing/rules/${rule}${q}`),
  'GET /reports': fc.tuple(fc.constantFrom('compare', 'matrix', 'sweep'), fc.constantFrom('zh', 'en'), eventQuery).map(([kind, lang, e]) => `/reports?kind=${kind}&lang=${lang}&packs=cn-chongqing&packs=cn-sichuan&event=${e}`),
  'GET /': fc.tuple(fc.constantFrom(...PACK_IDS), fc.constantFrom(...PAYLOADS), fc.constantFrom('zh', 'en')).map(
    ([pack, text, lang]) => `/?pack=${pack}&lang=${lang}&kind=meeting&attendees=300&startDate=2026-06-01&organizer.type=soe&organizer.level=provincial&name=${encodeAny(text, encodeURIComponent)}&o0.instrument=CQCER&o0.quantityTco2e=10&o0.serial=${encodeAny(text, encodeURIComponent)}&emissionsTco2e=10&more=1`,
  ),
};

/** A path parameter: a real value of its kind most often, else a payload or noise. */
function paramValue(route: Route, name: string): fc.Arbitrary<string> {
  const real = (): string[] => {
    if (name === 'id' && route.path.startsWith('/v1/decisions')) return [current.decisionId];
    if (name === 'id' && /^\/(v1\/)?cases\//.test(route.path)) return [current.caseId];
    if (name === 'id') return [...PACK_IDS, ...current.drafted.map((d) => d.id)];
    if (name === 'number') return ['渝环〔2025〕21号', '川环发〔2021〕5号', '渝环规〔2024〕7号'];
    if (name === 'form') return ['sichuan-registration', 'jining-self-commitment', 'chongqing-plan'];
    if (name === 'duty') return ['make-plan', 'complete-neutralization', 'register-event'];
    if (name === 'version') return ['1.0.0', '1.1.0', ...current.drafted.map((d) => d.version)];
    if (name === 'ruleId') return RULE_IDS;
    if (name === 'kind') return route.path.startsWith('/cases') ? ['sichuan-registration', 'jining-self-commitment', 'chongqing-plan'] : ['compare', 'matrix', 'sweep'];
    if (name === 'file') return ['swagger-ui.css', 'swagger-ui-bundle.js', 'index.html', '..%2Fpackage.json'];
    return ['v1', 'packs', 'evaluate'];
  };
  return fc.oneof({ weight: 4, arbitrary: fc.constant(null).map(() => real()).chain((values) => fc.constantFrom(...values)) }, { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });
}

/** The Authorization header: none, a real key (of two jurisdictions and the nation), a revoked one, or a bad one. */
const auth = fc.constantFrom<(keys: Target['keys']) => Record<string, string>>(
  () => ({}),
  () => ({}),
  (keys) => bearer(keys.chongqing),
  (keys) => bearer(keys.chongqing),
  (keys) => bearer(keys.sichuan),
  (keys) => bearer(keys.national),
  (keys) => bearer(keys.revoked),
  (keys) => bearer(keys.caseToken),
  (keys) => bearer(keys.caseToken),
  (keys) => ({ authorization: `bearer ${keys.chongqing}` }),
  () => ({ authorization: 'Bearer tz_0000000000000000000000000000' }),
  () => ({ authorization: `Bearer ${headerSafe(MARKUP_PAYLOADS[1])}` }),
  () => ({ authorization: 'Basic dXNlcjpwYXNz' }),
  () => ({ authorization: 'Bearer' }),
);
/**
 * A body for the route, from its seeds or its schema: as it is, with payloads in its texts only (so that it is still
 * valid and the payloads are stored and shown), mutated in any way, or not a body at all.
 */
function bodyOf(route: Route): fc.Arbitrary<string> {
  const base = fc.oneof({ weight: 3, arbitrary: seeds(route.path) }, { weight: 2, arbitrary: fromSchema(route.body, schemaContext) });
  return fc.oneof(
    { weight: 3, arbitrary: base.map((value) => mutate(value, [])) },
    { weight: 3, arbitrary: fc.tuple(base, fc.array(payloadInText, { minLength: 1, maxLength: 3 })).map(([value, changes]) => mutate(value, changes)) },
    { weight: 5, arbitrary: fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([value, changes]) => mutate(value, changes)) },
    { weight: 1, arbitrary: brokenBody },
  );
}

/** JSON lines for the batch: its options, then events, each line mutated or broken. */
const ndjsonBody = fc
  .tuple(seeds('/v1/evaluate/batch'), fc.array(fc.oneof(fc.tuple(event, fc.array(mutation, { maxLength: 2 })).map(([e, m]) => mutate(e, m)), brokenBody), { maxLength: 4 }), fc.array(mutation, { maxLength: 2 }))
  .map(([options, lines, changes]) => {
    const { events: _events, ...first } = options as Record<string, unknown>;
    return [mutate(first, changes), ...lines].join('\n');
  });

/** The path parameters: each at random, or (id and version) a draft the fuzzer stored, so that publish reaches it. */
function paramsOf(route: Route, names: string[]): fc.Arbitrary<string[]> {
  const each = fc.tuple(...names.map((name) => paramValue(route, name)));
  if (!(names.includes('id') && names.includes('version'))) return each;
  const stored = fc.constant(null).chain(() => fc.constantFrom(...current.drafted)).map((d) => names.map((name) => (name === 'id' ? d.id : d.version)));
  return fc.oneof({ weight: 3, arbitrary: stored }, { weight: 2, arbitrary: each });
}

function requestOf(route: Route): fc.Arbitrary<Sent> {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  // Half the queries are realistic throughout, so that they get past validation; the others carry payloads.
  const declared = fc.boolean().chain((clean) =>
    fc.record(Object.fromEntries(route.query.map((q) => [q.name, queryValue(q.name, q.schema, clean)])), {
      requiredKeys: route.query.filter((q) => q.required).map((q) => q.name),
    }),
  );
  const extras = fc.array(fc.tuple(fc.constantFrom('__proto__', 'constructor', '__proto__[polluted]', 'toString', MARKUP_PAYLOADS[0], 'lang', 'x'), fc.constantFrom(...PAYLOADS)), { maxLength: 2 });
  const query = fc.tuple(declared, extras).map(([named, more]) => [...Object.entries(named), ...more]);
  const hasBody = route.method !== 'GET';
  const body = hasBody ? fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 12, arbitrary: bodyOf(route) }) : fc.constant(undefined);
  return fc
    .record({
      method: fc.oneof({ weight: 30, arbitrary: fc.constant(route.method) }, { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') }),
      params: fc.tuple(paramsOf(route, params), fc.array(encoding, { minLength: params.length, maxLength: params.length })),
      query: fc.tuple(query, encoding),
      auth,
      contentType: contentTypes(route),
      accept: accepts,
      encoding: encodings,
      ifNoneMatch: fc.constantFrom('', '', '*', '"abc"', 'W/"x", "y"'),
      body,
      ndjson: route.path === '/v1/evaluate/batch' ? ndjsonBody : fc.constant(undefined),
      example: EXAMPLES[`${route.method} ${route.path}`] ? fc.option(EXAMPLES[`${route.method} ${route.path}`] as fc.Arbitrary<string>, { freq: 2, nil: undefined }) : fc.constant(undefined),
    })
    .map((r) => {
      let i = 0;
      const [values, encoders] = r.params;
      const path = route.path.replace(/\{(\w+)\}/g, () => {
        const encode = encoders[i] as (text: string) => string;
        return encode(values[i++] as string) || '-';
      });
      const [pairs, encode] = r.query;
      const search = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
      const method = r.method;
      const headers: Record<string, string> = { ...r.auth(current.keys) };
      if (r.accept) headers.accept = r.accept;
      if (r.encoding) headers['accept-encoding'] = r.encoding;
      if (r.ifNoneMatch) headers['if-none-match'] = r.ifNoneMatch;
      const withBody = method !== 'GET' && method !== 'HEAD' && r.body !== undefined;
      if (withBody && r.contentType) headers['content-type'] = r.contentType;
      const text = r.contentType === 'application/x-ndjson' && r.ndjson !== undefined ? r.ndjson : r.body;
      return { method, url: r.example ?? (search ? `${path}?${search}` : path), headers, ...(withBody ? { body: text } : {}) };
    });
}

async function send(route: Route, request: Sent): Promise<void> {
  sent++;
  const key = `${current.name} ${route.method} ${route.path}`;
  sentByRoute.set(key, (sentByRoute.get(key) ?? 0) + 1);
  const res = await current.api.app.request(request.url, { method: request.method, headers: request.headers, ...(request.body !== undefined ? { body: request.body } : {}) });
  const text = await readText(res);
  const counts = statuses.get(key) ?? new Map<number, number>();
  statuses.set(key, counts.set(res.status, (counts.get(res.status) ?? 0) + 1));
  const type = res.headers.get('content-type') ?? '';
  const what = `${res.status} for ${describeRequest(request)}\n${text.slice(0, 600)}`;
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400 && request.method !== 'HEAD') {
    if (type.includes('text/html')) expect(route.page, `an HTML refusal outside the pages: ${what}`).toBe(true);
    else expect(isErrorShape(JSON.parse(text)), `not the error shape: ${what}`).toBe(true);
  }
  if (type.includes('application/json') && text && request.method !== 'HEAD') expect(() => JSON.parse(text), what).not.toThrow();
  if (type.includes('x-ndjson') || type.includes('text/csv')) expect(text.includes('"code":"internal"') || /,internal,/.test(text), `an internal error in a stream: ${what}`).toBe(false);
  if (type.includes('text/html')) expect(unsafeMarkup(text), what).toEqual([]);
  expect(({} as Record<string, unknown>).polluted, `Object.prototype polluted by ${describeRequest(request)}`).toBeUndefined();
  // A draft the fuzzer stored: publish and the reads reach it next.
  if (res.status === 201 && request.url === '/v1/packs') {
    const made = JSON.parse(text) as { id: string; version: string };
    current.drafted.push({ id: made.id, version: made.version });
  }
}

function fuzz(on: Target, route: Route, runs: number, seed: number) {
  it(
    `${route.method} ${route.path}: ${Math.round(runs * on.share)} requests, no 5xx, the error shape, nothing unescaped`,
    async () => {
      current = on;
      await fc.assert(
        fc.asyncProperty(requestOf(route), (request) => send(route, request)),
        { seed, numRuns: Math.round(runs * on.share), endOnFailure: false },
      );
    },
    120_000,
  );
}

const started = Date.now();
const ALL = [...apiRoutes, ...PAGE_ROUTES, ...OTHER_ROUTES];
const usualOf = (route: Route) =>
  usualRuns(route, PAGE_ROUTES.includes(route) ? RUNS.page : OTHER_ROUTES.includes(route) ? RUNS.other : route.method === 'GET' ? RUNS.read : RUNS.write);
const SCALE = Math.min(1, BUDGET / ALL.reduce((sum, route) => sum + usualOf(route), 0));
/** Kept at their usual runs: the drafts they store are what publishing and the pages' payload checks read. */
const UNSCALED = new Set(['POST /v1/packs', 'POST /v1/packs/{id}/versions/{version}/publish']);
const runsOf = (route: Route) => (UNSCALED.has(`${route.method} ${route.path}`) ? usualOf(route) : Math.max(MIN_RUNS, Math.round(usualOf(route) * SCALE)));

it('lists the routes of the OpenAPI document, every one fuzzed', () => {
  const listed = apiRoutes.map((r) => `${r.method} ${r.path}`);
  for (const route of ['POST /v1/evaluate', 'POST /v1/compare', 'POST /v1/evaluate/batch', 'POST /v1/packs', 'POST /v1/packs/validate', 'POST /v1/packs/{id}/versions/{version}/publish', 'POST /v1/decisions/{id}/replay', 'GET /v1/reports/{kind}', 'GET /v1/packs/{id}', 'GET /livez']) {
    expect(listed).toContain(route);
  }
});

describe.each(TARGETS.map((t) => [t.name, t] as const))('on %s', (_name, on) => {
  describe('every route of the OpenAPI document', () => {
    apiRoutes.forEach((route, i) => fuzz(on, route, runsOf(route), SEED + i));
  });
  describe('the pages and the routes outside the document', () => {
    PAGE_ROUTES.forEach((route, i) => fuzz(on, route, runsOf(route), SEED + 100 + i));
    OTHER_ROUTES.forEach((route, i) => fuzz(on, route, runsOf(route), SEED + 200 + i));
  });
  it('stored drafts with payloads in their texts, and published some of them', () => {
    const written = on.api.registry.packIds().flatMap((id) => on.api.registry.versionsOf(id)).filter((v) => v.source === 'api');
    expect(written.length).toBeGreaterThan(5);
    expect(written.filter((v) => v.status === 'published').length).toBeGreaterThan(0);
    expect(written.some((v) => JSON.stringify(v.document).includes('tzxss'))).toBe(true);
  });
});

it('sent at least 10,000 requests on SQLite and 5,000 more on PGlite, every route on both', () => {
  const on = (store: Target) => [...sentByRoute].filter(([k]) => k.startsWith(`${store.name} `)).reduce((sum, [, n]) => sum + n, 0);
  for (const store of TARGETS) {
    for (const route of ALL) expect(sentByRoute.get(`${store.name} ${route.method} ${route.path}`) ?? 0, `${store.name} ${route.method} ${route.path}`).toBeGreaterThanOrEqual(30);
  }
  expect(on(TARGETS[0] as Target)).toBeGreaterThanOrEqual(10_000);
  expect(on(TARGETS[1] as Target)).toBeGreaterThanOrEqual(5_000);
  expect(sent).toBeGreaterThanOrEqual(15_000);
});

afterAll(async () => {
  if (process.env.FUZZ_STATS) for (const [route, counts] of statuses) console.log(route, JSON.stringify(Object.fromEntries([...counts].sort((a, b) => a[0] - b[0]))));
  console.log(`fuzz-routes: ${sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const on of TARGETS) await on.api.store.close();
});
