// POST /v1/evaluate/batch: up to 1000 events under one pack, each answered on the one answer path in turn and
// streamed back as it is answered (JSON lines, or CSV), in the events' order. The body is read whole (it is bounded
// by the batch's body limit and the count); the answers are never held together. A bad event is one failed line;
// bad options, a bad body or a pack that cannot answer fail the request before anything is streamed.
// Decisions of a batch are not written to the decision log (see docs/determination.md, "Batches").
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { answerInBatch, BATCH_DETAILS, BATCH_MAX_EVENTS, type BatchOptions, batchPackFailure, type Unreadable } from '../../app/batch.js';
import { batchCsvHeader, batchCsvRow, batchJsonLine } from '../../adapters/render/batch-lines.js';
import { calendarDate } from '../../engine/event-schema.js';
import { problemsFromZod } from '../../engine/problems.js';
import { resolutionError } from '../answer-errors.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorBody, errorResponse } from '../errors.js';
import { Event, Lang } from '../schemas.js';

export const BATCH_PATH = '/v1/evaluate/batch';
/** The batch's own body limit unless the app is given one: room for 1000 events of about 8 KB each. */
export const DEFAULT_BATCH_BODY_LIMIT = 8 * 1024 * 1024;

const NDJSON = 'application/x-ndjson';
/** Events answered between two turns of the event loop. */
const YIELD_EVERY = 25;
const FORMATS = ['jsonl', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const MEDIA_TYPES: Record<Format, string> = { jsonl: `${NDJSON}; charset=utf-8`, csv: 'text/csv; charset=utf-8' };

const BatchOptionsSchema = z
  .object({
    pack: z.string().min(1).openapi({ example: 'cn-chongqing' }),
    asOf: calendarDate.optional().openapi({ description: 'read the policy as in force on this date for every event (default: each event’s start date)' }),
    lang: Lang.optional(),
    detail: z
      .enum(BATCH_DETAILS)
      .optional()
      .openapi({ description: 'decision (default): decision-only answers, codes without words; full: each Determination (JSON lines only)' }),
  })
  .strict();

const BatchRequest = BatchOptionsSchema.extend({
  events: z.array(Event).max(BATCH_MAX_EVENTS).openapi({ description: `at most ${BATCH_MAX_EVENTS}; an invalid event is one failed line, never a failed batch` }),
}).openapi('BatchRequest');

const BatchQuery = z.object({
  format: z.enum(FORMATS).optional().openapi({ description: 'jsonl (default, or per the Accept header) or csv (also with Accept: text/csv)' }),
});

const text = z.string();

const batchRoute = createRoute({
  method: 'post',
  path: BATCH_PATH,
  tags: ['Evaluate'],
  summary: `Up to ${BATCH_MAX_EVENTS} events under one pack, answered one line each, streamed in order`,
  description:
    'The body is JSON `{ pack, events, asOf?, lang?, detail? }`, or JSON lines (`application/x-ndjson`): the options `{ pack, asOf?, lang?, detail? }` on the first line, ' +
    'then one event per line (blank lines are skipped). The answers stream back as JSON lines, `{ index, ok: true, decision | determination }` or ' +
    '`{ index, ok: false, error: { code, message, issues } }`, or as CSV (`?format=csv` or `Accept: text/csv`: a header row in words, then one row of codes per event). ' +
    'The decisions of a batch are not kept in the decision log. See docs/determination.md, "Batches".',
  request: {
    query: BatchQuery,
    body: {
      required: true,
      content: {
        'application/json': { schema: BatchRequest },
        [NDJSON]: { schema: text.openapi({ example: '{"pack":"cn-chongqing","lang":"en"}\n{"kind":"meeting","attendees":250,"startDate":"2026-06-01"}\n' }) },
      },
    },
  },
  responses: {
    200: {
      description: 'One answer per event, in order, streamed as each is answered',
      content: { [NDJSON]: { schema: text }, 'text/csv': { schema: text } },
    },
    400: errorResponse('The body is not JSON (or its options line is not)'),
    404: errorResponse('Unknown pack'),
    413: errorResponse(`The body is too large, or it holds more than ${BATCH_MAX_EVENTS} events`),
    415: errorResponse('The body is neither application/json nor application/x-ndjson'),
    422: errorResponse('The options are not valid, or the pack cannot answer on asOf; every problem is listed'),
  },
});

/** The events of the body: values already parsed (a JSON body), or lines parsed as their turn comes (JSON lines). */
interface Body {
  options: unknown;
  count: number;
  /** The event at `index`, or why it cannot be read. */
  event(index: number): { event: unknown } | Unreadable;
}

const notJson = (what: string, error: unknown) => new ApiError(400, 'invalid_json', `${what} is not JSON: ${(error as Error).message}`);

function jsonBody(raw: string): Body {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    throw notJson('the body', error);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: '(root)', message: 'must be an object { pack, events, asOf?, lang?, detail? }' }]);
  }
  const { events, ...options } = body as Record<string, unknown>;
  if (!Array.isArray(events)) {
    throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: 'events', message: 'must be an array of events' }]);
  }
  return { options, count: events.length, event: (index) => ({ event: events[index] }) };
}

function ndjsonBody(raw: string): Body {
  const lines = raw.split(/\r?\n/).filter((line) => line.trim() !== '');
  const [first, ...events] = lines;
  if (first === undefined) {
    throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: '(root)', message: 'the first line must hold the options { pack, asOf?, lang?, detail? }' }]);
  }
  let options: unknown;
  try {
    options = JSON.parse(first);
  } catch (error) {
    throw notJson('the first line (the options)', error);
  }
  return {
    options,
    count: events.length,
    event: (index) => {
      try {
        return { event: JSON.parse(events[index] as string) };
      } catch (error) {
        return { kind: 'unreadable', problems: [{ path: 'event', message: `is not JSON: ${(error as Error).message}` }] };
      }
    },
  };
}

/** CSV when `?format=csv`, or without a format when the client accepts text/csv (and not JSON lines first). */
function formatOf(c: Context): Format {
  const asked = c.req.query('format');
  if (asked !== undefined) {
    if ((FORMATS as readonly string[]).includes(asked)) return asked as Format;
    throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: 'format', message: `must be one of: ${FORMATS.join(', ')}, got "${asked}"` }]);
  }
  const accept = c.req.header('accept') ?? '';
  return /\btext\/csv\b/i.test(accept) && !accept.toLowerCase().includes(NDJSON) ? 'csv' : 'jsonl';
}

export function batchRoutes(app: OpenAPIHono, deps: AppDeps) {
  app.openAPIRegistry.registerPath(batchRoute);

  app.post(BATCH_PATH, async (c) => {
    const format = formatOf(c);
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json' && type !== NDJSON) {
      return c.json(errorBody('unsupported_media_type', `send the batch as application/json or ${NDJSON}`), 415);
    }
    const raw = await c.req.text();
    const body = type === NDJSON ? ndjsonBody(raw) : jsonBody(raw);
    const parsed = BatchOptionsSchema.safeParse(body.options);
    if (!parsed.success) throw new ApiError(422, 'invalid_request', 'the request is not valid', problemsFromZod(parsed.error));
    if (body.count > BATCH_MAX_EVENTS) {
      const message = `a batch holds at most ${BATCH_MAX_EVENTS} events; this one has ${body.count}: send them in batches of ${BATCH_MAX_EVENTS} or fewer`;
      throw new ApiError(413, 'too_many_events', message, [{ path: 'events', message }]);
    }
    const options: BatchOptions = parsed.data;
    if (format === 'csv' && options.detail === 'full') {
      const message = 'the CSV holds decision-only answers (codes): ask detail "decision" (the default), or JSON lines for full determinations';
      throw new ApiError(422, 'invalid_request', 'the request is not valid', [{ path: 'detail', message }]);
    }
    const failure = batchPackFailure(deps.registry, options);
    if (failure) throw resolutionError(failure, 'pack');

    const lang = options.lang ?? 'zh';
    const names = (id: string) => deps.registry.describe(id);
    c.header('content-type', MEDIA_TYPES[format]);
    c.header('cache-control', 'no-store');
    return stream(c, async (out) => {
      if (format === 'csv') await out.write(batchCsvHeader(lang));
      for (let index = 0; index < body.count && !out.aborted; index++) {
        const read = body.event(index);
        const outcome = 'event' in read ? await answerInBatch(deps.registry, options, read.event) : read;
        if (outcome.kind === 'internal') console.error(`[${c.get('requestId')}] ${BATCH_PATH} event ${index}:`, outcome.error);
        const event = 'event' in read ? read.event : undefined;
        await out.write(format === 'csv' ? batchCsvRow({ index }, event, outcome) : batchJsonLine({ index }, outcome, lang, names));
        // Answers resolve without waiting on I/O: let the server serve others (and flush) between runs of events.
        if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      }
    });
  });
}
