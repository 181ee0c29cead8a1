// The static analysis of a pack in words (tanzhong pack lint, POST /v1/packs/lint): the name of each kind of
// finding, a message that says what is wrong and what to do, and the words around a report. Placeholders are filled
// with words only: rule titles, names of facts, obligations, duties and instruments, dates; never a code.
import type { FindingCode } from '../analysis/finding.js';
import type { BilingualText } from './words.js';

export const FINDING_TITLES: Record<FindingCode, BilingualText> = {
  gap: { zh: '规则缺口', en: 'Gap' },
  conflict: { zh: '规则冲突', en: 'Conflict' },
  'unreachable-rule': { zh: '不起作用的规则', en: 'Rule that changes no answer' },
  'non-monotonic': { zh: '门槛不单调', en: 'Non-monotonic thresholds' },
  loosening: { zh: '放宽上级要求', en: 'Loosens the base pack' },
  'due-before-end': { zh: '期限可能早于活动结束', en: 'Due before the event ends' },
  'unknown-instrument': { zh: '未列明的抵消产品', en: 'Instrument the pack does not know' },
  'unread-fact': { zh: '无规则使用的活动信息', en: 'Fact no rule reads' },
  'unused-reading': { zh: '无规则使用的解读', en: 'Reading no rule uses' },
};

const EXPLAIN_OR: BilingualText = {
  zh: '或在政策包中说明理由，并引用允许这样做的条款',
  en: 'or explain it in the pack, citing the clause that allows it',
};

/** A loosening's message: what is wrong and the first remedy, then the other remedy, an acknowledgement. */
const orExplain = (text: BilingualText): BilingualText => ({ zh: `${text.zh}${EXPLAIN_OR.zh}。`, en: `${text.en}${EXPLAIN_OR.en}.` });

/** What each finding means and what to do, as templates. */
export const FINDING_MESSAGES = {
  gap: {
    zh: '没有任何规则判定此类活动是否须实施碳中和，答复只能默认为“{notCovered}”而无条款依据。请增加覆盖此类活动的规则，或以条款写明其不在范围内的规则。',
    en: 'No rule decides whether such an event must be neutralized, so the answer falls back to “{notCovered}” with no clause behind it. Add a rule that covers it, or one that says, with its clause, that it is not covered.',
  },
  conflictObligation: {
    zh: '“{a}”认定此类活动不在政策范围内，而“{b}”对同一活动给出“{level}”，没有任何规定说明以哪条为准。请收窄其中一条规则的条件，使两者不再重叠，或删除原文不支持的一条。',
    en: '“{a}” puts such an event outside the policy while “{b}” gives “{level}” for the same event, and nothing settles which holds. Narrow the conditions of one of them so that they no longer overlap, or remove the one the text does not support.',
  },
  conflictDuty: {
    zh: '“{a}”与“{b}”对同一活动规定了同一日期的“{duty}”，但约束对象或适用的抵消产品不同，答复只会取排在前面的一条。请合并为一条规则，或使两者的条件互斥。',
    en: '“{a}” and “{b}” both set “{duty}” on the same date for the same event but differ in whom it binds or which offset lines it governs, so the answer keeps whichever comes first. Merge them into one rule, or make their conditions exclusive.',
  },
  unreachableDominated: {
    zh: '“{a}”从不改变任何答复：凡它成立时，总有另一条规则（如“{b}”）已作出判定。请删除该规则，或更正其条件。',
    en: '“{a}” never changes an answer: whenever it holds, another rule (such as “{b}”) has already decided. Remove it, or correct its conditions.',
  },
  unreachableNever: {
    zh: '“{a}”从不改变任何答复：没有任何活动满足其条件。请更正其条件，或删除该规则。',
    en: '“{a}” never changes an answer: no event meets its conditions. Correct its conditions, or remove it.',
  },
  nonMonotonic: {
    zh: '规模更大的活动反而义务更轻：{fact}为{small}时答复为“{smallLevel}”，为{large}时却只是“{largeLevel}”。请核对门槛：将“{rule}”延伸到更大的活动，或为更大的活动另设规则。',
    en: 'A larger event gets a weaker obligation: with {fact} {small} the answer is “{smallLevel}”, with {large} only “{largeLevel}”. Check the thresholds: extend “{rule}” to larger events, or give them a rule of their own.',
  },
  looseningObligation: orExplain({
    zh: '本政策包对此类活动答复“{ours}”（“{rule}”），而其上级“{base}”答复“{theirs}”（“{baseRule}”）：下级政策包不应放宽上级的要求。请收紧该规则，',
    en: 'This pack answers “{ours}” for such an event (“{rule}”) where its base “{base}” answers “{theirs}” (“{baseRule}”): a pack should not weaken what its base requires. Tighten the rule, ',
  }),
  looseningObligationNoRule: orExplain({
    zh: '本政策包对此类活动没有规则作出判定，答复“{ours}”，而其上级“{base}”答复“{theirs}”（“{baseRule}”）。请增加保持上级要求的规则，',
    en: 'No rule of this pack decides such an event, which it answers “{ours}”, where its base “{base}” answers “{theirs}” (“{baseRule}”). Add a rule that keeps the base’s obligation, ',
  }),
  looseningBinding: orExplain({
    zh: '在上级“{base}”下，“{duty}”对此类活动具有约束力（“{baseRule}”），在本政策包中却不再具有约束力。请恢复该义务，',
    en: 'Under its base “{base}”, “{duty}” binds for such an event (“{baseRule}”); under this pack it no longer does. Restore the duty, ',
  }),
  looseningDeadline: orExplain({
    zh: '“{duty}”在本政策包中的期限为{ours}，晚于上级“{base}”的{theirs}（“{baseRule}”）。请缩短期限，',
    en: '“{duty}” is due {ours} under this pack, later than {theirs} under its base “{base}” (“{baseRule}”). Shorten the period, ',
  }),
  looseningInstrument: orExplain({
    zh: '上级“{base}”排除{instrument}，本政策包却不再排除它，以致可以计入抵消。请重新将其排除，',
    en: 'Its base “{base}” excludes {instrument}, but this pack no longer does, so it counts as an offset. Exclude it again, ',
  }),
  dueBeforeEnd: {
    zh: '“{rule}”规定的“{duty}”期限（{due}）可能早于活动结束：活动持续到 {end} 时，期限为 {dueDate}。请改为以活动结束为起点，或核对原文。',
    en: 'The date “{rule}” sets for “{duty}” ({due}) can fall before the event ends: for an event that ends on {end} it is {dueDate}. Count it from the end of the event, or check the text.',
  },
  unknownInstrument: {
    zh: '{where}提到了{instrument}，但本政策包既未接受也未排除该产品，答复会把它当作未列明的产品。请将其列入接受或排除的产品，或更正该处。',
    en: '{where} names {instrument}, which this pack neither accepts nor excludes, so an answer treats it as an unlisted instrument. List it among the accepted or excluded instruments, or correct the reference.',
  },
  unreadFact: {
    zh: '本政策包声明了“{fact}”，但没有任何规则读取它，因而从不询问，也不影响任何答复。请删除该声明，或补写使用它的规则。',
    en: 'This pack declares “{fact}” but no rule reads it, so it is never asked and changes no answer. Remove the declaration, or write the rule that uses it.',
  },
  unusedReading: {
    zh: '解读“{question}”不影响任何答复：没有规则读取它，其选项也不改变政策包的施行日期。请删除该解读，或补写依赖它的规则。',
    en: 'The reading “{question}” changes no answer: no rule reads it and none of its options moves the day the pack applies from. Remove it, or write the rules that depend on it.',
  },
} satisfies Record<string, BilingualText>;

/** The words around a report of the analysis. */
export const ANALYSIS_WORDS = {
  heading: { zh: '“{pack}” {version} 静态检查', en: 'Static analysis of “{pack}” {version}' },
  against: { zh: '与上级政策包“{base}” {version} 比较', en: 'compared with its base “{base}” {version}' },
  counts: {
    zh: '{errors} 项错误，{warnings} 项提示，{acknowledged} 项已在政策包中说明',
    en: '{errors} errors, {warnings} warnings, {acknowledged} explained in the pack',
  },
  tried: { zh: '共检查 {tried} 种活动情形', en: '{tried} kinds of event tried' },
  sampled: { zh: '（全部 {complete} 种组合过多，按固定抽样检查）', en: ' (a fixed sample: all {complete} combinations are too many to try)' },
  clean: { zh: '未发现问题。', en: 'No findings.' },
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '提示', en: 'Warning' },
  explained: { zh: '已说明', en: 'Explained' },
  rules: { zh: '涉及规则', en: 'Rules' },
  event: { zh: '反例', en: 'Counterexample' },
  answer: { zh: '答复', en: 'Answer' },
  compared: { zh: '对照', en: 'Compared with' },
  baseAnswer: { zh: '上级政策包的答复', en: 'The base pack answers' },
  because: { zh: '依据“{rule}”', en: 'by “{rule}”' },
  dueOn: { zh: '“{duty}”期限 {due}', en: '“{duty}” due {due}' },
  noDue: { zh: '“{duty}”无期限', en: '“{duty}” has no date' },
  binds: { zh: '具有约束力', en: 'binding' },
  bindsNot: { zh: '仅在实施碳中和时适用', en: 'only if neutralizing' },
  verdict: { zh: '该产品：{verdict}', en: 'the instrument: {verdict}' },
  sameEventsBesides: { zh: '同类情形另有 {n} 种', en: '{n} more events like it' },
  retirement: { zh: '注销规定', en: 'The retirement rules' },
  ruleNamed: { zh: '规则“{rules}”', en: 'The rule “{rules}”' },
  readingChosen: { zh: '解读“{question}”：{option}', en: 'Reading “{question}”: {option}' },
  newProject: { zh: '新建项目', en: 'a new project' },
  lineWords: { zh: '抵消计划第 {n} 行：{instrument} {quantity} 吨CO2e', en: 'offset plan line {n}: {instrument} {quantity} tCO2e' },
} satisfies Record<string, BilingualText>;
