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
    // The project's place is chosen by its name; the form sends its GB/T 2260 code.
    const place = (await page.locator('#f-o0-projectRegion option[value="500101"]').textContent()) ?? '';
    expect(place).toContain('万州区');
    expect(place).not.toMatch(/\d{6}/);
    await page.selectOption('#f-o0-projectRegion', '500101');
    await page.fill('#f-o0-vintageStart', '2022-01-01');
    await page.fill('#f-o0-vintageEnd', '2022-12-31');
    await page.fill('#f-o0-projectStartDate', '2020-01-01');
    await page.click('form[aria-labelledby=plan-h] button[type=submit]');
    const result = await page.locator('#plan-result').textContent();
    expect(result).toContain('The plan falls short');
    expect(result).toContain('Shortfall 0.5');
    await page.close();
  });

  it('works with the keyboard alone, and every field has a label', async () => {
    // An en-US browser: its date fields take the digits of a date in a fixed order (month, day, year).
    const page = await site.newPage({ locale: 'en-US' });
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

describe('the organizer answer says what the engine says', () => {
  const DISTRICT_MEETING = { pack: 'cn-chongqing', kind: 'meeting', attendees: '300', 'organizer.type': 'party-government', 'organizer.level': 'county', meetingClass: '1', startDate: '2026-06-01', endDate: '2026-06-01' };

  it('lists how the text was read, in words, and answers again under the other reading', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/?${new URLSearchParams({ lang: 'zh', ...DISTRICT_MEETING })}`);
    expect(await page.locator('#answer .verdict').getAttribute('data-obligation')).toBe('encouraged');
    const readings = page.locator('#answer section.readings');
    expect(await readings.locator('h3').textContent()).toBe('解读的选择');
    const text = (await readings.textContent()) ?? '';
    expect(text).toContain('2027年前，区（县）级党政机关、事业单位200人及以上的一类、二类、三类会议是否须实施碳中和？');
    expect(text).toContain('默认解读');
    expect(text).toMatch(/若按「是：[^」]+」：应当实施碳中和/);
    // Never the ids of the reading or its options (the pack's notes may say "phase-in" in English words).
    expect(await page.locator('#answer').textContent()).not.toMatch(/district-organs-before-2027|every-level/);
    // Not binding while only encouraged.
    expect(await page.locator('#answer ol.timeline').textContent()).toContain('如实施碳中和');
    expect(await unlabelledControls(page)).toEqual([]);

    await readings.getByRole('button', { name: '按此解读重新判断' }).click();
    await page.waitForSelector('#answer');
    expect(await page.locator('#answer .verdict').getAttribute('data-obligation')).toBe('required');
    expect(await page.locator('#answer section.readings').textContent()).toContain('您选择的解读');
    expect(await page.locator('#answer ol.timeline .badge.binding').first().textContent()).toBe('须履行');
    // The reading is not listed among the answers given as a raw field.
    expect(await page.locator('ul.answers').textContent()).not.toContain('reading');
    await page.close();
  });

  it('names a reading the pack does not have without its id, and answers under the default', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/?${new URLSearchParams({ lang: 'en', ...DISTRICT_MEETING, 'reading.no-such-reading': 'x' })}`);
    const errors = (await page.locator('.errors[role=alert]').textContent()) ?? '';
    expect(errors).toContain('How the text was read');
    expect(errors).not.toContain('no-such-reading');
    expect(await page.locator('#answer .verdict').getAttribute('data-obligation')).toBe('encouraged');
    await page.close();
  });

  it("shows which offset lines each of Jining's dates governs", async () => {
    const page = await site.newPage();
    const q = new URLSearchParams({
      lang: 'zh',
      pack: 'cn-shandong-jining',
      kind: 'forum',
      attendees: '600',
      'organizer.type': 'enterprise',
      'organizer.level': 'prefectural',
      startDate: '2026-06-01',
      endDate: '2026-06-02',
      emissionsTco2e: '100',
      'o0.instrument': 'ocean-sink',
      'o0.quantityTco2e': '50',
      'o0.newProject': 'yes',
      'o0.projectRegion': '370800',
      'o1.instrument': 'CCER',
      'o1.quantityTco2e': '50',
      'o1.projectRegion': '370800',
    });
    await page.goto(`${site.base}/?${q}`);
    const items = page.locator('#answer ol.timeline li.duty');
    const bought = items.filter({ hasText: '完成碳中和' }).filter({ hasText: '2026-12-02' });
    expect(await bought.locator('.governs').textContent()).toBe('此日期适用于：购买的碳配额、碳信用（抵消计划第 2 行）');
    const sink = items.filter({ hasText: '2027-06-02' });
    expect(await sink.locator('.governs').textContent()).toBe('此日期适用于：新建林业碳汇或海洋碳汇项目（抵消计划第 1 行）');
    // Process steps in phase order: before, during, after.
    const phases = await page.locator('#answer h3:has-text("办理流程") + ol > li > strong').allTextContents();
    expect(phases.length).toBeGreaterThan(2);
    expect(phases).toEqual([...phases].sort((a, b) => ['事前', '事中', '事后'].indexOf(a) - ['事前', '事中', '事后'].indexOf(b)));
    await page.close();
  });

  it('shows a paraphrase unquoted, marked （大意）', async () => {
    const page = await site.newPage();
    const q = new URLSearchParams({ lang: 'zh', pack: 'cn-national', kind: 'meeting', attendees: '300', 'organizer.type': 'soe', 'organizer.level': 'central', startDate: '2026-06-01', endDate: '2026-06-01' });
    await page.goto(`${site.base}/?${q}`);
    const cite = page.locator('#answer details.cite:has(p.paraphrase)').first();
    await cite.locator('summary').click();
    expect(await cite.locator('blockquote').count()).toBe(0);
    const words = (await cite.locator('p.paraphrase').textContent()) ?? '';
    expect(words).toMatch(/（大意）$/);
    expect(words).not.toMatch(/[“”"]/);
    await page.close();
  });
});

describe('the bureau pages', () => {
  it('show each pack with its rules, citations, versions and periods; a rule has its own page', async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/packs?lang=en`);
    expect(await page.locator('table tbody tr').count()).toBe(4);
    await page.click('text=Chongqing implementation plan');
    const rules = await page.locator('table').last().textContent();
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
  it("shows the matrix report in the page and finds Jining's 6-month deadline with its clause", async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/reports?lang=zh`);
    expect(await unlabelledControls(page)).toEqual([]);
    await page.selectOption('#f-report', 'matrix');
    await page.click('form[action^="/reports"] button[type=submit]');
    const report = page.locator('section.report');
    await report.locator('text=四（四）2').first().waitFor();
    const html = await report.innerHTML();
    expect(html).toContain('活动结束后6个月内');
    expect(html).toContain('四（四）2');
    expect(html).toContain('活动结束后1个月内'); // Chongqing's, beside it
    expect(await page.locator('iframe').count()).toBe(0);
    const downloads = await page.locator('a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(downloads.some((href) => href?.includes('format=csv'))).toBe(true);
    const csv = await page.request.get(`${site.base}${downloads.find((h) => h?.includes('format=csv'))}`);
    expect(csv.headers()['content-disposition']).toContain('attachment');
    await page.setViewportSize({ width: 1100, height: 1300 });
    await page.locator('#report-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/analyst-matrix.png`, fullPage: false });
    await page.close();
  });
});

describe('the example packs, served with PACK_DIRS=policies/examples', () => {
  let examples: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    examples = await startSite(['policies/examples']);
  }, 60_000);
  afterAll(async () => {
    await examples?.stop();
  });

  it("answers a Shanghai meeting through the form, asking the pack's own questions: 300 on site + 200 online, then 400", async () => {
    const page = await examples.newPage();
    await page.goto(`${examples.base}/`);
    await page.selectOption('#f-pack', 'cn-shanghai');
    await page.click('form:has(#f-pack) button[type=submit]');
    // Shanghai needs the date first; nothing else is asked before an answer can be given.
    await page.fill('#f-startDate', '2026-05-12');
    await page.click('form[aria-labelledby=questions-h] button[type=submit]');
    expect(await page.locator('#answer .verdict').getAttribute('data-obligation')).toBe('encouraged');
    // The pack's other facts are offered: first the kind, then what applies to it.
    await page.click('details.more > summary');
    await page.selectOption('#f-kind', 'meeting');
    await page.click('details.more button[type=submit]');
    const onSite = page.locator('label[for="f-extra-onSiteAttendees"]');
    expect(await onSite.textContent()).toBe('现场参会人数是多少（含分会场、分论坛，不含线上参会人员）？');
    expect(await page.locator('#f-floorAreaM2').count()).toBe(0);
    expect(await page.locator('#f-extra-onSiteParticipants').count()).toBe(0);
    expect(await unlabelledControls(page)).toEqual([]);
    await page.fill('#f-extra-onSiteAttendees', '300');
    await page.fill('#f-extra-onlineAttendees', '200');
    await page.click('details.more button[type=submit]');
    expect(await page.locator('#answer .verdict').getAttribute('data-obligation')).toBe('encouraged');
    expect(await page.locator('#answer a[href*="/rules/large.meeting"]').count()).toBe(0);
    expect(await page.locator('ul.answers').textContent()).toContain('线上参会人数（不计入现场参会人数）：200 人');

    // Change the on-site count to 400: a large meeting, under 第二条.
    await page.goto(page.url().replace('extra.onSiteAttendees=300', 'extra.onSiteAttendees=400'));
    expect(await page.locator('#answer a[href*="/rules/large.meeting"]').count()).toBe(1);
    expect(await page.locator('#answer').textContent()).toContain('第二条');
    await page.close();
  });

  it("shows Guangdong's self-declaration and evidence keeping by the pack's words", async () => {
    const page = await examples.newPage();
    const q = new URLSearchParams({ lang: 'en', pack: 'cn-guangdong', kind: 'exhibition', attendees: '20000', startDate: '2026-05-10', endDate: '2026-05-12' });
    await page.goto(`${examples.base}/?${q}`);
    const answer = (await page.locator('#answer').textContent()) ?? '';
    expect(answer).toContain('Self-declaration (keeping the complete evidence)');
    expect(answer).toContain('Keep the evidence (data, documents, proof of retirement)');
    await page.close();
  });
});
