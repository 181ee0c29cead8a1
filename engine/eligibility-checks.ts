// One eligibility check of an offset line against an accepted instrument's conditions (region, vintage,
// project start and type, new project, crediting period), its words, and the grandfathering of lines approved
// under older rules.
import { shiftDate } from './calendar.js';
import type { LineReason } from './determination.js';
import type { OffsetLine } from './event-schema.js';
import type { EligibilityCheck } from './pack-schema.js';
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

export function failMessage(check: EligibilityCheck, line: OffsetLine, lang: Lang): string {
  const zh = lang === 'zh';
  switch (check.check) {
    case 'region-within':
      return zh
        ? `项目所在地 ${line.projectRegion} 不在 ${check.regions.join('、')} 范围内`
        : `project region ${line.projectRegion} is outside ${check.regions.join(', ')}`;
    case 'vintage-after':
      return zh ? `减排量须产生于 ${check.date} 之后` : `reductions must be generated after ${check.date}`;
    case 'project-start-after':
      return zh ? `项目投入运行时间须在 ${check.date} 之后` : `the project must have started operating after ${check.date}`;
    case 'project-type-in':
      return zh ? `项目类型须为：${check.types.join('、')}` : `project type must be one of: ${check.types.join(', ')}`;
    case 'new-project':
      return check.value
        ? zh
          ? '须为新建项目'
          : 'must be a newly built project'
        : zh
          ? '不得为新建项目'
          : 'must not be a new project';
    case 'crediting-period':
      return zh
        ? `减排量产生期间（${line.vintageStart} 至 ${line.vintageEnd}）超过${describePeriods(check.maxYears, lang)}`
        : `the vintage (${line.vintageStart} to ${line.vintageEnd}) is longer than ${describePeriods(check.maxYears, lang)}`;
  }
}

function describePeriods(maxYears: Record<string, number>, lang: Lang): string {
  const parts = Object.entries(maxYears).map(([type, years]) => (lang === 'zh' ? `${type}${years}年` : `${type} ${years} years`));
  return lang === 'zh' ? `计入期上限（${parts.join('、')}）` : `the crediting period allowed (${parts.join(', ')})`;
}

export function describeCheck(check: EligibilityCheck, lang: Lang): string {
  const zh = lang === 'zh';
  switch (check.check) {
    case 'region-within':
      return zh ? `项目位于 ${check.regions.join('、')}` : `project located in ${check.regions.join(', ')}`;
    case 'vintage-after':
      return zh ? `减排量产生于 ${check.date} 之后` : `reductions generated after ${check.date}`;
    case 'project-start-after':
      return zh ? `项目于 ${check.date} 之后投入运行` : `project in operation after ${check.date}`;
    case 'project-type-in':
      return zh ? `项目类型：${check.types.join('、')}` : `project type: ${check.types.join(', ')}`;
    case 'new-project':
      return check.value ? (zh ? '新建项目' : 'newly built project') : zh ? '非新建项目' : 'not a new project';
    case 'crediting-period':
      return zh ? `减排量产生期间不超过${describePeriods(check.maxYears, lang)}` : `vintage within ${describePeriods(check.maxYears, lang)}`;
  }
}

export type Exemption = 'exempt' | 'not-exempt' | { fact: string; reason: LineReason } | undefined;

/** Grandfathering (e.g. 渝环规〔2024〕7号 第四十三条): approved before the date, the line still counts. */
export function exemptionOf(check: EligibilityCheck, line: OffsetLine, index: number, lang: Lang): Exemption {
  const rule = check.unlessApprovedBefore;
  if (!rule) return undefined;
  if (line.approvedOn) return line.approvedOn < rule.before ? 'exempt' : 'not-exempt';
  const fact = `offsets[${index}].approvedOn`;
  const message =
    lang === 'zh'
      ? `须知这些减排量是否于 ${rule.before} 前审定通过：若是，可继续使用`
      : `whether these reductions were approved before ${rule.before} decides: if so, they may still be used`;
  return { fact, reason: { code: 'approved-before:missing', message, citation: rule.citation } };
}

export function approvedBeforeReason(check: EligibilityCheck, line: OffsetLine, lang: Lang): LineReason {
  const rule = check.unlessApprovedBefore as NonNullable<EligibilityCheck['unlessApprovedBefore']>;
  const message =
    lang === 'zh'
      ? `${describeCheck(check, lang)}：不满足，但减排量于 ${line.approvedOn} 审定通过（${rule.before} 前），可继续使用`
      : `${describeCheck(check, lang)}: not met, but the reductions were approved on ${line.approvedOn} (before ${rule.before}) and may still be used`;
  return { code: 'approved-before', message, citation: rule.citation };
}

