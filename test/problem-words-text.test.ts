// problemText: each kind of problem (engine/problems.ts) in words of its own in either language, from the lexicon
// (engine/lexicon/problems.ts), the values it names by their names; a neutral sentence where it lacks what it needs.
import { describe, expect, it } from 'vitest';
import { problemLine, problemText, PROBLEM_WORDS } from '../engine/lexicon/index.js';
import { type Problem, PROBLEM_KINDS, type ProblemKind } from '../engine/problems.js';
import type { Lang } from '../engine/vocabulary.js';

const LANGS: Lang[] = ['zh', 'en'];

/** One problem of each kind, with the values the engine gives it, and what it says in either language. */
const SAMPLES: Record<ProblemKind, { problem: Problem } & Record<Lang, string | RegExp>> = {
  required: { problem: { path: 'offsets[0].quantityTco2e', message: '', kind: 'required' }, zh: '必须填写', en: 'is required' },
  'wrong-type': { problem: { path: 'floorAreaM2', message: '', kind: 'wrong-type', values: { expected: 'number' } }, zh: '应为数字', en: 'must be a number' },
  'one-of': {
    problem: { path: 'organizer.type', message: '', kind: 'one-of', values: { options: ['soe', 'individual'] } },
    zh: '应为国有企业、个人之一',
    en: 'must be one of: State-owned enterprise, Individual',
  },
  date: { problem: { path: 'startDate', message: '', kind: 'date' }, zh: /^不是有效的日期/, en: /^is not a valid date/ },
  decimal: {
    problem: { path: 'emissionsTco2e', message: '', kind: 'decimal', values: { integerDigits: 24, fractionDigits: 6 } },
    zh: '应为不小于 0 的数，整数部分最多 24 位，小数部分最多 6 位',
    en: 'must be a number, 0 or more, with at most 24 digits before the point and 6 after it',
  },
  'whole-number': { problem: { path: 'attendees', message: '', kind: 'whole-number' }, zh: '应为整数', en: 'must be a whole number' },
  'not-negative': { problem: { path: 'attendees', message: '', kind: 'not-negative' }, zh: '不能为负数', en: 'must not be negative' },
  'at-least': { problem: { path: 'floorAreaM2', message: '', kind: 'at-least', values: { minimum: 1 } }, zh: '不能小于 1', en: 'must be at least 1' },
  'at-most': { problem: { path: 'floorAreaM2', message: '', kind: 'at-most', values: { maximum: 9 } }, zh: '不能大于 9', en: 'must be at most 9' },
  empty: { problem: { path: 'offsets[0].serial', message: '', kind: 'empty' }, zh: '不能为空', en: 'must not be empty' },
  'too-long': { problem: { path: 'name', message: '', kind: 'too-long', values: { maximum: 500 } }, zh: '不能超过 500 个字符', en: 'must be at most 500 characters long' },
  'too-short': { problem: { path: 'name', message: '', kind: 'too-short', values: { minimum: 2 } }, zh: '至少需要 2 个字符', en: 'must be at least 2 characters long' },
  'too-many': { problem: { path: 'extra', message: '', kind: 'too-many', values: { maximum: 100 } }, zh: '最多 100 项', en: 'may have at most 100 items' },
  'too-few': { problem: { path: 'offsets', message: '', kind: 'too-few', values: { minimum: 1 } }, zh: '至少需要 1 项', en: 'needs at least 1 items' },
  'unknown-field': {
    problem: { path: 'organizer', message: '', kind: 'unknown-field', values: { keys: ['nam'] } },
    zh: '有无法识别的项目“nam”：请删除或更正名称',
    en: 'has fields it does not know, “nam”: remove or rename them',
  },
  'fact-name': { problem: { path: 'extra.1a', message: '', kind: 'fact-name' }, zh: /^自定义信息的名称只能由字母和数字组成/, en: /^a custom fact is named by letters and digits/ },
  'not-before': { problem: { path: 'endDate', message: '', kind: 'not-before', values: { other: 'startDate' } }, zh: '不能早于活动开始日期', en: 'must not be before the start date' },
  'region-code': { problem: { path: 'offsets[0].projectRegion', message: '', kind: 'region-code' }, zh: /^应为六位数字的行政区划代码/, en: /^must be a six-digit administrative division code/ },
  'unknown-fact': { problem: { path: 'extra.visits', message: '', kind: 'unknown-fact' }, zh: '不是本政策询问的活动信息：请删除或更正名称', en: 'is not a fact this policy asks: remove it or correct its name' },
  'fact-type': { problem: { path: 'extra.onSite', message: '', kind: 'fact-type', values: { type: 'integer' } }, zh: '应为整数', en: 'must be a whole number' },
  'unknown-reading': { problem: { path: 'readings.x', message: '', kind: 'unknown-reading' }, zh: '该政策没有所选的这一项解读', en: 'this policy has no such reading to choose' },
  'unknown-option': { problem: { path: 'readings.x', message: '', kind: 'unknown-option', values: { options: ['a'] } }, zh: '所选的不是该项解读的选项', en: 'the reading chosen is not one of its options' },
  'pack-unavailable': { problem: { path: 'pack', message: '', kind: 'pack-unavailable' }, zh: /^在活动日期没有生效的版本/, en: /^has no version in effect/ },
  'invalid-character': { problem: { path: 'name', message: '', kind: 'invalid-character' }, zh: /^含有无法保存的字符/, en: /^holds a character that cannot be kept/ },
  format: { problem: { path: 'id', message: '', kind: 'format' }, zh: '格式不正确', en: 'is not written in the right form' },
};

describe('problemText', () => {
  it.each(PROBLEM_KINDS.map((kind) => [kind]))('%s: words of their own in both languages', (kind) => {
    const sample = SAMPLES[kind];
    for (const lang of LANGS) {
      const text = problemText(sample.problem, lang);
      if (typeof sample[lang] === 'string') expect(text).toBe(sample[lang]);
      else expect(text).toMatch(sample[lang]);
      expect(text).not.toBe(PROBLEM_WORDS.invalid[lang]);
    }
    expect(problemText(sample.problem, 'zh')).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('without a kind it knows, or without the values it needs, a neutral sentence in the language asked', () => {
    expect(problemText({ path: 'kind', kind: undefined }, 'zh')).toBe('填写有误，请检查');
    expect(problemText({ path: 'kind', kind: 'no-such' as ProblemKind }, 'en')).toBe('is not valid: please check it');
    expect(problemText({ path: 'kind', kind: 'one-of' }, 'zh')).toBe('填写有误，请检查');
    expect(problemText({ path: 'floorAreaM2', kind: 'at-most' }, 'en')).toBe('is not valid: please check it');
  });

  it('names the values of a field by their names: instruments, the class of a meeting for a bound', () => {
    expect(problemText({ path: 'offsets[2].instrument', kind: 'one-of', values: { options: ['CCER', 'forestry-sink'] } }, 'zh')).toBe(
      '应为国家核证自愿减排量（CCER）、林业碳汇之一',
    );
    expect(problemText({ path: 'meetingClass', kind: 'at-most', values: { maximum: 4 } }, 'zh')).toBe('应为一类会议、二类会议、三类会议、四类会议之一');
  });

  it('the other date of an offset line is the field beside it', () => {
    const problem: Problem = { path: 'offsets[1].vintageEnd', message: '', kind: 'not-before', values: { other: 'vintageStart' } };
    expect(problemText(problem, 'zh')).toBe('不能早于减排量产生的起始日期');
    expect(problemLine(problem, 'en')).toBe('The vintage end of offset plan line 2: must not be before the vintage start');
  });

  it('an unknown custom fact names the packs that declare it, by their names, when told', () => {
    const problem: Problem = { path: 'extra.visits', message: '', kind: 'unknown-fact', values: { packs: ['cn-shanghai'] } };
    const names: Record<Lang, string> = { zh: '上海市指引', en: 'the Shanghai guideline' };
    const packName = (id: string, lang: Lang) => (id === 'cn-shanghai' ? names[lang] : undefined);
    expect(problemText(problem, 'zh', undefined, { packName })).toBe('不是本政策询问的活动信息：请删除或更正名称；此项属于上海市指引');
    expect(problemText(problem, 'en', undefined, { packName })).toBe('is not a fact this policy asks: remove it or correct its name; it is a fact of the Shanghai guideline');
    expect(problemText(problem, 'zh')).toBe('不是本政策询问的活动信息：请删除或更正名称');
  });
});
