// evaluate(pack, event, { asOf, lang }) -> Determination.
//
// 1. The event is validated (bad input is rejected with every problem, never guessed around).
// 2. json-rules-engine runs every rule; each rule's result tree is read with three-valued logic, and a
//    rule not in force on the evaluation date counts as false.
// 3. Obligation: the strongest level among the rules that hold. If a rule that cannot be decided could
//    raise it, the obligation is "undetermined" and the missing facts are named.
// 4. Duties and confirmation routes come from the rules that hold; the offset policy and process from the
//    pack; the organizer's plan, when given, is checked line by line.
// 5. Contested readings: the answer is given under the chosen (else default) option of each reading, and
//    each reading whose other options would change it is listed with what they would give.
import { confirmationOf, offsetsOf, processOf, reasonOf, removedOf } from './answer-parts.js';
import type { CalendarDate } from './calendar.js';
import type { CompiledPack } from './compile-pack.js';
import type { Determination, ReadingView } from './determination.js';
import { collectDuties, governsNoLine } from './duty-results.js';
import { checkEventFacts } from './event-facts.js';
import { type EventInput, validateEvent } from './event-schema.js';
import { checkOffsetPlan } from './offset-check.js';
import type { Period } from './pack-schema.js';
import { InputError } from './problems.js';
import { questionsFor } from './questions.js';
import {
  chooseReadings,
  firstDayUnder,
  type Outcome,
  type ReadingChoice,
  readingView,
  relevantReadings,
} from './readings.js';
import { inForce, knownFacts, ruleOutcomes, undecidedOf, unique } from './rule-outcomes.js';
import { summarize } from './summary.js';
import { type Lang, type ObligationLevel, obligationRank } from './vocabulary.js';

export interface EvaluateOptions {
  asOf?: CalendarDate;
  lang?: Lang;
  /** reading id -> option id: answer under another option than the pack's default. */
  readings?: ReadingChoice;
}

/** Validates an event; throws InputError naming every bad field. */
export function parseEvent(input: unknown): EventInput {
  const result = validateEvent(input);
  if (!result.ok) throw new InputError('The event is not valid:', result.problems);
  return result.event;
}

export async function evaluate(compiled: CompiledPack, input: unknown, options: EvaluateOptions = {}): Promise<Determination> {
  const event = parseEvent(input);
  checkEventFacts(compiled.pack, event);
  const lang: Lang = options.lang ?? 'zh';
  const asked = options.readings ?? {};
  const choice = chooseReadings(compiled.pack, asked);
  const determination = await determine(compiled, event, choice, options.asOf, lang);
  determination.readings = await readingsOf(compiled, event, choice, asked, determination, options.asOf, lang);
  return determination;
}

function outcomeOf(d: Determination): Outcome {
  const duties = d.duties.map((x) => `${x.duty}:${x.due}:${x.governs?.lines?.join(',') ?? ''}`).join('|');
  return { obligation: d.obligation, summary: d.summary, key: `${d.obligation}#${duties}#${d.confirmation.modes.join(',')}` };
}

/** Every reading whose other options would answer differently, with what they would give. */
async function readingsOf(
  compiled: CompiledPack,
  event: EventInput,
  choice: ReadingChoice,
  asked: ReadingChoice,
  answer: Determination,
  asOf: CalendarDate | undefined,
  lang: Lang,
): Promise<ReadingView[]> {
  const views: ReadingView[] = [];
  const key = outcomeOf(answer).key;
  for (const reading of relevantReadings(compiled.pack, compiled.readFacts)) {
    const used = choice[reading.id] as string;
    const alternatives: { option: string; outcome: Outcome }[] = [];
    for (const option of reading.options) {
      if (option.id === used) continue;
      const other = await determine(compiled, event, { ...choice, [reading.id]: option.id }, asOf, lang);
      alternatives.push({ option: option.id, outcome: outcomeOf(other) });
    }
    if (alternatives.some((a) => a.outcome.key !== key)) views.push(readingView(reading, used, reading.id in asked, alternatives, lang));
  }
  return views;
}

async function determine(
  compiled: CompiledPack,
  event: EventInput,
  choice: ReadingChoice,
  asOfOption: CalendarDate | undefined,
  lang: Lang,
): Promise<Determination> {
  const { pack } = compiled;
  const asOf = asOfOption ?? event.startDate ?? null;
  const packPeriod: Period = { ...pack.inForce, from: firstDayUnder(pack, choice) };

  const known = knownFacts(pack, event, asOf, choice);
  const outcomes = await ruleOutcomes(compiled, known, asOf);

  const packInForce = inForce(packPeriod, asOf);
  const warnings: string[] = [];
  if (packInForce === false) {
    warnings.push(
      lang === 'zh'
        ? `本政策施行期为 ${packPeriod.from} 至 ${packPeriod.until ?? '今'}，${asOf} 不在其内：任何规则均不适用。`
        : `This policy is in force ${packPeriod.from} to ${packPeriod.until ?? 'now'}; on ${asOf} it was not, so no rule applies.`,
    );
    for (const o of outcomes) {
      o.truth = false;
      o.missing = [];
    }
  }
  const holds = outcomes.filter((o) => o.truth === true && !governsNoLine(o.rule, event.offsets));
  const open = outcomes.filter((o) => o.truth === 'unknown');
  const reasons = holds.map((o) => reasonOf(o.rule, lang));
  const undecided: Determination['undecided'] = [];

  // Obligation
  let best: ObligationLevel | undefined;
  for (const o of holds) {
    if (o.rule.decides.type === 'obligation' && (!best || obligationRank(o.rule.decides.level) > obligationRank(best))) {
      best = o.rule.decides.level;
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
  const obligation = raisers.length || periodUnknown ? 'undetermined' : (best ?? 'not-covered');

  // Duties: one per duty id (engine/duty-results.ts says which rule governs when several set one).
  const { duties, outOfRange } = collectDuties(holds, event, obligation, pack, lang);
  for (const duty of outOfRange) {
    warnings.push(
      lang === 'zh'
        ? `“${duties.find((d) => d.duty === duty)?.title}”的期限将晚于 9999-12-31，无法给出日期：请核对活动日期。`
        : `The due date of "${duties.find((d) => d.duty === duty)?.title}" would fall after 9999-12-31: check the event's dates.`,
    );
  }
  for (const o of open) if (o.rule.decides.type === 'duty') undecided.push(undecidedOf(`duty:${o.rule.decides.duty}`, [o]));
  const dutyDateGaps = duties.flatMap((d) => d.missingFacts ?? []);

  // Confirmation routes
  const confirmation = confirmationOf(holds, pack, lang);
  const openConfirmation = open.filter((o) => o.rule.decides.type === 'confirmation');
  if (openConfirmation.length) undecided.push(undecidedOf('confirmation', openConfirmation));

  // Offsets
  const policy = pack.offsets;
  const check = event.offsets?.length ? checkOffsetPlan(event.offsets, event.emissionsTco2e, policy, lang) : undefined;
  if (check) {
    const lineGaps = check.lines.flatMap((l) => l.missingFacts);
    const planGaps = check.emissions === null ? ['emissionsTco2e', ...lineGaps] : lineGaps;
    if (planGaps.length) undecided.push({ subject: 'offsets', rules: [], missingFacts: planGaps });
  }

  const missingFacts = unique([...undecided.flatMap((u) => u.missingFacts), ...dutyDateGaps]);
  const determination: Determination = {
    pack: { id: pack.id, version: pack.version, title: pack.title[lang], chain: pack.chain },
    asOf,
    lang,
    obligation,
    ...(obligation === 'undetermined' && best && packInForce === true ? { obligationAtLeast: best } : {}),
    summary: '',
    missingFacts,
    questions: questionsFor(missingFacts, pack.facts, lang),
    undecided,
    assumptions: known.assumptions,
    readings: [],
    warnings,
    confirmation,
    duties,
    offsets: offsetsOf(policy, check, lang),
    process: processOf(pack, lang),
    reasons,
  };
  const removed = removedOf(pack, lang);
  if (removed.length) determination.removed = removed;
  determination.summary = summarize(determination);
  return determination;
}
