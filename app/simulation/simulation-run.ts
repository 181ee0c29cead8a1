// One simulation under way: each event is validated once (a plain one at a glance, ./plain-event.ts), answered by
// the new pack and, when there is one, by the baseline, and counted (./tally.ts). An event that is not valid is counted
// as such with its problems; an event a pack cannot answer (a custom fact it does not declare) is that pack's
// failure. Errors of any other kind are bugs and are thrown. Answers are synchronous on the memo's hits, so an event
// costs no promise unless a pack must decide it in full; and its due dates are worked out only when the two packs'
// classes could give it different ones. An event may come with readings and a date of its own (a decision of the
// log, replayed): both packs answer it under them.
import { type Decision, type EventInput, InputError, validateEvent } from '../../engine/index.js';
import { type AnswerSummary, changedAspects, summaryOf } from './answer-summary.js';
import { type Answer, type Asked, type ClassAnswer, type Decider, isClassAnswer } from './decider.js';
import { sameDutyRules } from './due-dates.js';
import { plainEvent } from './plain-event.js';
import { type Change, type ExampleSide, type Failure, Tally } from './tally.js';

export interface SimulationPacks {
  /** The pack simulated. */
  pack: Decider;
  /** The pack it is compared with. */
  baseline?: Decider;
}

type Pending<T> = T | Promise<T>;
type Outcome = Answer | Failure;

const failed = (o: Outcome): o is Failure => 'problems' in o;

function failure(error: unknown): Failure {
  if (error instanceof InputError) return { problems: error.problems };
  throw error;
}

/** What `decider` gives for `event`: an answer, or the problems that kept it from answering. */
function settle(decider: Decider, event: EventInput, asked: Asked | undefined): Pending<Outcome> {
  try {
    const answered = decider.answer(event, asked);
    return answered instanceof Promise ? answered.catch(failure) : answered;
  } catch (error) {
    return failure(error);
  }
}

const sortedText = (items: readonly string[]) => [...new Set(items)].sort().join('\u0000');

/** Two classes give every event the same answer, whatever its dates. */
function sameAnswers(a: ClassAnswer, b: ClassAnswer): boolean {
  return (
    a.obligation === b.obligation &&
    a.obligationAtLeast === b.obligationAtLeast &&
    sortedText(a.modes) === sortedText(b.modes) &&
    sortedText(a.undecided) === sortedText(b.undecided) &&
    sameDutyRules(a.dutyRules, b.dutyRules)
  );
}

/**
 * An event as an example shows it. One with an offset plan was always shown as the schema returns it, its fields in the
 * schema's order (a plain one without a plan as it was given); now that a plain plan is taken at a glance, such an
 * event is put back in that order, so the examples read as before.
 */
function asShown(event: EventInput): EventInput {
  if (event.offsets === undefined) return event;
  const valid = validateEvent(event);
  return valid.ok ? valid.event : event;
}

/** Pairs of classes remembered at most. */
const MAX_PAIRS = 100_000;
/** Ids below this (2^26 each) make an exact numeric pair key (below 2^52). */
const PAIR_ID_LIMIT = 2 ** 26;

export class SimulationRun {
  readonly tally: Tally;
  /** (new class, baseline class) -> whether they answer alike. */
  private readonly pairs = new Map<number, boolean>();

  constructor(
    private readonly packs: SimulationPacks,
    examples?: number,
  ) {
    this.tally = new Tally(Boolean(packs.baseline), examples);
  }

  /** A line that could not be read as an event at all (not JSON, a bad CSV record). */
  unreadable(line: number, problems: InputError['problems']): void {
    this.tally.invalidEvent(line, problems);
  }

  /** The event read from `line`, as given (it is validated here), asked under `asked` (default: the packs' own). */
  add(line: number, raw: unknown, asked?: Asked): Pending<void> {
    const plain = plainEvent(raw);
    if (plain) return this.addValid(line, plain, asked);
    const valid = validateEvent(raw);
    if (!valid.ok) return this.tally.invalidEvent(line, valid.problems);
    return this.addValid(line, valid.event, asked);
  }

  /** An event already validated. */
  addValid(line: number, event: EventInput, asked?: Asked): Pending<void> {
    const { pack, baseline } = this.packs;
    const after = settle(pack, event, asked);
    const before = baseline ? settle(baseline, event, asked) : undefined;
    if (after instanceof Promise || before instanceof Promise) return Promise.all([after, before]).then(([a, b]) => this.count(line, event, asked, a, b));
    this.count(line, event, asked, after, before);
  }

  private count(line: number, event: EventInput, asked: Asked | undefined, after: Outcome, before: Outcome | undefined): void {
    const change = before ? this.change(event, asked, after, before) : undefined;
    this.tally.event(line, change ? asShown(event) : event, after, before, change);
  }

  /** How the event's answer changes from the baseline to the new pack; undefined when it does not. */
  private change(event: EventInput, asked: Asked | undefined, after: Outcome, before: Outcome): Change | undefined {
    if (failed(after) || failed(before)) {
      if (failed(after) === failed(before)) return undefined;
      return { aspects: ['answered'], before: this.shown(before, event, asked, 'baseline'), after: this.shown(after, event, asked, 'pack') };
    }
    if (isClassAnswer(after) && isClassAnswer(before)) {
      // Class ids keep counting when a memo is cleared: a pair is remembered only while both ids fit the key exactly.
      const keyed = after.id < PAIR_ID_LIMIT && before.id < PAIR_ID_LIMIT;
      const pair = after.id * PAIR_ID_LIMIT + before.id;
      let same = keyed ? this.pairs.get(pair) : undefined;
      if (same === undefined) {
        same = sameAnswers(after, before);
        if (this.pairs.size >= MAX_PAIRS) this.pairs.clear();
        if (keyed) this.pairs.set(pair, same);
      }
      if (same) return undefined;
    }
    const a = this.full(after, event, asked, 'pack');
    const b = this.full(before, event, asked, 'baseline');
    const aspects = changedAspects(b, a);
    return aspects.length ? { aspects, before: { answer: summaryOf(b) }, after: { answer: summaryOf(a) } } : undefined;
  }

  private full(answer: Answer, event: EventInput, asked: Asked | undefined, which: 'pack' | 'baseline'): AnswerSummary | Decision {
    return isClassAnswer(answer) ? (this.packs[which] as Decider).decisionOf(answer, event, asked) : answer;
  }

  private shown(outcome: Outcome, event: EventInput, asked: Asked | undefined, which: 'pack' | 'baseline'): ExampleSide {
    return failed(outcome) ? outcome : { answer: summaryOf(this.full(outcome, event, asked, which)) };
  }
}
