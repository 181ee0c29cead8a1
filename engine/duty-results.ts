// The dated duties of an answer: one per duty id, from the rules that hold.
//
// When several rules set the same duty, a dated one governs an undated one (`anchor: none`), even when its
// date cannot be computed yet (the missing fact is then asked), and among dated ones the earliest date wins.
// A duty that `governs` some offset lines only (e.g. bought credits, not a new forestry sink) holds for a
// plan only when the plan has such lines, and lists them.
import type { DutyResult } from './determination.js';
import { computeDue, describeDue } from './due-date.js';
import type { EventInput, OffsetLine } from './event-schema.js';
import type { Governs, Rule } from './pack-schema.js';
import type { ResolvedPack } from './resolved-pack.js';
import { dutyLabel } from './terms.js';
import type { Lang, Obligation } from './vocabulary.js';

export interface HoldingDutyRule {
  rule: Pick<Rule, 'id' | 'decides' | 'citation'>;
}

export interface DutyCollection {
  duties: DutyResult[];
  /** Duties whose date would fall outside the calendar (0001–9999). */
  outOfRange: string[];
}

function lineIn(line: OffsetLine, pattern: Governs['lines']): boolean {
  if (pattern.instrument && !pattern.instrument.includes(line.instrument)) return false;
  if (pattern.newProject !== undefined && line.newProject !== pattern.newProject) return false;
  return true;
}

/** The plan's lines a duty governs; undefined when there is no plan (the label then says what it governs). */
export function governedLines(governs: Governs, offsets: OffsetLine[] | undefined): number[] | undefined {
  if (!offsets?.length) return undefined;
  const wanted = governs.match === 'matching';
  return offsets.flatMap((line, i) => (lineIn(line, governs.lines) === wanted ? [i] : []));
}

/** A duty rule that governs some offset lines only does not hold for a plan that has none of them. */
export function governsNoLine(rule: Pick<Rule, 'decides'>, offsets: OffsetLine[] | undefined): boolean {
  const effect = rule.decides;
  return effect.type === 'duty' && effect.governs !== undefined && governedLines(effect.governs, offsets)?.length === 0;
}

function governsOver(a: DutyResult, b: DutyResult): boolean {
  const aDated = a.dueRule.anchor !== 'none';
  const bDated = b.dueRule.anchor !== 'none';
  if (aDated !== bDated) return aDated;
  if (a.due !== null && b.due !== null) return a.due < b.due;
  return a.due !== null && b.due === null;
}

/** `pack` names the duties: a declared duty's title is the declaring pack's. */
export function collectDuties(
  holding: HoldingDutyRule[],
  event: EventInput,
  obligation: Obligation,
  pack: Pick<ResolvedPack, 'vocabulary'>,
  lang: Lang,
): DutyCollection {
  const byDuty = new Map<string, DutyResult>();
  const outOfRange: string[] = [];
  for (const { rule } of holding) {
    const effect = rule.decides;
    if (effect.type !== 'duty') continue;
    const duty = effect.duty;
    let governs: DutyResult['governs'];
    if (effect.governs) {
      const lines = governedLines(effect.governs, event.offsets);
      governs = { label: effect.governs.label[lang], ...(lines ? { lines } : {}) };
    }
    const due = computeDue(effect.due, event);
    if (due.outOfRange) outOfRange.push(duty);
    const result: DutyResult = {
      duty,
      title: dutyLabel(pack, duty)[lang],
      due: due.due,
      dueRule: effect.due,
      dueText: describeDue(effect.due, lang),
      applies: effect.applies,
      binding: effect.applies === 'always' || obligation === 'required',
      ...(governs ? { governs } : {}),
      note: effect.note?.[lang],
      rule: rule.id,
      citation: rule.citation,
      ...(due.missingFact ? { missingFacts: [due.missingFact] } : {}),
    };
    const prior = byDuty.get(duty);
    if (!prior || governsOver(result, prior)) byDuty.set(duty, result);
  }
  return { duties: [...byDuty.values()], outOfRange };
}
