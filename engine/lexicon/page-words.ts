// The pages' own words beyond the answer (./interface.ts): the column heads of the bureau's tables, the law beside
// the rule (a source document's clauses with the rules that encode them), a pack's history, and the analyst's page.
// English entries that head something are capitalized.
import type { Lang } from '../vocabulary.js';
import { type BilingualText, fill } from './words.js';

export const PAGE_WORDS = {
  // Column heads of the bureau's tables.
  rule: { zh: '规则', en: 'Rule' },
  status: { zh: '状态', en: 'Status' },
  effectiveFrom: { zh: '生效日期', en: 'Effective from' },
  versionInEffect: { zh: '现行版本', en: 'Version in effect' },
  contentHash: { zh: '内容哈希', en: 'Content hash' },
  region: { zh: '地区', en: 'Jurisdiction' },
  instrument: { zh: '产品', en: 'Instrument' },
  quantity: { zh: '数量', en: 'Quantity' },
  verdict: { zh: '结论', en: 'Verdict' },
  why: { zh: '理由', en: 'Reasons' },
  lineNumber: { zh: '行', en: 'Line' },
  newSinkProject: { zh: '新建林业或海洋碳汇项目', en: 'A newly built forestry or ocean sink project' },
  mainNav: { zh: '主导航', en: 'Main' },
  footerNote: {
    zh: '每个结论均引用政策条款，并标明为原文、解读或未核实。',
    en: 'Every answer cites its clause, marked as the text itself, our interpretation, or unconfirmed.',
  },
  notFound: { zh: '找不到：{what}', en: 'Not found: {what}' },

  // The law beside the rule.
  lawLink: { zh: '条款与规则对照', en: 'The clauses beside the rules' },
  lawTitle: { zh: '{document}：条款与规则对照', en: '{document}: its clauses beside the rules' },
  lawIntro: {
    zh: '本政策包引用的本文件条款，按原文顺序排列，每条旁列出编码它的规则，以便主管部门对照原文核查。只显示政策包已引用的文字，不转载全文。',
    en: "The clauses of this document that the pack cites, in the document's order, each beside the rules that encode it, so that a bureau can check the pack against its own text. Only the words the pack already quotes are shown; the document is not copied.",
  },
  lawSummary: { zh: '共 {clauses} 个条款，其中 {encoded} 个由规则编码。', en: '{clauses} clauses, {encoded} of them encoded by rules.' },
  encodedBy: { zh: '编码此条款的规则', en: 'Rules that encode it' },
  notEncoded: { zh: '无规则编码此条款', en: 'No rule encodes this clause' },
  alsoCitedBy: { zh: '政策包中另引用此条款的内容', en: 'Also cited in the pack by' },
  wordsQuoted: { zh: '政策包引用的文字', en: 'The words the pack quotes' },
  seeClause: { zh: '在原文条款中查看：{document} {clause}', en: 'See it among the clauses of {document}: {clause}' },
  documentClauses: { zh: '条款对照', en: 'Clauses' },
  noClauses: { zh: '本政策包未引用该文件的任何条款。', en: 'The pack cites no clause of this document.' },
  inheritedDocument: { zh: '继承自 {pack}', en: 'inherited from {pack}' },

  // Where a clause is cited besides the rules.
  citedProcess: { zh: '办理流程：{title}', en: 'Step: {title}' },
  citedOffset: { zh: '认可的抵消产品：{label}', en: 'Accepted instrument: {label}' },
  citedEligibility: { zh: '抵消产品资格条件：{label}', en: 'Eligibility of {label}' },
  citedExcluded: { zh: '不可用于抵消：{label}', en: 'Not accepted: {label}' },
  citedEncouraged: { zh: '鼓励：{text}', en: 'Encouraged: {text}' },
  citedCoverage: { zh: '抵消量与排放量的关系', en: 'Offsets against emissions' },
  citedRetirement: { zh: '注销：{text}', en: 'Retirement: {text}' },
  citedUnlisted: { zh: '未列出的抵消产品', en: 'Instruments the pack does not list' },
  citedNoReuse: { zh: '不得重复使用', en: 'No reuse of a credit' },
  citedReading: { zh: '解读的选择：{question}', en: 'Reading: {question}' },
  citedAssumption: { zh: '假设：{fact}', en: 'Assumption: {fact}' },
  citedTerm: { zh: '本政策自定义：{label}', en: 'Term of its own: {label}' },
  citedRemoval: { zh: '不采用的上级规则：{title}', en: 'Base rule set aside: {title}' },

  // History.
  history: { zh: '门槛与期限的变更', en: 'How thresholds and deadlines changed' },
  historyIntro: {
    zh: '每个门槛和期限在本政策包各版本及各施行期间的取值和生效日期；有变化的标为“变更”。',
    en: "Each threshold and deadline across the pack's published versions and its dated rule versions, with the dates they take effect; a change is marked.",
  },
  historyWhat: { zh: '门槛或期限', en: 'Threshold or deadline' },
  historyValue: { zh: '取值', en: 'Value' },
  historyWho: { zh: '适用对象和条件', en: 'Who and when' },
  historyChanged: { zh: '变更', en: 'changed' },
  historyFrom: { zh: '自 {date} 起', en: 'from {date}' },
  historyUntil: { zh: '{from} 至 {until}', en: '{from} – {until}' },
  historyNone: { zh: '本政策包没有门槛或期限。', en: 'The pack sets no threshold or deadline.' },

  // The analyst's page.
  reportEvent: { zh: '比较的活动（仅用于“单个活动比较”）', en: 'The event compared (side-by-side report only)' },
  reportEventHint: {
    zh: '与活动组织方页面相同的问题：所选政策包需要的信息都列在这里。',
    en: 'The same questions as the organizers’ page: what the chosen policies need is asked here.',
  },
  reportPacks: { zh: '政策包', en: 'Packs' },
  downloadAs: { zh: '下载此报告：', en: 'Download this report: ' },
  reportChart: { zh: '图表', en: 'Chart' },
  fewPacks: { zh: '比较至少需要两个政策包。', en: 'Choose at least two packs to compare.' },
  reportUnavailable: { zh: '所选政策包在该日期没有生效的版本，无法生成报告。', en: 'A chosen pack has no version in effect on that date, so the report cannot be made.' },
} satisfies Record<string, BilingualText>;

export type PageWord = keyof typeof PAGE_WORDS;

/** A page word in `lang`, its `{name}` placeholders filled in. */
export function pw(key: PageWord, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(PAGE_WORDS[key][lang], values);
}
