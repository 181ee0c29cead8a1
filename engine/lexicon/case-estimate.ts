// The words of a case's two emission figures: the estimate recorded before the event (from its activity data, under
// the pack's factors) and the accounted figure after it, side by side with their difference. An estimate is always
// called one: it fills 附表1's 预估温室气体排放量 and never earns a certificate, which rests on the accounted figure.
import type { BilingualText } from './words.js';

export const CASE_ESTIMATE_WORDS = {
  /** The estimate's label wherever it is shown. */
  estimateLabel: { zh: '预估排放量（估算值，非核算结果）', en: 'Estimated emissions (an estimate, not the accounted figure)' },
  accountedLabel: { zh: '核算排放量', en: 'Accounted emissions' },
  /** The estimate recorded on the case, in one sentence. */
  estimateText: {
    zh: '按活动数据估算为 {total} 吨CO2e（{set}，{on} 记录）。这是估算值：碳中和证书须以经核算的排放量为据',
    en: 'Estimated from the activity data at {total} tCO2e ({set}, recorded on {on}). It is an estimate: a certificate rests on the accounted emissions',
  },
  /** The two figures side by side. */
  estimateOnly: {
    zh: '目前只有预估排放量 {estimated} 吨CO2e；活动结束后请提交经核算的排放量',
    en: 'Only the estimate, {estimated} tCO2e, is recorded; after the event, record the accounted emissions',
  },
  accountedOnly: {
    zh: '核算排放量为 {accounted} 吨CO2e（未记录预估值）',
    en: 'The accounted emissions are {accounted} tCO2e (no estimate was recorded)',
  },
  above: {
    zh: '核算排放量 {accounted} 吨CO2e，比预估排放量 {estimated} 吨CO2e 多 {difference} 吨CO2e',
    en: 'The accounted emissions, {accounted} tCO2e, are {difference} tCO2e more than the estimate of {estimated} tCO2e',
  },
  below: {
    zh: '核算排放量 {accounted} 吨CO2e，比预估排放量 {estimated} 吨CO2e 少 {difference} 吨CO2e',
    en: 'The accounted emissions, {accounted} tCO2e, are {difference} tCO2e less than the estimate of {estimated} tCO2e',
  },
  equal: {
    zh: '核算排放量 {accounted} 吨CO2e，与预估排放量相同',
    en: 'The accounted emissions, {accounted} tCO2e, equal the estimate',
  },
  /** What is missing, and why no certificate, when only the estimate is recorded. */
  missingAccounted: {
    zh: '目前只有预估排放量 {quantity} 吨CO2e（估算值）；出具证书须提交经核算的温室气体排放量',
    en: 'Only an estimate of the emissions is recorded ({quantity} tCO2e); the certificate needs the accounted emissions: record them',
  },
  blockerEstimateOnly: {
    zh: '只记录了预估排放量（{quantity} 吨CO2e）；证书须以经核算的排放量为据，估算值不能取得证书',
    en: 'Only an estimate of the emissions ({quantity} tCO2e) is recorded; a certificate rests on the accounted emissions, never on an estimate',
  },
} satisfies Record<string, BilingualText>;

/** The case page's words for the two figures (server/pages/case-estimate.tsx). */
export const CASE_ESTIMATE_PAGE_WORDS = {
  heading: { zh: '排放量：预估与核算', en: 'Emissions: estimated and accounted' },
  estimateLink: { zh: '按活动数据估算排放量', en: 'Estimate the emissions from activity data' },
  noEstimate: { zh: '尚未记录预估排放量。', en: 'No estimate is recorded.' },
  noAccounted: { zh: '尚未提交核算排放量。', en: 'No accounted emissions are recorded.' },
  difference: { zh: '差额（核算减预估）', en: 'Difference (accounted minus estimated)' },
  bySource: { zh: '分排放源', en: 'By source' },
  leftOut: { zh: '未计入估算', en: 'Left out of the estimate' },
  earlier: { zh: '此前记录的估算', en: 'Estimates recorded before' },
} satisfies Record<string, BilingualText>;
