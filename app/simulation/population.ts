// Synthetic populations of events for simulations: kinds, sizes, organizers, dates, where they are held and their
// emissions, drawn from the distribution below (docs/simulation.md says the same in words). The shares are
// assumptions chosen to exercise the policies' thresholds with a plausible mix, not statistics of real events.
// Deterministic: the same options give the same events, and a population of n is the first n of a larger one.
import {
  type CalendarDate,
  type EventInput,
  type EventKind,
  inline,
  KIND_LABELS,
  type OrganizerLevel,
  type OrganizerType,
  regionName,
  type Scale,
  shiftDate,
  simulationWord,
} from '../../engine/index.js';
import { type Random, seededRandom } from './random.js';

type Weights<T> = readonly (readonly [T, number])[];

/** Where events are held when no region is asked: province-level codes and their shares. */
export const REGION_SHARES: Weights<string> = [
  ['500000', 0.15], // 重庆市
  ['510000', 0.15], // 四川省
  ['510100', 0.05], // 成都市
  ['370000', 0.1], // 山东省
  ['370800', 0.1], // 济宁市
  ['310000', 0.1], // 上海市
  ['440000', 0.15], // 广东省
  ['110000', 0.1], // 北京市
  ['330000', 0.1], // 浙江省
];

export const KIND_SHARES: Weights<EventKind> = [
  ['meeting', 0.4],
  ['forum', 0.15],
  ['exhibition', 0.12],
  ['performance', 0.13],
  ['sports', 0.1],
  ['other', 0.1],
];

/** Attendees are log-normal: the median and the spread (σ of the logarithm) by kind, between 5 and 200,000. */
export const ATTENDEES: Record<EventKind, { median: number; sigma: number }> = {
  meeting: { median: 120, sigma: 1.0 },
  forum: { median: 250, sigma: 1.0 },
  exhibition: { median: 3000, sigma: 1.2 },
  performance: { median: 2000, sigma: 1.3 },
  sports: { median: 3000, sigma: 1.5 },
  other: { median: 150, sigma: 1.2 },
};
export const ATTENDEES_RANGE = { min: 5, max: 200_000 } as const;

/** Exhibition floor area, log-normal, rounded to 10 m². */
export const FLOOR_AREA = { median: 8000, sigma: 0.9 } as const;

/** How many days an event lasts, by kind (inclusive range). */
export const DURATION_DAYS: Record<EventKind, readonly [number, number]> = {
  meeting: [1, 3],
  forum: [1, 2],
  exhibition: [3, 7],
  performance: [1, 2],
  sports: [2, 10],
  other: [1, 3],
};

export const ORGANIZER_TYPE_SHARES: Weights<OrganizerType> = [
  ['party-government', 0.15],
  ['public-institution', 0.15],
  ['soe', 0.2],
  ['enterprise', 0.35],
  ['social-organization', 0.12],
  ['individual', 0.03],
];

export const ORGANIZER_LEVEL_SHARES: Weights<OrganizerLevel> = [
  ['central', 0.05],
  ['provincial', 0.3],
  ['prefectural', 0.35],
  ['county', 0.3],
];

/** Organs, public institutions and SOEs have a level; the other organizers give one with this probability. */
export const LEVEL_GIVEN_BY_OTHERS = 0.3;

/** The meeting class of a meeting or forum held by an organ or a public institution. */
export const MEETING_CLASS_SHARES: Weights<1 | 2 | 3 | 4> = [
  [1, 0.05],
  [2, 0.15],
  [3, 0.45],
  [4, 0.35],
];

export const SCALE_SHARES: Weights<Scale> = [
  ['international', 0.05],
  ['national', 0.2],
  ['provincial', 0.35],
  ['local', 0.4],
];

/** Facts an organizer has not given yet: each is left out with this probability (the answer may be undetermined). */
export const MISSING = {
  attendees: 0.03,
  floorAreaM2: 0.05,
  organizerType: 0.02,
  organizerLevel: 0.03,
  meetingClass: 0.1,
  scale: 0.1,
  dates: 0.01,
} as const;

/** A sports event of international or national scale whose bid promised neutrality. */
export const BID_COMMITS = 0.3;
/** A meeting or forum held in Chongqing or Sichuan that is a Chengdu–Chongqing economic circle meeting. */
export const CHENGYU_CIRCLE = 0.05;

/**
 * Emissions (tCO2e, three decimals) are given by this share of the events that know their size: attendees × days ×
 * a per-person-day factor drawn log-normal around PER_PERSON_DAY (plus, for an exhibition, its floor area × days ×
 * PER_M2_DAY). Synthetic figures for exercising sums, not emission factors of any source.
 */
export const EMISSIONS = { given: 0.7, perPersonDay: 0.02, sigma: 0.5, perM2Day: 0.0005 } as const;

/** The share of events with emissions that come with an offset plan: one or two lines covering 80–120 % of them. */
export const OFFSET_PLAN = 0.02;

export interface PopulationOptions {
  seed: number;
  /** The first day an event may start (default 2026-01-01); events start within `days` days from it. */
  start?: CalendarDate;
  days?: number;
  /** Every event held in this GB/T 2260 division; default: the mix of REGION_SHARES. */
  region?: string;
}

export const DEFAULT_START: CalendarDate = '2026-01-01';
export const DEFAULT_DAYS = 365;

const HAS_LEVEL: readonly OrganizerType[] = ['party-government', 'public-institution', 'soe'];
const ORGANS: readonly OrganizerType[] = ['party-government', 'public-institution'];

function logNormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * random.normal());
}

/** Tonnes with three decimals, written as a decimal string ("12.345"). */
function tonnes(value: number): string {
  const thousandths = Math.max(1, Math.round(value * 1000));
  const whole = Math.floor(thousandths / 1000);
  return `${whole}.${String(thousandths % 1000).padStart(3, '0')}`;
}

function offsetPlan(random: Random, region: string, emissions: string): NonNullable<EventInput['offsets']> {
  const province = `${region.slice(0, 2)}0000`;
  const instruments: Weights<'CQCER' | 'CCER' | 'forestry-sink' | 'carbon-inclusive'> =
    province === '500000' ? [['CQCER', 0.6], ['CCER', 0.4]] : [['CCER', 0.6], ['forestry-sink', 0.2], ['carbon-inclusive', 0.2]];
  const total = Number(emissions) * (0.8 + 0.4 * random.next());
  const lines = random.chance(0.3) ? 2 : 1;
  return Array.from({ length: lines }, () => ({
    instrument: random.weighted(instruments),
    quantityTco2e: tonnes(total / lines),
    projectRegion: province,
  }));
}

/** The event numbered `index` (from 0), drawing from `random` in a fixed order. */
function drawEvent(random: Random, index: number, options: Required<Omit<PopulationOptions, 'region'>> & { region?: string }): EventInput {
  const region = options.region ?? random.weighted(REGION_SHARES);
  const kind = random.weighted(KIND_SHARES);
  const meeting = kind === 'meeting' || kind === 'forum';
  const event: EventInput = {
    name: simulationWord('generatedName', 'zh', { region: regionName(region, 'zh'), kind: inline(KIND_LABELS[kind].zh, 'zh'), n: index + 1 }),
    kind,
  };
  const startOffset = random.int(0, options.days - 1);
  const [shortest, longest] = DURATION_DAYS[kind];
  const length = random.int(shortest, longest);
  if (!random.chance(MISSING.dates)) {
    const startDate = shiftDate(options.start, { days: startOffset });
    const endDate = startDate && shiftDate(startDate, { days: length - 1 });
    if (startDate && endDate) Object.assign(event, { startDate, endDate });
  }
  const size = ATTENDEES[kind];
  const attendees = Math.min(ATTENDEES_RANGE.max, Math.max(ATTENDEES_RANGE.min, Math.round(logNormal(random, size.median, size.sigma))));
  if (!random.chance(MISSING.attendees)) event.attendees = attendees;
  if (kind === 'exhibition' && !random.chance(MISSING.floorAreaM2)) {
    event.floorAreaM2 = Math.max(10, Math.round(logNormal(random, FLOOR_AREA.median, FLOOR_AREA.sigma) / 10) * 10);
  }

  const type = random.weighted(ORGANIZER_TYPE_SHARES);
  const organizer: NonNullable<EventInput['organizer']> = {};
  if (!random.chance(MISSING.organizerType)) organizer.type = type;
  const level = random.weighted(ORGANIZER_LEVEL_SHARES);
  const hasLevel = HAS_LEVEL.includes(type) ? !random.chance(MISSING.organizerLevel) : random.chance(LEVEL_GIVEN_BY_OTHERS);
  if (hasLevel) organizer.level = level;
  if (Object.keys(organizer).length) event.organizer = organizer;
  if (meeting && ORGANS.includes(type) && !random.chance(MISSING.meetingClass)) event.meetingClass = random.weighted(MEETING_CLASS_SHARES);

  const scale = random.weighted(SCALE_SHARES);
  if (!random.chance(MISSING.scale)) event.scale = scale;
  if (kind === 'sports' && (scale === 'international' || scale === 'national')) event.bidCommitsNeutrality = random.chance(BID_COMMITS);
  if (meeting && (region.startsWith('50') || region.startsWith('51'))) event.chengyuCircle = random.chance(CHENGYU_CIRCLE);

  const factor = logNormal(random, EMISSIONS.perPersonDay, EMISSIONS.sigma);
  if (event.attendees !== undefined && random.chance(EMISSIONS.given)) {
    const area = event.floorAreaM2 !== undefined ? event.floorAreaM2 * length * EMISSIONS.perM2Day : 0;
    event.emissionsTco2e = tonnes(event.attendees * length * factor + area);
    if (random.chance(OFFSET_PLAN)) event.offsets = offsetPlan(random, region, event.emissionsTco2e);
  }
  return event;
}

/** The population's events, one at a time (a population of a million is never held whole). */
export function* generateEvents(count: number, options: PopulationOptions): Generator<EventInput> {
  const random = seededRandom(options.seed);
  const settings = { seed: options.seed, start: options.start ?? DEFAULT_START, days: options.days ?? DEFAULT_DAYS, region: options.region };
  for (let i = 0; i < count; i++) yield drawEvent(random, i, settings);
}
