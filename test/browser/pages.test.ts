// The pages as a person uses them, in headless chromium: the organizer's questionnaire in Chinese and English,
// the bureau's pack pages, the analyst's matrix, by keyboard alone and with every field labelled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, unlabelledControls } from './harness.js';

const SHOTS = 'docs/screenshots';
let site: Awaited<ReturnType<typeof startSite>>;

beforeAll(async () => {
  site = await startSite();
}, 60_000);
afterAll(async () => {
  await site?.stop();
});

describe('the organizer page', () => {
  it('answers a Chongqing municipal SOE meeting of 250: required, with the due date; then the same in English', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.selectOption('#f-pack', 'cn-chongqing');
    await page.click('form:has(#f-pack) button[type=submit]');
    // Only what the pack needs is asked: no Sichuan bid question, no emissions.
    expect(await page.locator('#f-bidCommitsNeutrality').count()).toBe(0);
    await page.selectOption('#f-kind', 'meeting');
    await page.fill('#f-attendees', '250');
    await page.selectOption('#f-organizer-type', 'soe');
    await page.selectOption('#f-organizer-level', 'provincial');
    await page.fill('#f-startDate', '2026-01-29');
    await page.fill('#f-endDate', '2026-01-31');
    await page.click('form[aria-labelledby=questions-h] button[type=submit]');
    const verdict = page.locator('#answer .verdict');
    expect(await verdict.getAttribute('data-obligation')).toBe('required');
    expect(await verdict.textContent()).toBe('应当实施碳中和');
    const timeline = await page.locator('#answer ol.timeline').textContent();
    expect(timeline).toContain('2026-02-28'); // one month after 2026-01-31, clamped to the month's end
    expect(timeline).toContain('完成碳中和');
    await page.locator('#answer details.cite').first().click();
    expect(await page.locator('#answer details.cite[open] blockquote').first().textContent()).toContain('由实施主体开展碳中和');
    await page.screenshot({ path: `${SHOTS}/organizer-zh.png`, fullPage: false });

    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#answer .verdict').textContent()).toBe('Required to neutralize');
    const english = await page.locator('#answer ol.timeline').textContent();
    expect(english).toContain('2026-02-28');
    expect(english).toContain('Complete neutralization');
    await page.screenshot({ path: `${SHOTS}/organizer-en.png`, fullPage: false });
    await page.close();
  });

  it('checks an offset plan: 100 CQCER against 100.5 t is 0.5 short', async () => {
    const page = await site.newPage();
    const q = new URLSearchParams({ lang: 'en', pack: 'cn-chongqing', kind: 'meeting', attendees: '250', 'organizer.type': 'soe', 'organizer.level': 'provincial', startDate: '2026-01-29', endDate: '2026-01-31' });
    await page.goto(`${site.base}/?${q}`);
    await page.fill('#f-emissionsTco2e', '100.5');
    await page.selectOption('#f-o0-instrument', 'CQCER');
    await page.fill('#f-o0-quantityTco2e', '100');
    await page.fill('#f-o0-projectRegion', '500101');
    await page.fill('#f-o0-vintageStart', '2022-01-01');
    await page.fill('#f-o0-projectStartDate', '2020-01-01');
    await page.click('form[aria-labelledby=plan-h] button[type=submit]');
    const result = await page.locator('#plan-result').textContent();
    expect(result).toContain('The plan falls short');
    expect(result).toContain('Shortfall 0.5');
    await page.close();
  });

  it('works with the keyboard alone, and every field has a label', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/`);
    expect(await unlabelledControls(page)).toEqual([]);
    // Tab from the top of the page to the pack choice, pick Jining with the arrow keys, submit with Enter.
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'f-pack'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-pack');
    for (let i = 0; i < 6 && (await page.inputValue('#f-pack')) !== 'cn-shandong-jining'; i++) await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#f-pack')).toBe('cn-shandong-jining');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#f-attendees');
    expect(await unlabelledControls(page)).toEqual([]);
    await page.focus('#f-attendees');
    await page.keyboard.type('199');
    // Date fields take digits in the locale's order (en-US: month, day, year).
    for (const [field, digits] of [['#f-startDate', '08302026'], ['#f-endDate', '08312026']] as const) {
      if (await page.locator(field).count()) {
        await page.focus(field);
        await page.keyboard.type(digits);
      }
    }
    await page.focus('#f-attendees');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#answer');
    expect(await page.locator('#answer .verdict').getAttribute('data-obligation')).toBe('not-covered');
    expect(await unlabelledControls(page)).toEqual([]);
    await page.close();
  });
});

describe('the bureau pages', () => {
  it('show each pack with its rules, citations, versions and periods; a rule has its own page', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/packs?lang=en`);
    expect(await page.locator('table tbody tr').count()).toBe(4);
    await page.click('text=Chongqing implementation plan');
    const rules = await page.locator('table').nth(1).textContent();
    expect(rules).toContain('2025-03-04 – 2026-12-31');
    expect(rules).toContain('2027-01-01');
    expect(rules).toContain('四（三）');
    await page.screenshot({ path: `${SHOTS}/bureau-pack.png`, fullPage: false });
    await page.click('a[href^="/packs/cn-chongqing/rules/duty.complete-neutralization"]');
    expect(await page.locator('blockquote').first().textContent()).toBe('活动碳中和完成时间最迟不晚于活动结束后1个月内');
    await page.close();
  });
});

describe('the analyst page', () => {
  it("opens the matrix report and finds Jining's 6-month deadline with its clause", async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/reports?lang=zh`);
    expect(await unlabelledControls(page)).toEqual([]);
    await page.selectOption('#f-report', 'matrix');
    await page.click('form[action="/reports"] button[type=submit]');
    const report = page.frameLocator('iframe.report-frame');
    const jining = report.locator('text=济环字〔2023〕40号 四（四）2').first();
    await jining.waitFor();
    const html = await report.locator('body').innerHTML();
    expect(html).toContain('活动结束后6个月内');
    expect(html).toContain('四（四）2');
    expect(html).toContain('活动结束后1个月内'); // Chongqing's, beside it
    const downloads = await page.locator('a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(downloads.some((href) => href?.includes('format=csv'))).toBe(true);
    const csv = await page.request.get(`${site.base}${downloads.find((h) => h?.includes('format=csv'))}`);
    expect(csv.headers()['content-disposition']).toContain('attachment');
    await page.setViewportSize({ width: 1100, height: 1300 });
    await page.screenshot({ path: `${SHOTS}/analyst-matrix.png`, fullPage: false });
    await page.close();
  });
});
