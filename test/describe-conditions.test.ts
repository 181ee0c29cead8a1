// Condition trees in words, in both languages: every operator, all/any/not, units and the order tests are read in.
import { describe, expect, it } from 'vitest';
import type { ConditionNode } from '../engine/conditions.js';
import { describeConditions, describeLeaf, factLabel } from '../engine/describe-conditions.js';
import { KNOWN_OPERATORS } from '../engine/operators.js';

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
      'kind = exhibition, floorAreaM2 ≥ 10000 m², organizer.type ∈ {party-government, public-institution, soe}, organizer.level ∈ {provincial}',
    );
    expect(describeConditions(EXHIBITION, 'zh')).toBe(
      '活动类型 = 展览，展览面积 ≥ 10000 m²，主办单位类型 ∈ {党政机关、事业单位、国有企业}，主办单位级别 ∈ {省级}',
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
    expect(describeConditions(node, 'en')).toBe('(attendees ≥ 200 people, attendees < 500 people) or not (scale ∈ {international, national})');
    expect(describeConditions(node, 'zh')).toBe('（参与人数 ≥ 200 人，参与人数 < 500 人）或并非（活动规模 ∈ {国际性、全国性}）');
  });

  it('has words for every operator the engine knows', () => {
    const samples: Record<string, { fact: string; value: unknown; en: string; zh: string }> = {
      equal: { fact: 'bidCommitsNeutrality', value: true, en: 'bidCommitsNeutrality = true', zh: '申办文件承诺碳中和 = 是' },
      notEqual: { fact: 'kind', value: 'other', en: 'kind ≠ other', zh: '活动类型 ≠ 其他' },
      in: { fact: 'meetingClass', value: [1, 2], en: 'meetingClass ∈ {1, 2}', zh: '会议类别 ∈ {1、2}' },
      notIn: { fact: 'organizer.type', value: ['individual'], en: 'organizer.type ∉ {individual}', zh: '主办单位类型 ∉ {个人}' },
      contains: { fact: 'offsets', value: 'CQCER', en: 'offsets contains CQCER', zh: '抵消计划 包含 CQCER' },
      doesNotContain: { fact: 'offsets', value: 'CQCER', en: 'offsets does not contain CQCER', zh: '抵消计划 不包含 CQCER' },
      lessThan: { fact: 'attendees', value: 200, en: 'attendees < 200 people', zh: '参与人数 < 200 人' },
      lessThanInclusive: { fact: 'floorAreaM2', value: 500, en: 'floorAreaM2 ≤ 500 m²', zh: '展览面积 ≤ 500 m²' },
      greaterThan: { fact: 'attendees', value: 199, en: 'attendees > 199 people', zh: '参与人数 > 199 人' },
      greaterThanInclusive: { fact: 'attendees', value: 200, en: 'attendees ≥ 200 people', zh: '参与人数 ≥ 200 人' },
      dateOnOrAfter: { fact: 'startDate', value: '2027-01-01', en: 'startDate on or after 2027-01-01', zh: '开始日期 不早于 2027-01-01' },
      dateOnOrBefore: { fact: 'endDate', value: '2026-12-31', en: 'endDate on or before 2026-12-31', zh: '结束日期 不晚于 2026-12-31' },
      anyLineMatches: {
        fact: 'offsets',
        value: { instrument: ['forestry-sink', 'ocean-sink'], newProject: true },
        en: 'some offset line has instrument ∈ {forestry-sink, ocean-sink} and newProject = true',
        zh: '抵消计划中有一行：抵消产品 ∈ {林业碳汇、海洋碳汇} 且 新建项目 = 是',
      },
    };
    expect(Object.keys(samples).sort()).toEqual([...KNOWN_OPERATORS].sort());
    for (const [operator, s] of Object.entries(samples)) {
      expect(describeLeaf({ fact: s.fact, operator, value: s.value }, 'en'), operator).toBe(s.en);
      expect(describeLeaf({ fact: s.fact, operator, value: s.value }, 'zh'), operator).toBe(s.zh);
    }
  });

  it('names an unknown fact by its path', () => {
    expect(factLabel('organizer.type', 'zh')).toBe('主办单位类型');
    expect(factLabel('somethingNew', 'zh')).toBe('somethingNew');
  });
});
