// The interface's own words, in both languages, one entry per concept: headings, row names, legends and the short
// phrases around an answer, shared by the CLI (adapters/render), the reports (adapters/reports/report-words.ts) and
// the pages (server/pages/i18n.ts), which are views of this table. Words about a policy come from its pack, never
// from here; names of codes are in ./vocabulary.ts, of facts in ./facts.ts, the engine's sentences in ./sentences.ts.
// English entries that head something are capitalized (`Counted`); `inline` (./words.ts) lowers them inside a
// sentence, `capital` raises an inline one (`extends`) to head a column.
import type { Lang } from '../vocabulary.js';
import { type BilingualText, fill } from './words.js';

export const INTERFACE_WORDS = {
  // The site and its three pages.
  site: { zh: '碳中 · 大型活动碳中和政策查询', en: 'tanzhong · carbon-neutral events in China' },
  navOrganizer: { zh: '活动组织方', en: 'Organizers' },
  navPacks: { zh: '政策包（主管部门）', en: 'Policy packs (bureaus)' },
  navReports: { zh: '比较分析', en: 'Analysis' },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  switchLang: { zh: 'English', en: '中文' },
  organizerTitle: { zh: '我的活动需要实施碳中和吗？', en: 'Must my event be carbon-neutralized?' },
  organizerIntro: {
    zh: '选择活动举办地，然后只回答该地政策需要的问题。每个结论都附有政策条款。',
    en: 'Choose where the event is held, then answer only the questions that policy needs. Every answer cites its clause.',
  },
  where: { zh: '活动举办地（适用的政策）', en: 'Where the event is held (the policy that applies)' },
  continue: { zh: '继续', en: 'Continue' },
  startOver: { zh: '重新开始', en: 'Start over' },
  questions: { zh: '还需要以下信息', en: 'The policy needs these facts' },
  questionsHint: {
    zh: '不适用的可以留空；提交后只会继续询问仍然需要的信息。',
    en: 'Leave blank what does not apply; only what is still needed will be asked next.',
  },
  answered: { zh: '已填写', en: 'Your answers' },
  change: { zh: '修改', en: 'change' },
  clause: { zh: '条款', en: 'Clause' },
  timeline: { zh: '时间表', en: 'Timeline' },
  eventStarts: { zh: '活动开始', en: 'Event starts' },
  eventEnds: { zh: '活动结束', en: 'Event ends' },
  governs: { zh: '此日期适用于', en: 'This date applies to' },
  readingsIntro: {
    zh: '政策原文可有不同解读；以下解读的选择影响本结论，可改按其他解读重新判断。',
    en: 'The text can be read more than one way; these readings bear on this answer, and you can ask again under another.',
  },
  reask: { zh: '按此解读重新判断', en: 'Answer under this reading' },
  /** After a reading chosen that the pack does not offer (its words: ./problems.ts). */
  readingDefaultUsed: { zh: '已按默认解读判断', en: 'the default reading was used' },
  packUnavailable: {
    zh: '该政策包在活动日期没有生效的版本，暂无法作答。',
    en: 'This policy has no version in effect on the event’s date, so it cannot answer yet.',
  },
  planForm: { zh: '核查我的抵消计划（可选）', en: 'Check my offset plan (optional)' },
  planHint: {
    zh: '填写排放量和拟使用的抵消产品，逐行核查并与排放量比较。',
    en: 'Enter the emissions and the offsets you plan to use; each line is checked and the total compared.',
  },
  line: { zh: '抵消第', en: 'Offset line' },
  check: { zh: '核查计划', en: 'Check the plan' },
  problems: { zh: '请更正以下内容', en: 'Please correct' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  choose: { zh: '请选择', en: 'Choose' },
  packsTitle: { zh: '政策包', en: 'Policy packs' },
  packsIntro: {
    zh: '每个政策包的规则、引用条款、版本和施行期间。',
    en: 'The rules of each pack, the clauses they cite, its versions and when each is in force.',
  },
  rules: { zh: '规则', en: 'Rules' },
  versions: { zh: '版本', en: 'Versions' },
  documents: { zh: '政策文件', en: 'Source documents' },
  origin: { zh: '来源', en: 'Written in' },
  decides: { zh: '决定', en: 'Decides' },
  conditions: { zh: '条件', en: 'Conditions' },
  whole: { zh: '整个施行期', en: 'whole period' },
  reportsTitle: { zh: '比较分析', en: 'Analysis' },
  reportsIntro: {
    zh: '选择政策包和报告类型；报告全部由政策包的数据和条款生成。',
    en: 'Choose packs and a report; every report is generated from the packs’ data and citations.',
  },
  report: { zh: '报告', en: 'Report' },
  format: { zh: '格式', en: 'Format' },
  show: { zh: '生成报告', en: 'Show the report' },
  download: { zh: '下载', en: 'Download' },
  more: { zh: '补充其他信息（可选）', en: 'Tell us more (optional)' },
  moreHint: {
    zh: '以下信息不影响上面的结论是否成立，但政策会据此引用更具体的条款（例如大型活动的门槛）。',
    en: 'These facts do not change whether the answer above holds, but the policy cites a more specific clause with them (such as the threshold of a large event).',
  },
  moreQuestions: { zh: '补充这些信息', en: 'Add these facts' },
  otherProvinces: { zh: '其他省级行政区', en: 'Other provinces' },
  wholeProvince: { zh: '{name}（全境）', en: '{name} (anywhere)' },

  // A pack and when it applies.
  pack: { zh: '政策包', en: 'Pack' },
  version: { zh: '版本', en: 'Version' },
  versionOf: { zh: '版本 {version}', en: 'version {version}' },
  jurisdiction: { zh: '适用地区', en: 'Jurisdiction' },
  extends: { zh: '继承', en: 'extends' },
  inheritedFrom: { zh: '继承自 {pack}', en: 'inherited from {pack}' },
  ownRules: { zh: '本包 {n} 条', en: '{n} own' },
  removed: { zh: '本政策不采用的上级政策规则', en: 'Rules of the base policy this one sets aside' },
  inForce: { zh: '施行期间', en: 'In force' },
  periodOpen: { zh: '自 {from} 起施行', en: 'in force from {from}' },
  periodClosed: { zh: '施行期 {from} 至 {until}', en: 'in force {from} – {until}' },

  // An answer.
  title: { zh: '碳中和判定', en: 'Carbon-neutrality determination' },
  answer: { zh: '结论', en: 'Answer' },
  obligation: { zh: '结论', en: 'Obligation' },
  asOf: { zh: '判定日期', en: 'Evaluated as of' },
  asOfEvent: { zh: '活动开始日期', en: 'the event start date' },
  asOfUnknown: { zh: '未知（请提供活动开始日期）', en: 'unknown (give the start date)' },
  soFar: { zh: '已知信息至少确定为', en: 'The given facts establish at least' },
  atLeast: { zh: '至少', en: 'at least' },
  missingFacts: { zh: '缺少的信息', en: 'Missing facts' },
  affects: { zh: '影响', en: 'affects' },
  undecided: { zh: '待定', en: 'undecided' },
  needs: { zh: '须知{facts}', en: 'needs the {facts}' },
  assumptions: { zh: '假设', en: 'Assumptions' },
  warnings: { zh: '提示', en: 'Notes' },
  readings: { zh: '解读的选择', en: 'How the text was read' },
  readingUsed: { zh: '本结论采用', en: 'This answer reads it as' },
  readingUsedAs: { zh: '采用「{label}」', en: 'read as “{label}”' },
  readingDefault: { zh: '默认解读', en: 'the default reading' },
  readingAsked: { zh: '您选择的解读', en: 'your choice' },
  readingIf: { zh: '若按「{label}」：{summary}', en: 'If read as “{label}”: {summary}' },

  // Duties and dates.
  duties: { zh: '义务与期限', en: 'Duties and due dates' },
  due: { zh: '截止', en: 'due' },
  noDate: { zh: '无具体日期', en: 'no date' },
  binding: { zh: '须履行', en: 'binding' },
  ifYouNeutralize: { zh: '如实施碳中和', en: 'if you neutralize' },
  planLine: { zh: '抵消计划第 {lines} 行', en: 'offset plan line {lines}' },
  planLines: { zh: '抵消计划第 {lines} 行', en: 'offset plan lines {lines}' },
  noDuty: { zh: '—（无此义务）', en: '— (not a duty)' },

  // Confirmation, offsets and the process.
  confirmation: { zh: '确认方式', en: 'How neutrality is confirmed' },
  offsets: { zh: '认可的抵消产品（按推荐顺序）', en: 'Accepted offset instruments, in the order recommended' },
  topInstruments: { zh: '首选抵消产品（前 {n} 位）', en: 'Top-ranked instruments (first {n})' },
  excluded: { zh: '不可用于抵消', en: 'Not accepted' },
  encouraged: { zh: '鼓励', en: 'Encouraged' },
  unlisted: { zh: '未列出的其他产品可以计入，但不推荐', en: 'Other instruments count, but are discouraged' },
  offsetRanking: { zh: '抵消产品顺序', en: 'Offset ranking' },
  eligibility: { zh: '资格条件', en: 'eligibility' },
  process: { zh: '办理流程', en: 'Steps' },

  // The organizer's offset plan.
  offsetPlan: { zh: '抵消计划', en: 'Offset plan' },
  planLineCount: { zh: '{count} 行', en: '{count} line(s)' },
  planResult: { zh: '抵消计划核查', en: 'Offset plan check' },
  emissions: { zh: '排放量', en: 'Emissions' },
  emissionsUnknown: { zh: '未提供', en: 'not given' },
  total: { zh: '合计', en: 'Total' },
  counted: { zh: '计入', en: 'Counted' },
  notCounted: { zh: '不计入', en: 'Not counted' },
  shortfall: { zh: '缺口', en: 'Shortfall' },
  sufficient: { zh: '足额抵消', en: 'The plan covers the emissions' },
  insufficient: { zh: '抵消不足', en: 'The plan falls short' },
  undecidedPlan: { zh: '尚无法判断是否足额', en: 'Cannot tell yet whether the plan suffices' },
  partialAllowed: {
    zh: '允许部分抵消，但仅全额抵消可称碳中和',
    en: 'Partial offset is allowed, but only a full offset supports a neutrality claim',
  },

  // Why: rules and citations.
  reasons: { zh: '适用的规则', en: 'Rules that apply' },
  citations: { zh: '引用', en: 'Citations' },
  paraphrase: { zh: '（大意）', en: '(paraphrase)' },
  nothing: { zh: '无', en: 'none' },
  none: { zh: '—', en: '—' },

  // Reports.
  compareTitle: { zh: '同一活动在各政策下的比较', en: 'One event under several policies' },
  matrixTitle: { zh: '政策对照矩阵', en: 'Policy matrix' },
  sweepTitle: { zh: '适用结论扫描', en: 'Obligation sweep' },
  /** The three reports as the analyst's page offers them. */
  reportMatrix: {
    zh: '政策矩阵：适用范围、门槛、期限、抵消顺序、确认方式',
    en: 'Policy matrix: scope, thresholds, deadlines, offsets, confirmation',
  },
  reportSweep: { zh: '扫描：不同规模和主办单位的义务', en: 'Sweep: the obligation across sizes and organizers' },
  reportCompare: { zh: '单个活动在各地政策下的比较', en: 'One event under each policy, side by side' },
  generatedFrom: { zh: '本报告完全依据各政策包的数据和引用生成。', en: "Generated from the packs' data and citations only." },
  differs: { zh: '≠ 表示各政策结论不同的行', en: '≠ marks the rows where the packs differ' },
  differsColumn: { zh: '各政策不同', en: 'Differs' },
  compareEvent: { zh: '单个活动比较所用的活动', en: 'The event compared (side-by-side report only)' },
  row: { zh: '项目', en: 'Row' },
  item: { zh: '内容', en: 'Item' },
  firstReached: { zh: '首次达到', en: 'First reached' },
  event: { zh: '活动', en: 'Event' },
  when: { zh: '条件', en: 'if' },
  organizer: { zh: '主办单位', en: 'Organizer' },
  size: { zh: '规模', en: 'Size' },
  sizeMeaning: {
    zh: '规模：参与人数；展览同时取展览面积（m²）与参与人数。',
    en: 'Size: attendees; for exhibitions both the floor area (m²) and the attendees.',
  },
  sweepEvent: { zh: '每个活动的开始、结束日期均为 {asOf}；{facts}。', en: 'Each event starts and ends on {asOf}; {facts}.' },
  thresholdLines: { zh: '分界线：各结论首次出现的规模', en: 'Lines: the smallest size at which each obligation is first reached' },
  from: { zh: '{size} 起', en: 'from {size}' },
  legend: { zh: '图例', en: 'Legend' },
  thresholds: { zh: '门槛一览（参与人数与展览面积）', en: 'Thresholds at a glance (attendees and floor area)' },
  noThresholds: { zh: '无人数或面积门槛', en: 'no attendee or floor-area threshold' },
  otherCondition: { zh: '义务或确认方式的条件', en: 'condition of a duty or confirmation' },
  differsShort: { zh: '各政策不同', en: 'Differs' },
  // Columns of the batch CSV.
  batchIndex: { zh: '序号', en: 'Index' },
  batchDecidedBy: { zh: '决定结论的规则', en: 'Deciding rule' },
  batchError: { zh: '错误', en: 'Error' },
  batchErrorMessage: { zh: '错误说明', en: 'Error message' },
  projectRegion: { zh: '项目所在地', en: 'Project location' },
  packFacts: { zh: '本政策询问的活动信息', en: 'Facts of the event this policy asks' },
  fact: { zh: '信息', en: 'Fact' },
  question: { zh: '问题', en: 'Question' },
  appliesTo: { zh: '适用于', en: 'Applies to' },
  ownTerms: { zh: '本政策自定义的确认方式和义务', en: 'Confirmation modes and duties of its own' },
} satisfies Record<string, BilingualText>;

export type InterfaceWord = keyof typeof INTERFACE_WORDS;

/** An interface word in `lang`, its `{name}` placeholders filled in. */
export function ui(key: InterfaceWord, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(INTERFACE_WORDS[key][lang], values);
}
