// Hand-built cases and certificates for the document, page and PDF tests: a Sichuan case with its particulars, a
// Jining case confirmed by self-commitment, a Chongqing case, and certificates full, partial and late.
import type { CaseView, CertificateView } from '../../app/cases/case-view.js';
import type { Citation, Lang } from '../../engine/index.js';

const cite = (document: string, clause: string): Citation => ({ document, clause, zh: '原文', en: 'note', basis: 'text' });

const duty = (id: string, title: string, due: string | null, state: 'done' | 'open' | 'overdue', document: string, clause: string) => ({
  duty: id,
  title,
  due,
  dueText: due ? `截止 ${due}` : '政策未规定期限',
  binding: true,
  state,
  stateText: { done: '已完成', open: '未完成', overdue: '已逾期' }[state],
  rule: `duty.${id}`,
  citation: cite(document, clause),
});

export function sichuanCase(lang: Lang = 'zh', overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: 'case-sc-1',
    lang,
    pack: { id: 'cn-sichuan', version: '1.1.0', title: lang === 'zh' ? '四川省积极有序推广和规范碳中和方案' : 'Sichuan carbon-neutrality plan', chain: [{ id: 'cn-national', version: '1.0.0' }, { id: 'cn-sichuan', version: '1.1.0' }] },
    event: {
      name: '第十五届全国运动会成都分赛区开幕式',
      kind: 'sports',
      startDate: '2026-09-01',
      endDate: '2026-09-03',
      attendees: 12000,
      scale: 'national',
      bidCommitsNeutrality: true,
      organizer: { type: 'party-government', level: 'prefectural', name: '成都市体育局' },
    },
    particulars: {
      place: '成都市东安湖体育公园',
      content: '开幕式及首日赛事',
      boundary: ['preparation', 'holding', 'closing'],
      estimatedEmissionsTco2e: '1250.5',
      accountedBy: 'independent-body',
      accountingBody: '四川省环科院',
      neutralizationType: 'organizer-central',
      plannedInstruments: ['CCER', 'carbon-inclusive'],
      plannedOffsetTco2e: '1300',
      plannedNeutralityDate: '2026-12-31',
      responsibleDepartment: '赛事保障处',
      contactPerson: '张三',
      plannedConfirmation: 'third-party',
      confirmationBody: '中环联合认证中心',
    },
    jurisdiction: { code: '510000', text: lang === 'zh' ? '四川省' : 'Sichuan' },
    createdAt: '2026-06-01T02:00:00.000Z',
    updatedAt: '2026-06-01T02:00:00.000Z',
    asOf: '2026-06-01',
    determination: {
      obligation: 'encouraged',
      obligationText: lang === 'zh' ? '鼓励实施碳中和' : 'Encouraged to neutralize',
      rules: ['duty.register-event'],
      summary: lang === 'zh' ? '鼓励实施碳中和。' : 'Encouraged.',
      modes: [
        { code: 'self-commitment', text: lang === 'zh' ? '自我承诺' : 'Self-commitment' },
        { code: 'third-party', text: lang === 'zh' ? '委托第三方机构评价' : 'Third-party evaluation' },
      ],
    },
    stage: { code: 'planned', text: lang === 'zh' ? '计划' : 'Planned' },
    stages: [
      { stage: 'planned', text: lang === 'zh' ? '计划' : 'Planned', reached: true, on: '2026-06-01' },
      { stage: 'registered', text: lang === 'zh' ? '已登记' : 'Registered', reached: false },
    ],
    duties: [
      duty('register-event', lang === 'zh' ? '报送碳中和登记表' : 'Register the event', '2026-08-31', 'open', '川环发〔2021〕5号', '三（四）'),
      duty('complete-neutralization', lang === 'zh' ? '完成碳中和' : 'Complete neutralization', null, 'open', '川环发〔2021〕5号', '三（四）'),
    ],
    missing: [{ code: 'registration', text: lang === 'zh' ? '尚未报送登记表' : 'The registration form is not filed yet' }],
    registration: null,
    emissions: null,
    retirements: [],
    totals: { retiredTco2e: '0', countedTco2e: '0', emissionsTco2e: null, shortfallTco2e: null, sharePercent: null, offsetOn: null },
    confirmation: null,
    certificate: { state: 'not-earned', stateText: lang === 'zh' ? '尚未取得' : 'Not earned yet', blockers: [] },
    ...overrides,
  };
}

/** A Sichuan case with nothing told beyond the event: every particular blank. */
export function bareCase(lang: Lang = 'zh'): CaseView {
  return sichuanCase(lang, { particulars: {}, event: { kind: 'meeting' } });
}

export function jiningCase(lang: Lang = 'zh'): CaseView {
  const base = sichuanCase(lang);
  return {
    ...base,
    id: 'case-jn-1',
    pack: { id: 'cn-shandong-jining', version: '1.1.0', title: '济宁', chain: [] },
    event: { name: '济宁市生态论坛', kind: 'forum', startDate: '2026-05-10', endDate: '2026-05-10', attendees: 300, organizer: { name: '济宁市生态环境局' } },
    particulars: { place: '济宁会展中心', boundary: ['holding'], plannedInstruments: ['carbon-inclusive'], plannedNeutralityDate: '2026-10-01' },
    duties: [duty('complete-neutralization', '完成碳中和', '2026-11-10', 'done', '济宁字', '四（四）2'), duty('publish-plan', '制定并发布碳中和实施计划', '2026-05-09', 'done', '济环字〔2023〕40号', '四（一）')],
    emissions: {
      totalTco2e: '42.125',
      accountedBy: { code: 'platform', text: '平台核算' },
      lines: [{ phase: 'holding', quantityTco2e: '42.125' }],
      byPhase: [{ phase: 'holding', text: '举办阶段', quantityTco2e: '42.125' }],
      recordedAt: '2026-05-20T00:00:00Z',
    },
    totals: { retiredTco2e: '43', countedTco2e: '43', emissionsTco2e: '42.125', shortfallTco2e: '0', sharePercent: '100.00', offsetOn: '2026-06-02' },
    confirmation: {
      mode: 'self-commitment',
      modeText: '自我承诺',
      committedOn: '2026-06-03',
      signatory: '济宁市生态环境局',
      items: [],
      recordedAt: '2026-06-03T00:00:00Z',
    },
  };
}

export function chongqingCase(lang: Lang = 'zh'): CaseView {
  const base = sichuanCase(lang);
  return {
    ...base,
    id: 'case-cq-1',
    pack: { id: 'cn-chongqing', version: '1.1.0', title: '重庆', chain: [] },
    event: { name: '市属国企年度工作会', kind: 'meeting', startDate: '2026-03-20', endDate: '2026-03-21', attendees: 260, organizer: { type: 'soe', level: 'provincial', name: '重庆某集团' } },
    particulars: { place: '重庆国际博览中心', estimatedEmissionsTco2e: '18.6', reductionMeasures: '无纸化会议', plannedInstruments: ['CQCER'], plannedOffsetTco2e: '20' },
    duties: [
      duty('make-plan', '制定碳中和实施计划', '2026-03-19', 'done', '渝环〔2025〕21号', '附件1'),
      duty('complete-neutralization', '完成碳中和', '2026-04-21', 'overdue', '渝环〔2025〕21号', '四（三）'),
    ],
  };
}

export function certificate(lang: Lang = 'zh', overrides: Partial<CertificateView> = {}): CertificateView {
  return {
    verificationId: 'TZ-7Q4M-2K9X-H3PD',
    caseId: 'case-cq-1',
    lang,
    pack: { id: 'cn-chongqing', version: '1.1.0', title: lang === 'zh' ? '重庆市大型会议和活动碳中和实施方案（试行）' : 'Chongqing large meetings and events carbon-neutrality plan (trial)', chain: [{ id: 'cn-chongqing', version: '1.1.0' }] },
    event: { name: '重庆市属国企2026年度工作会议', organizer: '重庆市某某集团有限公司', startDate: '2026-03-20', endDate: '2026-03-21', place: '重庆国际博览中心' },
    kind: 'full',
    kindText: lang === 'zh' ? '碳中和' : 'Carbon neutral',
    statement:
      lang === 'zh'
        ? '该活动核算排放量 18.625 吨CO2e，已注销 20 吨CO2e 用于抵消，实现碳中和。'
        : 'The event’s accounted emissions of 18.625 tCO2e are offset by 20 tCO2e of retired credits: it is carbon neutral.',
    emissionsTco2e: '18.625',
    countedTco2e: '20',
    sharePercent: '100.00',
    accountedBy: { code: 'platform', text: lang === 'zh' ? '“碳惠通”平台核算' : 'Accounted on the 碳惠通 platform' },
    confirmation: { code: 'platform', text: lang === 'zh' ? '平台出具碳中和证书（编号 CQ-2026-0042）' : 'Platform certificate (no. CQ-2026-0042)' },
    retirements: [
      { instrument: { code: 'CQCER', text: lang === 'zh' ? '重庆“碳惠通”核证自愿减排量（CQCER）' : 'Chongqing certified reduction (CQCER)' }, registry: lang === 'zh' ? '重庆碳排放权交易中心' : 'Chongqing carbon exchange', serial: 'CQCER-2025-000101 – CQCER-2025-000120', quantityTco2e: '20', retiredOn: '2026-04-10' },
    ],
    completion: { due: '2026-04-21', metOn: '2026-04-10', daysLate: 0, text: '' },
    issuedOn: '2026-04-12',
    revoked: false,
    verifyPath: '/v1/certificates/TZ-7Q4M-2K9X-H3PD',
    ...overrides,
  };
}

export const partialCertificate = (lang: Lang = 'zh') =>
  certificate(lang, {
    kind: 'partial',
    kindText: lang === 'zh' ? '部分抵消' : 'Partial',
    statement: lang === 'zh' ? '该活动已抵消部分排放量。' : 'Part of the event’s emissions are offset.',
    emissionsTco2e: '1250.5',
    countedTco2e: '800.25',
    sharePercent: '63.99',
  });

export const lateCertificate = (lang: Lang = 'zh') => certificate(lang, { completion: { due: '2026-04-21', metOn: '2026-05-06', daysLate: 15, text: '' } });
