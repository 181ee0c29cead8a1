// GET /v1/reports/cases: the list a bureau compiles upward (Sichuan 附表2's columns, and the same for every pack),
// with the duties overdue, as JSON, CSV (the one CSV writer: formula injection neutralized) or a printable page.
// A bureau's key lists its own jurisdiction and the divisions inside it.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { listCases } from '../../app/cases/bureau-list.js';
import type { CaseContext } from '../../app/cases/case-context.js';
import { CASE_LIST_FORMATS, CASE_LIST_MEDIA_TYPES, caseListCsv, caseListHtml } from '../../adapters/render/case-list.js';
import { LANGS } from '../../engine/index.js';
import { calendarDate, regionCode } from '../../engine/event-schema.js';
import { regionWithin } from '../../engine/region.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { caseCredentialOf } from './case-errors.js';

const ListQuery = z.object({
  jurisdiction: regionCode.optional().openapi({ description: "the division listed (default: the key's own); inside the key's jurisdiction", example: '510000' }),
  from: calendarDate.optional().openapi({ description: 'events starting on or after this date' }),
  to: calendarDate.optional().openapi({ description: 'events starting on or before this date' }),
  asOf: calendarDate.optional().openapi({ description: 'duties overdue as of this date (default: today, China time)' }),
  format: z.enum(CASE_LIST_FORMATS).optional().openapi({ description: 'json (default), csv or html' }),
  lang: z.enum(LANGS).optional(),
  bom: z.enum(['0', '1']).optional().openapi({ description: 'csv only; 1: begin with a UTF-8 byte order mark (Excel on Chinese Windows)' }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/reports/cases',
  tags: ['Bureaus'],
  summary: "The bureau's list of cases (附表2: name, organizer, dates, place, type of neutralization, offset method, offset date, quantity) with the duties overdue",
  security: [{ apiKey: [] }],
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'The list',
      content: { 'application/json': { schema: z.looseObject({ rows: z.array(z.looseObject({ caseId: z.string() })) }) }, 'text/csv': { schema: z.string() }, 'text/html': { schema: z.string() } },
    },
    401: errorResponse('No API key, or one not known, revoked or expired'),
    403: errorResponse("The jurisdiction asked is outside the key's"),
    422: errorResponse('Bad jurisdiction, dates, format or lang'),
  },
});

export function caseListRoutes(app: OpenAPIHono, deps: AppDeps, context: CaseContext) {
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const credential = await caseCredentialOf(c, deps.store);
    if (credential.kind !== 'key') {
      throw new ApiError(401, 'unauthenticated', "the bureau's list needs a bureau's API key (Authorization: Bearer tz_…)", [{ path: 'authorization', message: 'missing' }]);
    }
    const jurisdiction = query.jurisdiction ?? credential.jurisdictionCode;
    if (!regionWithin(jurisdiction, credential.jurisdictionCode)) {
      throw new ApiError(403, 'forbidden', `this key is for jurisdiction ${credential.jurisdictionCode}; ${jurisdiction} is outside it`, [
        { path: 'jurisdiction', message: `outside ${credential.jurisdictionCode}` },
      ]);
    }
    if (query.from && query.to && query.to < query.from) {
      throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: 'to', message: 'must not be before from' }]);
    }
    const format = query.format ?? 'json';
    if (query.bom === '1' && format !== 'csv') {
      throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: 'bom', message: `a byte order mark is for format=csv only, not ${format}: remove bom` }]);
    }
    const caseList = await listCases(context, { jurisdictionCode: jurisdiction, from: query.from, to: query.to, asOf: query.asOf, lang: query.lang ?? 'zh' });
    if (format === 'json') return c.json(caseList, 200);
    const body = format === 'csv' ? caseListCsv(caseList, { bom: query.bom === '1' }) : caseListHtml(caseList);
    return c.body(body, 200, { 'content-type': CASE_LIST_MEDIA_TYPES[format] });
  });
}
