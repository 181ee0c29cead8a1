// The reports' own words (headings, row names, legends) in both languages. Everything said about a pack comes
// from the pack; these are only the frame around it.
import type { BilingualText, Lang, Obligation, Period } from '../../engine/index.js';

export const REPORT_WORDS = {
  compareTitle: { zh: '同一活动在各政策下的比较', en: 'One event under several policies' },
  matrixTitle: { zh: '政策对照矩阵', en: 'Policy matrix' },
  sweepTitle: { zh: '适用结论扫描', en: 'Obligation sweep' },
  asOf: { zh: '判定日期', en: 'As of' },
  asOfEvent: { zh: '活动开始日期', en: 'the event start date' },
  generatedFrom: { zh: '本报告完全依据各政策包的数据和引用生成。', en: "Generated from the packs' data and citations only." },
  citations: { zh: '引用', en: 'Citations' },
  none: { zh: '—', en: '—' },
  extends: { zh: '继承', en: 'extends' },
  inForce: { zh: '施行期', en: 'in force' },
  differs: { zh: '≠ 表示各政策结论不同的行', en: '≠ marks the rows where the packs differ' },
  event: { zh: '活动', en: 'Event' },
  obligation: { zh: '结论', en: 'Obligation' },
  confirmation: { zh: '确认方式', en: 'Confirmation' },
  offsetRanking: { zh: '抵消产品顺序', en: 'Offset ranking' },
  missingFacts: { zh: '缺少的信息', en: 'Missing facts' },
  atLeast: { zh: '至少', en: 'at least' },
  noDate: { zh: '无具体日期', en: 'no date' },
  when: { zh: '条件', en: 'if' },
  // A pack's duty in general (the matrix): one that applies when neutralizing binds every event that must be
  // neutralized, so the words never make it sound optional.
  ifNeutralizing: { zh: '须实施或自愿实施碳中和时适用', en: 'applies when neutralizing, required or voluntary' },
  always: { zh: '一律适用', en: 'applies in its own right' },
  // A duty in one answer (compare): whether it binds this organizer.
  binding: { zh: '须履行', en: 'binding' },
  ifYouNeutralize: { zh: '如实施碳中和', en: 'if you neutralize' },
  /** Which of the plan's lines a duty's date governs (1-based). */
  planLines: { zh: '抵消计划第 {lines} 行', en: 'offset plan lines {lines}' },
  planLine: { zh: '抵消计划第 {lines} 行', en: 'offset plan line {lines}' },
  readings: { zh: '解读的选择', en: 'How the text was read' },
  readingUsed: { zh: '采用「{label}」', en: 'read as “{label}”' },
  readingDefault: { zh: '默认解读', en: 'the default reading' },
  readingAsked: { zh: '所选解读', en: 'as chosen' },
  readingIf: { zh: '若按「{label}」：{summary}', en: 'read as “{label}”: {summary}' },
  /** The mark a paraphrased citation carries instead of quotation marks. */
  paraphrase: { zh: '（大意）', en: '(paraphrase)' },
  eligibility: { zh: '资格条件', en: 'eligibility' },
  inheritedFrom: { zh: '继承自 {pack}', en: 'inherited from {pack}' },
  periodOpen: { zh: '自 {from} 起施行', en: 'in force from {from}' },
  periodClosed: { zh: '施行期 {from} 至 {until}', en: 'in force {from} – {until}' },
  pack: { zh: '政策包', en: 'Pack' },
  kind: { zh: '活动类型', en: 'Kind' },
  organizer: { zh: '主办单位', en: 'Organizer' },
  size: { zh: '规模', en: 'Size' },
  sizeMeaning: {
    zh: '规模：参与人数；展览同时取展览面积（m²）与参与人数。',
    en: 'Size: attendees; for exhibitions both the floor area (m²) and the attendees.',
  },
  sweepEvent: {
    zh: '每个活动的开始、结束日期均为 {asOf}；{facts}。',
    en: 'Each event starts and ends on {asOf}; {facts}.',
  },
  lines: { zh: '分界线：各结论首次出现的规模', en: 'Lines: the smallest size at which each obligation is first reached' },
  from: { zh: '{size} 起', en: 'from {size}' },
  legend: { zh: '图例', en: 'Legend' },
  thresholds: { zh: '门槛一览（参与人数与展览面积）', en: 'Thresholds at a glance (attendees and floor area)' },
  noThresholds: { zh: '无人数或面积门槛', en: 'no attendee or floor-area threshold' },
  otherCondition: { zh: '义务或确认方式的条件', en: 'condition of a duty or confirmation' },
} satisfies Record<string, BilingualText>;

export type ReportWord = keyof typeof REPORT_WORDS;

export function word(key: ReportWord, lang: Lang, values: Record<string, string | number> = {}): string {
  return REPORT_WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Short names for the cells of a heat-map, where the full label does not fit. */
export const OBLIGATION_SHORT: Record<Obligation, BilingualText> = {
  required: { zh: '应当', en: 'req' },
  expected: { zh: '带头', en: 'exp' },
  encouraged: { zh: '鼓励', en: 'enc' },
  'not-covered': { zh: '不适用', en: 'n/c' },
  undetermined: { zh: '待定', en: '?' },
};

export function periodWords(period: Period, lang: Lang): string {
  return period.until
    ? word('periodClosed', lang, { from: period.from, until: period.until })
    : word('periodOpen', lang, { from: period.from });
}

/** `main (note; note)` in English, `main（note；note）` in Chinese; just `main` without notes. */
export function withNotes(main: string, notes: string[], lang: Lang): string {
  if (!notes.length) return main;
  return lang === 'zh' ? `${main}（${notes.join('；')}）` : `${main} (${notes.join('; ')})`;
}

/** What a duty's date governs: `购买的碳配额、碳信用（抵消计划第 2 行）`, `bought allowances and credits (offset plan
 * line 2)`; lines are the engine's 0-based indices, shown 1-based. */
export function governsWords(governs: { label: string; lines?: number[] }, lang: Lang): string {
  if (!governs.lines?.length) return governs.label;
  const numbers = governs.lines.map((i) => i + 1).join(lang === 'zh' ? '、' : ', ');
  return withNotes(governs.label, [word(governs.lines.length > 1 ? 'planLines' : 'planLine', lang, { lines: numbers })], lang);
}

/** Parts of one statement: `a · b · c`. */
export function joinParts(parts: string[]): string {
  return parts.filter(Boolean).join(' · ');
}

/** `main (a, b)` in English, `main（a，b）` in Chinese. */
export function parenthesized(main: string, parts: string[], lang: Lang): string {
  return lang === 'zh' ? `${main}（${parts.join('，')}）` : `${main} (${parts.join(', ')})`;
}

/** `label: text` in English, `label：text` in Chinese. */
export function labelled(label: string, text: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：${text}` : `${label}: ${text}`;
}
