// The facts a pack may read: each is a path into the event. A pack declares the ones it uses (with the
// question to ask when missing); the catalog says what type each has, so a pack cannot compare
// `attendees` with a string or test `organizer.type` against a misspelt value.
//
// A pack of format 2 may declare its own facts beside these: `extra.<name>`, carried by the event in its `extra`
// object (engine/event-facts.ts checks them against the packs that declare them). A fact may apply to some kinds
// of event only (`kinds`): the catalogue says so for its own facts where it is obvious.
import type { EventInput } from './event-schema.js';
import { EVENT_KINDS, type EventKind, ORGANIZER_LEVELS, ORGANIZER_TYPES, SCALES } from './vocabulary.js';

export type FactType = 'integer' | 'number' | 'decimal' | 'boolean' | 'enum' | 'date' | 'string' | 'offsets';

export interface FactSpec {
  name: string;
  type: FactType;
  values?: readonly (string | number)[];
  /** The kinds of event the fact applies to (in packs of format 2); absent: every kind. */
  kinds?: readonly EventKind[];
  read: (event: EventInput) => unknown;
}

const spec = (
  name: string,
  type: FactType,
  read: FactSpec['read'],
  values?: FactSpec['values'],
  kinds?: FactSpec['kinds'],
): FactSpec => ({ name, type, read, ...(values ? { values } : {}), ...(kinds ? { kinds } : {}) });

const MEETINGS: readonly EventKind[] = ['meeting', 'forum'];

export const FACT_CATALOG: readonly FactSpec[] = [
  spec('name', 'string', (e) => e.name),
  spec('kind', 'enum', (e) => e.kind, EVENT_KINDS),
  spec('startDate', 'date', (e) => e.startDate),
  spec('endDate', 'date', (e) => e.endDate),
  spec('attendees', 'integer', (e) => e.attendees),
  spec('floorAreaM2', 'number', (e) => e.floorAreaM2, undefined, ['exhibition']),
  spec('scale', 'enum', (e) => e.scale, SCALES),
  spec('bidCommitsNeutrality', 'boolean', (e) => e.bidCommitsNeutrality),
  spec('chengyuCircle', 'boolean', (e) => e.chengyuCircle, undefined, MEETINGS),
  spec('meetingClass', 'integer', (e) => e.meetingClass, [1, 2, 3, 4], MEETINGS),
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

/** Custom facts are named `extra.<name>` and read from the event's `extra` object, apart from the built-in fields. */
export const CUSTOM_FACT_PREFIX = 'extra.';
export const CUSTOM_FACT_NAME = /^extra\.[a-zA-Z][a-zA-Z0-9]*$/;
/** The types a custom fact may have: `number` is a decimal number (4999.5); `enum` is one of its `values`. */
export const CUSTOM_FACT_TYPES = ['integer', 'number', 'boolean', 'date', 'enum'] as const;

export function isCustomFact(name: string): boolean {
  return name.startsWith(CUSTOM_FACT_PREFIX);
}

/** The value of a fact in the event: a catalogue field, or a custom fact from `extra`. */
export function readFact(name: string, event: EventInput): unknown {
  if (isCustomFact(name)) return event.extra?.[name.slice(CUSTOM_FACT_PREFIX.length)];
  return factSpec(name)?.read(event);
}
