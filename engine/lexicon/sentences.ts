// The engine's sentences about an answer, as templates with `{name}` placeholders: the summary, the due-date texts,
// the warnings, the questions it asks for missing facts, and the notice that a base pack answered. The engine fills
// them in (./words.ts `fill`); what goes into a placeholder is already in words (names from ./vocabulary.ts and
// ./facts.ts, a pack's own text), never a code.
import type { BilingualText } from './words.js';

export const SUMMARY = {
  /** `应当实施碳中和（渝环〔2025〕21号 三（一）），最迟于 2026-02-28 完成碳中和。` */
  decided: { zh: '{obligation}{cite}{completion}。', en: '{obligation}{cite}{completion}.' },
  undetermined: { zh: '{obligation}：请回答 {questions}', en: '{obligation}: please answer: {questions}' },
  noRule: { zh: '{obligation}：本政策没有适用于该活动的规则。', en: '{obligation}: no rule of this policy applies to the event.' },
  /** The completion dates of a required event bind it; of any other, only if it neutralizes. */
  required: { zh: '，{dates}', en: '; {dates}' },
  ifNeutralizing: { zh: '；如实施碳中和，{dates}', en: '; if you neutralize: {dates}' },
  /** One completion date: the duty's name as a verb phrase (`完成碳中和`, `complete neutralization`). */
  dueBy: { zh: '最迟于 {due} {duty}', en: '{duty} by {due}' },
  unconfirmedDeadline: { zh: '该期限未经原文核实', en: 'a deadline not verified in the source text' },
} satisfies Record<string, BilingualText>;

export const WARNINGS = {
  notInForce: {
    zh: '本政策施行期为 {from} 至 {until}，{asOf} 不在其内：任何规则均不适用。',
    en: 'This policy is in force {from} to {until}; on {asOf} it was not, so no rule applies.',
  },
  /** The end of a period still open. */
  openEnd: { zh: '今', en: 'now' },
  dueOutOfRange: {
    zh: '“{duty}”的期限将晚于 9999-12-31，无法给出日期：请核对活动日期。',
    en: 'The due date of "{duty}" would fall after 9999-12-31: check the event\'s dates.',
  },
} satisfies Record<string, BilingualText>;

/** When a duty is due, in words: `活动结束后1个月内`, `within 1 month after the event ends`. */
export const DUE = {
  none: { zh: '政策未规定期限', en: 'no deadline set by the policy' },
  start: { zh: '活动开始', en: 'the event starts' },
  end: { zh: '活动结束', en: 'the event ends' },
  /** `{s}` is the English plural ending. */
  years: { zh: '{n}年', en: '{n} year{s}' },
  months: { zh: '{n}个月', en: '{n} month{s}' },
  days: { zh: '{n}日', en: '{n} day{s}' },
  spanJoin: { zh: '', en: ' ' },
  justBefore: { zh: '{anchor}前', en: 'before {anchor}' },
  before: { zh: '{anchor}前{span}', en: '{span} before {anchor}' },
  after: { zh: '{anchor}后{span}内', en: 'within {span} after {anchor}' },
} satisfies Record<string, BilingualText>;

/** The engine's questions for facts a pack does not ask itself: the dates, the emissions, the offset plan. */
export const QUESTIONS: Record<string, BilingualText> = {
  startDate: { zh: '活动何时开始（YYYY-MM-DD）？', en: 'When does the event start (YYYY-MM-DD)?' },
  endDate: { zh: '活动何时结束（YYYY-MM-DD）？', en: 'When does the event end (YYYY-MM-DD)?' },
  emissionsTco2e: { zh: '活动的温室气体排放量是多少（吨CO2e）？', en: "What are the event's emissions (tCO2e)?" },
  offsets: { zh: '计划使用哪些抵消产品（抵消计划）？', en: 'Which offset instruments will you use (the offset plan)?' },
};

/** A fact with a name but no question of its own. */
export const GENERIC_QUESTION: BilingualText = { zh: '{fact}是什么？', en: 'What is the {fact}?' };

/** Questions about one line of the offset plan (`{n}` is the line, counted from 1). */
export const LINE_QUESTIONS: Record<string, BilingualText> = {
  projectRegion: { zh: '抵消计划第 {n} 行的项目位于哪里？', en: 'Where is the project of offset plan line {n}?' },
  vintageStart: {
    zh: '抵消计划第 {n} 行的减排量从哪一天开始产生（YYYY-MM-DD）？',
    en: 'From which day were the reductions of offset plan line {n} generated (YYYY-MM-DD)?',
  },
  vintageEnd: {
    zh: '抵消计划第 {n} 行的减排量产生到哪一天为止（YYYY-MM-DD）？',
    en: 'Until which day were the reductions of offset plan line {n} generated (YYYY-MM-DD)?',
  },
  projectStartDate: {
    zh: '抵消计划第 {n} 行的项目何时投入运行（YYYY-MM-DD）？',
    en: 'When did the project of offset plan line {n} start operating (YYYY-MM-DD)?',
  },
  projectType: { zh: '抵消计划第 {n} 行的项目属于哪一类型？', en: 'What type of project is offset plan line {n}?' },
  newProject: { zh: '抵消计划第 {n} 行的项目是否为新建项目？', en: 'Is the project of offset plan line {n} newly built?' },
  approvedOn: {
    zh: '抵消计划第 {n} 行的减排量何时经主管部门审定通过（YYYY-MM-DD）？',
    en: 'When were the reductions of offset plan line {n} approved by the authority (YYYY-MM-DD)?',
  },
};

/** The last resort: a fact the engine has no words for (a compiled pack declares every fact it reads). */
export const UNKNOWN_QUESTION: BilingualText = { zh: '还需补充一项活动信息', en: 'One more detail of the event is needed' };

/** A pack not yet in effect on the date asked, answered by the pack it extends. */
export const FALLBACK_NOTICE: BilingualText = {
  zh: '《{requested}》自 {firstEffective} 起施行，{date} 尚未施行，因此按其所依据的《{base}》作答。',
  en: '{requested} takes effect on {firstEffective}; on {date} it was not yet in force, so this answer is given under {base}, which it extends.',
};
