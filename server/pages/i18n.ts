// The pages' own words, in both languages. Words about policies come from the packs, never from here.
import type { Lang } from '../../engine/index.js';

const WORDS = {
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
  questionsHint: { zh: '不适用的可以留空；提交后只会继续询问仍然需要的信息。', en: 'Leave blank what does not apply; only what is still needed will be asked next.' },
  answered: { zh: '已填写', en: 'Your answers' },
  change: { zh: '修改', en: 'change' },
  soFar: { zh: '目前已可确定至少为：', en: 'So far at least:' },
  answer: { zh: '结论', en: 'Answer' },
  clause: { zh: '条款', en: 'Clause' },
  timeline: { zh: '时间表', en: 'Timeline' },
  eventStarts: { zh: '活动开始', en: 'Event starts' },
  eventEnds: { zh: '活动结束', en: 'Event ends' },
  noDate: { zh: '政策未规定日期', en: 'no date set by the policy' },
  binding: { zh: '须履行', en: 'binding' },
  ifYouNeutralize: { zh: '如实施碳中和', en: 'if you neutralize' },
  governs: { zh: '此日期适用于', en: 'This date applies to' },
  readings: { zh: '解读的选择', en: 'How the text was read' },
  readingsIntro: {
    zh: '政策原文可有不同解读；以下解读的选择影响本结论，可改按其他解读重新判断。',
    en: 'The text can be read more than one way; these readings bear on this answer, and you can ask again under another.',
  },
  readingUsed: { zh: '本结论采用', en: 'This answer reads it as' },
  readingDefault: { zh: '默认解读', en: 'the default reading' },
  readingAsked: { zh: '您选择的解读', en: 'your choice' },
  readingIf: { zh: '若按「{label}」：{summary}', en: 'If read as “{label}”: {summary}' },
  reask: { zh: '按此解读重新判断', en: 'Answer under this reading' },
  unknownReading: {
    zh: '该政策没有所选的这一项解读，已按默认解读判断。',
    en: 'This policy has no such reading to choose; the default reading was used.',
  },
  unknownReadingOption: {
    zh: '“{question}”没有所选的解读，已按默认解读判断。',
    en: 'The reading chosen is not one of the options for “{question}”; the default reading was used.',
  },
  packUnavailable: {
    zh: '该政策包在活动日期没有生效的版本，暂无法作答。',
    en: 'This policy has no version in effect on the event’s date, so it cannot answer yet.',
  },
  offsets: { zh: '认可的抵消产品（按推荐顺序）', en: 'Offset instruments, in the order recommended' },
  excluded: { zh: '不可用于抵消', en: 'Not accepted' },
  encouraged: { zh: '鼓励', en: 'Encouraged' },
  confirmation: { zh: '确认方式', en: 'How neutrality is confirmed' },
  process: { zh: '办理流程', en: 'Steps' },
  assumptions: { zh: '假设', en: 'Assumptions' },
  warnings: { zh: '提示', en: 'Notes' },
  reasons: { zh: '适用的规则', en: 'Rules applied' },
  plan: { zh: '核查我的抵消计划（可选）', en: 'Check my offset plan (optional)' },
  planHint: { zh: '填写排放量和拟使用的抵消产品，逐行核查并与排放量比较。', en: 'Enter the emissions and the offsets you plan to use; each line is checked and the total compared.' },
  emissions: { zh: '活动排放量（吨CO2e）', en: 'Event emissions (tCO2e)' },
  line: { zh: '抵消第', en: 'Offset line' },
  check: { zh: '核查计划', en: 'Check the plan' },
  planResult: { zh: '计划核查结果', en: 'Plan check' },
  total: { zh: '合计', en: 'Total' },
  counted: { zh: '计入', en: 'Counted' },
  shortfall: { zh: '缺口', en: 'Shortfall' },
  sufficient: { zh: '抵消充足', en: 'The plan covers the emissions' },
  insufficient: { zh: '抵消不足', en: 'The plan falls short' },
  undecidedPlan: { zh: '尚无法判断（缺少信息）', en: 'Cannot be decided yet (facts missing)' },
  problems: { zh: '请更正以下内容', en: 'Please correct' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  choose: { zh: '请选择', en: 'Choose' },
  packsTitle: { zh: '政策包', en: 'Policy packs' },
  packsIntro: { zh: '每个政策包的规则、引用条款、版本和施行期间。', en: 'The rules of each pack, the clauses they cite, its versions and when each is in force.' },
  rules: { zh: '规则', en: 'Rules' },
  versions: { zh: '版本', en: 'Versions' },
  inForce: { zh: '施行期间', en: 'In force' },
  documents: { zh: '政策文件', en: 'Source documents' },
  origin: { zh: '来源', en: 'Written in' },
  decides: { zh: '决定', en: 'Decides' },
  conditions: { zh: '条件', en: 'Conditions' },
  whole: { zh: '整个施行期', en: 'whole period' },
  reportsTitle: { zh: '比较分析', en: 'Analysis' },
  reportsIntro: { zh: '选择政策包和报告类型；报告全部由政策包的数据和条款生成。', en: 'Choose packs and a report; every report is generated from the packs’ data and citations.' },
  report: { zh: '报告', en: 'Report' },
  format: { zh: '格式', en: 'Format' },
  show: { zh: '生成报告', en: 'Show the report' },
  download: { zh: '下载', en: 'Download' },
} satisfies Record<string, { zh: string; en: string }>;

export type WordKey = keyof typeof WORDS;

export function t(key: WordKey, lang: Lang): string {
  return WORDS[key][lang];
}

/** `t` with `{name}` placeholders filled in. */
export function tf(key: WordKey, lang: Lang, values: Record<string, string>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
