// A pack's decisions for many events: the engine's decision-only answer (engine/decide.ts, no words), memoised on
// what the rules read (./memo-key.ts). The first event of a class is decided in full and what does not depend on its
// dates is kept as the class's answer, shared by every event of the class; the due dates are worked out per event
// from the duty rules that hold (./due-dates.ts), and only when they are needed (the full decision, a comparison of
// two packs whose duties differ, an example). An event no class covers (an offset plan) is evaluated directly. Full
// decisions are exactly those of evaluate(..., { detail: 'decision' }): test/simulate-memo.test.ts compares both
// over random events. An event may be asked under readings and a date of its own (a decision of the log, replayed):
// the readings chosen are part of the memo key, so an event asked under other readings is never given the answer of
// its class under the defaults.
import {
  type CalendarDate,
  type CompiledPack,
  checkEventFacts,
  type Decision,
  evaluate,
  type EventInput,
  type Obligation,
  type ObligationLevel,
  type ReadingChoice,
} from '../../engine/index.js';
import { decide } from '../../engine/decide.js';
import { decideEvent, decisionOf as coreDecision } from '../../engine/evaluate.js';
import { chooseReadings, firstDayUnder } from '../../engine/readings.js';
import { ruleOutcomes } from '../../engine/rule-outcomes.js';
import { type DutyRule, dutiesOf, stableDuties } from './due-dates.js';
import { type ClassKey, classKeyOf } from './memo-key.js';

/** What the decisions of one class of events share: all but the due dates (and the facts missing to date them). */
export interface ClassAnswer {
  /** The class's number in its decider (for remembering pairs of classes). */
  id: number;
  obligation: Obligation;
  obligationAtLeast?: ObligationLevel;
  decidedBy?: string;
  modes: string[];
  rules: string[];
  /** The duty rules that hold, in the pack's order. */
  dutyRules: DutyRule[];
  /** The duties and whether each binds, when that does not depend on the event's dates; else undefined. */
  duties?: { duty: string; binding: boolean }[];
  /** The missing facts of the undecided parts, before the duties' own. */
  undecided: string[];
  /** Shared by every event of the class (a tally counts it per event and works out its counts at the end). */
  shared: true;
}

/** What a simulation is given for an event: its class's answer, or a decision of its own. */
export type Answer = ClassAnswer | Decision;

export const isClassAnswer = (answer: Answer): answer is ClassAnswer => 'dutyRules' in answer;

export interface DeciderOptions {
  /** The readings asked (default: each reading's default option). Throws ReadingsError for an unknown one. */
  readings?: ReadingChoice;
  /** Read the policy as of this date for every event (default: each event's start date). */
  asOf?: CalendarDate;
  /** Read the policy no earlier than this date (an event dated before it, or undated, is read as of it). */
  notBefore?: CalendarDate;
}

/** What one event is asked under, beyond the decider's options (a decision of the log is replayed as it was asked). */
export interface Asked {
  /** The readings asked for this event (default: the decider's). Throws ReadingsError for an unknown one. */
  readings?: ReadingChoice;
  /** The date asked for this event (default: the decider's); `notBefore` still applies. */
  asOf?: CalendarDate;
}

/** The date `event` is read at under `options` (and what it was `asked` under); null when no date is asked or given. */
export function readingDate(event: EventInput, options: DeciderOptions, asked?: Asked): CalendarDate | null {
  const date = asked?.asOf ?? options.asOf ?? event.startDate ?? null;
  if (options.notBefore === undefined) return date;
  return date === null || date < options.notBefore ? options.notBefore : date;
}

export interface DeciderStats {
  hits: number;
  misses: number;
  direct: number;
}

export interface Decider {
  readonly compiled: CompiledPack;
  /**
   * The full decision for an event already validated; throws the engine's InputError for custom facts it does not
   * know, and ReadingsError for readings asked that the pack does not have.
   */
  decide(event: EventInput, asked?: Asked): Decision | Promise<Decision>;
  /** The event's answer for counting: its class's (shared: never changed), or a decision of its own. */
  answer(event: EventInput, asked?: Asked): Answer | Promise<Answer>;
  /** The full decision of an event from its class's answer (asked as the answer was). */
  decisionOf(answer: ClassAnswer, event: EventInput, asked?: Asked): Decision;
  readonly stats: DeciderStats;
}

/** Classes kept at most; past it the memo starts again (it only ever holds what it can recompute). */
const MAX_CLASSES = 50_000;

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** The readings an event is read under, chosen once per different choice, with the classes of events under them. */
interface Lens {
  choice: ReadingChoice;
  /** The lens's mark in the memo key: the same class under other readings is another entry. */
  mark: string;
  classKey: ClassKey;
}

export function memoDecider(compiled: CompiledPack, options: DeciderOptions = {}): Decider {
  const { pack } = compiled;
  const lenses = new Map<string, Lens>();
  const lensOf = (asked: ReadingChoice | undefined): Lens => {
    const choice = chooseReadings(pack, asked);
    const id = pack.readings.map((r) => choice[r.id]).join('\u0000');
    let lens = lenses.get(id);
    if (!lens) {
      const packPeriod = { ...pack.inForce, from: firstDayUnder(pack, choice) };
      lens = { choice, mark: String.fromCharCode(lenses.size + 1), classKey: classKeyOf(compiled, packPeriod) };
      lenses.set(id, lens);
    }
    return lens;
  };
  // The decider's own readings, chosen (and checked) once: most events are asked under them.
  const defaultLens = lensOf(options.readings);
  const classes = new Map<string, ClassAnswer>();
  let ids = 0;
  const packRef = { id: pack.id, version: pack.version, chain: pack.chain };
  const stats: DeciderStats = { hits: 0, misses: 0, direct: 0 };

  const decisionOf = (known: ClassAnswer, event: EventInput, asked?: Asked): Decision => {
    const { duties, missing } = dutiesOf(known.dutyRules, event);
    return {
      detail: 'decision',
      pack: packRef,
      asOf: readingDate(event, options, asked),
      obligation: known.obligation,
      ...(known.obligationAtLeast ? { obligationAtLeast: known.obligationAtLeast } : {}),
      ...(known.decidedBy ? { decidedBy: known.decidedBy } : {}),
      duties,
      modes: known.modes,
      rules: known.rules,
      missingFacts: unique([...known.undecided, ...missing]),
    };
  };

  const learn = async (event: EventInput, choice: ReadingChoice, asOf: CalendarDate | null, key: string): Promise<ClassAnswer> => {
    stats.misses++;
    const core = await decide(compiled, event, choice, asOf ?? undefined, 'zh', ruleOutcomes);
    // What does not depend on the dates is the engine's own Decision of the core (engine/evaluate.ts decisionOf).
    const { obligation, obligationAtLeast, decidedBy, modes, rules } = coreDecision(compiled, core);
    const dutyRules = core.holds.flatMap(({ rule }) =>
      rule.decides.type === 'duty'
        ? [{ duty: rule.decides.duty, due: rule.decides.due, binding: rule.decides.applies === 'always' || core.obligation === 'required', rule: rule.id }]
        : [],
    );
    const known: ClassAnswer = {
      id: ++ids,
      obligation,
      ...(obligationAtLeast ? { obligationAtLeast } : {}),
      ...(decidedBy ? { decidedBy } : {}),
      modes,
      rules,
      dutyRules,
      duties: stableDuties(dutyRules),
      undecided: core.undecided.flatMap((u) => u.missingFacts),
      shared: true,
    };
    if (classes.size >= MAX_CLASSES) classes.clear();
    classes.set(key, known);
    return known;
  };

  // What evaluate(..., { detail: 'decision' }) gives, without validating again an event already validated.
  const direct = (event: EventInput, choice: ReadingChoice, asOf: CalendarDate | null): Promise<Decision> => {
    stats.direct++;
    return decideEvent(compiled, event, choice, asOf ?? undefined);
  };

  const answer = (event: EventInput, asked?: Asked): Answer | Promise<Answer> => {
    if (event.extra) checkEventFacts(pack, event);
    const lens = asked?.readings ? lensOf(asked.readings) : defaultLens;
    const asOf = readingDate(event, options, asked);
    const classKey = lens.classKey(event, asOf);
    if (classKey === undefined) return direct(event, lens.choice, asOf);
    const key = lens.mark + classKey;
    const known = classes.get(key);
    if (!known) return learn(event, lens.choice, asOf, key);
    stats.hits++;
    return known;
  };

  const full = (event: EventInput, a: Answer, asked?: Asked): Decision => (isClassAnswer(a) ? decisionOf(a, event, asked) : a);
  // A class whose duties bind or not depending on the dates is counted from each event's own decision.
  const counted = (event: EventInput, a: Answer, asked?: Asked): Answer => (isClassAnswer(a) && !a.duties ? decisionOf(a, event, asked) : a);

  return {
    compiled,
    stats,
    decisionOf,
    decide(event, asked) {
      const a = answer(event, asked);
      return a instanceof Promise ? a.then((x) => full(event, x, asked)) : full(event, a, asked);
    },
    answer(event, asked) {
      const a = answer(event, asked);
      return a instanceof Promise ? a.then((x) => counted(event, x, asked)) : counted(event, a, asked);
    },
  };
}

/** The same decisions without the memo: every event evaluated on the engine's one path (for tests and comparison). */
export function directDecider(compiled: CompiledPack, options: DeciderOptions = {}): Decider {
  chooseReadings(compiled.pack, options.readings);
  const stats: DeciderStats = { hits: 0, misses: 0, direct: 0 };
  const decide = (event: EventInput, asked?: Asked) => {
    stats.direct++;
    const asOf = readingDate(event, options, asked);
    return evaluate(compiled, event, { detail: 'decision', readings: asked?.readings ?? options.readings, ...(asOf ? { asOf } : {}) });
  };
  return {
    compiled,
    stats,
    decide,
    answer: decide,
    decisionOf: () => {
      throw new Error('a direct decider has no classes');
    },
  };
}
