// GET /v1/reports/{kind}: the analysts' comparison reports (compare, matrix, sweep) as JSON, Markdown, CSV or a
// self-contained HTML page, built from the versions of the packs in effect on `asOf`.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Fallback } from '../../app/registry.js';
import { fallbackNotice } from '../../adapters/render/fallback-notice.js';
import { REPORT_FORMATS, REPORT_KINDS, REPORT_MEDIA_TYPES, type ReportKind, reportFileName, renderReport } from '../../adapters/reports/index.js';
import { prepareReport } from '../../adapters/reports/report-packs.js';
import { LANGS } from '../../engine/index.js';
import { calendarDate } from '../../engine/event-schema.js';
import { answerError, resolutionError } from '../answer-errors.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';

const MAX_PACKS = 10;

const KindParam = z.object({
  kind: z.enum(REPORT_KINDS).openapi({ param: { name: 'kind', in: 'path' }, example: 'matrix' }),
});

const ReportQuery = z.object({
  packs: z
    .string()
    .min(1)
    .max(1000)
    .openapi({ description: 'pack ids separated by commas (compare: two or more)', example: 'cn-chongqing,cn-shandong-jining,cn-sichuan' }),
  format: z.enum(REPORT_FORMATS).optional().openapi({ description: 'json (default), md, csv or html' }),
  lang: z.enum(LANGS).optional().openapi({ description: 'language of the report (default zh)' }),
  asOf: calendarDate
    .optional()
    .openapi({ description: 'read the packs in effect on this date (default: the event start date for compare, else today in China)' }),
  event: z
    .string()
    .max(8000)
    .optional()
    .openapi({ description: 'compare only: the event as URL-encoded JSON', example: '{"kind":"meeting","attendees":250,"startDate":"2026-06-01","endDate":"2026-06-01","organizer":{"type":"soe","level":"provincial"}}' }),
  download: z.enum(['0', '1']).optional().openapi({ description: '1: send as an attachment with a file name' }),
  bom: z
    .enum(['0', '1'])
    .optional()
    .openapi({ description: 'csv only; 1: begin with a UTF-8 byte order mark, so that Excel on Chinese Windows reads the file as UTF-8' }),
});

const text = z.string();

const reportRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{kind}',
  tags: ['Reports'],
  summary: "Comparison reports from the packs' data and citations: compare, matrix or sweep",
  request: { params: KindParam, query: ReportQuery },
  responses: {
    200: {
      description: 'The report in the format asked for',
      content: {
        'application/json': { schema: z.looseObject({ kind: z.enum(REPORT_KINDS) }) },
        'text/markdown': { schema: text },
        'text/csv': { schema: text },
        'text/html': { schema: text },
      },
    },
    404: errorResponse('Unknown pack'),
    422: errorResponse('Bad kind, format, lang, date, packs or event; every problem is listed'),
  },
});

function packIds(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

function checkPackCount(kind: ReportKind, ids: string[]): void {
  const fewest = kind === 'compare' ? 2 : 1;
  if (ids.length < fewest || ids.length > MAX_PACKS) {
    const message = `give ${fewest === 2 ? 'two' : 'one'} to ${MAX_PACKS} different pack ids separated by commas`;
    throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: 'packs', message }]);
  }
}

/** The byte order mark is asked of a CSV only. */
function readBom(format: string, bom: '0' | '1' | undefined): boolean {
  if (bom === '1' && format !== 'csv') {
    throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: 'bom', message: `a byte order mark is for format=csv only, not ${format}: remove bom` }]);
  }
  return bom === '1';
}

/** The event of a compare report, parsed from its query value; its fields are checked by the engine. */
function readEvent(kind: ReportKind, raw: string | undefined): unknown {
  const invalid = (message: string) => new ApiError(422, 'invalid_event', 'the event is not valid', [{ path: 'event', message }]);
  if (kind !== 'compare') {
    if (raw !== undefined) throw invalid(`only the compare report reads an event; the ${kind} report takes none`);
    return undefined;
  }
  if (raw === undefined) throw invalid('the compare report needs the event: give it as URL-encoded JSON');
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw invalid(`is not JSON: ${(error as Error).message}`);
  }
}

/** What answered in place of packs not in effect yet, for a header: in English, and kept to printable ASCII. */
function noticeHeader(deps: AppDeps, fallbacks: Fallback[]): string {
  const text = fallbacks.map((f) => fallbackNotice(f, 'en', (id) => deps.registry.describe(id))).join(' ');
  return /^[\x20-\x7e]*$/.test(text) ? text : encodeURI(text);
}

export function reportRoutes(app: OpenAPIHono, deps: AppDeps) {
  app.openapi(reportRoute, async (c) => {
    const { kind } = c.req.valid('param');
    const query = c.req.valid('query');
    const format = query.format ?? 'json';
    const ids = packIds(query.packs);
    checkPackCount(kind, ids);
    const bom = readBom(format, query.bom);
    const event = readEvent(kind, query.event);
    const outcome = await prepareReport(deps.registry, { kind, packs: ids, lang: query.lang ?? 'zh', asOf: query.asOf, event });
    if (outcome.kind === 'invalid-event') throw answerError(outcome);
    if (outcome.kind === 'packs-unavailable') throw unavailable(outcome.failures.map((f) => resolutionError(f.failure, 'packs')));
    const { report, fallbacks } = outcome;
    const headers: Record<string, string> = { 'content-type': REPORT_MEDIA_TYPES[format] };
    if (query.download === '1') headers['content-disposition'] = `attachment; filename="${reportFileName(report, format)}"`;
    if (fallbacks.length) headers['x-tanzhong-notice'] = noticeHeader(deps, fallbacks);
    return c.body(renderReport(report, format, { bom }), 200, headers);
  });
}

/** Every pack that cannot answer, in one error: unknown packs first (404), else those not available (422). */
function unavailable(errors: ApiError[]): ApiError {
  const unknown = errors.filter((e) => e.status === 404);
  const chosen = unknown.length ? unknown : errors;
  const first = chosen[0] as ApiError;
  return new ApiError(first.status, first.code, chosen.map((e) => e.message).join('; '), chosen.flatMap((e) => e.issues));
}
