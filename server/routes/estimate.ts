// POST /v1/estimate and POST /v1/estimate/participant: the emission estimate of an event's activity data (by phase
// and source, every factor cited), and one participant's own footprint for voluntary offsetting.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { estimateFor, type EstimateOutcome, participantEstimateFor } from '../../app/estimate.js';
import { calendarDate } from '../../engine/event-schema.js';
import { resolutionError } from '../answer-errors.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { Lang } from '../schemas.js';

const EXAMPLE_ACTIVITY = {
  venue: { region: '510100' },
  phases: {
    preparation: { energy: [{ kind: 'electricity', amount: '1200', unit: 'kWh' }] },
    holding: {
      energy: [{ kind: 'electricity', amount: '8000', unit: 'kWh' }],
      originMix: [
        { city: '110000', mode: 'air-short-haul', participants: 40 },
        { city: '500000', mode: 'high-speed-rail', participants: 120 },
      ],
      accommodation: [{ amount: '320', unit: 'room-night' }],
      meals: [{ amount: '900', unit: 'meal', factor: { value: '2.5', source: '餐饮供应商提供的每餐排放数据' } }],
    },
    closing: { waste: [{ treatment: 'landfill', amount: '0.8', unit: 't' }] },
  },
};

const Activity = z.record(z.string(), z.unknown()).openapi({
  description:
    'activity data per phase (preparation, holding, closing): energy (electricity kWh or MWh, heat GJ), fuels (natural-gas m3; diesel, petrol kg, t or L; lpg kg or t), travel (passenger-km by mode; cars vehicle-km), originMix (participants by origin city code and mode: great-circle distance from the venue city), accommodation (room-night), meals (meal), materials and waste (kg or t). Every item may carry its own factor {value, source}. See docs/estimate.md.',
  example: EXAMPLE_ACTIVITY,
});

const Settings = {
  pack: z.string().min(1).optional().openapi({ description: 'use this pack\'s factor set and overrides (its version in effect on asOf, else today)', example: 'cn-sichuan' }),
  factorSet: z.string().min(1).optional().openapi({ description: 'a factor set by id (over the pack\'s): cn-2023, cn-2022, cn-2021', example: 'cn-2023' }),
  asOf: calendarDate.optional(),
  lang: Lang.optional(),
};

export const EstimateRequest = z.object({ activity: Activity, ...Settings }).strict().openapi('EstimateRequest');
export const ParticipantRequest = z
  .object({
    participant: z.record(z.string(), z.unknown()).openapi({
      description: 'venue and from (GB/T 2260 city codes), mode, roundTrip (default true), nights (room-nights), meals, mealFactor {value, source}',
      example: { venue: '510100', from: '310000', mode: 'air-short-haul', nights: '2', meals: '6' },
    }),
    ...Settings,
  })
  .strict()
  .openapi('ParticipantEstimateRequest');

const Line = z.looseObject({
  path: z.string(),
  phase: z.string(),
  source: z.string(),
  activity: z.string(),
  amount: z.string(),
  unit: z.string(),
  tco2e: z.string(),
  factor: z.looseObject({ value: z.string(), unit: z.string(), year: z.number().nullable(), region: z.string(), foreign: z.boolean(), source: z.looseObject({ document: z.string() }) }),
  text: z.string(),
});

export const EstimateResponse = z
  .looseObject({
    factorSet: z.object({ id: z.string(), title: z.string() }),
    lines: z.array(Line),
    byPhase: z.record(z.string(), z.string()),
    bySource: z.record(z.string(), z.string()),
    total: z.string().openapi({ description: 'tCO2e, the exact sum of the lines' }),
    unestimated: z.array(z.looseObject({ path: z.string(), question: z.string() })),
    notes: z.array(z.string()),
    pack: z.object({ id: z.string(), version: z.string() }).optional(),
  })
  .openapi('Estimate');

const responses = {
  200: { description: 'The estimate: tCO2e per line, phase, source and in total', content: { 'application/json': { schema: EstimateResponse } } },
  400: errorResponse('The body is not JSON'),
  404: errorResponse('Unknown pack'),
  422: errorResponse('The activity data are not valid; every problem is listed with its field'),
};

const estimateRoute = createRoute({
  method: 'post',
  path: '/v1/estimate',
  tags: ['Estimate'],
  summary: 'How much does this event emit? An estimate from its activity data, every factor cited',
  request: { body: { required: true, content: { 'application/json': { schema: EstimateRequest } } } },
  responses,
});

const participantRoute = createRoute({
  method: 'post',
  path: '/v1/estimate/participant',
  tags: ['Estimate'],
  summary: 'One participant\'s own footprint (travel, nights, meals), for voluntary participant offsetting',
  request: { body: { required: true, content: { 'application/json': { schema: ParticipantRequest } } } },
  responses,
});

function body(outcome: EstimateOutcome) {
  if (outcome.kind === 'invalid-activity') throw new ApiError(422, 'invalid_activity', 'the activity data are not valid', outcome.problems);
  if (outcome.kind !== 'estimated') throw resolutionError(outcome, 'pack');
  return { ...outcome.estimate, ...(outcome.pack ? { pack: outcome.pack } : {}) };
}

export function estimateRoutes(app: OpenAPIHono, deps: AppDeps) {
  app.openapi(estimateRoute, async (c) => c.json(body(await estimateFor(deps.registry, c.req.valid('json'))), 200));
  app.openapi(participantRoute, async (c) => c.json(body(await participantEstimateFor(deps.registry, c.req.valid('json'))), 200));
}
