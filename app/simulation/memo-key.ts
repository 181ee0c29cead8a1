// What of an event can change a pack's decision: two events of the same class get the same rule truths, the same
// obligation, the same confirmation routes and the same missing facts; only their due dates differ, and those are
// worked out per event from the rules that hold (app/simulation/decider.ts). The class is a path of tokens, one per
// fact a rule reads, each the class of the fact's value:
// - a number tested only against numeric thresholds (attendees ≥ 200): where it lies among those thresholds (below,
//   equal, between, above), so 250 and 499 share a class when the thresholds are 200 and 500;
// - a date tested only with the date operators: where it lies among the dates tested;
// - any other value (an enum, a boolean, a value tested with `in` or `equal`): the value itself;
// - missing, assumed (the pack's stated assumption) or not applicable to the event's kind.
// The evaluation date counts by where it lies among the days a pack or a rule version starts or stops applying and
// the dates rules compare it with; the start and end dates by whether they are given (the due dates use them).
// Each token is a small number (in the order first seen, per fact), and the class a short string of them. A class is
// one under one choice of readings (they set the pack's first day, and rules read them): the decider keeps a key
// function per choice and marks each key with it, so the memo key holds the readings chosen (decider.ts).
// An event with an offset plan (or a fact whose value is a list or an object) has no class: its plan decides which
// duty rules hold and its check, so it is decided directly. test/simulate-memo.test.ts checks the memoised answers
// against direct evaluation over random events.
import {
  type CalendarDate,
  type CompiledPack,
  EVENT_KINDS,
  type EventInput,
  factApplies,
  isCalendarDate,
  type Period,
  readFact,
} from '../../engine/index.js';
import { type ConditionNode, type LeafNode, leavesOf } from '../../engine/conditions.js';
import { ENGINE_FACTS, factSpec, isCustomFact } from '../../engine/fact-catalog.js';

/** A class token: a position among thresholds, a fact's own value, or one of the marks below. */
type Token = number | string | boolean | symbol;

const NOT_APPLICABLE = Symbol('not applicable');
const ASSUMED = Symbol('assumed');
const MISSING = Symbol('missing');
const NO_DATE = Symbol('no date');
/** A value that is a list or an object: no class (the event is decided directly). */
const UNCLASSED = Symbol('unclassed');

const NUMERIC_OPERATORS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const DATE_OPERATORS = new Set(['dateOnOrAfter', 'dateOnOrBefore']);

type Classify = (value: unknown) => Token;

/** A value's exact class: the class of everything a classifier cannot place among thresholds. */
const exact: Classify = (value) => (typeof value === 'object' && value !== null ? UNCLASSED : (value as Token));

/** Where `value` lies among sorted `bounds`: 2i between the i-th and the next bound, 2i+1 on the (i+1)-th. */
function position<T>(bounds: readonly T[], value: T): number {
  let below = 0;
  while (below < bounds.length && (bounds[below] as T) < value) below++;
  return 2 * below + (below < bounds.length && bounds[below] === value ? 1 : 0);
}

function sortedUnique<T extends number | string>(values: T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The classifier of a fact from the tests the rules make of it. A position is told from an exact value by its type:
 * positions are numbers and such a fact's exact values never are. */
function classifierOf(leaves: readonly LeafNode[]): Classify {
  if (leaves.length && leaves.every((l) => NUMERIC_OPERATORS.has(l.operator) && typeof l.value === 'number' && Number.isFinite(l.value))) {
    const bounds = sortedUnique(leaves.map((l) => l.value as number));
    return (value) => (typeof value === 'number' ? (Number.isFinite(value) ? position(bounds, value) : UNCLASSED) : exact(value));
  }
  if (leaves.length && leaves.every((l) => DATE_OPERATORS.has(l.operator) && typeof l.value === 'string' && isCalendarDate(l.value))) {
    const bounds = sortedUnique(leaves.map((l) => l.value as string));
    return (value) => (typeof value === 'string' && isCalendarDate(value) ? position(bounds, value) : typeof value === 'number' ? UNCLASSED : exact(value));
  }
  return exact;
}

/** How a fact is read from an event: the catalogue's reader, else engine/fact-catalog.ts readFact. */
function readerOf(name: string): (event: EventInput) => unknown {
  const spec = isCustomFact(name) ? undefined : factSpec(name);
  return spec ? spec.read : (event) => readFact(name, event);
}

/** The days the pack or one of its rule versions starts or stops applying, and the dates rules test `$asOf` with. */
function dateBounds(compiled: CompiledPack, packPeriod: Period, asOfLeaves: readonly LeafNode[]): string[] {
  const periods = [packPeriod, ...compiled.pack.rules.flatMap((r) => (r.inForce ? [r.inForce] : []))];
  const days = periods.flatMap((p) => (p.until ? [p.from, p.until] : [p.from]));
  const tested = asOfLeaves.flatMap((l) => (typeof l.value === 'string' ? [l.value] : []));
  return sortedUnique([...days, ...tested]);
}

/** Codes a key may use per token: a fact with more different values than this has events decided directly. */
const MAX_CODES = 0xfff0;

/** Small numbers for the tokens of one fact, in the order first seen: keys are short strings of them. */
class Codes {
  private readonly codes = new Map<Token, number>();
  code(token: Token): number {
    let code = this.codes.get(token);
    if (code === undefined) {
      if (this.codes.size >= MAX_CODES) return -1;
      this.codes.set(token, (code = this.codes.size + 1));
    }
    return code;
  }
}

/** The class of an event as a short string, one character per token; undefined when the event has no class. */
export type ClassKey = (event: EventInput, asOf: CalendarDate | null) => string | undefined;

/**
 * The classes of events for `compiled` under the readings that set `packPeriod` (engine/readings.ts firstDayUnder).
 * Facts are classified as engine/rule-outcomes.ts knownFacts reads them: a declared fact that does not apply to the
 * kind, then the event's value, then the pack's assumption, else missing.
 */
export function classKeyOf(compiled: CompiledPack, packPeriod: Period): ClassKey {
  const leavesByFact = new Map<string, LeafNode[]>();
  for (const { rule } of compiled.rules) {
    for (const leaf of leavesOf(rule.conditions as unknown as ConditionNode)) {
      leavesByFact.set(leaf.fact, [...(leavesByFact.get(leaf.fact) ?? []), leaf]);
    }
  }
  const { pack } = compiled;
  // Per fact, worked out once: the kinds it applies to, how it is read, how its value is classed, and its class when
  // the event does not give it.
  const read = pack.facts
    .filter((decl) => compiled.readFacts.has(decl.name))
    .map((decl) => {
      const kinds = EVENT_KINDS.filter((kind) => factApplies(pack, decl, kind));
      return {
        applies: kinds.length === EVENT_KINDS.length ? undefined : new Set<string>(kinds),
        value: readerOf(decl.name),
        classify: classifierOf(leavesByFact.get(decl.name) ?? []),
        absent: decl.assumeWhenMissing ? ASSUMED : MISSING,
        codes: new Codes(),
      };
    });
  const bounds = dateBounds(compiled, packPeriod, leavesByFact.get(ENGINE_FACTS.asOf) ?? []);
  // A rule that tests `$asOf` with anything but the date operators: the evaluation date is its own class.
  const asOfExact = (leavesByFact.get(ENGINE_FACTS.asOf) ?? []).some((l) => !DATE_OPERATORS.has(l.operator));
  const dateCodes = new Codes();
  const codes: number[] = new Array(read.length + 1).fill(0);

  return (event, asOf) => {
    if (event.offsets?.length) return undefined;
    const date = dateCodes.code(asOf === null ? NO_DATE : asOfExact ? asOf : position(bounds, asOf));
    if (date < 0) return undefined;
    // The date's class and whether the start and end dates are given, in one code.
    codes[0] = date * 4 + (event.startDate ? 1 : 0) + (event.endDate ? 2 : 0);
    if (codes[0] > 0xffff) return undefined;
    for (let i = 0; i < read.length; i++) {
      const fact = read[i] as (typeof read)[number];
      let token: Token;
      // A fact declared for some kinds does not apply to an event of another known kind (engine/event-facts.ts).
      if (fact.applies && event.kind !== undefined && !fact.applies.has(event.kind)) token = NOT_APPLICABLE;
      else {
        const value = fact.value(event);
        token = value === undefined ? fact.absent : fact.classify(value);
        if (token === UNCLASSED) return undefined;
      }
      const code = fact.codes.code(token);
      if (code < 0) return undefined;
      codes[i + 1] = code;
    }
    return String.fromCharCode.apply(null, codes);
  };
}
