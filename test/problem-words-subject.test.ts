// problemSubject: the field a problem is about, named in words in either language (a custom fact by its label, an
// offset line by its number), never by its path.
import { describe, expect, it } from 'vitest';
import { knownProblemSubject, problemSubject } from '../engine/lexicon/index.js';

describe('problemSubject', () => {
  const facts = [{ name: 'extra.onSite', label: { zh: '现场人数', en: 'On-site attendees' } }];
  it.each([
    ['attendees', '参与人数', 'attendees'],
    ['organizer.type', '主办单位类型', 'organizer type'],
    ['organizer', '主办单位', 'organizer'],
    ['offsets[1].quantityTco2e', '抵消计划第 2 行的数量', 'the quantity of offset plan line 2'],
    ['offsets[0]', '抵消计划第 1 行', 'offset plan line 1'],
    ['offsets[0].nope', '抵消计划第 1 行', 'offset plan line 1'],
    ['extra.onSite', '现场人数', 'On-site attendees'],
    ['extra.visits', '一项自定义信息', 'a custom fact'],
    ['(root)', '活动信息', 'the event'],
    ['readings.in-force-date', '解读的选择', 'how the text was read'],
    ['pack', '政策包', 'policy'],
    ['rules[3].citation', '一项填写内容', 'an entry'],
  ])('%s', (path, zh, en) => {
    expect(problemSubject(path, 'zh', facts)).toBe(zh);
    expect(problemSubject(path, 'en', facts)).toBe(en);
  });

  it('knownProblemSubject: undefined where the lexicon has no name', () => {
    expect(knownProblemSubject('/tmp/event.json', 'zh')).toBeUndefined();
    expect(knownProblemSubject('--as-of', 'zh')).toBeUndefined();
  });
});
