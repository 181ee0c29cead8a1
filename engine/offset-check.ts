// Checking an organizer's offset plan against a pack's offset policy: a verdict per line, the order against
// the pack's ranking (a warning, never an error: the texts recommend an order, none imposes one), repeated
// serials, and the exact total. None of the seeded texts closes its list of instruments, so an instrument the
// pack neither accepts nor excludes still counts, as `discouraged`; `ineligible` is kept for explicit bars.
import type { Decimal } from 'decimal.js';
import { formatDecimal, sumDecimals, toDecimal } from './decimal.js';
import type { LineReason, LineVerdict, OffsetCheck, OffsetLineCheck } from './determination.js';
import type { OffsetLine } from './event-schema.js';
import type { OffsetPolicy } from './offset-policy-schema.js';
import { approvedBeforeReason, describeCheck, exemptionOf, failMessage, runCheck } from './eligibility-checks.js';
import { factName, planLine } from './lexicon/facts.js';
import { LINE_REASONS } from './lexicon/offset-sentences.js';
import { INSTRUMENT_LABELS } from './lexicon/vocabulary.js';
import { capital, fill, paren } from './lexicon/words.js';
import { regionWithin } from './region.js';
import type { Lang } from './vocabulary.js';

const SEVERITY: Record<LineVerdict, number> = { eligible: 0, discouraged: 1, undetermined: 2, ineligible: 3 };
const worse = (a: LineVerdict, b: LineVerdict): LineVerdict => (SEVERITY[b] > SEVERITY[a] ? b : a);

function checkLine(line: OffsetLine, index: number, policy: OffsetPolicy, lang: Lang): OffsetLineCheck {
  const result: OffsetLineCheck = {
    index,
    instrument: line.instrument,
    quantityTco2e: line.quantityTco2e,
    rank: null,
    verdict: 'eligible',
    counted: false,
    reasons: [],
    missingFacts: [],
  };
  const name = INSTRUMENT_LABELS[line.instrument][lang];
  const excluded = policy.excluded?.find((x) => x.instrument === line.instrument);
  if (excluded) {
    result.verdict = 'ineligible';
    result.reasons.push({ code: 'excluded', message: excluded.reason[lang], citation: excluded.citation });
    return result;
  }
  const accepted = policy.accepted?.find((a) => a.instrument === line.instrument);
  if (!accepted) {
    result.verdict = 'discouraged';
    const why = policy.unlisted;
    result.reasons.push({
      code: 'not-listed',
      message: fill(LINE_REASONS.notListed[lang], { instrument: name, why: why ? paren(why.reason[lang], lang) : '' }),
      citation: why?.citation,
    });
    return result;
  }
  result.rank = accepted.rank;
  result.reasons.push({
    code: 'accepted',
    message: fill(LINE_REASONS.accepted[lang], { instrument: accepted.label[lang], rank: accepted.rank }),
    citation: accepted.citation,
  });
  if (accepted.standing === 'discouraged') result.verdict = 'discouraged';
  for (const check of accepted.eligibility) {
    const outcome = runCheck(check, line);
    if (outcome === 'pass') continue;
    const exemption = exemptionOf(check, line, index, lang);
    if (exemption === 'exempt') {
      result.reasons.push(approvedBeforeReason(check, line, lang));
      continue;
    }
    if (outcome === 'fail' && typeof exemption === 'object') {
      // It fails today's condition; whether it was approved under the old rules decides.
      result.verdict = worse(result.verdict, 'undetermined');
      result.missingFacts.push(exemption.fact);
      result.reasons.push({ code: check.check, message: failMessage(check, line, lang), citation: check.citation }, exemption.reason);
      continue;
    }
    if (outcome === 'fail') {
      result.verdict = worse(result.verdict, check.onFail);
      result.reasons.push({ code: check.check, message: failMessage(check, line, lang), citation: check.citation });
    } else {
      result.verdict = worse(result.verdict, 'undetermined');
      const fact = `offsets[${index}].${String(outcome.missing)}`;
      result.missingFacts.push(fact);
      result.reasons.push({
        code: `${check.check}:missing`,
        message: fill(LINE_REASONS.missing[lang], { fact: factName(fact, lang), check: describeCheck(check, lang) }),
        citation: check.citation,
      });
    }
  }
  for (const origin of policy.encouraged ?? []) {
    if (origin.regions && line.projectRegion && origin.regions.some((r) => regionWithin(line.projectRegion as string, r))) {
      result.reasons.push({ code: 'encouraged-origin', message: origin.text[lang], citation: origin.citation });
    }
  }
  return result;
}

function markRepeatedSerials(lines: OffsetLineCheck[], plan: OffsetLine[], policy: OffsetPolicy, lang: Lang) {
  const bySerial = new Map<string, number[]>();
  plan.forEach((line, i) => {
    if (line.serial) bySerial.set(line.serial, [...(bySerial.get(line.serial) ?? []), i]);
  });
  const duplicates: { serial: string; lines: number[] }[] = [];
  for (const [serial, indexes] of bySerial) {
    if (indexes.length < 2) continue;
    duplicates.push({ serial, lines: indexes });
    for (const i of indexes.slice(1)) {
      const line = lines[i];
      if (!line) continue;
      line.verdict = 'ineligible';
      line.reasons.push({
        code: 'serial-repeated',
        message: fill(LINE_REASONS.serialRepeated[lang], { serial, line: planLine(indexes[0] as number, lang) }),
        citation: policy.noReuse?.citation,
      });
    }
  }
  return duplicates;
}

function rankingWarnings(lines: OffsetLineCheck[], lang: Lang): LineReason[] {
  const warnings: LineReason[] = [];
  lines.forEach((line, i) => {
    if (line.rank === null) return;
    const better = lines.slice(i + 1).find((later) => later.rank !== null && later.rank < (line.rank as number));
    if (!better) return;
    warnings.push({
      code: 'order',
      message: fill(LINE_REASONS.order[lang], {
        line: capital(planLine(i, lang), lang),
        instrument: INSTRUMENT_LABELS[line.instrument][lang],
        rank: line.rank as number,
        better: planLine(better.index, lang),
        betterInstrument: INSTRUMENT_LABELS[better.instrument][lang],
        betterRank: better.rank as number,
      }),
    });
  });
  return warnings;
}

export function checkOffsetPlan(
  plan: OffsetLine[],
  emissions: string | undefined,
  policy: OffsetPolicy,
  lang: Lang,
): OffsetCheck {
  const lines = plan.map((line, i) => checkLine(line, i, policy, lang));
  const duplicateSerials = markRepeatedSerials(lines, plan, policy, lang);
  for (const line of lines) line.counted = line.verdict === 'eligible' || line.verdict === 'discouraged';
  const total = sumDecimals(plan.map((l) => l.quantityTco2e));
  const counted = sumDecimals(lines.filter((l) => l.counted).map((l) => l.quantityTco2e));
  const pending = sumDecimals(lines.filter((l) => l.verdict === 'undetermined').map((l) => l.quantityTco2e));
  let sufficient: boolean | null = null;
  let shortfall: Decimal | null = null;
  if (emissions !== undefined) {
    const need = toDecimal(emissions);
    shortfall = need.minus(counted);
    if (shortfall.isNegative()) shortfall = toDecimal(0);
    if (counted.gte(need)) sufficient = true;
    else if (counted.plus(pending).gte(need)) sufficient = null;
    else sufficient = false;
  }
  const warnings = rankingWarnings(lines, lang);
  return {
    sufficient,
    emissions: emissions ?? null,
    total: formatDecimal(total),
    counted: formatDecimal(counted),
    shortfall: shortfall ? formatDecimal(shortfall) : null,
    partialAllowed: policy.coverage?.partialAllowed ?? false,
    coverageCitation: policy.coverage?.citation,
    followsRanking: warnings.length === 0,
    warnings,
    duplicateSerials,
    lines,
  };
}
