// The facts a pack may read: each is a path into the event. A pack declares the ones it uses (with the
// question to ask when missing); the catalog says what type each has, so a pack cannot compare
// `attendees` with a string or test `organizer.type` against a misspelt value.
import type { EventInput } from './event-schema.js';
import { EVENT_KINDS, ORGANIZER_LEVELS, ORGANIZER_TYPES, SCALES } from './vocabulary.js';

export type FactType = 'integer' | 'number' | 'decimal' | 'boolean' | 'enum' | 'date' | 'string' | 'offsets';

export interface FactSpec {
  name: string;
  type: FactType;
  values?: readonly (string | number)[];
  read: (event: EventInput) => unknown;
}

const spec = (name: string, type: FactType, read: FactSpec['read'], values?: FactSpec['values']): FactSpec => ({
  name,
  type,
  read,
  values,
});

export const FACT_CATALOG: readonly FactSpec[] = [
  spec('name', 'string', (e) => e.name),
  spec('kind', 'enum', (e) => e.kind, EVENT_KINDS),
  spec('startDate', 'date', (e) => e.startDate),
  spec('endDate', 'date', (e) => e.endDate),
  spec('attendees', 'integer', (e) => e.attendees),
  spec('floorAreaM2', 'number', (e) => e.floorAreaM2),
  spec('scale', 'enum', (e) => e.scale, SCALES),
  spec('bidCommitsNeutrality', 'boolean', (e) => e.bidCommitsNeutrality),
  spec('chengyuCircle', 'boolean', (e) => e.chengyuCircle),
  spec('meetingClass', 'integer', (e) => e.meetingClass, [1, 2, 3, 4]),
  spec('organizer.type', 'enum', (e) => e.organizer?.type, ORGANIZER_TYPES),
  spec('organizer.level', 'enum', (e) => e.organizer?.level, ORGANIZER_LEVELS),
  spec('organizer.name', 'string', (e) => e.organizer?.name),
  spec('emissionsTco2e', 'decimal', (e) => e.emissionsTco2e),
  spec('offsets', 'offsets', (e) => e.offsets),
];

/** Facts the engine supplies itself rather than reading from the event. */
export const ENGINE_FACTS = {
  /** The date the policy is evaluated at: `asOf` if given, else the event's start date. */
  asOf: '$asOf',
} as const;

const byName = new Map(FACT_CATALOG.map((f) => [f.name, f]));

export function factSpec(name: string): FactSpec | undefined {
  return byName.get(name);
}
