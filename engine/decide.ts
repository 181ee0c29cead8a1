// What the rules decide for an event, as codes: every rule's three-valued truth on the evaluation date, the
// obligation and the rule that decided it, the duties with their dates, the confirmation routes and the offset
// plan check. engine/evaluate.ts puts words on it; decision-only answers (`detail: 'decision'`) use it as it is.
import { confirmationOf } from './answer-parts.js';
import type { CalendarDate } from './calendar.js';
import type { CompiledPack } from './compile-pack.js';
import type { Determination, DutyResult, OffsetCheck, Undecided } from './determination.js';
import { collectDuties, governsNoLine } from './duty-results.js';
import type { EventInput } from './event-schema.js';
import { planEstimate } from './estimate/plan-estimate.js';
import { checkOffsetPlan } from './offset-check.js';
import type { Period } from './pack-schema.js';
import { firstDayUnder, type ReadingChoice } from './readings.js';
import type { PlacedRule } from './resolved-pack.js';
import { inForce, type KnownFacts, knownFacts, type RuleOutcome, undecidedOf, unique } from './rule-outcomes.js';
import type { Truth } from './conditions.js';
import { type Lang, type Obligation, type ObligationLevel, obligationRank } from './vocabulary.js';

/** How the rules' truths are found: compiled functions (the default) or json-rules-engine (the reference). */
export type OutcomeSource = (compiled: CompiledPack, known: KnownFacts, asOf: CalendarDate | null) => RuleOutcome[] | Promise<RuleOutcome[]>;

export interface Core {
  event: EventInput;
  asOf: CalendarDate | null;
  packPeriod: Period;
  packInForce: Truth;
  known: KnownFacts;
  /** Every rule's outcome, in the pack's order. */
  outcomes: RuleOutcome[];
  holds: RuleOutcome[];
  obligation: Obligation;
  best?: ObligationLevel;
  atLeast?: ObligationLevel;
  decisive?: PlacedRule;
  undecided: Undecided[];
  missingFacts: string[];
  duties: DutyResult[];
  outOfRange: string[];
  confirmation: Determination['confirmation'];
  check?: OffsetCheck;
}

export async function decide(
  compiled: CompiledPack,
  event: EventInput,
  choice: ReadingChoice,
  asOfOption: CalendarDate | undefined,
  lang: Lang,
  outcomesOf: OutcomeSource,
): Promise<Core> {
  const { pack } = compiled;
  const asOf = asOfOption ?? event.startDate ?? null;
  const packPeriod: Period = { ...pack.inForce, from: firstDayUnder(pack, choice) };
  const known = knownFacts(pack, event, asOf, choice);
  const outcomes = await outcomesOf(compiled, known, asOf);

  const packInForce = inForce(packPeriod, asOf);
  if (packInForce === false) {
    for (const o of outcomes) {
      o.truth = false;
      o.missing = [];
    }
  }
  const holds = outcomes.filter((o) => o.truth === true && !governsNoLine(o.rule, event.offsets));
  const open = outcomes.filter((o) => o.truth === 'unknown');
  const undecided: Undecided[] = [];

  // Obligation: the strongest level that holds, and the first rule (in the pack's order) that decides it.
  let best: ObligationLevel | undefined;
  let decisive: PlacedRule | undefined;
  for (const o of holds) {
    if (o.rule.decides.type === 'obligation' && (!best || obligationRank(o.rule.decides.level) > obligationRank(best))) {
      best = o.rule.decides.level;
      decisive = o.rule;
    }
  }
  const floor = obligationRank(best ?? 'not-covered');
  const raisers = open.filter((o) => o.rule.decides.type === 'obligation' && obligationRank(o.rule.decides.level) > floor);
  // Without any date, whether the policy applies at all is unknown: say so rather than assume it is in force.
  const periodUnknown = packInForce === 'unknown';
  if (raisers.length || periodUnknown) {
    const entry = undecidedOf('obligation', raisers);
    if (periodUnknown) entry.missingFacts = unique([...entry.missingFacts, 'startDate']);
    undecided.push(entry);
  }
  const obligation: Obligation = raisers.length || periodUnknown ? 'undetermined' : (best ?? 'not-covered');
  const atLeast = obligation === 'undetermined' && best && packInForce === true ? best : undefined;

  // Duties: one per duty id (engine/duty-results.ts says which rule governs when several set one).
  const { duties, outOfRange } = collectDuties(holds, event, obligation, pack, lang);
  for (const o of open) if (o.rule.decides.type === 'duty') undecided.push(undecidedOf(`duty:${o.rule.decides.duty}`, [o]));

  const confirmation = confirmationOf(holds, pack, lang);
  const openConfirmation = open.filter((o) => o.rule.decides.type === 'confirmation');
  if (openConfirmation.length) undecided.push(undecidedOf('confirmation', openConfirmation));

  // Without emissions, the plan is checked against the estimate of the event's activity data, said to be one.
  const estimated = event.offsets?.length && event.emissionsTco2e === undefined && event.activity ? planEstimate(event.activity, pack, lang) : undefined;
  const check = event.offsets?.length ? checkOffsetPlan(event.offsets, event.emissionsTco2e ?? estimated?.totalTco2e, pack.offsets, lang) : undefined;
  if (check && estimated) check.estimate = estimated;
  if (check) {
    const lineGaps = check.lines.flatMap((l) => l.missingFacts);
    const planGaps = check.emissions === null ? ['emissionsTco2e', ...lineGaps] : lineGaps;
    if (planGaps.length) undecided.push({ subject: 'offsets', rules: [], missingFacts: planGaps });
  }
  const missingFacts = unique([...undecided.flatMap((u) => u.missingFacts), ...duties.flatMap((d) => d.missingFacts ?? [])]);
  return {
    event,
    asOf,
    packPeriod,
    packInForce,
    known,
    outcomes,
    holds,
    obligation,
    ...(best ? { best } : {}),
    ...(atLeast ? { atLeast } : {}),
    ...(decisive ? { decisive } : {}),
    undecided,
    missingFacts,
    duties,
    outOfRange,
    confirmation,
    ...(check ? { check } : {}),
  };
}

/** The rule that decided the obligation, when the answer (or the level it has reached) is known. */
export function decidedByOf(core: Core): Determination['decidedBy'] {
  const { decisive, best, obligation, atLeast } = core;
  if (!decisive || !best || (obligation !== best && !atLeast)) return undefined;
  return { rule: decisive.id, level: best, origin: decisive.origin, citation: decisive.citation };
}
