// explainEvent(compiled, event, { asOf, lang, readings }): why each rule of the pack held, failed or was unknown for
// the event. The one function behind `tanzhong evaluate --explain`, `POST /v1/evaluate?explain=1` and the organizer
// page's explanation. It reads the event as the engine does (the same facts, assumptions, readings and dates) and
// walks each condition tree itself (./explain-tree.ts); test/explain-agreement.test.ts checks that every rule's status
// is the engine's own. It is computed only when asked: an answer never pays for it.
import type { CalendarDate } from '../calendar.js';
import type { CompiledPack } from '../compile-pack.js';
import { describeDue } from '../due-date.js';
import { parseEvent } from '../evaluate.js';
import { ENGINE_FACTS } from '../fact-catalog.js';
import { EXPLAIN_WORDS } from '../lexicon/diff-explain.js';
import { OBLIGATION_LABELS } from '../lexicon/vocabulary.js';
import { fill, list } from '../lexicon/words.js';
import type { Period } from '../pack-schema.js';
import { chooseReadings, firstDayUnder, type ReadingChoice } from '../readings.js';
import type { PlacedRule, ResolvedPack } from '../resolved-pack.js';
import { inForce, knownFacts } from '../rule-outcomes.js';
import { dutyLabel, modeLabel } from '../terms.js';
import type { Lang } from '../vocabulary.js';
import type { Truth } from '../conditions.js';
import { decidingTests, explainTree, missingFactsOf, type TreeContext } from './explain-tree.js';
import type { ExplainedRule, ExplainStatus, Explanation, PeriodStatus } from './explanation.js';

export interface ExplainOptions {
  /** The evaluation date (an answer's `asOf`); default: the event's start date. */
  asOf?: CalendarDate | null;
  lang?: Lang;
  /** reading id -> option id; a reading the pack does not have is set aside (a base pack answering for a city's). */
  readings?: ReadingChoice;
}

const periodStatus = (truth: Truth): PeriodStatus => (truth === 'unknown' ? 'unknown' : truth ? 'in-force' : 'outside');

function periodWords(period: Period, asOf: CalendarDate | null, template: { zh: string; en: string }, lang: Lang): string {
  return fill(template[lang], { from: period.from, until: period.until ?? EXPLAIN_WORDS.openEnd[lang], asOf: asOf ?? '' });
}

export function decidesWords(rule: PlacedRule, pack: ResolvedPack, lang: Lang): string {
  const d = rule.decides;
  if (d.type === 'obligation') return fill(EXPLAIN_WORDS.decidesObligation[lang], { level: OBLIGATION_LABELS[d.level][lang] });
  if (d.type === 'duty') return fill(EXPLAIN_WORDS.decidesDuty[lang], { duty: dutyLabel(pack, d.duty)[lang], due: describeDue(d.due, lang) });
  return fill(EXPLAIN_WORDS.decidesConfirmation[lang], { modes: list(d.modes.map((m) => modeLabel(pack, m)[lang]), lang) });
}

function decidesCode(rule: PlacedRule): string {
  const d = rule.decides;
  return d.type === 'obligation' ? `obligation:${d.level}` : d.type === 'duty' ? `duty:${d.duty}` : `confirmation:${d.modes.join('+')}`;
}

/** `$asOf` is the engine's name for the evaluation date; a person supplies it as the start date. */
const publicFact = (fact: string) => (fact === ENGINE_FACTS.asOf ? 'startDate' : fact);

export function explainEvent(compiled: CompiledPack, input: unknown, options: ExplainOptions = {}): Explanation {
  const { pack } = compiled;
  const lang = options.lang ?? 'zh';
  const event = parseEvent(input);
  const asked = Object.fromEntries(Object.entries(options.readings ?? {}).filter(([id]) => pack.readings.some((r) => r.id === id)));
  const choice = chooseReadings(pack, asked);
  const asOf = options.asOf ?? event.startDate ?? null;
  const packPeriod: Period = { ...pack.inForce, from: firstDayUnder(pack, choice) };
  const packTruth = inForce(packPeriod, asOf);
  const known = knownFacts(pack, event, asOf, choice);
  const ctx: TreeContext = {
    lang,
    facts: pack.facts,
    readings: pack.readings,
    view: { facts: known.facts, missing: known.missing, inapplicable: known.inapplicable },
    assumptions: known.assumptions,
  };
  const notes: string[] = [];
  if (packTruth === false) notes.push(periodWords(packPeriod, asOf, EXPLAIN_WORDS.packOutside, lang));
  if (asOf === null) notes.push(EXPLAIN_WORDS.periodUnknown[lang]);

  const rules = compiled.rules.map(({ rule }): ExplainedRule => {
    const conditions = explainTree(rule.conditions as never, ctx);
    const byDate = inForce(rule.inForce, asOf);
    let status: ExplainStatus;
    let because: string[];
    if (packTruth === false) {
      status = 'failed';
      because = [periodWords(packPeriod, asOf, EXPLAIN_WORDS.packOutside, lang)];
    } else if (byDate === false) {
      status = 'failed';
      because = [periodWords(rule.inForce as Period, asOf, EXPLAIN_WORDS.periodOutside, lang)];
    } else if (conditions.status === 'failed') {
      status = 'failed';
      because = decidingTests(conditions);
    } else {
      status = byDate === 'unknown' ? 'unknown' : conditions.status;
      because = [...(byDate === 'unknown' ? [EXPLAIN_WORDS.periodUnknown[lang]] : []), ...decidingTests(conditions)];
    }
    const missing = status === 'unknown' ? [...missingFactsOf(conditions).map(publicFact), ...(byDate === 'unknown' ? ['startDate'] : [])] : [];
    return {
      rule: rule.id,
      title: rule.title[lang],
      origin: rule.origin,
      decides: decidesCode(rule),
      decidesText: decidesWords(rule, pack, lang),
      status,
      ...(rule.inForce ? { period: rule.inForce } : {}),
      periodStatus: periodStatus(byDate),
      missingFacts: [...new Set(missing)],
      because,
      conditions,
      citation: rule.citation,
    };
  });
  return { pack: { id: pack.id, version: pack.version }, asOf, lang, packPeriod, packStatus: periodStatus(packTruth), notes, rules };
}

