// cn-chongqing by hand (渝环〔2025〕21号, policies/cn-chongqing/pack.json, default readings): the obligation level
// and the dated duties. The bench's limit for this pack: what a programmer would write for this one policy.
import { and, atLeast, F, type HandDecision, isIn, type Level, type Obligation, RANK, T, type Truth, U } from './decision.js';
import { addMonths, dayBefore } from './dates.js';
import { type HandEvent, readEvent } from './event.js';

/** In force from publication, 2025-03-18 (the default of the reading in-force-date). */
const PACK_FROM = '2025-03-18';
/** Phase one (municipal bodies) until 2026-12-31; phase two (district and county bodies too) from 2027-01-01. */
const PHASE_ONE_UNTIL = '2026-12-31';
const EVERY_ORGAN_FROM = '2030-01-01';
const BODIES = ['party-government', 'public-institution', 'soe'];
const ORGANS = ['party-government', 'public-institution'];
const MEETINGS = ['meeting', 'forum'];
const PHASE_ONE_LEVELS = ['provincial'];
const PHASE_TWO_LEVELS = ['provincial', 'county'];
const MEETING_CLASSES = [1, 2, 3];

type Fact = keyof HandEvent;
/** The facts each rule reads: those not given are what an undetermined answer waits for. */
const READS: Record<string, Fact[]> = {
  exhibition: ['organizerType', 'organizerLevel', 'kind', 'floorAreaM2'],
  large: ['organizerType', 'organizerLevel', 'kind', 'attendees'],
  soe: ['organizerType', 'organizerLevel', 'attendees'],
  organMeeting: ['organizerType', 'organizerLevel', 'kind', 'meetingClass', 'attendees'],
  circle: ['kind', 'organizerType', 'attendees'],
  organ: ['organizerType'],
};
const PUBLIC_NAME: Partial<Record<Fact, string>> = { organizerType: 'organizer.type', organizerLevel: 'organizer.level' };

const notIn = <V>(value: V | undefined, set: readonly V[]): Truth => {
  const truth = isIn(value, set);
  return truth === U ? U : truth === T ? F : T;
};

export function chongqing(raw: unknown): HandDecision {
  const e = readEvent(raw, false);
  const asOf = e.startDate;
  if (asOf === undefined) return { obligation: 'undetermined', missingFacts: ['startDate'], duties: [] };
  if (asOf < PACK_FROM) return { obligation: 'not-covered', missingFacts: [], duties: [] };

  const { kind, attendees, organizerType: type, organizerLevel: level } = e;
  const levels = asOf <= PHASE_ONE_UNTIL ? PHASE_ONE_LEVELS : PHASE_TWO_LEVELS;
  const bodyAtLevel = and(isIn(type, BODIES), isIn(level, levels));
  const big = atLeast(attendees, 10000);
  // 三（一） required (exhibitions, performances, sports, SOE events, organs' meetings of classes 1–3, at the levels
  // of the phase); 二（二） expected for a Chengdu–Chongqing circle meeting not held by organs (taken as not one
  // unless said); 三（三） expected of every organ from 2030. Everyone else is encouraged.
  const rules: [Level, Truth, Fact[]][] = [
    ['required', and(bodyAtLevel, and(isIn(kind, ['exhibition']), atLeast(e.floorAreaM2, 10000))), READS.exhibition!],
    ['required', and(bodyAtLevel, and(isIn(kind, ['performance']), big)), READS.large!],
    ['required', and(bodyAtLevel, and(isIn(kind, ['sports']), big)), READS.large!],
    ['required', and(and(isIn(type, ['soe']), isIn(level, levels)), atLeast(attendees, 200)), READS.soe!],
    [
      'required',
      and(and(isIn(type, ORGANS), isIn(level, levels)), and(isIn(kind, MEETINGS), and(isIn(e.meetingClass, MEETING_CLASSES), atLeast(attendees, 200)))),
      READS.organMeeting!,
    ],
    ['expected', e.chengyuCircle === true ? and(isIn(kind, MEETINGS), and(notIn(type, ORGANS), atLeast(attendees, 200))) : F, READS.circle!],
    ['expected', asOf >= EVERY_ORGAN_FROM ? isIn(type, ORGANS) : F, READS.organ!],
  ];

  // The strongest level that holds answers, unless a rule not yet decided could raise it.
  let best: Level = 'encouraged';
  for (const [ruleLevel, truth] of rules) if (truth === T && RANK[ruleLevel] > RANK[best]) best = ruleLevel;
  let obligation: Obligation = best;
  const missingFacts: string[] = [];
  for (const [ruleLevel, truth, reads] of rules) {
    if (truth !== U || RANK[ruleLevel] <= RANK[best]) continue;
    obligation = 'undetermined';
    for (const f of reads) {
      const name = PUBLIC_NAME[f] ?? f;
      if (e[f] === undefined && !missingFacts.includes(name)) missingFacts.push(name);
    }
  }

  // 附件1: the plan before the event; neutralization and retirement within one month of its end.
  const afterEnd = e.endDate === undefined ? null : addMonths(e.endDate, 1);
  return {
    obligation,
    missingFacts,
    duties: [
      { duty: 'make-plan', due: dayBefore(asOf) },
      { duty: 'complete-neutralization', due: afterEnd },
      { duty: 'retire-credits', due: afterEnd },
    ],
  };
}
