// The engine's sentences about offsets: an eligibility condition of an instrument, why a line of the organizer's plan
// fails or passes it, and the plan's order and repeated serials. Regions, instruments and lines are put in by name
// (`重庆市`, `林业碳汇`, `抵消计划第 1 行`), never by code.
import type { BilingualText } from './words.js';

/** A condition of an accepted instrument, as the pack's offsets list states it. */
export const CHECKS = {
  regionWithin: { zh: '项目位于{regions}', en: 'project located in {regions}' },
  vintageAfter: { zh: '减排量产生于 {date} 之后', en: 'reductions generated after {date}' },
  projectStartAfter: { zh: '项目于 {date} 之后投入运行', en: 'project in operation after {date}' },
  projectTypeIn: { zh: '项目类型：{types}', en: 'project type: {types}' },
  newProject: { zh: '新建项目', en: 'newly built project' },
  notNewProject: { zh: '非新建项目', en: 'not a new project' },
  creditingPeriod: { zh: '减排量产生期间不超过{periods}', en: 'vintage within {periods}' },
  /** The crediting periods by project type. */
  periods: { zh: '计入期上限（{parts}）', en: 'the crediting period allowed ({parts})' },
  period: { zh: '{type}{years}年', en: '{type} {years} years' },
} satisfies Record<string, BilingualText>;

/** Why a line fails a condition. */
export const FAILS = {
  regionWithin: { zh: '项目所在地{region}不在{regions}范围内', en: 'the project location, {region}, is outside {regions}' },
  vintageAfter: { zh: '减排量须产生于 {date} 之后', en: 'reductions must be generated after {date}' },
  projectStartAfter: { zh: '项目投入运行时间须在 {date} 之后', en: 'the project must have started operating after {date}' },
  projectTypeIn: { zh: '项目类型须为：{types}', en: 'project type must be one of: {types}' },
  newProject: { zh: '须为新建项目', en: 'must be a newly built project' },
  notNewProject: { zh: '不得为新建项目', en: 'must not be a new project' },
  creditingPeriod: {
    zh: '减排量产生期间（{from} 至 {to}）超过{periods}',
    en: 'the vintage ({from} to {to}) is longer than {periods}',
  },
} satisfies Record<string, BilingualText>;

/** What a line of the plan is told, beside the condition it fails or passes. */
export const LINE_REASONS = {
  notListed: {
    zh: '{instrument}不在本政策列出的抵消产品之列：可以计入，但不在推荐之列{why}',
    en: '{instrument} is not among the instruments this policy lists: it counts, but is not recommended{why}',
  },
  accepted: { zh: '{instrument}：推荐顺序第 {rank} 位', en: "{instrument}: rank {rank} in the policy's order" },
  missing: { zh: '缺少{fact}，无法判断：{check}', en: '{fact} is missing, and needed to check: {check}' },
  approvedBeforeMissing: {
    zh: '须知这些减排量是否于 {before} 前审定通过：若是，可继续使用',
    en: 'whether these reductions were approved before {before} decides: if so, they may still be used',
  },
  approvedBefore: {
    zh: '{check}：不满足，但减排量于 {approvedOn} 审定通过（{before} 前），可继续使用',
    en: '{check}: not met, but the reductions were approved on {approvedOn} (before {before}) and may still be used',
  },
  serialRepeated: {
    zh: '序列号 {serial} 已在{line}使用，不得重复使用',
    en: 'serial {serial} is already used by {line}; a credit counts once',
  },
  order: {
    zh: '{line}（{instrument}，第 {rank} 位）排在{better}（{betterInstrument}，第 {betterRank} 位）之前，未按推荐顺序',
    en: '{line} ({instrument}, rank {rank}) comes before {better} ({betterInstrument}, rank {betterRank}): not the recommended order',
  },
} satisfies Record<string, BilingualText>;
