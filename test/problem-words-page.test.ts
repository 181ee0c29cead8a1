// Bad input in words on the organizer's page: each field named by its question, each problem in the words of the
// page's language (allowed values by their names), never a code, a path or the engine's English message. The API
// keeps its English messages.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../engine/vocabulary.js';
import { type TestApp, useExampleApp } from './support/example-app.js';
import { findCodes, htmlText } from './support/visible-text.js';

const LANGS: Lang[] = ['zh', 'en'];
const EXAMPLE = 'pack=cn-chongqing&kind=gala&attendees=-5&startDate=2026-13-01';
/** What the engine's English messages and the codes they list look like: never on a Chinese page. */
const ENGLISH_MESSAGE = /must be|must not|is required|unknown field|is not a fact|YYYY-MM-DD|meeting, forum|party-government|gala/;

let api: TestApp;
useExampleApp((opened) => (api = opened));

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
