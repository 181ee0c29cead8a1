// One eligibility check of an offset line against an accepted instrument's conditions (region, vintage,
// project start and type, new project, crediting period), its words (engine/lexicon/offset-sentences.ts), and the
// grandfathering of lines approved under older rules.
import { shiftDate } from './calendar.js';
import type { LineReason } from './determination.js';
import type { OffsetLine } from './event-schema.js';
import type { EligibilityCheck } from './offset-policy-schema.js';
import { CHECKS, FAILS, LINE_REASONS } from './lexicon/offset-sentences.js';
import { regionName } from './lexicon/regions.js';
import { type BilingualText, fill, list } from './lexicon/words.js';
import { regionWithin } from './region.js';
import type { Lang } from './vocabulary.js';

export type CheckOutcome = 'pass' | 'fail' | { missing: keyof OffsetLine };

export function runCheck(check: EligibilityCheck, line: OffsetLine): CheckOutcome {
  switch (check.check) {
    case 'region-within':
      if (!line.projectRegion) return { missing: 'projectRegion' };
      return check.regions.some((r) => regionWithin(line.projectRegion as string, r)) ? 'pass' : 'fail';
    case 'vintage-after':
      // The reductions must all be generated after the date: the vintage's first day decides; a vintage that
      // ends on or before the date fails even when its start is not given.
      if (line.vintageStart) return line.vintageStart > check.date ? 'pass' : 'fail';
      if (line.vintageEnd && line.vintageEnd <= check.date) return 'fail';
      return { missing: 'vintageStart' };
    case 'project-start-after':
      if (!line.projectStartDate) return { missing: 'projectStartDate' };
      return line.projectStartDate > check.date ? 'pass' : 'fail';
    case 'project-type-in':
      if (!line.projectType) return { missing: 'projectType' };
      return check.types.includes(line.projectType) ? 'pass' : 'fail';
    case 'new-project':
      if (line.newProject === undefined) return { missing: 'newProject' };
      return line.newProject === check.value ? 'pass' : 'fail';
    case 'crediting-period':
      return creditingPeriod(check.maxYears, line);
  }
}

/** The vintage may not span longer than the crediting period of the line's project type. */
function creditingPeriod(maxYears: Record<string, number>, line: OffsetLine): CheckOutcome {
  if (!line.vintageStart) return { missing: 'vintageStart' };
  if (!line.vintageEnd) return { missing: 'vintageEnd' };
  // A period of N years starting on the vintage's first day ends the day before its N-th anniversary.
  const fits = (years: number) => {
    const limit = shiftDate(line.vintageStart as string, { years });
    return limit === null || (line.vintageEnd as string) < limit;
  };
  const known = line.projectType !== undefined && maxYears[line.projectType] !== undefined;
  if (known) return fits(maxYears[line.projectType as string] as number) ? 'pass' : 'fail';
  const limits = Object.values(maxYears);
  if (fits(Math.min(...limits))) return 'pass';
  if (!fits(Math.max(...limits))) return 'fail';
  return { missing: 'projectType' };
}

const regionNames = (codes: readonly string[], lang: Lang) => list(codes.map((code) => regionName(code, lang)), lang);

export function failMessage(check: EligibilityCheck, line: OffsetLine, lang: Lang): string {
  const say = (text: BilingualText, values: Record<string, string> = {}) => fill(text[lang], values);
  switch (check.check) {
    case 'region-within':
      return say(FAILS.regionWithin, { region: regionName(line.projectRegion as string, lang), regions: regionNames(check.regions, lang) });
    case 'vintage-after':
      return say(FAILS.vintageAfter, { date: check.date });
    case 'project-start-after':
      return say(FAILS.projectStartAfter, { date: check.date });
    case 'project-type-in':
      return say(FAILS.projectTypeIn, { types: list(check.types, lang) });
    case 'new-project':
      return say(check.value ? FAILS.newProject : FAILS.notNewProject);
    case 'crediting-period':
      return say(FAILS.creditingPeriod, {
        from: line.vintageStart as string,
        to: line.vintageEnd as string,
        periods: describePeriods(check.maxYears, lang),
      });
  }
}

function describePeriods(maxYears: Record<string, number>, lang: Lang): string {
  const parts = Object.entries(maxYears).map(([type, years]) => fill(CHECKS.period[lang], { type, years }));
  return fill(CHECKS.periods[lang], { parts: list(parts, lang) });
}

/** A condition as the pack's list of instruments states it: `项目位于重庆市`, `project located in Chongqing`. */
export function describeCheck(check: EligibilityCheck, lang: Lang): string {
  const say = (text: BilingualText, values: Record<string, string> = {}) => fill(text[lang], values);
  switch (check.check) {
    case 'region-within':
      return say(CHECKS.regionWithin, { regions: regionNames(check.regions, lang) });
    case 'vintage-after':
      return say(CHECKS.vintageAfter, { date: check.date });
    case 'project-start-after':
      return say(CHECKS.projectStartAfter, { date: check.date });
    case 'project-type-in':
      return say(CHECKS.projectTypeIn, { types: list(check.types, lang) });
    case 'new-project':
      return say(check.value ? CHECKS.newProject : CHECKS.notNewProject);
    case 'crediting-period':
      return say(CHECKS.creditingPeriod, { periods: describePeriods(check.maxYears, lang) });
  }
}

export type Exemption = 'exempt' | 'not-exempt' | { fact: string; reason: LineReason } | undefined;

/** Grandfathering (e.g. 渝环规〔2024〕7号 第四十三条): approved before the date, the line still counts. */
export function exemptionOf(check: EligibilityCheck, line: OffsetLine, index: number, lang: Lang): Exemption {
  const rule = check.unlessApprovedBefore;
  if (!rule) return undefined;
  if (line.approvedOn) return line.approvedOn < rule.before ? 'exempt' : 'not-exempt';
  const fact = `offsets[${index}].approvedOn`;
  const message = fill(LINE_REASONS.approvedBeforeMissing[lang], { before: rule.before });
  return { fact, reason: { code: 'approved-before:missing', message, citation: rule.citation } };
}

export function approvedBeforeReason(check: EligibilityCheck, line: OffsetLine, lang: Lang): LineReason {
  const rule = check.unlessApprovedBefore as NonNullable<EligibilityCheck['unlessApprovedBefore']>;
  const message = fill(LINE_REASONS.approvedBefore[lang], {
    check: describeCheck(check, lang),
    approvedOn: line.approvedOn as string,
    before: rule.before,
  });
  return { code: 'approved-before', message, citation: rule.citation };
}

