// The names of the public codes, in both languages: one name per code, used by the engine's sentences, the CLI,
// the pages and the reports alike. A pack names its own rules, steps, declared duties and modes; these are the
// names of the shared vocabulary only.
import type { LineVerdict } from '../determination.js';
import type {
  BuiltInDutyId,
  BuiltInModeId,
  CitationBasis,
  EventKind,
  Instrument,
  Obligation,
  OrganizerLevel,
  OrganizerType,
  Phase,
  Scale,
  Wording,
} from '../vocabulary.js';
import type { BilingualText } from './words.js';

export const OBLIGATION_LABELS: Record<Obligation, BilingualText> = {
  required: { zh: '应当实施碳中和', en: 'Required to neutralize' },
  expected: { zh: '应带头实施碳中和', en: 'Expected to neutralize (to lead by example)' },
  encouraged: { zh: '鼓励实施碳中和', en: 'Encouraged to neutralize' },
  'not-covered': { zh: '不在本政策范围内', en: 'Not covered by this policy' },
  undetermined: { zh: '尚无法确定（缺少信息）', en: 'Undetermined (facts missing)' },
};

/** Short names, where the full name does not fit (a heat-map's cells). */
export const OBLIGATION_SHORT: Record<Obligation, BilingualText> = {
  required: { zh: '应当', en: 'req' },
  expected: { zh: '带头', en: 'exp' },
  encouraged: { zh: '鼓励', en: 'enc' },
  'not-covered': { zh: '不适用', en: 'n/c' },
  undetermined: { zh: '待定', en: '?' },
};

/** The built-in duties only: a duty a pack declares is named by its pack (engine/terms.ts dutyLabel). */
export const DUTY_LABELS: Record<BuiltInDutyId, BilingualText> = {
  'register-event': { zh: '报送碳中和登记表', en: 'Register the event' },
  'make-plan': { zh: '制定碳中和实施计划', en: 'Make the neutralization plan' },
  'publish-plan': { zh: '制定并发布碳中和实施计划', en: 'Make and publish the neutralization plan' },
  'complete-neutralization': { zh: '完成碳中和', en: 'Complete neutralization' },
  'forestry-project-application': { zh: '完成新建碳汇项目申报', en: 'Apply for the new sink project' },
  'forestry-neutralization': { zh: '完成碳中和测算和项目审定', en: 'Complete sink neutralization and project validation' },
  'retire-credits': { zh: '注销所用配额或减排量', en: 'Retire the credits used' },
  'disclose-information': { zh: '披露碳中和信息', en: 'Disclose the neutralization information' },
};

/** The built-in modes only: a mode a pack declares is named by its pack (engine/terms.ts modeLabel). */
export const MODE_LABELS: Record<BuiltInModeId, BilingualText> = {
  'third-party': { zh: '委托第三方机构评价', en: 'Third-party evaluation' },
  'self-commitment': { zh: '自我承诺', en: 'Self-commitment' },
  platform: { zh: '平台出具碳中和证书', en: 'Platform certificate' },
};

/** When a duty applies, said of a pack's duty in general (the matrix): never so that it sounds optional. */
export const APPLIES_LABELS: Record<'always' | 'if-neutralizing', BilingualText> = {
  always: { zh: '一律适用', en: 'applies in its own right' },
  'if-neutralizing': { zh: '须实施或自愿实施碳中和时适用', en: 'applies when neutralizing, required or voluntary' },
};

export const INSTRUMENT_LABELS: Record<Instrument, BilingualText> = {
  CQCER: { zh: '重庆“碳惠通”核证自愿减排量（CQCER）', en: 'Chongqing certified reduction (CQCER)' },
  CCER: { zh: '国家核证自愿减排量（CCER）', en: 'China Certified Emission Reduction (CCER)' },
  'carbon-inclusive': { zh: '碳普惠减排量', en: 'Carbon-inclusive reduction' },
  'regional-credit': { zh: '区域核证碳减排量', en: 'Regional certified reduction' },
  allowance: { zh: '碳排放配额', en: 'Emission allowance' },
  'forestry-sink': { zh: '林业碳汇', en: 'Forestry carbon sink' },
  'ocean-sink': { zh: '海洋碳汇', en: 'Ocean carbon sink' },
  'carbon-points': { zh: '碳积分', en: 'Carbon points' },
  other: { zh: '其他抵消产品', en: 'Other instrument' },
};

/** How a pack ranks an accepted instrument. */
export const STANDING_LABELS: Record<'preferred' | 'accepted' | 'discouraged', BilingualText> = {
  preferred: { zh: '优先', en: 'preferred' },
  accepted: { zh: '认可', en: 'accepted' },
  discouraged: { zh: '不推荐', en: 'discouraged' },
};

export const VERDICT_LABELS: Record<LineVerdict, BilingualText> = {
  eligible: { zh: '符合', en: 'Eligible' },
  discouraged: { zh: '可用但不推荐', en: 'Counts, but discouraged' },
  ineligible: { zh: '不符合', en: 'Ineligible' },
  undetermined: { zh: '无法判断（缺少信息）', en: 'Undetermined (facts missing)' },
};

export const PHASE_LABELS: Record<Phase, BilingualText> = {
  before: { zh: '事前', en: 'Before' },
  during: { zh: '事中', en: 'During' },
  after: { zh: '事后', en: 'After' },
};

export const KIND_LABELS: Record<EventKind, BilingualText> = {
  meeting: { zh: '会议', en: 'Meeting' },
  forum: { zh: '论坛', en: 'Forum' },
  exhibition: { zh: '展览', en: 'Exhibition' },
  performance: { zh: '演出', en: 'Performance' },
  sports: { zh: '体育赛事', en: 'Sports event' },
  other: { zh: '其他活动', en: 'Other event' },
};

export const ORGANIZER_TYPE_LABELS: Record<OrganizerType, BilingualText> = {
  'party-government': { zh: '党政机关', en: 'Party or government organ' },
  'public-institution': { zh: '事业单位', en: 'Public institution' },
  soe: { zh: '国有企业', en: 'State-owned enterprise' },
  enterprise: { zh: '其他企业', en: 'Other enterprise' },
  'social-organization': { zh: '社会组织', en: 'Social organization' },
  individual: { zh: '个人', en: 'Individual' },
};

/**
 * The organizer's level. The four province-level municipalities (Beijing, Tianjin, Shanghai, Chongqing) have no
 * prefecture level: their municipal bodies are `provincial`, their districts and counties `county`.
 */
export const ORGANIZER_LEVEL_LABELS: Record<OrganizerLevel, BilingualText> = {
  central: { zh: '中央', en: 'Central' },
  provincial: { zh: '省级（含直辖市市级）', en: 'Provincial (incl. municipal in Beijing, Tianjin, Shanghai, Chongqing)' },
  prefectural: { zh: '地市级', en: 'Prefectural (city)' },
  county: { zh: '区县级', en: 'District or county' },
};

export const SCALE_LABELS: Record<Scale, BilingualText> = {
  international: { zh: '国际性', en: 'International' },
  national: { zh: '全国性', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  local: { zh: '地方性', en: 'Local' },
};

/** The class of a public body's meeting (meetingClass 1–4). */
export const MEETING_CLASS_LABELS: Record<1 | 2 | 3 | 4, BilingualText> = {
  1: { zh: '一类会议', en: 'Class 1 meeting' },
  2: { zh: '二类会议', en: 'Class 2 meeting' },
  3: { zh: '三类会议', en: 'Class 3 meeting' },
  4: { zh: '四类会议', en: 'Class 4 meeting' },
};

/** What a citation rests on. */
export const BASIS_LABELS: Record<CitationBasis, BilingualText> = {
  text: { zh: '原文', en: 'Text of the clause' },
  interpretation: { zh: '解读', en: 'Our interpretation' },
  unconfirmed: { zh: '未核实', en: 'Unconfirmed' },
};

/** What a citation's `zh` is: the source's words, or our summary of them (never shown in quotation marks). */
export const WORDING_LABELS: Record<Wording, BilingualText> = {
  verbatim: { zh: '原文引用', en: 'quoted' },
  paraphrase: { zh: '大意', en: 'paraphrase' },
};

/** A pack version's status in the store. */
export const STATUS_LABELS: Record<'draft' | 'published', BilingualText> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
};

/** A citation's basis as shown beside it: the text plainly, an interpretation or unconfirmed clause marked ⚠. */
export function basisWords(basis: CitationBasis, lang: 'zh' | 'en'): string {
  const name = BASIS_LABELS[basis][lang];
  const shown = lang === 'en' ? `${name[0]?.toLowerCase()}${name.slice(1)}` : name;
  return basis === 'text' ? shown : `⚠ ${shown}`;
}
