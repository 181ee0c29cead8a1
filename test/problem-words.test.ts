// Bad input in words: a problem's kind (engine/problems.ts) put into the words of either language by the lexicon
// (engine/lexicon/problems.ts), on the organizer's page and in the Chinese CLI; allowed values by their names, the
// field by its name, never a code, a path or the engine's English message. The API keeps its English messages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICIES_DIR } from '../adapters/files/pack-files.js';
import { compilePack } from '../engine/compile-pack.js';
import { describeConditions } from '../engine/describe-conditions.js';
import { checkEventFacts } from '../engine/event-facts.js';
import { validateEvent } from '../engine/event-schema.js';
import {
  factStatement,
  knownProblemSubject,
  problemLine,
  problemSubject,
  problemText,
  PROBLEM_WORDS,
  valueName,
  valueNames,
} from '../engine/lexicon/index.js';
import type { PackDocument } from '../engine/pack-schema.js';
import { parsePackDocument } from '../engine/parse-pack.js';
import { type Problem, PROBLEM_KINDS, type ProblemKind } from '../engine/problems.js';
import { chooseReadings } from '../engine/readings.js';
import type { Lang } from '../engine/vocabulary.js';
import { makeApp } from './support/api.js';
import { runCliInProcess } from './support/cli.js';
import { findCodes, htmlText } from './support/visible-text.js';
import { format2Pack } from './fixtures/format-2-pack.js';
import { compileValid, lookupOf, miniPack } from './fixtures/mini-pack.js';

const LANGS: Lang[] = ['zh', 'en'];
const EXAMPLE = 'pack=cn-chongqing&kind=gala&attendees=-5&startDate=2026-13-01';
/** What the engine's English messages and the codes they list look like: never on a Chinese page. */
const ENGLISH_MESSAGE = /must be|must not|is required|unknown field|is not a fact|YYYY-MM-DD|meeting, forum|party-government|gala/;

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp(':memory:', undefined, [join(POLICIES_DIR, 'examples')]);
});
afterAll(async () => {
  await api?.store.close();
});

async function page(query: string) {
  const res = await api.call('GET', `/?${query}`);
  expect(res.status).toBe(200);
  return res.text;
}

/** Each field shown with its problem: the label that names it (its question, just before) and the words of the problem. */
function fieldErrors(html: string): { field: string; label: string; error: string }[] {
  return [...html.matchAll(/<p class="error" id="(f-[^"]+)-error">([\s\S]*?)<\/p>/g)].map((m) => {
    const before = html.slice(0, m.index);
    const labels = [...before.matchAll(/<(label|legend)\b[^>]*>([\s\S]*?)<\/\1>/g)];
    return { field: m[1] as string, label: htmlText(labels.at(-1)?.[2] ?? '').trim(), error: htmlText(m[2] as string).trim() };
  });
}

/** The problems listed above the form, one line each. */
function listedProblems(html: string): string[] {
  const box = /<div class="errors" role="alert">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return [...box.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => htmlText(m[1] as string).trim());
}

describe('the organizer page says bad input in words', () => {
  it('zh: the example event, each field named by its question and each reason in Chinese', async () => {
    const html = await page(`lang=zh&${EXAMPLE}`);
    const errors = fieldErrors(html);
    const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
    expect(Object.keys(byField).sort()).toEqual(['f-attendees', 'f-kind', 'f-startDate']);
    expect(byField['f-kind']?.label).toMatch(/活动类型/);
    expect(byField['f-kind']?.error).toBe('应为会议、论坛、展览、演出、体育赛事、其他活动之一');
    expect(byField['f-startDate']?.label).toMatch(/活动何时开始/);
    expect(byField['f-startDate']?.error).toMatch(/^不是有效的日期：请按“年-月-日”填写/);
    expect(byField['f-attendees']?.label).toMatch(/人数/);
    expect(byField['f-attendees']?.error).toBe('不能为负数');
    for (const e of errors) {
      expect(e.error).not.toMatch(ENGLISH_MESSAGE);
      expect(e.error).not.toMatch(/[A-Za-z]{3,}/);
    }
    const text = htmlText(html);
    expect(text).not.toMatch(/must be|must not|meeting, forum|gala/);
    expect(findCodes(text, 'zh', [])).toEqual([]);
  });

  it('en: the same event in English words, the choices by their names', async () => {
    const html = await page(`lang=en&${EXAMPLE}`);
    const byField = Object.fromEntries(fieldErrors(html).map((e) => [e.field, e.error]));
    expect(byField['f-kind']).toBe('must be one of: Meeting, Forum, Exhibition, Performance, Sports event, Other event');
    expect(byField['f-startDate']).toMatch(/^is not a valid date: write it year-month-day/);
    expect(byField['f-attendees']).toBe('must not be negative');
    // The reasons name no code (the pack's own question may list the kinds in lower case: those are its words).
    for (const error of Object.values(byField)) expect(error).not.toMatch(/meeting, forum|YYYY-MM-DD|gala|0001-01-01/);
    expect(htmlText(html)).not.toMatch(/gala|0001-01-01|calendar date written/);
    expect(findCodes(htmlText(html), 'en', [])).toEqual([]);
  });

  it('a problem not asked again is listed with its field in words: the event name, a custom fact, a reading', async () => {
    const long = 'x'.repeat(501);
    const base = 'pack=cn-chongqing&kind=meeting&attendees=300&startDate=2026-03-01';
    expect(listedProblems(await page(`lang=zh&${base}&name=${long}`))).toEqual(['活动名称：不能超过 500 个字符']);
    expect(listedProblems(await page(`lang=en&${base}&name=${long}`))).toEqual(['Event name: must be at most 500 characters long']);
    // A custom fact no pack of the chain declares: named neutrally, never by its path.
    const unknown = listedProblems(await page(`lang=zh&${base}&extra.visits=3`));
    expect(unknown).toEqual(['一项自定义信息：不是本政策询问的活动信息：请删除或更正名称']);
    const reading = listedProblems(await page(`lang=zh&${base}&reading.in-force-date=nope`));
    expect(reading).toHaveLength(1);
    expect(reading[0]).toMatch(/^解读的选择：所选的不是“方案自何日起约束实施主体：公开发布日，还是印发日”的选项；可选：“自公开发布日（2025-03-18）起”、“自印发日（2025-03-04）起”；已按默认解读判断$/);
    for (const lang of LANGS) {
      const html = await page(`lang=${lang}&${base}&extra.visits=3&reading.in-force-date=nope&reading.no-such=x`);
      const text = htmlText(html);
      expect(text).not.toMatch(lang === 'zh' ? ENGLISH_MESSAGE : /is not a fact of policy|cn-chongqing|not an option of this reading|use one of/);
      expect(findCodes(text, lang, ['in-force-date', 'no-such', 'nope', 'visits'])).toEqual([]);
    }
  });

  it('a custom fact of the wrong type, beside its question in the pack\'s words', async () => {
    const html = await page('lang=zh&pack=cn-shanghai&kind=meeting&attendees=300&startDate=2026-03-01&extra.onSiteAttendees=三百');
    const errors = fieldErrors(html);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.label).toMatch(/现场参会人数是多少/);
    expect(errors[0]?.error).toBe('应为整数');
    expect(htmlText(html)).not.toMatch(/三百"|whole number/);
  });

  it('the API keeps its English messages, as { path, message } only', async () => {
    const res = await api.call('POST', '/v1/evaluate', { pack: 'cn-chongqing', event: { attendees: -5, kind: 'gala' } });
    expect(res.status).toBe(422);
    expect(res.json.error.issues).toEqual([
      { path: 'event.kind', message: 'must be one of: meeting, forum, exhibition, performance, sports, other' },
      { path: 'event.attendees', message: 'must not be negative' },
    ]);
  });
});

describe('the CLI in Chinese says an event\'s problems in Chinese', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tanzhong-problem-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };

  it('names each field in words (its path beside it, for the file\'s author) and gives the reason in Chinese', async () => {
    const event = file('bad.json', {
      kind: 'gala',
      attendees: -5,
      startDate: '2026-13-01',
      attendee: 3,
      offsets: [{ instrument: 'CCER', quantityTco2e: 'abc', vintageStart: '2025-02-01', vintageEnd: '2025-01-01' }],
    });
    const r = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--lang', 'zh', event]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      '活动类型（kind）：应为会议、论坛、展览、演出、体育赛事、其他活动之一',
      '活动开始日期（startDate）：不是有效的日期：请按“年-月-日”填写，如 2026-01-31',
      '参与人数（attendees）：不能为负数',
      expect.stringMatching(/^抵消计划第 1 行的数量（offsets\[0\]\.quantityTco2e）：应为不小于 0 的数，整数部分最多 \d+ 位，小数部分最多 \d+ 位$/),
      `${event}：有无法识别的项目“attendee”：请删除或更正名称`,
      '抵消计划第 1 行的减排量产生的截止日期（offsets[0].vintageEnd）：不能早于减排量产生的起始日期',
    ]);
    expect(r.stderr).not.toMatch(/must be|must not|meeting, forum|unknown field/);
  });

  it('a custom fact by the label its pack declares; a reading by its question and its options\' labels', async () => {
    const packDir = ['--pack-dir', join(POLICIES_DIR, 'examples')];
    const shanghai = await runCliInProcess(['evaluate', '--pack', 'cn-shanghai', ...packDir, file('custom.json', { kind: 'meeting', extra: { onSiteAttendees: '三百' } })]);
    expect(shanghai.stderr.trimEnd()).toMatch(/^现场参会人数.*（extra\.onSiteAttendees）：应为整数$/);
    const reading = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--reading', 'in-force-date=nope', file('ok.json', { kind: 'meeting', attendees: 300, startDate: '2026-03-01' })]);
    expect(reading.stderr.trimEnd()).toMatch(/^解读的选择（readings\.in-force-date）：所选的不是“方案自何日起约束实施主体.*”的选项；可选：“自公开发布日（2025-03-18）起”、“自印发日（2025-03-04）起”$/);
  });

  it('in English keeps the path and the engine\'s message, codes and all', async () => {
    const r = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--lang', 'en', file('en.json', { kind: 'gala' })]);
    expect(r.stderr.trimEnd()).toBe('kind: must be one of: meeting, forum, exhibition, performance, sports, other');
  });
});

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

describe('the kinds of the engine\'s problems', () => {
  const kindsOf = (raw: unknown) => {
    const result = validateEvent(raw);
    return result.ok ? {} : Object.fromEntries(result.problems.map((p) => [p.path, { kind: p.kind, values: p.values }]));
  };

  it('from the event schema, with the values their words need', () => {
    const kinds = kindsOf({
      kind: 'gala',
      attendees: -5,
      floorAreaM2: 'big',
      startDate: '2026-13-01',
      endDate: '2026-13-02',
      meetingClass: 7,
      name: 'x'.repeat(501),
      emissionsTco2e: 'abc',
      organizer: { type: 'x', nam: 1 },
      offsets: [{ instrument: 'CCER', projectRegion: '12', serial: '' }, { instrument: 'CCER', quantityTco2e: '1.5', vintageStart: '2025-02-01', vintageEnd: '2025-01-01' }],
      extra: { '1a': 2, b: [1] },
    });
    expect(kinds).toMatchObject({
      kind: { kind: 'one-of', values: { options: ['meeting', 'forum', 'exhibition', 'performance', 'sports', 'other'] } },
      attendees: { kind: 'not-negative' },
      floorAreaM2: { kind: 'wrong-type', values: { expected: 'number' } },
      startDate: { kind: 'date' },
      meetingClass: { kind: 'at-most', values: { maximum: 4 } },
      name: { kind: 'too-long', values: { maximum: 500 } },
      emissionsTco2e: { kind: 'decimal', values: { integerDigits: expect.any(Number), fractionDigits: expect.any(Number) } },
      'organizer.type': { kind: 'one-of' },
      organizer: { kind: 'unknown-field', values: { keys: ['nam'] } },
      'offsets[0].quantityTco2e': { kind: 'required' },
      'offsets[0].projectRegion': { kind: 'region-code' },
      'offsets[0].serial': { kind: 'empty' },
      'offsets[1].vintageEnd': { kind: 'not-before', values: { other: 'vintageStart' } },
      'extra.1a': { kind: 'fact-name' },
      'extra.b': { kind: 'wrong-type', values: { expected: ['number', 'boolean', 'string'] } },
    });
    expect(kindsOf({ attendees: 3.5 })).toEqual({ attendees: { kind: 'whole-number' } });
    expect(kindsOf({ startDate: '2026-03-02', endDate: '2026-03-01' })).toEqual({ endDate: { kind: 'not-before', values: { other: 'startDate' } } });
    expect(kindsOf({ extra: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, i])) })).toEqual({
      extra: { kind: 'too-many', values: { maximum: 100 } },
    });
  });

  it('the English messages are as they were', () => {
    const result = validateEvent({ kind: 'gala', attendees: -5, startDate: '2026-13-01', organizer: { nam: 1 } });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'kind: must be one of: meeting, forum, exhibition, performance, sports, other',
      'startDate: must be a calendar date written YYYY-MM-DD (e.g. 2026-01-31), from 0001-01-01 to 9999-12-31',
      'attendees: must not be negative',
      'organizer: unknown field nam: remove or rename',
    ]);
  });

  it('from the custom facts and the readings', () => {
    const base = parsePackDocument(miniPack()).doc as PackDocument;
    const compiled = compileValid(format2Pack(), lookupOf(base));
    const problems = (extra: Record<string, unknown>) => {
      try {
        checkEventFacts(compiled.pack, { extra } as never);
        return [];
      } catch (error) {
        return (error as { problems: Problem[] }).problems.map(({ path, kind, values }) => ({ path, kind, values }));
      }
    };
    expect(problems({ onSite: '三百', venue: 'arena', openedOn: 'soon', indoor: 1, visits: 3 })).toEqual([
      { path: 'extra.onSite', kind: 'fact-type', values: { type: 'integer' } },
      { path: 'extra.venue', kind: 'one-of', values: { options: ['hall', 'stadium'] } },
      { path: 'extra.openedOn', kind: 'fact-type', values: { type: 'date' } },
      { path: 'extra.indoor', kind: 'fact-type', values: { type: 'boolean' } },
      { path: 'extra.visits', kind: 'unknown-fact', values: undefined },
    ]);
    const reading = (asked: Record<string, string>) => {
      try {
        chooseReadings(compiled.pack, asked);
        return [];
      } catch (error) {
        return (error as { problems: Problem[] }).problems.map(({ path, kind }) => ({ path, kind }));
      }
    };
    expect(reading({ nope: 'x' })).toEqual([{ path: 'readings.nope', kind: 'unknown-reading' }]);
    const chongqing = api.registry.resolve('cn-chongqing', '2026-03-01');
    if (chongqing.kind !== 'ok') throw new Error('cn-chongqing does not resolve');
    expect(() => chooseReadings(chongqing.resolved.compiled.pack, { 'in-force-date': 'nope' })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ path: 'readings.in-force-date', kind: 'unknown-option', values: { options: ['publication', 'issue'] } })] }),
    );
  });
});

describe('valueLabels: a custom enum fact names its values', () => {
  const base = () => parsePackDocument(miniPack()).doc as PackDocument;
  const LABELS = { hall: { zh: '展馆', en: 'Exhibition hall' }, stadium: { zh: '体育场', en: 'Stadium' } };
  const withLabels = (labels: unknown, at = 2) => {
    const doc = format2Pack();
    doc.facts[at].valueLabels = labels;
    return doc;
  };
  const problemsOf = (doc: unknown) => {
    const result = compilePack(doc, lookupOf(base()));
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('a pack of format 2 may label the values of an enum fact, and the lexicon names them so', () => {
    const compiled = compileValid(withLabels(LABELS), lookupOf(base()));
    const facts = compiled.pack.facts;
    expect(valueName('extra.venue', 'hall', 'zh', facts)).toBe('展馆');
    expect(valueName('extra.venue', 'stadium', 'en', facts)).toBe('Stadium');
    expect(valueName('extra.venue', 'hall', 'zh')).toBe('hall');
    expect(valueNames('extra.venue', facts)).toEqual(LABELS);
    expect(factStatement('extra.venue', 'hall', 'zh', facts)).toBe('场馆类型：展馆');
    expect(describeConditions({ fact: 'extra.venue', operator: 'in', value: ['hall', 'stadium'] }, 'zh', facts)).toContain('展馆、体育场');
    expect(problemText({ path: 'extra.venue', kind: 'one-of', values: { options: ['hall', 'stadium'] } }, 'zh', facts)).toBe('应为展馆、体育场之一');
  });

  it('every label names one of the fact\'s values', () => {
    expect(problemsOf(withLabels({ ...LABELS, arena: { zh: '场', en: 'Arena' } }))).toEqual([
      'facts[2].valueLabels.arena: "arena" is not one of the fact\'s values (hall, stadium): name a value it lists',
    ]);
    // A fact without values (extra.indoor is a boolean) has no values to name.
    expect(problemsOf(withLabels(LABELS, 1))).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\[1\]\.valueLabels: names the values of an enum fact/)]));
    // A built-in fact has the catalogue's names.
    expect(problemsOf(withLabels({ meeting: { zh: '会', en: 'Meet' } }, 4))).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\[4\]\.valueLabels: a built-in fact has the catalogue's words/)]));
    // A label is both languages.
    expect(problemsOf(withLabels({ hall: { zh: '展馆' } })).some((p) => p.startsWith('facts[2].valueLabels.hall.en'))).toBe(true);
  });

  it('belongs to pack format 2', () => {
    const doc = withLabels(LABELS);
    delete doc.format;
    expect(problemsOf(doc)).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\[2\]\.valueLabels: belongs to pack format 2/)]));
  });

  it('is in the generated JSON schema of packs', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = readFileSync(join(POLICIES_DIR, 'pack.schema.json'), 'utf8');
    expect(schema).toContain('"valueLabels"');
  });
});
