// The case page on a phone (390 px) in headless chromium: the answer card's "start a case" opens a case, and the case
// page (its timeline, forms and ledger) neither scrolls sideways nor has small touch targets, with no console error
// and no serious accessibility violation; its printable form fits too.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, phoneProblems, startSite } from './browser/harness.js';

let site: Awaited<ReturnType<typeof startSite>>;
let page: Page;
const said: string[] = [];

beforeAll(async () => {
  site = await startSite();
  page = await site.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  page.on('console', (m) => {
    if (m.type() === 'error') said.push(m.text());
  });
  page.on('pageerror', (e) => said.push(e.message));
}, 60_000);
afterAll(async () => {
  await site?.stop();
});

const ANSWERS = new URLSearchParams({
  lang: 'zh',
  pack: 'cn-sichuan',
  kind: 'sports',
  attendees: '12000',
  scale: 'national',
  bidCommitsNeutrality: 'yes',
  'organizer.type': 'party-government',
  'organizer.level': 'prefectural',
  startDate: '2026-09-01',
  endDate: '2026-09-03',
});

describe('the case page at 390 px', () => {
  it('opens from the answer card and fits a phone', async () => {
    await page.goto(`${site.base}/?${ANSWERS.toString()}`);
    await page.fill('#f-case-name', '第十五届全国运动会成都分赛区开幕式（一个很长的活动名称用来检查换行）');
    await page.fill('#f-case-place', '成都市东安湖体育公园');
    await page.click('form.start-case button[type=submit]');
    await page.waitForSelector('ol.timeline');
    const text = await page.locator('main').innerText();
    expect(text).toContain('报送碳中和登记表');
    expect(text).toContain('四川省大型活动碳中和登记表');
    expect(await phoneProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // The page again, as the organizer comes back to it (the browser keeps the access code), and its form.
    const link = (await page.locator('a[href*="/documents/sichuan-registration"]').first().getAttribute('href')) as string;
    await page.goto(`${site.base}${link.replace(/\/documents\/.*$/, '')}?lang=zh`);
    expect(await page.locator('h1').innerText()).toContain('碳中和办理进度');
    expect(await phoneProblems(page)).toEqual([]);
    await page.goto(`${site.base}${link}`);
    expect(await page.locator('h1').innerText()).toBe('四川省大型活动碳中和登记表');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(said).toEqual([]);
  }, 60_000);
});
