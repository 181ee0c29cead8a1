// A participant's own footprint, for voluntary participant offsetting (Sichuan's 参与者自愿碳抵消, 附表1 碳中和类型):
// the trip from their city to the venue and back, their room-nights and meals, estimated as one person's activity.
import { z } from 'zod';
import { amount, OwnFactorSchema } from './activity-schema.js';
import { cityCoordinates } from './factor-catalog.js';
import { TRAVEL_MODES } from './vocabulary.js';

const regionCode = z.string().regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code, e.g. "510100"');

export const ParticipantSchema = z
  .object({
    venue: regionCode.describe('where the event is held'),
    from: regionCode.describe('the participant\'s city'),
    mode: z.enum(TRAVEL_MODES, { error: () => `must be one of: ${TRAVEL_MODES.join(', ')}` }),
    roundTrip: z.boolean().optional().describe('default true'),
    nights: amount.optional().describe('room-nights'),
    meals: amount.optional(),
    mealFactor: OwnFactorSchema.optional().describe('kg CO2e per meal, with its source: no meal factor is shipped'),
  })
  .strict()
  .superRefine(
    (value, ctx) => {
      // The cities are checked with every other problem, even when another field is wrong.
      const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      for (const field of ['venue', 'from'] as const) {
        const code = raw[field];
        if (typeof code === 'string' && /^\d{6}$/.test(code) && !cityCoordinates(code)) {
          ctx.addIssue({ code: 'custom', path: [field], message: `unknown city "${code}": give the six-digit GB/T 2260 code of a prefecture-level city, e.g. "510100"` });
        }
      }
    },
    { when: () => true },
  );

export type Participant = z.infer<typeof ParticipantSchema>;

/** The participant as activity data: one traveller of the holding phase, with their nights and meals. */
export function participantActivity(p: Participant) {
  return {
    venue: { region: p.venue },
    phases: {
      holding: {
        originMix: [{ city: p.from, mode: p.mode, participants: 1, ...(p.roundTrip === undefined ? {} : { roundTrip: p.roundTrip }) }],
        ...(p.nights === undefined ? {} : { accommodation: [{ amount: p.nights, unit: 'room-night' }] }),
        ...(p.meals === undefined ? {} : { meals: [{ amount: p.meals, unit: 'meal', ...(p.mealFactor ? { factor: p.mealFactor } : {}) }] }),
      },
    },
  };
}
