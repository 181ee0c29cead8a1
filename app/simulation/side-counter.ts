// One pack's counts in a simulation as they are made (./tally.ts writes them out): maps rather than records keyed by
// codes (a code such as `not-covered` as a property name makes every count a slow lookup); an answer shared by a class
// of events counted once per event and worked out at the end; emissions summed exactly.
import { type DecimalString, ExactDecimal, formatDecimal, type Obligation } from '../../engine/index.js';
import type { Counted, SideTally } from './tally.js';

type Decimal = InstanceType<typeof ExactDecimal>;

/** Tonnes written with at most 12 digits and 3 decimals: Number() reads them exactly to the thousandth. */
const SMALL_TONNES = /^\d{1,12}(\.\d{1,3})?$/;
const FLUSH_AT = 2 ** 52;
/** Shared answers held before their events are counted out (a file whose every event is a class of its own). */
const MAX_SHARED = 50_000;

/** Map or record -> record with its keys sorted, so a tally reads the same however its parts were counted. */
export const recordOf = <V>(entries: Map<string, V> | Record<string, V>): Record<string, V> =>
  Object.fromEntries([...(entries instanceof Map ? entries : Object.entries(entries))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export class SideCounter {
  answered = 0;
  failed = 0;
  private readonly obligations = new Map<Obligation, number>();
  private readonly decidedBy = new Map<string, number>();
  private readonly duties = new Map<string, { events: number; binding: number }>();
  private readonly withEmissions = new Map<Obligation, number>();
  /** Emissions of at most 12 + 3 digits, summed in thousandths of a tonne as whole numbers (exact below 2^53). */
  private readonly thousandths = new Map<Obligation, number>();
  private readonly sums = new Map<Obligation, Decimal>();
  /** Answers shared by many events (a class's): how many events each answered, counted out by `data()`. */
  private readonly shared = new Map<Counted, number>();

  count(answer: Counted, emissions: DecimalString | undefined): void {
    this.answered++;
    if (answer.shared) {
      this.shared.set(answer, (this.shared.get(answer) ?? 0) + 1);
      if (this.shared.size > MAX_SHARED) this.flush();
    } else this.countAnswer(answer, 1);
    if (emissions !== undefined) this.addEmissions(answer.obligation, emissions);
  }

  private countAnswer(answer: Counted, events: number): void {
    const { obligation } = answer;
    this.obligations.set(obligation, (this.obligations.get(obligation) ?? 0) + events);
    // The rule that decided the obligation; an undetermined answer's (the level reached so far) is not counted.
    if (answer.decidedBy && obligation !== 'undetermined') this.decidedBy.set(answer.decidedBy, (this.decidedBy.get(answer.decidedBy) ?? 0) + events);
    for (const duty of answer.duties ?? []) {
      let counts = this.duties.get(duty.duty);
      if (!counts) this.duties.set(duty.duty, (counts = { events: 0, binding: 0 }));
      counts.events += events;
      if (duty.binding) counts.binding += events;
    }
  }

  private addEmissions(obligation: Obligation, emissions: DecimalString): void {
    this.withEmissions.set(obligation, (this.withEmissions.get(obligation) ?? 0) + 1);
    if (SMALL_TONNES.test(emissions)) {
      const sum = (this.thousandths.get(obligation) ?? 0) + Math.round(Number(emissions) * 1000);
      if (sum <= FLUSH_AT) {
        this.thousandths.set(obligation, sum);
        return;
      }
      this.thousandths.set(obligation, 0);
      this.sums.set(obligation, this.sumOf(obligation).plus(new ExactDecimal(sum).div(1000)));
      return;
    }
    this.sums.set(obligation, this.sumOf(obligation).plus(emissions));
  }

  private sumOf(obligation: Obligation): Decimal {
    return this.sums.get(obligation) ?? new ExactDecimal(0);
  }

  /** Counts out the shared answers' events. */
  private flush(): void {
    for (const [answer, events] of this.shared) this.countAnswer(answer, events);
    this.shared.clear();
  }

  data(): SideTally {
    this.flush();
    const emissions: SideTally['emissions'] = {};
    for (const [obligation, events] of [...this.withEmissions].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const total = this.sumOf(obligation).plus(new ExactDecimal(this.thousandths.get(obligation) ?? 0).div(1000));
      emissions[obligation] = { events, tco2e: formatDecimal(total) };
    }
    return {
      answered: this.answered,
      failed: this.failed,
      obligations: recordOf(this.obligations),
      emissions,
      decidedBy: recordOf(this.decidedBy),
      duties: structuredClone(recordOf(this.duties)),
    };
  }
}

