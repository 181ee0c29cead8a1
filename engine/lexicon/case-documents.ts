// The words of a case's documents and pages: the fields and tick boxes of Sichuan's 附表1, the items of Jining's
// self-commitment, the fields of Chongqing's 计划书, the certificate's headings and sentences, and the case page
// (timeline, ledger, forms, the "start a case" button). The Chinese of a form's fields is the form's own wording
// (川环发〔2021〕5号 附表1); the English is a translation for reading, never for filing.
import type { BilingualText } from './words.js';

export const DOCUMENT_TITLES = {
  'sichuan-registration': { zh: '四川省大型活动碳中和登记表', en: 'Sichuan registration form of a carbon-neutral large event' },
  'jining-self-commitment': { zh: '大型活动碳中和自我承诺书', en: 'Self-commitment to the carbon neutrality of a large event' },
  'chongqing-plan': { zh: '大型会议和活动碳中和计划书', en: 'Carbon-neutrality plan of a large meeting or event' },
} satisfies Record<string, BilingualText>;

/** 附表1's fields, in the form's order. */
export const REGISTRATION_FIELDS = {
  eventName: { zh: '活动名称', en: 'Name of the event' },
  organizer: { zh: '组织者（盖公章）', en: 'Organizer (official seal)' },
  eventTime: { zh: '活动时间', en: 'Dates' },
  place: { zh: '活动地点', en: 'Place' },
  kind: { zh: '活动类型', en: 'Kind of event' },
  scale: { zh: '活动规模', en: 'Size' },
  content: { zh: '活动内容', en: 'Content' },
  boundary: { zh: '温室气体排放核算边界范围', en: 'Accounting boundary of the greenhouse-gas emissions' },
  estimatedEmissions: { zh: '预估温室气体排放量（吨CO2e）', en: 'Estimated emissions (tCO2e)' },
  accountingMethod: { zh: '核算方式', en: 'Accounted by' },
  reductionMeasures: { zh: '减排措施', en: 'Reduction measures' },
  neutralizationType: { zh: '碳中和类型', en: 'Type of neutralization' },
  offsetMethods: { zh: '抵消方式', en: 'Offset method' },
  plannedOffset: { zh: '预计温室气体抵消量（吨CO2e）', en: 'Planned offset (tCO2e)' },
  neutralityDate: { zh: '实现碳中和日期', en: 'Date of neutrality' },
  contact: { zh: '碳中和责任部门及联系方式', en: 'Department responsible and contact' },
  department: { zh: '责任部门', en: 'Department' },
  person: { zh: '联系人', en: 'Contact person' },
  phone: { zh: '联系方式', en: 'Phone or e-mail' },
  confirmationMethod: { zh: '碳中和确认方式', en: 'How neutrality is confirmed' },
  attachment: { zh: '附：国际性和全国性大型活动碳中和计划或实施方案', en: 'Attached: the neutralization plan of the international or national event' },
} satisfies Record<string, BilingualText>;

/** 附表1's tick boxes. */
export const BOUNDARY_LABELS = {
  preparation: { zh: '筹备阶段', en: 'Preparation' },
  holding: { zh: '举办阶段', en: 'Holding' },
  closing: { zh: '收尾阶段', en: 'Closing' },
} satisfies Record<string, BilingualText>;

/** Who accounted the emissions, in general words (any pack's platform); 附表1's own boxes are FORM_ACCOUNTING_LABELS. */
export const ACCOUNTING_LABELS = {
  self: { zh: '自行核算', en: 'By the organizer itself' },
  platform: { zh: '平台核算', en: 'By the platform' },
  'independent-body': { zh: '委托独立机构核算', en: 'By an independent body' },
} satisfies Record<string, BilingualText>;

/** 附表1's boxes of 核算方式 (Sichuan's platform is its innovation service platform). */
export const FORM_ACCOUNTING_LABELS = {
  self: { zh: '自行核算', en: 'By the organizer itself' },
  platform: { zh: '创新服务平台核算', en: 'By the innovation service platform' },
  'independent-body': { zh: '委托独立机构核算', en: 'By an independent body' },
} satisfies Record<string, BilingualText>;

export const NEUTRALIZATION_TYPE_LABELS = {
  'organizer-central': { zh: '组织者集中碳中和', en: 'Central neutralization by the organizer' },
  'participant-voluntary': { zh: '参与者自愿碳抵消', en: 'Voluntary offsetting by participants' },
  both: { zh: '前两者均有', en: 'Both' },
} satisfies Record<string, BilingualText>;

export const FORM_OFFSET_LABELS = {
  allowance: { zh: '国家碳排放配额', en: 'National emission allowances' },
  CCER: { zh: '国家核证自愿减排量', en: 'China Certified Emission Reductions (CCER)' },
  'regional-credit': { zh: '区域核证碳减排量', en: 'Regional certified reductions' },
  'sink-project': { zh: '碳中和林等碳汇项目', en: 'Carbon-neutral forests and other sink projects' },
  other: { zh: '其他', en: 'Other' },
} satisfies Record<string, BilingualText>;

export const FORM_CONFIRMATION_LABELS = {
  'self-commitment': { zh: '自我承诺', en: 'Self-commitment' },
  platform: { zh: '创新服务平台', en: 'The innovation service platform' },
  'independent-body': { zh: '委托独立机构', en: 'An independent body' },
} satisfies Record<string, BilingualText>;

/** Jining 三（二）: the items a self-commitment lists, in the text's order. */
export const COMMITMENT_ITEM_LABELS = {
  'event-name': { zh: '大型活动名称', en: 'Name of the event' },
  organizers: { zh: '组织者名单', en: 'Organizers' },
  scale: { zh: '活动规模', en: 'Size' },
  dates: { zh: '举办时间', en: 'Dates' },
  'boundary-and-emissions': { zh: '温室气体核算边界和排放量', en: 'Accounting boundary and emissions' },
  'offset-method-and-date': { zh: '碳中和的抵消方式及实现碳中和日期', en: 'Offset method and date of neutrality' },
  'confirmation-method': { zh: '碳中和结果的确认方式', en: 'How the result is confirmed' },
} satisfies Record<string, BilingualText>;

/** Chongqing's 计划书: fields read from 附件1 and 四 (the text lists no fields of its own). */
export const PLAN_FIELDS = {
  eventName: { zh: '会议或活动名称', en: 'Name of the meeting or event' },
  organizer: { zh: '实施方（组织方）', en: 'Implementing body (organizer)' },
  eventTime: { zh: '举办时间', en: 'Dates' },
  place: { zh: '举办地点', en: 'Place' },
  kind: { zh: '会议或活动类型', en: 'Kind' },
  scale: { zh: '规模', en: 'Size' },
  estimatedEmissions: { zh: '预估碳排放量（吨CO2e）', en: 'Estimated emissions (tCO2e)' },
  measures: { zh: '事中减排措施', en: 'Reduction measures during the event' },
  otherMeasures: { zh: '其他减排措施', en: 'Other reduction measures' },
  offsetProducts: { zh: '抵消产品（按选择顺序）', en: 'Offset products, in the order chosen' },
  plannedOffset: { zh: '计划抵消量（吨CO2e，应大于或等于碳排放量）', en: 'Planned offset (tCO2e; at least the emissions)' },
  neutralityDate: { zh: '计划实现碳中和日期', en: 'Planned date of neutrality' },
  completionDue: { zh: '完成时限（活动结束后1个月内）', en: 'Deadline (within 1 month after the event ends)' },
  contact: { zh: '责任部门及联系方式', en: 'Department responsible and contact' },
} satisfies Record<string, BilingualText>;

export const PLAN_MEASURE_LABELS = {
  'green-venue': { zh: '使用绿色建筑作为活动场地', en: 'A green building as the venue' },
  'clean-transport': { zh: '鼓励参与者乘坐清洁能源交通工具', en: 'Participants encouraged to use clean-energy transport' },
  'fewer-disposables': { zh: '少使用一次性用品', en: 'Fewer disposable items' },
  'less-office-supplies': { zh: '减少办公用品消耗', en: 'Less office supplies' },
  'save-water-power': { zh: '节约用水用电', en: 'Saving water and electricity' },
  'clean-plate': { zh: '开展光盘行动', en: 'No food waste (clean-plate campaign)' },
} satisfies Record<string, BilingualText>;

/** Words around the documents' values. */
export const DOCUMENT_WORDS = {
  dateRange: { zh: '{start} 至 {end}', en: '{start} to {end}' },
  attendees: { zh: '{n}人', en: '{n} people' },
  floorArea: { zh: '{n}平方米', en: '{n} m²' },
  tonnes: { zh: '{q} 吨CO2e', en: '{q} tCO2e' },
  bodyName: { zh: '名称：{name}', en: 'name: {name}' },
  accounted: { zh: '核算排放量', en: 'accounted emissions' },
  estimated: { zh: '预估排放量', en: 'estimated emissions' },
  blank: { zh: '（待填写）', en: '(to be filled in)' },
  blankNote: {
    zh: '空白栏目尚无信息，由组织者填写；本系统不推测任何内容。',
    en: 'Blank fields have no information yet and are for the organizer to fill in; nothing is guessed.',
  },
  commitmentStatement: {
    zh: '本单位承诺：以上内容真实、准确，并对承诺真实性负责。',
    en: 'We commit that the above is true and accurate, and answer for the truth of this commitment.',
  },
  signatory: { zh: '承诺单位（盖章）', en: 'Committed by (seal)' },
  committedOn: { zh: '承诺日期', en: 'Date' },
  commitmentComplete: { zh: '承诺书所列内容已齐全。', en: 'Every item of the commitment is filled in.' },
  commitmentMissing: { zh: '尚缺：{items}', en: 'Still missing: {items}' },
  planReading: {
    zh: '重庆文件未列出计划书的栏目；以下栏目依据附件1的流程和方案四的抵消与完成时间要求整理。',
    en: "Chongqing's text lists no fields of the plan; these follow 附件1's steps and section 四's offset and deadline rules.",
  },
  translationNote: {
    zh: '英文仅供阅读参考，报送时以中文表格为准。',
    en: 'An English reading aid: the form is filed in Chinese.',
  },
  printHint: { zh: '打印本页即得表格。', en: 'Print this page to get the form.' },
} satisfies Record<string, BilingualText>;

/** The certificate's headings and sentences. */
export const CERTIFICATE_WORDS = {
  titleFull: { zh: '大型活动碳中和证明', en: 'Certificate of carbon neutrality' },
  titlePartial: { zh: '大型活动部分碳抵消证明', en: 'Certificate of partial offsetting' },
  noClaim: {
    zh: '本证明仅证明部分抵消，不构成碳中和声明。',
    en: 'This certificate attests a partial offset only; it is not a claim of carbon neutrality.',
  },
  partialShare: { zh: '已抵消核算排放量的 {share}%', en: '{share}% of the accounted emissions offset' },
  late: {
    zh: '完成碳中和的期限为 {due}，实际于 {metOn} 完成，逾期 {days} 日。',
    en: 'Neutralization was due by {due} and completed on {metOn}, {days} day(s) late.',
  },
  onTime: { zh: '已在期限内完成（期限 {due}）。', en: 'Completed by the deadline ({due}).' },
  noDeadline: { zh: '政策未规定完成期限。', en: 'The policy sets no completion deadline.' },
  verificationId: { zh: '验证编号', en: 'Verification id' },
  verifyAt: { zh: '核验地址', en: 'Verify at' },
  judgedUnder: { zh: '判定依据', en: 'Judged under' },
  packVersion: { zh: '{title}（政策包版本 {version}）', en: '{title} (pack version {version})' },
  issuedOn: { zh: '签发日期', en: 'Issued on' },
  event: { zh: '活动名称', en: 'Event' },
  organizer: { zh: '组织者', en: 'Organizer' },
  dates: { zh: '举办时间', en: 'Dates' },
  place: { zh: '举办地点', en: 'Place' },
  emissions: { zh: '核算排放量', en: 'Accounted emissions' },
  counted: { zh: '计入的注销量', en: 'Retired credits counted' },
  accountedBy: { zh: '核算方式', en: 'Accounted by' },
  confirmation: { zh: '确认方式', en: 'Confirmed by' },
  completion: { zh: '完成时间', en: 'Completion' },
  retirements: { zh: '注销明细', en: 'Retirements' },
  instrument: { zh: '产品', en: 'Instrument' },
  registry: { zh: '注册登记机构', en: 'Registry' },
  serials: { zh: '序列号', en: 'Serial numbers' },
  quantity: { zh: '数量', en: 'Quantity' },
  retiredOn: { zh: '注销日期', en: 'Retired on' },
  revoked: { zh: '本证明已撤销', en: 'This certificate has been revoked' },
  footer: {
    zh: '本证明由 tanzhong 碳中依据政策包数据生成；数量为精确十进制数（吨二氧化碳当量）。',
    en: "Generated by tanzhong from the policy pack's data; quantities are exact decimals (tonnes of CO2 equivalent).",
  },
  fontMissing: {
    zh: '无法生成 PDF：缺少中文字体 {path}。请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk），或以 TANZHONG_CJK_FONT 指定字体文件。',
    en: 'Cannot make the PDF: the Chinese font {path} is missing. Install fonts-noto-cjk (apt-get install fonts-noto-cjk), or name a font file with TANZHONG_CJK_FONT.',
  },
} satisfies Record<string, BilingualText>;

/** The case page and the answer card's "start a case". */
export const CASE_PAGE_WORDS = {
  caseTitle: { zh: '碳中和办理进度', en: 'Neutralization case' },
  notAForm: { zh: '提交的内容不是可读取的表单，请从页面重新提交。', en: 'What was sent is not a form that can be read: send it again from the page.' },
  formTooLarge: { zh: '提交的表单超过 64 KiB，请删减后重新提交。', en: 'The form sent is larger than 64 KiB: shorten it and send it again.' },
  stage: { zh: '当前阶段', en: 'Stage' },
  stages: { zh: '办理阶段', en: 'Stages' },
  asOf: { zh: '状态日期', en: 'State as of' },
  doneOn: { zh: '完成于', en: 'done on' },
  daysLate: { zh: '逾期 {days} 日', en: '{days} day(s) late' },
  judgedUnder: { zh: '判定依据', en: 'Judged under' },
  duties: { zh: '义务时间表', en: 'Duties' },
  missing: { zh: '尚需完成', en: 'Still missing' },
  nothingMissing: { zh: '无', en: 'Nothing' },
  forms: { zh: '表格与文书', en: 'Forms' },
  printable: { zh: '打印版', en: 'Printable' },
  registration: { zh: '登记', en: 'Registration' },
  filedOn: { zh: '报送日期', en: 'Filed on' },
  emissions: { zh: '排放量', en: 'Emissions' },
  byPhase: { zh: '分阶段', en: 'By phase' },
  ledger: { zh: '注销台账', en: 'Retirement ledger' },
  noRetirements: { zh: '尚无注销记录。', en: 'No retirement recorded yet.' },
  verdict: { zh: '核查结果', en: 'Check' },
  instrumentHead: { zh: '产品', en: 'Instrument' },
  registryHead: { zh: '注册登记机构', en: 'Registry' },
  serialHead: { zh: '序列号', en: 'Serial numbers' },
  quantityHead: { zh: '数量', en: 'Quantity' },
  retiredOnHead: { zh: '注销日期', en: 'Retired on' },
  verificationId: { zh: '验证编号', en: 'Verification id' },
  verifyPublic: { zh: '公开核验', en: 'Verify publicly' },
  counted: { zh: '计入', en: 'Counts' },
  retired: { zh: '已注销', en: 'Retired' },
  countedTotal: { zh: '计入合计', en: 'Counted' },
  shortfall: { zh: '缺口', en: 'Shortfall' },
  share: { zh: '抵消比例', en: 'Share offset' },
  confirmation: { zh: '碳中和确认', en: 'Confirmation' },
  noConfirmation: { zh: '尚未提交确认材料。', en: 'No confirmation evidence yet.' },
  certificate: { zh: '证书', en: 'Certificate' },
  certificateJson: { zh: '证书数据', en: 'Certificate data' },
  certificatePdf: { zh: 'PDF（中文）', en: 'PDF (Chinese)' },
  certificatePdfEn: { zh: 'PDF（英文）', en: 'PDF (English)' },
  startCase: { zh: '开始办理碳中和', en: 'Start a case' },
  startCaseHint: {
    zh: '保存此活动和判定结果，按政策逐项跟踪登记、核算、注销、确认，直至取得证书。',
    en: 'Keep this event and its answer, and follow each duty of the policy (registration, accounting, retirement, confirmation) to the certificate.',
  },
  caseOpened: {
    zh: '已建立。请保存以下访问码，它只显示这一次：',
    en: 'Opened. Keep this access code: it is shown only this once:',
  },
  notFound: { zh: '找不到该案件，或访问码不正确。', en: 'No such case, or the access code is wrong.' },
  needCode: { zh: '请输入建立案件时显示的访问码。', en: 'Enter the access code shown when the case was opened.' },
  eventName: { zh: '活动名称（可选）', en: 'Name of the event (optional)' },
  organizerName: { zh: '组织者名称（可选）', en: 'Organizer (optional)' },
  place: { zh: '活动地点（可选）', en: 'Place (optional)' },
  cannotOpen: { zh: '无法建立案件：', en: 'The case could not be opened: ' },
  accessCode: { zh: '访问码', en: 'Access code' },
  open: { zh: '查看', en: 'Open' },
} satisfies Record<string, BilingualText>;
