// The bench's events: generated from a seed, so every run and every path sees the same ones. Kinds, sizes biased
// to the packs' thresholds (200, 500, 10 000 people; 10 000 m²), organizers, dates around the packs' dated
// boundaries and month ends, some facts left out (so some answers are undetermined), some with offset plans.

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['meeting', 'meeting', 'forum', 'exhibition', 'exhibition', 'performance', 'sports', 'other'];
const TYPES = ['party-government', 'public-institution', 'soe', 'soe', 'enterprise', 'social-organization', 'individual'];
const LEVELS = ['central', 'provincial', 'provincial', 'prefectural', 'county', 'county'];
const SCALES = ['international', 'national', 'provincial', 'local'];
const INSTRUMENTS = ['CQCER', 'CCER', 'forestry-sink', 'ocean-sink', 'allowance', 'carbon-inclusive', 'regional-credit'];
/** Days on which a pack or one of its rules starts or stops applying, and month ends (the month-end rule). */
const BOUNDARY_DAYS = [
  '2025-03-03', '2025-03-04', '2025-03-17', '2025-03-18', '2026-12-31', '2027-01-01', '2029-12-31', '2030-01-01',
  '2026-01-31', '2026-08-31', '2027-10-31', '2028-02-29', '2026-12-30',
];

const pad = (n: number) => String(n).padStart(2, '0');

export function generateEvents(count: number, seed = 20260130): Record<string, unknown>[] {
  const random = seeded(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const chance = (p: number) => random() < p;
  const nearThreshold = (thresholds: number[]) => {
    const t = pick(thresholds);
    return Math.max(0, t + pick([-1, 0, 1, -1, 0, 1, -50, 50]));
  };

  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(KINDS);
    const meeting = kind === 'meeting' || kind === 'forum';
    // Dates: a third on a boundary day, the rest any day of 2025–2031; events last 1 to 5 days.
    let start: string;
    if (chance(0.35)) start = pick(BOUNDARY_DAYS);
    else {
      const y = 2025 + Math.floor(random() * 7);
      const m = 1 + Math.floor(random() * 12);
      start = `${y}-${pad(m)}-${pad(1 + Math.floor(random() * 28))}`;
    }
    const startDay = new Date(`${start}T00:00:00Z`);
    const end = new Date(startDay.getTime() + Math.floor(random() * 5) * 86_400_000).toISOString().slice(0, 10);

    const event: Record<string, unknown> = { name: `bench event ${i}`, kind, startDate: start, endDate: end };
    if (!chance(0.08)) {
      event.attendees = chance(0.75) ? nearThreshold([200, 200, 500, 10_000]) : Math.floor(10 * 5000 ** random());
    }
    if (kind === 'exhibition' && !chance(0.1)) event.floorAreaM2 = chance(0.7) ? pick([9999.5, 10_000, 10_001, 9_000, 20_000]) : Math.round(50_000 * random());
    const organizer: Record<string, unknown> = {};
    if (!chance(0.07)) organizer.type = pick(TYPES);
    if (!chance(0.1)) organizer.level = pick(LEVELS);
    event.organizer = organizer;
    if (meeting) {
      if (!chance(0.15)) event.meetingClass = 1 + Math.floor(random() * 4);
      if (chance(0.4)) event.chengyuCircle = chance(0.5);
    }
    if (!chance(0.1)) event.scale = pick(SCALES);
    if (!chance(0.1)) event.bidCommitsNeutrality = chance(0.55);
    if (chance(0.2)) {
      const lines = 1 + Math.floor(random() * 5);
      event.emissionsTco2e = `${100 + Math.floor(random() * 900)}.5`;
      event.offsets = Array.from({ length: lines }, (_, n) => offsetLine(pick(INSTRUMENTS), n, chance(0.5)));
    }
    events.push(event);
  }
  return events;
}

export function offsetLine(instrument: string, n: number, newProject: boolean): Record<string, unknown> {
  return {
    instrument,
    quantityTco2e: `${10 + (n % 90)}.25`,
    projectRegion: n % 3 ? '500101' : '370800',
    vintageStart: '2023-01-01',
    projectStartDate: '2022-06-01',
    serial: `BENCH-${n}`,
    ...(instrument === 'forestry-sink' || instrument === 'ocean-sink' ? { newProject } : {}),
  };
}

/** The README's small event (a municipal SOE's meeting of 200), as the HTTP and storage benches send it. */
export const SMALL_EVENT = {
  kind: 'meeting',
  attendees: 200,
  startDate: '2026-01-30',
  endDate: '2026-01-31',
  organizer: { type: 'soe', level: 'provincial' },
};

/** The small event with an offset plan of `lines` short lines (1000: a body of some 46 KB). */
export function eventWithPlan(lines: number): Record<string, unknown> {
  return {
    ...SMALL_EVENT,
    emissionsTco2e: '50000.5',
    offsets: Array.from({ length: lines }, (_, n) => ({ instrument: n % 2 ? 'CQCER' : 'CCER', quantityTco2e: `${10 + (n % 90)}.25` })),
  };
}
