// The words of the text renderings (headings, verdicts, standings), in both languages. The names of the
// shared vocabulary (obligations, duties, modes, instruments) come from engine/labels.ts.
import type { BilingualText, CitationBasis } from '../../engine/index.js';

export const WORDS = {
  title: { zh: '碳中和判定', en: 'Carbon-neutrality determination' },
  asOf: { zh: '判定日期', en: 'Evaluated as of' },
  asOfUnknown: { zh: '未知（请提供活动开始日期）', en: 'unknown (give the start date)' },
  chain: { zh: '继承', en: 'extends' },
  answer: { zh: '结论', en: 'Answer' },
  atLeast: { zh: '已知信息至少确定为', en: 'The given facts establish at least' },
  missing: { zh: '缺少的信息', en: 'Missing facts' },
  affects: { zh: '影响', en: 'affects' },
  provide: { zh: '请提供', en: 'please provide it' },
  undecided: { zh: '待定', en: 'undecided' },
  needs: { zh: '缺少 {facts}', en: 'needs {facts}' },
  assumptions: { zh: '假设', en: 'Assumptions' },
  warnings: { zh: '提示', en: 'Warnings' },
  duties: { zh: '义务与期限', en: 'Duties and due dates' },
  noDuties: { zh: '无', en: 'none' },
  due: { zh: '截止', en: 'due' },
  noDate: { zh: '无具体日期', en: 'no date' },
  ifNeutralizing: { zh: '如实施碳中和', en: 'if you neutralize' },
  binding: { zh: '须履行', en: 'binding' },
  planLines: { zh: '抵消计划第 {lines} 行', en: 'offset plan line(s) {lines}' },
  readings: { zh: '解读的选择', en: 'How the text was read' },
  readingUsed: { zh: '本答复采用', en: 'This answer uses' },
  readingDefault: { zh: '默认', en: 'default' },
  readingIf: { zh: '若按“{option}”', en: 'Under "{option}"' },
  paraphrase: { zh: '（大意）', en: ' (paraphrase)' },
  confirmation: { zh: '确认方式', en: 'Confirmation' },
  accepted: { zh: '认可的抵消产品（按推荐顺序）', en: 'Accepted offset instruments (in rank order)' },
  excluded: { zh: '不认可', en: 'Not accepted' },
  unlisted: { zh: '未列出的其他产品可以计入，但不推荐', en: 'Other instruments count, but are discouraged' },
  plan: { zh: '抵消计划核查', en: 'Offset plan check' },
  counted: { zh: '计入', en: 'counted' },
  notCounted: { zh: '不计入', en: 'not counted' },
  total: { zh: '合计', en: 'Total' },
  emissions: { zh: '排放量', en: 'emissions' },
  emissionsUnknown: { zh: '未提供', en: 'not given' },
  shortfall: { zh: '缺口', en: 'shortfall' },
  sufficientYes: { zh: '足额抵消', en: 'the plan covers the emissions' },
  sufficientNo: { zh: '抵消不足', en: 'the plan falls short' },
  sufficientUnknown: { zh: '尚无法判断是否足额', en: 'cannot tell yet whether the plan suffices' },
  partialAllowed: {
    zh: '允许部分抵消，但仅全额抵消可称碳中和',
    en: 'partial offset is allowed, but only a full offset supports a neutrality claim',
  },
  rules: { zh: '适用的规则', en: 'Rules that apply' },
  citations: { zh: '引用', en: 'Citations' },
  notCovered: { zh: '（无）', en: '(none)' },
} satisfies Record<string, BilingualText>;

export const STANDING_WORDS: Record<'preferred' | 'accepted' | 'discouraged', BilingualText> = {
  preferred: { zh: '优先', en: 'preferred' },
  accepted: { zh: '认可', en: 'accepted' },
  discouraged: { zh: '不推荐', en: 'discouraged' },
};

/** How the basis of a citation is shown; only `text` goes unmarked-looking, the others stand out. */
export const BASIS_WORDS: Record<CitationBasis, BilingualText> = {
  text: { zh: '原文', en: 'text' },
  interpretation: { zh: '⚠ 解读 interpretation', en: '⚠ interpretation' },
  unconfirmed: { zh: '⚠ 未核实 unconfirmed', en: '⚠ unconfirmed' },
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}
