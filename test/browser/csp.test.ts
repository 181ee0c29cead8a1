// Issue 10, hole 12, in a real browser: under the Content-Security-Policy the app sends, the pages, the analysts'
// reports shown in the analysts' page and the API reference (Swagger UI at /docs) all work, and chromium reports no violation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite } from './harness.js';

let site: Awaited<ReturnType<typeof startSite>>;

beforeAll(async () => {
  site = await startSite();
}, 60_000);
afterAll(async () => {
  await site?.stop();
});

/** What chromium says about the policy while `visit` runs: every violation is a console error naming it. */
async function violations(page: Page, visit: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) said.push(message.text());
  });
  page.on('pageerror', (error) => said.push(error.message));
  await visit();
  return said;
}

describe('under the Content-Security-Policy', () => {
  it('Swagger UI at /docs loads the OpenAPI document and shows the operations', async () => {
    const page = await site.newPage();
    const said = await violations(page, async () => {
      await page.goto(`${site.base}/docs`);
      await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20_000 });
      const evaluate = page.locator('.opblock-summary-path[data-path="/v1/evaluate"]').first();
      await evaluate.waitFor({ timeout: 20_000 });
      // Open the operation, try it out with its example, and see the answer: what a reader of the reference does.
      await evaluate.click();
      await page.locator('.opblock.is-open .try-out__btn').click();
      await page.locator('.opblock.is-open .execute').click();
      await page.locator('.opblock.is-open .responses-wrapper .live-responses-table').waitFor({ timeout: 20_000 });
      await page.locator('.opblock.is-open .model-box-control, .opblock.is-open .tablinks').first().click();
    });
    expect(said).toEqual([]);
    expect(await page.locator('.opblock-summary-path[data-path="/livez"]').count()).toBeGreaterThan(0);
  });

  it('the pages, styled by their own sheet, and the reports shown in the analysts\' page', async () => {
    const page = await site.newPage();
    const said = await violations(page, async () => {
      await page.goto(`${site.base}/?lang=en`);
      // The sheet applied: the body is not the browser's default serif at 8px margin.
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
      for (const kind of ['matrix', 'sweep']) {
        await page.goto(`${site.base}/reports?lang=en&kind=${kind}&packs=cn-chongqing&packs=cn-sichuan`);
        await page.locator('section.report svg').first().waitFor({ timeout: 20_000 });
        // The legend's colours come from the sheet (the page's policy allows no inline style).
        expect(await page.locator('section.report .swatch.required').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(179, 38, 30)');
      }
    });
    expect(said).toEqual([]);
  });
});
