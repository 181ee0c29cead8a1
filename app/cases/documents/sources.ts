// The clauses the case documents rest on. A `zh` marked verbatim is the source's own words (test/case-documents
// checks each against the seed texts); where a text gives no list of fields, the fields are our reading and say so.
import type { Citation } from '../../../engine/index.js';

export const SICHUAN = '川环发〔2021〕5号';
export const JINING = '济环字〔2023〕40号';
export const CHONGQING = '渝环〔2025〕21号';

export const DOCUMENT_SOURCES = {
  /** Sichuan: who files 附表1, when, with whom. */
  sichuanRegistration: {
    document: SICHUAN,
    clause: '三（四）',
    zh: '申办文件承诺实施碳中和的国际性和全国性大型活动，活动组织者应在活动举办前向本地区地级及以上生态环境主管部门报送《四川省大型活动碳中和登记表》，并抄送碳中和创新服务平台',
    en: 'International and national events whose bid documents promise neutrality file the registration form (附表1) before the event with the ecology and environment authority at prefecture level or above, copied to the innovation service platform.',
    basis: 'text',
  },
  /** Sichuan: the form's own fields. */
  sichuanForm: {
    document: SICHUAN,
    clause: '附表1',
    zh: '四川省大型活动碳中和登记表',
    en: 'The fields of the form are those of 附表1, in its order; its tick boxes are its own.',
    basis: 'text',
  },
  /** Jining: the self-commitment and its items. */
  jiningCommitment: {
    document: JINING,
    clause: '三（二）',
    zh: '可通过自我承诺确认实现碳中和（并对承诺真实性负责）',
    en: 'Events of 200 to 499 participants may confirm neutrality by a self-commitment, the organizer answering for its truth.',
    basis: 'text',
  },
  jiningItems: {
    document: JINING,
    clause: '三（二）',
    zh: '承诺内容包括：大型活动名称、组织者名单、活动规模、举办时间、温室气体核算边界和排放量、碳中和的抵消方式及实现碳中和日期、碳中和结果的确认方式等',
    en: 'The commitment lists: event name, organizers, size, dates, accounting boundary and emissions, offset method and date of neutrality, and how the result is confirmed.',
    basis: 'text',
  },
  /** Chongqing: the plan made before the event. */
  chongqingPlan: {
    document: CHONGQING,
    clause: '附件1',
    zh: '事前通过“碳惠通”平台协助制定大型会议和活动碳中和计划书',
    en: 'Before the event, the plan is made with the help of the 碳惠通 platform.',
    basis: 'text',
  },
  chongqingPlanFields: {
    document: CHONGQING,
    clause: '附件1、四',
    zh: '计划书栏目依据附件1的事前、事中、事后流程和四（二）、四（三）的抵消产品与完成时间整理',
    en: 'The text lists no fields of the plan: these are our reading of 附件1 (before, during, after) and of 四（二）, 四（三） (offset products, deadline).',
    basis: 'interpretation',
    wording: 'paraphrase',
  },
  chongqingMeasures: {
    document: CHONGQING,
    clause: '附件1',
    zh: '事中应优先通过使用绿色建筑作为活动场地、鼓励参与者乘坐清洁能源交通工具、少使用一次性用品、减少办公用品消耗、节约用水用电、开展光盘行动等方式主动减少碳排放',
    en: 'During the event: a green building as venue, clean transport, fewer disposables and office supplies, saving water and power, no food waste.',
    basis: 'text',
  },
  chongqingProducts: {
    document: CHONGQING,
    clause: '四（二）',
    zh: '可参照以下顺序选择产品进行碳中和：（1）重庆市“碳惠通”项目核证自愿减排量（CQCER)；（2）国家温室气体自愿减排机制签发的重庆项目“核证自愿减排量”（CCER）',
    en: 'Products in this order: CQCER, then CCER issued for Chongqing projects.',
    basis: 'text',
  },
  chongqingAtLeast: {
    document: CHONGQING,
    clause: '附件1',
    zh: '用于抵消的自愿减排量应大于或等于碳排放量',
    en: 'The reductions used to offset must be at least the emissions.',
    basis: 'text',
  },
  chongqingDeadline: {
    document: CHONGQING,
    clause: '四（三）',
    zh: '活动碳中和完成时间最迟不晚于活动结束后1个月内',
    en: 'Neutralization is completed no later than one month after the event ends.',
    basis: 'text',
  },
} satisfies Record<string, Citation>;

export type DocumentSource = keyof typeof DOCUMENT_SOURCES;

/** The seed file of each document quoted (../shared/seeds): for checking the quotes. */
export const SOURCE_SEEDS: Record<string, string> = {
  [SICHUAN]: '004_ca396fc3d8d6fa7c.txt',
  [JINING]: '003_ce11723622fa01eb.txt',
  [CHONGQING]: '000_84a1e4b695158566.txt',
};
