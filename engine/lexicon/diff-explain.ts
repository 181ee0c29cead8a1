// The words of two analyses for bureaus and analysts: why each rule held or not for an event (explain, engine/explain/)
// and what changed between two packs or two versions of one (pack diff, engine/pack-diff/). Placeholders are filled
// with words already (a rule's title, a fact's name, a value's name), never with a code.
import type { BilingualText } from './words.js';

/** A rule's or a condition's three-valued outcome for the event. */
export const EXPLAIN_STATUS = {
  held: { zh: '成立', en: 'holds' },
  failed: { zh: '不成立', en: 'fails' },
  unknown: { zh: '未知（缺少信息）', en: 'unknown (facts missing)' },
} satisfies Record<string, BilingualText>;

/** The operator a failed test is read with: `参与人数 199 < 200 人` for a failed `≥ 200`. */
export const NEGATED_OPERATOR_WORDS: Record<string, BilingualText> = {
  equal: { zh: '≠', en: '≠' },
  notEqual: { zh: '=', en: '=' },
  in: { zh: '∉', en: '∉' },
  notIn: { zh: '∈', en: '∈' },
  contains: { zh: '不包含', en: 'does not contain' },
  doesNotContain: { zh: '包含', en: 'contains' },
  lessThan: { zh: '≥', en: '≥' },
  lessThanInclusive: { zh: '>', en: '>' },
  greaterThan: { zh: '≤', en: '≤' },
  greaterThanInclusive: { zh: '<', en: '<' },
  dateOnOrAfter: { zh: '早于', en: 'before' },
  dateOnOrBefore: { zh: '晚于', en: 'after' },
};

export const EXPLAIN_WORDS = {
  heading: { zh: '为什么：逐条规则的判断', en: 'Why: how each rule was decided' },
  intro: {
    zh: '每条规则是否成立，以及每个条件所用的活动信息、比较方式和界限。',
    en: 'Whether each rule held, and for each condition the fact of the event, the comparison and the threshold.',
  },
  /** The groups of a condition tree. */
  all: { zh: '以下条件须全部成立', en: 'all of these' },
  any: { zh: '以下条件至少一项成立', en: 'any of these' },
  not: { zh: '以下条件须不成立', en: 'not this' },
  /** A test whose fact was compared: `参与人数 199 < 200 人`. */
  compared: { zh: '{fact} {value} {operator} {threshold}', en: '{fact} {value} {operator} {threshold}' },
  notGiven: { zh: '{fact}未提供（条件：{test}）', en: '{fact} not given (the condition: {test})' },
  inapplicable: { zh: '{fact}不适用于此类活动（条件：{test}）', en: '{fact} does not apply to this kind of event (the condition: {test})' },
  /** A test of a contested reading, with the option the answer is given under. */
  reading: { zh: '{test}（所用解读：“{option}”）', en: '{test} (reading used: “{option}”)' },
  readingUsed: { zh: '{test}（即所用解读）', en: '{test} (the reading used)' },
  /** A test that is not a comparison of one value (an offset plan's lines). */
  tested: { zh: '{test}：{status}', en: '{test}: {status}' },
  assumed: { zh: '（按政策的假定）', en: ' (assumed by the policy)' },
  periodOutside: {
    zh: '本规则此版本施行期为 {from} 至 {until}，判定日期 {asOf} 不在其内',
    en: 'this version of the rule is in force {from} to {until}; {asOf} is outside it',
  },
  periodUnknown: { zh: '判定日期未知：请提供活动开始日期', en: 'the evaluation date is not known: give the start date' },
  packOutside: {
    zh: '本政策施行期为 {from} 至 {until}，判定日期 {asOf} 不在其内：所有规则均不成立',
    en: 'this policy is in force {from} to {until}; {asOf} is outside it, so no rule holds',
  },
  openEnd: { zh: '今', en: 'now' },
  /** What a rule decides, after its title. */
  decidesObligation: { zh: '成立时的结论：{level}', en: 'when it holds: {level}' },
  decidesDuty: { zh: '成立时的义务：{duty}（{due}）', en: 'when it holds, the duty: {duty} ({due})' },
  decidesConfirmation: { zh: '成立时的确认方式：{modes}', en: 'when it holds, confirmation by: {modes}' },
  because: { zh: '原因', en: 'Because' },
  missing: { zh: '缺少', en: 'Missing' },
  asOf: { zh: '判定日期', en: 'Evaluation date' },
  asOfUnknown: { zh: '未知', en: 'unknown' },
  link: { zh: '为什么是这个结论？查看每条规则的判断', en: 'Why this answer? See how each rule was decided' },
  back: { zh: '返回结论', en: 'Back to the answer' },
  unavailable: { zh: '无法说明：请先在查询页完成回答。', en: 'Nothing to explain yet: complete the answer on the question page first.' },
} satisfies Record<string, BilingualText>;

/** The areas a change between two packs belongs to. */
export const DIFF_AREAS = {
  scope: { zh: '适用范围与义务等级', en: 'Scope and obligations' },
  duties: { zh: '义务与期限', en: 'Duties and deadlines' },
  confirmation: { zh: '确认方式', en: 'Confirmation' },
  offsets: { zh: '抵消产品的排序与资格', en: 'Offset ranking and eligibility' },
  readings: { zh: '争议解读', en: 'Contested readings' },
  assumptions: { zh: '缺少信息时的假定', en: 'Assumptions for missing facts' },
  citations: { zh: '引用条款', en: 'Citations' },
} satisfies Record<string, BilingualText>;

/** One change in words; `{rule}` is a rule's title, `{before}` and `{after}` what each side says. */
export const DIFF_WORDS = {
  heading: { zh: '政策包差异：{before} → {after}', en: 'What changed: {before} → {after}' },
  count: { zh: '共 {n} 处变化', en: '{n} change{s}' },
  none: { zh: '没有实质变化', en: 'No change of substance' },
  side: { zh: '{title}（{id} {version}）', en: '{title} ({id} {version})' },
  citedBefore: { zh: '原依据', en: 'Before, cited from' },
  citedAfter: { zh: '新依据', en: 'After, cited from' },
  nothing: { zh: '无', en: 'none' },
  threshold: { zh: '“{rule}”：{before} 改为 {after}', en: '“{rule}”: {before} becomes {after}' },
  wider: { zh: '适用的活动增多', en: 'applies to more events' },
  narrower: { zh: '适用的活动减少', en: 'applies to fewer events' },
  conditions: { zh: '“{rule}”：条件由“{before}”改为“{after}”', en: '“{rule}”: the conditions “{before}” become “{after}”' },
  ruleAdded: { zh: '新增规则“{rule}”：{after}', en: 'New rule “{rule}”: {after}' },
  ruleRemoved: { zh: '删除规则“{rule}”：{before}', en: 'Rule “{rule}” removed: {before}' },
  rulePeriod: { zh: '“{rule}”：施行期由 {before} 改为 {after}', en: '“{rule}”: in force {before}, now {after}' },
  wholePeriod: { zh: '与政策相同', en: 'as the policy' },
  period: { zh: '{from} 至 {until}', en: '{from} to {until}' },
  level: { zh: '“{rule}”：结论由“{before}”改为“{after}”', en: '“{rule}”: decides “{before}”, now “{after}”' },
  decides: { zh: '“{rule}”：决定的事项由“{before}”改为“{after}”', en: '“{rule}”: decided “{before}”, now “{after}”' },
  deadline: { zh: '“{rule}”：期限由“{before}”改为“{after}”', en: '“{rule}”: the deadline “{before}” becomes “{after}”' },
  later: { zh: '截止更晚', en: 'a later deadline' },
  earlier: { zh: '截止更早', en: 'an earlier deadline' },
  dutyApplies: { zh: '“{rule}”：适用情形由“{before}”改为“{after}”', en: '“{rule}”: applied “{before}”, now “{after}”' },
  duty: { zh: '“{rule}”：义务由“{before}”改为“{after}”', en: '“{rule}”: the duty “{before}” becomes “{after}”' },
  governs: { zh: '“{rule}”：期限适用于“{before}”，改为“{after}”', en: '“{rule}”: the date governed “{before}”, now “{after}”' },
  everyLine: { zh: '全部抵消产品', en: 'every offset line' },
  modes: { zh: '“{rule}”：确认方式由“{before}”改为“{after}”', en: '“{rule}”: confirmation “{before}” becomes “{after}”' },
  instrumentAdded: { zh: '新增可用的抵消产品：{instrument}（第 {rank} 位，{standing}）', en: 'Now accepted: {instrument} (rank {rank}, {standing})' },
  instrumentRemoved: { zh: '不再列为可用的抵消产品：{instrument}', en: 'No longer accepted: {instrument}' },
  rank: { zh: '{instrument}：排序由第 {before} 位改为第 {after} 位', en: '{instrument}: rank {before} becomes rank {after}' },
  standing: { zh: '{instrument}：由“{before}”改为“{after}”', en: '{instrument}: “{before}” becomes “{after}”' },
  eligibilityAdded: { zh: '{instrument}：新增资格条件“{after}”', en: '{instrument}: new condition “{after}”' },
  eligibilityRemoved: { zh: '{instrument}：取消资格条件“{before}”', en: '{instrument}: condition “{before}” dropped' },
  eligibilityChanged: { zh: '{instrument}：资格条件由“{before}”改为“{after}”', en: '{instrument}: the condition “{before}” becomes “{after}”' },
  excludedAdded: { zh: '{instrument}不得使用：{after}', en: '{instrument} excluded: {after}' },
  excludedRemoved: { zh: '{instrument}不再被排除', en: '{instrument} no longer excluded' },
  coverage: { zh: '部分抵消：由“{before}”改为“{after}”', en: 'Partial offsetting: “{before}” becomes “{after}”' },
  partialAllowed: { zh: '允许部分抵消', en: 'allowed' },
  partialNotAllowed: { zh: '须全部抵消', en: 'not allowed' },
  unlisted: { zh: '未列出的抵消产品：由“{before}”改为“{after}”', en: 'Instruments not listed: “{before}” becomes “{after}”' },
  unlistedCount: { zh: '计入（不推荐）', en: 'count, discouraged' },
  unlistedDoNot: { zh: '不计入', en: 'do not count' },
  noReuse: { zh: '禁止重复使用减排量：由“{before}”改为“{after}”', en: 'No reuse of credits: “{before}” becomes “{after}”' },
  stated: { zh: '有规定', en: 'stated' },
  notStated: { zh: '未规定', en: 'not stated' },
  retirement: { zh: '注销要求：由“{before}”改为“{after}”', en: 'Retirement: “{before}” becomes “{after}”' },
  encouragedAdded: { zh: '新增鼓励事项：{after}', en: 'Newly encouraged: {after}' },
  encouragedRemoved: { zh: '不再鼓励：{before}', en: 'No longer encouraged: {before}' },
  readingAdded: { zh: '新增争议解读：{question}（默认“{after}”）', en: 'New contested reading: {question} (default “{after}”)' },
  readingRemoved: { zh: '删除争议解读：{question}', en: 'Contested reading removed: {question}' },
  readingDefault: { zh: '{question}：默认解读由“{before}”改为“{after}”', en: '{question}: the default “{before}” becomes “{after}”' },
  readingOptions: { zh: '{question}：可选解读由“{before}”改为“{after}”', en: '{question}: the options “{before}” become “{after}”' },
  assumption: { zh: '{fact}：缺少时的假定由“{before}”改为“{after}”', en: '{fact}: when not given, assumed “{before}”, now “{after}”' },
  citation: { zh: '“{rule}”：依据由 {before} 改为 {after}', en: '“{rule}”: cited {before}, now {after}' },
} satisfies Record<string, BilingualText>;
