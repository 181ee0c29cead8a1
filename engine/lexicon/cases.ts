// The words of a case's journey: its stages, each duty's state, what is still missing, why a certificate is not
// earned yet, what an update changed, the certificate's statement, and the columns of the bureau's list (Sichuan
// 川环发〔2021〕5号 附表2's own headings in Chinese). The forms' and certificate's headings are in ./case-documents.ts.
import type { BilingualText } from './words.js';

export const CASE_STAGE_LABELS = {
  planned: { zh: '已立项', en: 'Planned' },
  registered: { zh: '已登记', en: 'Registered' },
  accounted: { zh: '已核算', en: 'Accounted' },
  offset: { zh: '已抵消', en: 'Offset' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  certified: { zh: '已出具证书', en: 'Certified' },
} satisfies Record<string, BilingualText>;

export const DUTY_STATE_LABELS = {
  done: { zh: '已完成', en: 'Done' },
  open: { zh: '待完成', en: 'Open' },
  overdue: { zh: '已逾期', en: 'Overdue' },
} satisfies Record<string, BilingualText>;

export const CERTIFICATE_STATE_LABELS = {
  'not-earned': { zh: '尚不具备出具条件', en: 'Not earned yet' },
  issued: { zh: '已出具', en: 'Issued' },
  revoked: { zh: '已撤销', en: 'Revoked' },
} satisfies Record<string, BilingualText>;

export const CERTIFICATE_KIND_LABELS = {
  full: { zh: '碳中和（全额抵消）', en: 'Carbon neutral (offset in full)' },
  partial: { zh: '部分抵消（不构成碳中和声明）', en: 'Partial offset (no claim of neutrality)' },
} satisfies Record<string, BilingualText>;

/** What a case still lacks, one sentence per item. */
export const CASE_MISSING = {
  fact: { zh: '请提供{label}', en: 'Give the {label}' },
  registration: { zh: '报送碳中和登记表（截止 {due}）', en: 'File the registration form (due {due})' },
  registrationUndated: { zh: '报送碳中和登记表', en: 'File the registration form' },
  emissions: { zh: '提交经核算的温室气体排放量', en: 'Record the accounted emissions' },
  retirements: { zh: '注销用于抵消的配额或减排量', en: 'Retire the credits used to offset' },
  shortfall: { zh: '抵消量不足，尚缺 {quantity} 吨CO2e', en: 'The retired credits fall short by {quantity} tCO2e' },
  notCounted: { zh: '第 {n} 笔注销（{serial}）不计入：{why}', en: 'Retirement {n} ({serial}) does not count: {why}' },
  undetermined: { zh: '第 {n} 笔注销（{serial}）尚无法判断是否计入，请补充：{facts}', en: 'Whether retirement {n} ({serial}) counts is undetermined; give: {facts}' },
  confirmation: { zh: '提交碳中和确认材料（{modes}）', en: 'Record the confirmation evidence ({modes})' },
  duty: { zh: '{duty}（截止 {due}）', en: '{duty} (due {due})' },
  dutyUndated: { zh: '{duty}', en: '{duty}' },
  overdue: { zh: '{duty}已逾期 {days} 天（截止 {due}）', en: '{duty}: overdue by {days} day(s) (due {due})' },
} satisfies Record<string, BilingualText>;

/** Why a certificate cannot be issued yet. */
export const CERTIFICATE_BLOCKERS = {
  emissions: { zh: '尚未提交经核算的排放量', en: 'No accounted emissions are recorded' },
  retirements: { zh: '尚无注销记录', en: 'No credit has been retired' },
  shortfall: { zh: '注销量（计入部分）少于核算排放量，尚缺 {quantity} 吨CO2e', en: 'The retired credits that count fall short of the emissions by {quantity} tCO2e' },
  notCounted: { zh: '第 {n} 笔注销（{serial}）不能计入本政策的抵消', en: 'Retirement {n} ({serial}) does not count under this policy' },
  undetermined: { zh: '第 {n} 笔注销（{serial}）是否计入尚无法判断', en: 'Whether retirement {n} ({serial}) counts is not determined yet' },
  confirmation: { zh: '尚未提交碳中和确认材料（{modes}）', en: 'No confirmation evidence is recorded ({modes})' },
  undeterminedCase: { zh: '本活动的判定尚缺信息：{facts}', en: 'The determination still lacks facts: {facts}' },
  revoked: { zh: '证书已被撤销：{reason}', en: 'The certificate was revoked: {reason}' },
} satisfies Record<string, BilingualText>;

/** The certificate's statement (its headings: ./case-documents.ts CERTIFICATE_WORDS). */
export const CERTIFICATE_STATEMENTS = {
  full: {
    zh: '“{name}”经核算的温室气体排放量为 {emissions} 吨CO2e，已注销并计入 {counted} 吨CO2e 的配额或减排量予以抵消，实现碳中和。',
    en: 'The accounted greenhouse-gas emissions of “{name}”, {emissions} tCO2e, are offset by {counted} tCO2e of retired credits that count: the event is carbon neutral.',
  },
  partial: {
    zh: '“{name}”经核算的温室气体排放量为 {emissions} 吨CO2e，已注销并计入 {counted} 吨CO2e，抵消比例为 {share}%。此为部分抵消，不构成碳中和声明。',
    en: 'Of the accounted emissions of “{name}”, {emissions} tCO2e, {counted} tCO2e ({share}%) are offset by retired credits that count. This is a partial offset, not a claim of neutrality.',
  },
  unnamed: { zh: '本活动', en: 'the event' },
  completedOn: { zh: '于 {metOn} 完成（政策未规定期限）', en: 'Completed on {metOn} (the policy sets no deadline)' },
  onTime: { zh: '于 {metOn} 完成，未超过期限 {due}', en: 'Completed on {metOn}, by the deadline {due}' },
  late: { zh: '于 {metOn} 完成，晚于期限 {due} 共 {days} 天', en: 'Completed on {metOn}, {days} day(s) after the deadline {due}' },
} satisfies Record<string, BilingualText>;

/** The parts of a case an update can change, as its list of changes names them. */
export const CASE_CHANGE_WORDS = {
  obligation: { zh: '判定结论', en: 'Obligation' },
  decidedBy: { zh: '决定结论的规则', en: 'Deciding rule' },
  modes: { zh: '确认方式', en: 'Confirmation routes' },
  due: { zh: '“{duty}”的截止日期', en: 'Due date of “{duty}”' },
  dutyAdded: { zh: '新增义务“{duty}”', en: 'New duty “{duty}”' },
  dutyRemoved: { zh: '不再适用的义务“{duty}”', en: 'Duty no longer applies: “{duty}”' },
  event: { zh: '活动信息“{field}”', en: 'Event fact “{field}”' },
  particular: { zh: '案件信息“{field}”', en: 'Case detail “{field}”' },
  none: { zh: '无', en: 'none' },
} satisfies Record<string, BilingualText>;

/** The bureau's list: 附表2's columns, then the overdue duties, the policy and the stage. */
export const CASE_LIST_COLUMNS = {
  index: { zh: '序号', en: 'No.' },
  name: { zh: '活动名称', en: 'Event' },
  organizer: { zh: '组织方', en: 'Organizer' },
  dates: { zh: '举办时间', en: 'Dates' },
  place: { zh: '举办地点', en: 'Place' },
  neutralizationType: { zh: '碳中和类型', en: 'Type of neutralization' },
  offsetMethod: { zh: '抵消方式', en: 'Offset method' },
  offsetDate: { zh: '抵消时间', en: 'Offset date' },
  quantity: { zh: '抵消量（吨CO2e）', en: 'Offset (tCO2e)' },
  overdue: { zh: '逾期义务', en: 'Overdue duties' },
  pack: { zh: '适用政策', en: 'Policy' },
  stage: { zh: '办理阶段', en: 'Stage' },
} satisfies Record<string, BilingualText>;

export const CASE_LIST_WORDS = {
  title: { zh: '{jurisdiction}各类活动碳中和清单', en: 'Carbon-neutral events of {jurisdiction}' },
  period: { zh: '活动开始日期 {from} 至 {to}', en: 'Events starting {from} to {to}' },
  anyDate: { zh: '不限', en: 'any' },
  asOf: { zh: '逾期情况截至 {asOf}', en: 'Overdue duties as of {asOf}' },
  empty: { zh: '没有符合条件的活动。', en: 'No event matches.' },
  overdueItem: { zh: '{duty}（逾期 {days} 天）', en: '{duty} ({days} day(s) overdue)' },
  dateRange: { zh: '{start} 至 {end}', en: '{start} to {end}' },
  truncated: { zh: '仅列出前 {n} 项。', en: 'The first {n} only.' },
} satisfies Record<string, BilingualText>;

/** The details of a case beside its event (app/cases/case-view.ts CaseParticulars), one name each. */
export const PARTICULAR_LABELS = {
  place: { zh: '活动地点', en: 'place' },
  placeRegion: { zh: '举办地行政区划', en: 'administrative division of the place' },
  coOrganizers: { zh: '其他组织者', en: 'other organizers' },
  measures: { zh: '减排措施', en: 'reduction measures' },
  content: { zh: '活动内容', en: 'content' },
  scaleText: { zh: '活动规模', en: 'size' },
  boundary: { zh: '核算边界', en: 'accounting boundary' },
  estimatedEmissionsTco2e: { zh: '预估排放量（吨CO2e）', en: 'estimated emissions (tCO2e)' },
  accountedBy: { zh: '核算方式', en: 'accounted by' },
  accountingBody: { zh: '核算机构', en: 'accounting body' },
  reductionMeasures: { zh: '减排措施说明', en: 'reduction measures in words' },
  neutralizationType: { zh: '碳中和类型', en: 'type of neutralization' },
  plannedInstruments: { zh: '计划抵消方式', en: 'planned offset method' },
  plannedOtherMethod: { zh: '其他抵消方式', en: 'other offset method' },
  plannedOffsetTco2e: { zh: '预计抵消量（吨CO2e）', en: 'planned offset (tCO2e)' },
  plannedNeutralityDate: { zh: '实现碳中和日期', en: 'date of neutrality' },
  responsibleDepartment: { zh: '责任部门', en: 'department responsible' },
  contactPerson: { zh: '联系人', en: 'contact person' },
  contactPhone: { zh: '联系方式', en: 'contact' },
  plannedConfirmation: { zh: '碳中和确认方式', en: 'planned confirmation' },
  confirmationBody: { zh: '确认机构', en: 'confirming body' },
} satisfies Record<string, BilingualText>;
