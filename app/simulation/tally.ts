// The counts of a simulation: per pack, the events by obligation with the emissions they carry (exact decimals), the
// deciding rules and the duties; between the baseline and the new pack, the events whose answer changes, by aspect
// and by move of the obligation, with the first examples by line. Tallies of parts of a file (one per worker thread)
// merge into the tally of the whole, the same whatever order the parts were counted in.
import { type DecimalString, type EventInput, ExactDecimal, formatDecimal, type Obligation, type Problem } from '../../engine/index.js';
import { type AnswerSummary, type Aspect, ASPECTS } from './answer-summary.js';
import { recordOf, SideCounter } from './side-counter.js';

type Side = 'new' | 'baseline';

/** Examples of changes, and of failures, kept at most (the first by line). */
export const DEFAULT_EXAMPLES = 10;

export interface SideTally {
  answered: number;
  failed: number;
  obligations: Partial<Record<Obligation, number>>;
  /** Per obligation: how many of its events state their emissions, and their sum (tCO2e). */
  emissions: Partial<Record<Obligation, { events: number; tco2e: DecimalString }>>;
  /** Deciding rule id -> events whose obligation it decided (undetermined ones aside). */
  decidedBy: Record<string, number>;
  /** Duty id -> events with the duty, and how many of them it binds. */
  duties: Record<string, { events: number; binding: number }>;
}

/** Why a pack could not answer an event. */
export interface Failure {
  problems: Problem[];
}

/** What is counted of a pack's answer to an event (a decision has it, and so has the answer of a class of events). */
export interface Counted {
  obligation: Obligation;
  decidedBy?: string;
  duties?: readonly { duty: string; binding: boolean }[];
  /** The answer is shared by many events (a class's, never changed): counted once per event, worked out at the end. */
  shared?: true;
}

/** What a pack gave for an event: its answer, or why there is none. */
export type Outcome = Counted | Failure;

const failed = (o: Outcome): o is Failure => 'problems' in o;

/** One side of an example: the answer, or why there is none. */
export type ExampleSide = { answer: AnswerSummary } | { problems: Problem[] };

/** How an event's answer changes from the baseline to the new pack, with both answers. */
export interface Change {
  aspects: (Aspect | 'answered')[];
  before: ExampleSide;
  after: ExampleSide;
}

export interface ChangeExample {
  line: number;
  event: EventInput;
  aspects: (Aspect | 'answered')[];
  before: ExampleSide;
  after: ExampleSide;
}

export interface FailureExample {
  line: number;
  /** `input`: the line is not an event; `new`, `baseline`: that pack could not answer it. */
  side: 'input' | 'new' | 'baseline';
  problems: Problem[];
}

export interface TallyData {
  /** Lines holding an event (blank lines are not counted). */
  events: number;
  /** Lines that are not a valid event. */
  invalid: number;
  new: SideTally;
  baseline?: SideTally;
  /** Events answered differently (or answered by one pack only). */
  changed: number;
  aspects: Record<Aspect | 'answered', number>;
  /** `from>to` obligation -> events (only events answered by both, whose obligation moved). */
  transitions: Record<string, number>;
  examples: ChangeExample[];
  failures: FailureExample[];
}

const emptyAspects = (): TallyData['aspects'] => ({ ...Object.fromEntries(ASPECTS.map((a) => [a, 0])), answered: 0 }) as TallyData['aspects'];

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** Keeps the `limit` smallest by line of a list already holding at most `limit`. */
function keepFirst<T extends { line: number }>(list: T[], item: T, limit: number): void {
  if (list.length < limit) {
    list.push(item);
    list.sort((a, b) => a.line - b.line);
    return;
  }
  const last = list[list.length - 1] as T;
  if (item.line >= last.line) return;
  list[list.length - 1] = item;
  list.sort((a, b) => a.line - b.line);
}

/** The first problems of an event, as the engine gave them (their kinds put them into words). */
const plain = (problems: Problem[]) => problems.slice(0, 5);

/** A tally being counted; `data()` writes it out. */
export class Tally {
  private readonly sides: { new: SideCounter; baseline?: SideCounter };
  private readonly record: Omit<TallyData, 'new' | 'baseline'>;

  constructor(
    withBaseline: boolean,
    private readonly limit = DEFAULT_EXAMPLES,
  ) {
    this.sides = { new: new SideCounter(), ...(withBaseline ? { baseline: new SideCounter() } : {}) };
    this.record = { events: 0, invalid: 0, changed: 0, aspects: emptyAspects(), transitions: {}, examples: [], failures: [] };
  }

  invalidEvent(line: number, problems: Problem[]): void {
    this.record.events++;
    this.record.invalid++;
    keepFirst(this.record.failures, { line, side: 'input', problems: plain(problems) }, this.limit);
  }

  /** One event and what each pack gave: `after` the new pack, `before` the baseline (when there is one), and how the
   * answer changes between them (undefined: it does not). */
  event(line: number, event: EventInput, after: Outcome, before?: Outcome, change?: Change): void {
    this.record.events++;
    this.side('new', line, event, after);
    if (!before || !this.sides.baseline) return;
    this.side('baseline', line, event, before);
    if (!change) return;
    this.record.changed++;
    for (const aspect of change.aspects) this.record.aspects[aspect]++;
    if (!failed(before) && !failed(after) && before.obligation !== after.obligation) bump(this.record.transitions, `${before.obligation}>${after.obligation}`);
    const shown = (side: ExampleSide): ExampleSide => ('problems' in side ? { problems: plain(side.problems) } : side);
    keepFirst(this.record.examples, { line, event, aspects: change.aspects, before: shown(change.before), after: shown(change.after) }, this.limit);
  }

  private side(which: Side, line: number, event: EventInput, outcome: Outcome): void {
    const side = this.sides[which] as SideCounter;
    if (failed(outcome)) {
      side.failed++;
      keepFirst(this.record.failures, { line, side: which, problems: plain(outcome.problems) }, this.limit);
      return;
    }
    side.count(outcome, event.emissionsTco2e);
  }

  data(): TallyData {
    return {
      ...structuredClone(this.record),
      transitions: recordOf(this.record.transitions),
      new: this.sides.new.data(),
      ...(this.sides.baseline ? { baseline: this.sides.baseline.data() } : {}),
    };
  }
}

function mergeSides(a: SideTally, b: SideTally): SideTally {
  const out = structuredClone(a);
  out.answered += b.answered;
  out.failed += b.failed;
  for (const [k, n] of Object.entries(b.obligations)) bump(out.obligations, k, n);
  for (const [k, n] of Object.entries(b.decidedBy)) bump(out.decidedBy, k, n);
  for (const [k, d] of Object.entries(b.duties)) {
    const counts = (out.duties[k] ??= { events: 0, binding: 0 });
    counts.events += d.events;
    counts.binding += d.binding;
  }
  for (const [k, e] of Object.entries(b.emissions) as [Obligation, { events: number; tco2e: string }][]) {
    const mine = out.emissions[k];
    out.emissions[k] = mine ? { events: mine.events + e.events, tco2e: formatDecimal(new ExactDecimal(mine.tco2e).plus(e.tco2e)) } : { ...e };
  }
  return {
    ...out,
    obligations: recordOf(out.obligations as Record<string, number>),
    decidedBy: recordOf(out.decidedBy),
    duties: recordOf(out.duties),
    emissions: recordOf(out.emissions as Record<string, { events: number; tco2e: string }>),
  };
}

/** The tally of two parts together; examples are the first `limit` of both by line. */
export function mergeTallies(a: TallyData, b: TallyData, limit = DEFAULT_EXAMPLES): TallyData {
  const byLine = <T extends { line: number }>(x: T[], y: T[]) => [...x, ...y].sort((p, q) => p.line - q.line).slice(0, limit);
  const aspects = { ...a.aspects };
  for (const [k, n] of Object.entries(b.aspects) as [keyof TallyData['aspects'], number][]) aspects[k] += n;
  const transitions = { ...a.transitions };
  for (const [k, n] of Object.entries(b.transitions)) bump(transitions, k, n);
  const sortedTransitions = recordOf(transitions);
  return {
    events: a.events + b.events,
    invalid: a.invalid + b.invalid,
    new: mergeSides(a.new, b.new),
    ...(a.baseline && b.baseline ? { baseline: mergeSides(a.baseline, b.baseline) } : {}),
    changed: a.changed + b.changed,
    aspects,
    transitions: sortedTransitions,
    examples: byLine(a.examples, b.examples),
    failures: byLine(a.failures, b.failures),
  };
}

/** An empty tally, to merge parts into. */
export function emptyTally(withBaseline: boolean): TallyData {
  return new Tally(withBaseline).data();
}
