// evaluate(pack, event, { asOf, lang }) -> Determination.
//
// 1. The event is validated (bad input is rejected with every problem, never guessed around).
// 2. json-rules-engine runs every rule; each rule's result tree is read with three-valued logic, and a
//    rule not in force on the evaluation date counts as false.
// 3. Obligation: the strongest level among the rules that hold. If a rule that cannot be decided could
//    raise it, the obligation is "undetermined" and the missing facts are named.
// 4. Duties and confirmation routes come from the rules that hold; the offset policy and process from the
//    pack; the organizer's plan, when given, is checked line by line.
import type { RuleResult } from 'json-rules-engine';
import type { CalendarDate } from './calendar.js';
import type { CompiledPack } from './compile-pack.js';
import { type ConditionNode, readTruth, type Truth } from './conditions.js';
import type { Assumption, Determination, DutyResult, Question, Reason, Undecided } from './determination.js';
import { computeDue, describeDue } from './due-date.js';
import { type EventInput, validateEvent } from './event-schema.js';
import { ENGINE_FACTS, factSpec } from './fact-catalog.js';
import { DUTY_LABELS, MODE_LABELS, PHASE_LABELS } from './labels.js';
import { checkOffsetPlan, describeCheck } from './offset-check.js';
import type { Period } from './pack-schema.js';
import { InputError } from './problems.js';
import type { PlacedRule } from './resolved-pack.js';
import { summarize } from './summary.js';
import { type ConfirmationMode, type DutyId, type Lang, type ObligationLevel, obligationRank } from './vocabulary.js';

export interface EvaluateOptions {
  asOf?: CalendarDate;
  lang?: Lang;
}

interface RuleOutcome {
  rule: PlacedRule;
  truth: Truth;
  missing: string[];
}

function inForce(period: Period | undefined, asOf: CalendarDate | null): Truth {
  if (!period) return true;
  if (asOf === null) return 'unknown';
  return asOf >= period.from && (!period.until || asOf <= period.until);
}

/** Validates an event; throws InputError naming every bad field. */
export function parseEvent(input: unknown): EventInput {
  const result = validateEvent(input);
  if (!result.ok) throw new InputError('The event is not valid:', result.problems);
  return result.event;
}

export async function evaluate(compiled: CompiledPack, input: unknown, options: EvaluateOptions = {}): Promise<Determination> {
  const event = parseEvent(input);
  const { pack } = compiled;
  const lang: Lang = options.lang ?? 'zh';
  const asOf = options.asOf ?? event.startDate ?? null;

  // Facts: what the event gives, then the pack's stated assumptions for what it does not.
  const facts: Record<string, unknown> = { [ENGINE_FACTS.asOf]: asOf ?? undefined };
  const missing = new Set<string>();
  const assumptions: Assumption[] = [];
  for (const decl of pack.facts) {
    const value = factSpec(decl.name)?.read(event);
    if (value !== undefined) facts[decl.name] = value;
    else if (decl.assumeWhenMissing) {
      facts[decl.name] = decl.assumeWhenMissing.value;
      assumptions.push({ fact: decl.name, value: decl.assumeWhenMissing.value, citation: decl.assumeWhenMissing.citation });
    } else missing.add(decl.name);
  }
  if (asOf === null) missing.add(ENGINE_FACTS.asOf);

  const { results, failureResults } = await compiled.engine.run(facts);
  const resultByName = new Map([...results, ...failureResults].map((r: RuleResult) => [r.name as string, r]));
  // rulesByEngineName keeps the pack's order, so answers read in the order a bureau wrote the rules.
  const outcomes: RuleOutcome[] = [...compiled.rulesByEngineName].map(([name, rule]) => {
    const r = resultByName.get(name) as RuleResult;
    const byConditions = readTruth(r.conditions as unknown as ConditionNode, (f) => missing.has(f));
    const byDate = inForce(rule.inForce, asOf);
    const truth: Truth =
      byDate === false || byConditions.truth === false
        ? false
        : byDate === 'unknown' || byConditions.truth === 'unknown'
          ? 'unknown'
          : true;
    const missingFacts = [...byConditions.missing];
    if (byDate === 'unknown') missingFacts.push('startDate');
    return { rule, truth, missing: truth === 'unknown' ? missingFacts.map(publicFact) : [] };
  });

  const packInForce = inForce(pack.inForce, asOf);
  const warnings: string[] = [];
  if (packInForce === false) {
    warnings.push(
      lang === 'zh'
        ? `本政策施行期为 ${pack.inForce.from} 至 ${pack.inForce.until ?? '今'}，${asOf} 不在其内：任何规则均不适用。`
        : `This policy is in force ${pack.inForce.from} to ${pack.inForce.until ?? 'now'}; on ${asOf} it was not, so no rule applies.`,
    );
    for (const o of outcomes) {
      o.truth = false;
      o.missing = [];
    }
  }
  const holds = outcomes.filter((o) => o.truth === true);
  const open = outcomes.filter((o) => o.truth === 'unknown');
  const reasons: Reason[] = holds.map((o) => toReason(o.rule, lang));
  const undecided: Undecided[] = [];

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

  // Duties: one per duty id; when several rules set the same duty the earliest date wins.
  const duties = new Map<DutyId, DutyResult>();
  for (const o of holds) {
    const effect = o.rule.decides;
    if (effect.type !== 'duty') continue;
    const duty = effect.duty as DutyId;
    const due = computeDue(effect.due, event);
    const result: DutyResult = {
      duty,
      title: DUTY_LABELS[duty][lang],
      due: due.due,
      dueRule: effect.due,
      dueText: describeDue(effect.due, lang),
      applies: effect.applies,
      note: effect.note?.[lang],
      rule: o.rule.id,
      citation: o.rule.citation,
      ...(due.missingFact ? { missingFacts: [due.missingFact] } : {}),
    };
    const prior = duties.get(duty);
    if (!prior || (result.due !== null && (prior.due === null || result.due < prior.due))) duties.set(duty, result);
  }
  for (const o of open) if (o.rule.decides.type === 'duty') undecided.push(undecidedOf(`duty:${o.rule.decides.duty}`, [o]));
  const dutyDateGaps = [...duties.values()].flatMap((d) => d.missingFacts ?? []);

  // Confirmation routes
  const routes: Determination['confirmation']['routes'] = [];
  for (const o of holds) {
    if (o.rule.decides.type !== 'confirmation') continue;
    for (const mode of o.rule.decides.modes) {
      if (!routes.some((r) => r.mode === mode))
        routes.push({ mode, label: MODE_LABELS[mode][lang], rule: o.rule.id, citation: o.rule.citation });
    }
  }
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
    questions: questionsFor(missingFacts, compiled, lang),
    undecided,
    assumptions,
    warnings,
    confirmation: { modes: routes.map((r) => r.mode as ConfirmationMode), routes },
    duties: [...duties.values()],
    offsets: {
      accepted: [...(policy.accepted ?? [])]
        .sort((a, b) => a.rank - b.rank)
        .map((a) => ({
          instrument: a.instrument,
          rank: a.rank,
          standing: a.standing,
          label: a.label[lang],
          citation: a.citation,
          conditions: a.eligibility.map((c) => ({ check: c.check, text: describeCheck(c, lang), citation: c.citation })),
        })),
      excluded: (policy.excluded ?? []).map((x) => ({ instrument: x.instrument, reason: x.reason[lang], citation: x.citation })),
      encouraged: (policy.encouraged ?? []).map((e) => ({ id: e.id, text: e.text[lang], citation: e.citation })),
      retirement: (policy.retirement ?? []).map((r) => ({
        instruments: r.instruments,
        where: r.where[lang],
        citation: r.citation,
      })),
      ...(check ? { check } : {}),
    },
    process: pack.process.map((s) => ({
      id: s.id,
      phase: s.phase,
      phaseLabel: PHASE_LABELS[s.phase][lang],
      title: s.title[lang],
      detail: s.detail?.[lang],
      channel: s.channel?.[lang],
      citation: s.citation,
    })),
    reasons,
  };
  determination.summary = summarize(determination);
  return determination;
}

/** `$asOf` is the engine's name for the evaluation date; a person supplies it as the event's start date. */
function publicFact(fact: string): string {
  return fact === ENGINE_FACTS.asOf ? 'startDate' : fact;
}

function toReason(rule: PlacedRule, lang: Lang): Reason {
  const d = rule.decides;
  const decides =
    d.type === 'obligation'
      ? `obligation:${d.level}`
      : d.type === 'duty'
        ? `duty:${d.duty}`
        : `confirmation:${d.modes.join('+')}`;
  return { rule: rule.id, title: rule.title[lang], decides, origin: rule.origin, citation: rule.citation };
}

function undecidedOf(subject: string, outcomes: RuleOutcome[]): Undecided {
  return { subject, rules: unique(outcomes.map((o) => o.rule.id)), missingFacts: unique(outcomes.flatMap((o) => o.missing)) };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function questionsFor(facts: string[], compiled: CompiledPack, lang: Lang): Question[] {
  return facts.map((fact) => {
    const decl = compiled.pack.facts.find((f) => f.name === fact);
    if (decl) return { fact, question: decl.question[lang] };
    const line = /^offsets\[(\d+)\]\.(\w+)$/.exec(fact);
    if (line) return { fact, question: offsetLineQuestion(Number(line[1]), line[2] as string, lang) };
    return { fact, question: GENERIC_QUESTIONS[fact]?.[lang] ?? fact };
  });
}

const LINE_FIELDS: Record<string, { zh: string; en: string }> = {
  projectRegion: { zh: '项目所在地（GB/T 2260 代码）', en: 'project region (GB/T 2260 code)' },
  vintageStart: { zh: '减排量产生起始日期', en: 'first day the reductions were generated' },
  projectStartDate: { zh: '项目投入运行日期', en: 'date the project started operating' },
  projectType: { zh: '项目类型', en: 'project type' },
  newProject: { zh: '是否为新建项目', en: 'whether it is a newly built project' },
};

function offsetLineQuestion(index: number, field: string, lang: Lang): string {
  const name = LINE_FIELDS[field]?.[lang] ?? field;
  return lang === 'zh' ? `抵消计划 offsets[${index}] 的${name}是什么？` : `What is the ${name} of offset line offsets[${index}]?`;
}

const GENERIC_QUESTIONS: Record<string, { zh: string; en: string }> = {
  startDate: { zh: '活动何时开始（YYYY-MM-DD）？', en: 'When does the event start (YYYY-MM-DD)?' },
  endDate: { zh: '活动何时结束（YYYY-MM-DD）？', en: 'When does the event end (YYYY-MM-DD)?' },
  emissionsTco2e: { zh: '活动的温室气体排放量是多少（吨CO2e）？', en: "What are the event's emissions (tCO2e)?" },
};
