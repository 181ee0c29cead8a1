// Cases for the tests: an event per shipped pack that its policy covers (dates in 2025, so every recorded date is
// in the past whatever day the tests run), a credit per pack that counts under it, and the calls of a journey.
import { bearer } from './api.js';

type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; json: any; text: string; headers: Headers }>;

export const CASE_EVENTS = {
  /** A municipal SOE's meeting of 300: required (渝环〔2025〕21号 三（一）); platform; due one month after it ends. */
  'cn-chongqing': {
    name: '市属国企年度工作会议',
    kind: 'meeting',
    startDate: '2025-06-10',
    endDate: '2025-06-11',
    attendees: 300,
    organizer: { type: 'soe', level: 'provincial', name: '重庆某市属国企' },
  },
  /** An organ's forum of 600: expected; a third party confirms (济环字〔2023〕40号 三（一））; due six months after. */
  'cn-shandong-jining': {
    name: '济宁市生态论坛',
    kind: 'forum',
    startDate: '2025-06-10',
    endDate: '2025-06-11',
    attendees: 600,
    organizer: { type: 'party-government', name: '济宁市某局' },
  },
  /** A national event whose bid promised neutrality: files 附表1 before it starts (川环发〔2021〕5号 三（四））. */
  'cn-sichuan': {
    name: '全国青年运动会',
    kind: 'sports',
    scale: 'national',
    bidCommitsNeutrality: true,
    attendees: 3000,
    startDate: '2025-05-10',
    endDate: '2025-05-12',
    organizer: { name: '四川省体育局' },
  },
  /** An exhibition under the national guideline: encouraged, no completion date. */
  'cn-national': {
    name: '全国绿色展览会',
    kind: 'exhibition',
    startDate: '2025-06-10',
    endDate: '2025-06-12',
    attendees: 5000,
    organizer: { name: '某全国性协会' },
  },
} as const;

export type CasePack = keyof typeof CASE_EVENTS;

/** A credit each pack counts (eligible), `n` credits from serial `from` of its own numbering. */
export function creditFor(pack: CasePack, from: number, n: number, retiredOn: string, serialPrefix = 'T'): Record<string, unknown> {
  const serial = (k: number) => `${serialPrefix}-${pack}-${String(k).padStart(6, '0')}`;
  const base = { serialFirst: serial(from), serialLast: serial(from + n - 1), quantityTco2e: String(n), retiredOn, proofReference: `proof-${from}` };
  switch (pack) {
    case 'cn-chongqing':
      return { ...base, instrument: 'CQCER', registry: '重庆“碳惠通”平台', projectRegion: '500101', vintageStart: '2022-01-01', vintageEnd: '2022-12-31', projectStartDate: '2020-05-01' };
    case 'cn-shandong-jining':
      return { ...base, instrument: 'CCER', registry: '全国温室气体自愿减排注册登记系统', projectRegion: '370800' };
    default:
      return { ...base, instrument: 'CCER', registry: '全国温室气体自愿减排注册登记系统', projectRegion: '510100' };
  }
}

/** The evidence each pack's mode for its event needs. */
export function evidenceFor(pack: CasePack, on: string): Record<string, unknown> {
  switch (pack) {
    case 'cn-chongqing':
      return { mode: 'platform', platform: '碳惠通', certificateNumber: 'THT-2025-0001', issuedOn: on };
    case 'cn-shandong-jining':
      return { mode: 'third-party', body: '某认证有限公司', reportDate: on, conclusion: '实现碳中和', reference: 'EV-2025-01' };
    case 'cn-sichuan':
      return { mode: 'platform', platform: '四川省碳中和创新服务平台', certificateNumber: 'SC-2025-0001' };
    case 'cn-national':
      return { mode: 'self-commitment', committedOn: on, signatory: '某全国性协会', items: COMMITMENT };
  }
}

/** A self-commitment stating every item 济环字〔2023〕40号 三（二） lists. */
export const COMMITMENT = {
  'event-name': '全国绿色展览会',
  organizers: '某全国性协会',
  scale: '5000人',
  dates: '2025-06-10 至 2025-06-12',
  'boundary-and-emissions': '筹备、举办、收尾阶段；100 吨CO2e',
  'offset-method-and-date': '注销CCER，2025-07-01',
  'confirmation-method': '自我承诺',
};

/** Opens a case without a key; returns its id, the token's header and the case. */
export async function openWithToken(call: Call, pack: string, event: unknown, more: Record<string, unknown> = {}) {
  const res = await call('POST', '/v1/cases', { pack, event, ...more });
  if (res.status !== 201) throw new Error(`opening a case: ${res.status} ${res.text}`);
  return { id: res.json.case.id as string, auth: bearer(res.json.token as string), view: res.json.case, token: res.json.token as string };
}

/** Each duty's state by its id. */
export const dutyStates = (view: any): Record<string, string> => Object.fromEntries(view.duties.map((d: any) => [d.duty, d.state]));
