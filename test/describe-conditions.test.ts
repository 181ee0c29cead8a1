// Condition trees in words, in both languages: every operator, all/any/not, units and the order tests are read in.
// Facts and values are named in both languages (no fact path, no code), contested readings by their options' labels.
import { describe, expect, it } from 'vitest';
import type { ConditionNode } from '../engine/conditions.js';
import { describeConditions, describeLeaf, factLabel } from '../engine/describe-conditions.js';
import { KNOWN_OPERATORS } from '../engine/operators.js';

const CITATION = { document: 'D', clause: 'C', zh: '原文', en: 'text', basis: 'text' as const };

const EXHIBITION: ConditionNode = {
  all: [
    { fact: 'organizer.type', operator: 'in', value: ['party-government', 'public-institution', 'soe'] },
    { fact: 'organizer.level', operator: 'in', value: ['provincial'] },
    { fact: 'kind', operator: 'equal', value: 'exhibition' },
    { fact: 'floorAreaM2', operator: 'greaterThanInclusive', value: 10000 },
  ],
};

describe('describeConditions', () => {
  it('reads an all: what the event is, how big, then who holds it', () => {
    expect(describeConditions(EXHIBITION, 'en')).toBe(
      'event kind = exhibition, floor area ≥ 10000 m², organizer type ∈ {party or government organ, public institution, state-owned enterprise}, ' +
        'organizer level ∈ {provincial (incl. municipal in Beijing, Tianjin, Shanghai, Chongqing)}',
    );
    expect(describeConditions(EXHIBITION, 'zh')).toBe(
      '活动类型 = 展览，展览面积 ≥ 10000 m²，主办单位类型 ∈ {党政机关、事业单位、国有企业}，主办单位级别 ∈ {省级（含直辖市市级）}',
    );
  });

  it('says every event for an empty all, and no event for an empty any', () => {
    expect(describeConditions({ all: [] }, 'en')).toBe('every event');
    expect(describeConditions({ all: [] }, 'zh')).toBe('所有活动');
    expect(describeConditions({ any: [] }, 'en')).toBe('no event');
  });

  it('brackets nested groups and reads not', () => {
    const node: ConditionNode = {
      any: [
        { all: [{ fact: 'attendees', operator: 'greaterThanInclusive', value: 200 }, { fact: 'attendees', operator: 'lessThan', value: 500 }] },
        { not: { fact: 'scale', operator: 'in', value: ['international', 'national'] } },
      ],
    };
    expect(describeConditions(node, 'en')).toBe('(attendees ≥ 200 people, attendees < 500 people) or not (scale of the event ∈ {international, national})');
    expect(describeConditions(node, 'zh')).toBe('（参与人数 ≥ 200 人，参与人数 < 500 人）或并非（活动规模 ∈ {国际性、全国性}）');
  });

  it('has words for every operator the engine knows', () => {
    const samples: Record<string, { fact: string; value: unknown; en: string; zh: string }> = {
      equal: { fact: 'bidCommitsNeutrality', value: true, en: 'the bid commits to neutrality = yes', zh: '申办文件承诺碳中和 = 是' },
      notEqual: { fact: 'kind', value: 'other', en: 'event kind ≠ other event', zh: '活动类型 ≠ 其他活动' },
      in: { fact: 'meetingClass', value: [1, 2], en: 'meeting class ∈ {class 1 meeting, class 2 meeting}', zh: '会议类别 ∈ {一类会议、二类会议}' },
      notIn: { fact: 'organizer.type', value: ['individual'], en: 'organizer type ∉ {individual}', zh: '主办单位类型 ∉ {个人}' },
      contains: {
        fact: 'offsets',
        value: 'CQCER',
        en: 'offset plan contains Chongqing certified reduction (CQCER)',
        zh: '抵消计划 包含 重庆“碳惠通”核证自愿减排量（CQCER）',
      },
      doesNotContain: { fact: 'offsets', value: 'allowance', en: 'offset plan does not contain Emission allowance', zh: '抵消计划 不包含 碳排放配额' },
      lessThan: { fact: 'attendees', value: 200, en: 'attendees < 200 people', zh: '参与人数 < 200 人' },
      lessThanInclusive: { fact: 'floorAreaM2', value: 500, en: 'floor area ≤ 500 m²', zh: '展览面积 ≤ 500 m²' },
      greaterThan: { fact: 'attendees', value: 199, en: 'attendees > 199 people', zh: '参与人数 > 199 人' },
      greaterThanInclusive: { fact: 'attendees', value: 200, en: 'attendees ≥ 200 people', zh: '参与人数 ≥ 200 人' },
      dateOnOrAfter: { fact: 'startDate', value: '2027-01-01', en: 'start date on or after 2027-01-01', zh: '活动开始日期 不早于 2027-01-01' },
      dateOnOrBefore: { fact: 'endDate', value: '2026-12-31', en: 'end date on or before 2026-12-31', zh: '活动结束日期 不晚于 2026-12-31' },
      anyLineMatches: {
        fact: 'offsets',
        value: { instrument: ['forestry-sink', 'ocean-sink'], newProject: true },
        en: 'some offset line has instrument ∈ {Forestry carbon sink, Ocean carbon sink} and newly built project = yes',
        zh: '抵消计划中有一行：抵消产品 ∈ {林业碳汇、海洋碳汇} 且 新建项目 = 是',
      },
    };
    expect(Object.keys(samples).sort()).toEqual([...KNOWN_OPERATORS].sort());
    for (const [operator, s] of Object.entries(samples)) {
      expect(describeLeaf({ fact: s.fact, operator, value: s.value }, 'en'), operator).toBe(s.en);
      expect(describeLeaf({ fact: s.fact, operator, value: s.value }, 'zh'), operator).toBe(s.zh);
    }
  });

  it('names a fact in either language, a custom one by its declaration, and only an undeclared one by its path', () => {
    expect(factLabel('organizer.type', 'zh')).toBe('主办单位类型');
    expect(factLabel('organizer.type', 'en')).toBe('organizer type');
    const declared = [{ name: 'extra.onSite', label: { zh: '现场人数', en: 'on-site attendees' }, unit: { zh: '人', en: 'people' } }];
    expect(describeConditions({ fact: 'extra.onSite', operator: 'greaterThanInclusive', value: 400 }, 'en', declared)).toBe('on-site attendees ≥ 400 people');
    expect(factLabel('somethingNew', 'zh')).toBe('somethingNew');
  });

  it('names a contested reading a rule reads by the label of its option', () => {
    const readings = [
      {
        id: 'district-soe-trigger',
        question: { zh: '区县国企是否适用？', en: 'Do district SOEs count?' },
        options: [
          { id: 'extends', label: { zh: '适用', en: 'they count' }, citation: CITATION },
          { id: 'municipal-only', label: { zh: '仅市级', en: 'municipal only' }, citation: CITATION },
        ],
      },
    ];
    const node: ConditionNode = {
      all: [
        { fact: 'organizer.level', operator: 'equal', value: 'county' },
        { fact: 'reading.district-soe-trigger', operator: 'equal', value: 'extends' },
      ],
    };
    expect(describeConditions(node, 'zh', undefined, readings)).toBe('主办单位级别 = 区县级，按“适用”解读');
    expect(describeConditions(node, 'en', undefined, readings)).toBe('organizer level = district or county, read as “they count”');
  });
});
