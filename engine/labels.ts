// Bilingual names for the public codes, for renderers and pages. The packs carry their own wording for
// rules and steps; these are only the names of the shared vocabulary.
import type { BilingualText } from './pack-schema.js';
import type { ConfirmationMode, DutyId, Instrument, Lang, Obligation, Phase } from './vocabulary.js';

export const OBLIGATION_LABELS: Record<Obligation, BilingualText> = {
  required: { zh: '应当实施碳中和', en: 'Required to neutralize' },
  expected: { zh: '应带头实施碳中和', en: 'Expected to neutralize (to lead by example)' },
  encouraged: { zh: '鼓励实施碳中和', en: 'Encouraged to neutralize' },
  'not-covered': { zh: '不在本政策范围内', en: 'Not covered by this policy' },
  undetermined: { zh: '尚无法确定（缺少信息）', en: 'Undetermined (facts missing)' },
};

export const DUTY_LABELS: Record<DutyId, BilingualText> = {
  'register-event': { zh: '报送碳中和登记表', en: 'Register the event' },
  'publish-plan': { zh: '制定并发布碳中和实施计划', en: 'Make and publish the neutralization plan' },
  'complete-neutralization': { zh: '完成碳中和', en: 'Complete neutralization' },
  'forestry-project-application': { zh: '完成新建碳汇项目申报', en: 'Apply for the new sink project' },
  'forestry-neutralization': { zh: '完成碳中和测算和项目审定', en: 'Complete sink neutralization and project validation' },
  'retire-credits': { zh: '注销所用配额或减排量', en: 'Retire the credits used' },
};

export const MODE_LABELS: Record<ConfirmationMode, BilingualText> = {
  'third-party': { zh: '委托第三方机构评价', en: 'Third-party evaluation' },
  'self-commitment': { zh: '自我承诺', en: 'Self-commitment' },
  platform: { zh: '平台出具碳中和证书', en: 'Platform certificate' },
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
  other: { zh: '其他', en: 'Other' },
};

export const PHASE_LABELS: Record<Phase, BilingualText> = {
  before: { zh: '事前', en: 'Before' },
  during: { zh: '事中', en: 'During' },
  after: { zh: '事后', en: 'After' },
};

export function say(text: BilingualText, lang: Lang): string {
  return text[lang];
}
