// Issue 14: every page at a phone's width (390 px) and a desktop's (1280 px), in headless chromium: the organizer's
// flow for each shipped pack, the bureau's pages (a pack, a rule, a document beside its rules) and the analyst's
// reports. At each width: no sideways scrolling, no console error, touch targets of 44 px on the phone, the same
// answers as on the desktop, and axe-core finds no serious or critical violation (in light and dark colours).
// Screenshots of each at both widths go to docs/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, phoneProblems, startSite } from './harness.js';

const SHOTS = 'docs/screenshots';
const WIDTHS = [1280, 390] as const;
type Width = (typeof WIDTHS)[number];

let site: Awaited<ReturnType<typeof startSite>>;
const pages = new Map<Width, Page>();
const errors = new Map<Width, string[]>();

beforeAll(async () => {
  site = await startSite();
  for (const width of WIDTHS) {
    const page = await site.newPage({ viewport: { width, height: width === 390 ? 844 : 900 }, locale: 'zh-CN' });
    const said: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') said.push(m.text());
    });
    page.on('pageerror', (e) => said.push(e.message));
    pages.set(width, page);
    errors.set(width, said);
  }
}, 60_000);
afterAll(async () => {
  await site?.stop();
});

/** The checks every page gets at its width; `where` names it in a failure. */
async function looksRight(width: Width, where: string) {
  const page = pages.get(width) as Page;
  const problems = await phoneProblems(page);
  const layout = width === 390 ? problems : problems.filter((p) => p.startsWith('scrolls'));
  expect(layout, `${where} at ${width}`).toEqual([]);
  expect(errors.get(width)?.splice(0), `${where} at ${width}: console`).toEqual([]);
  expect(await axeViolations(page), `${where} at ${width}: axe`).toEqual([]);
}

/** Follows the first link that `selector` finds, and waits for its page to load. */
async function follow(page: Page, selector: string) {
  const link = page.locator(selector).first();
  const target = new URL((await link.getAttribute('href')) ?? '', site.base).pathname;
  await Promise.all([page.waitForURL((url) => url.pathname === target), link.click()]);
  await page.waitForLoadState('load');
}

/** Submits a form by its button, and waits for the answer to load. */
async function submit(page: Page, button: string) {
  await Promise.all([page.waitForEvent('load'), page.locator(button).first().click()]);
}

/** A screenshot of the screen with `selector` at its top. */
async function shoot(page: Page, selector: string, name: string) {
  await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** A realistic event, answered fact by fact as the form asks. */
const ANSWERS: Record<string, string> = {
  attendees: '600',
  floorAreaM2: '12000',
  'organizer.type': 'soe',
  'organizer.level': 'provincial',
  meetingClass: '2',
  scale: 'national',
  bidCommitsNeutrality: 'yes',
  chengyuCircle: 'no',
  startDate: '2026-06-10',
  endDate: '2026-06-12',
};

const FLOWS = [
  { pack: 'cn-chongqing', kind: 'meeting', obligation: 'required' },
  { pack: 'cn-shandong-jining', kind: 'forum', obligation: 'encouraged' },
  { pack: 'cn-sichuan', kind: 'sports', obligation: 'encouraged' },
  { pack: 'cn-national', kind: 'exhibition', obligation: 'encouraged' },
];

/** Chooses the pack, then answers each question the page asks until the answer shows; the answer as text. */
async function organizerFlow(page: Page, packId: string, kind: string) {
  await page.goto(`${site.base}/`);
  await page.selectOption('#f-pack', packId);
  await submit(page, 'form:has(#f-pack) button[type=submit]');
  for (let round = 0; round < 4 && !(await page.locator('#answer').count()); round++) {
    const form = page.locator('form[aria-labelledby=questions-h]');
    for (const [fact, value] of Object.entries({ kind, ...ANSWERS })) {
      const id = `#f-${fact.replace(/[^a-zA-Z0-9]/g, '-')}`;
      if (!(await form.locator(id).count())) continue;
      const tag = await form.locator(id).evaluate((el) => el.tagName);
      if (tag === 'SELECT') await form.locator(id).selectOption(value);
      else if (tag === 'FIELDSET') await form.locator(`input[name="${fact}"][value="${value}"]`).check();
      else await form.locator(id).fill(value);
    }
    await submit(page, 'form[aria-labelledby=questions-h] button[type=submit]');
  }
  const verdict = page.locator('#answer .verdict');
  return {
    obligation: await verdict.getAttribute('data-obligation'),
    verdict: await verdict.textContent(),
    timeline: (await page.locator('#answer ol.timeline').textContent())?.replace(/\s+/g, ' '),
    steps: await page.locator('#answer h3:has-text("办理流程") + ol > li > strong').allTextContents(),
  };
}

describe('the organizer’s flow of each pack', () => {
  it.each(FLOWS)('$pack: the same answer at 390 px as at 1280 px, readable, on a page that fits', { timeout: 90_000 }, async ({ pack, kind, obligation }) => {
    const answers = [];
    for (const width of WIDTHS) {
      const page = pages.get(width) as Page;
      const answer = await organizerFlow(page, pack, kind);
      expect(answer.obligation, `${pack} at ${width}`).toBe(obligation);
      answers.push(answer);
      // Readable without zooming: the answer's text at 16 px or more, the verdict inside the screen.
      const { size, right } = await page.evaluate(() => ({
        size: parseFloat(getComputedStyle(document.querySelector('#answer p:not(.verdict)') as Element).fontSize),
        right: (document.querySelector('#answer .verdict') as Element).getBoundingClientRect().right,
      }));
      expect(size).toBeGreaterThanOrEqual(16);
      expect(right).toBeLessThanOrEqual(width);
      await looksRight(width, `${pack} answer`);
      if (pack === 'cn-chongqing') await shoot(page, '#answer', `organizer-${width}`);
    }
    expect(answers[1]).toEqual(answers[0]);
    // The steps read before → during → after.
    const rank = (label: string) => ['事前', '事中', '事后'].indexOf(label);
    expect(answers[0]?.steps).toEqual([...(answers[0]?.steps ?? [])].sort((a, b) => rank(a) - rank(b)));
  });

  it('shows the answer, a pack and a report in dark colours with enough contrast, and the plan check with units, at 390 px', { timeout: 60_000 }, async () => {
    const page = pages.get(390) as Page;
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      const q = new URLSearchParams({ lang: 'zh', pack: 'cn-chongqing', kind: 'meeting', attendees: '250', 'organizer.type': 'soe', 'organizer.level': 'provincial', startDate: '2026-01-29', endDate: '2026-01-31', emissionsTco2e: '100.5', 'o0.instrument': 'CQCER', 'o0.quantityTco2e': '100', 'o0.projectRegion': '500101' });
      await page.goto(`${site.base}/?${q}#answer`);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
      expect(await page.locator('#plan-result .totals').textContent()).toContain('合计 100 吨CO2e');
      await shoot(page, '#answer', 'organizer-dark-390');
      await looksRight(390, 'dark answer');
      for (const path of ['/packs/cn-chongqing', '/reports?kind=matrix']) {
        await page.goto(`${site.base}${path}`);
        await looksRight(390, `dark ${path}`);
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('the bureau’s pages', () => {
  it.each(WIDTHS)('at %i px: the list, a pack with its history, a rule and its clause beside the law', { timeout: 60_000 }, async (width) => {
    const page = pages.get(width) as Page;
    await page.goto(`${site.base}/packs`);
    expect(await page.locator('table.cards tbody tr').count()).toBe(4);
    await looksRight(width, 'pack list');
    await follow(page, 'a[href^="/packs/cn-chongqing?"]');
    const history = (await page.locator('section[aria-labelledby=history-h]').textContent()) ?? '';
    expect(history).toContain('2027-01-01');
    expect(history).toContain('变更');
    await looksRight(width, 'pack page');
    await shoot(page, '#history-h', `bureau-${width}`);
    await follow(page, 'a[href^="/packs/cn-chongqing/rules/duty.complete-neutralization"]');
    await looksRight(width, 'rule page');
    await follow(page, 'a.clause-link');
    const target = page.locator('ol.clauses > li:target');
    expect(await target.locator('h2').textContent()).toBe('渝环〔2025〕21号 四（三）');
    expect(await target.locator('a.rule-link').first().getAttribute('href')).toContain('/rules/duty.complete-neutralization');
    await looksRight(width, 'document page');
    await shoot(page, 'ol.clauses > li:target', `law-${width}`);
  });
});

describe('the analyst’s page', () => {
  it.each(WIDTHS)('at %i px: the matrix in the page with labels apart, and a compare report asked by the questionnaire', { timeout: 60_000 }, async (width) => {
    const page = pages.get(width) as Page;
    await page.goto(`${site.base}/reports`);
    await page.selectOption('#f-report', 'matrix');
    await submit(page, 'form[action^="/reports"] button[type=submit]');
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await page.locator('section.report table').textContent()).toContain('活动结束后6个月内');
    // On the threshold chart no two labels overlap (Jining's ‹200人 and ≥200人 share a marker).
    const overlaps = await page.evaluate(() => {
      const boxes = Array.from(document.querySelectorAll('section.report svg g.threshold text')).map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
      return boxes.flatMap((a, i) =>
        boxes.slice(i + 1).filter((b) => a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom).map((b) => `${a.text} / ${b.text}`),
      );
    });
    expect(overlaps).toEqual([]);
    await looksRight(width, 'matrix');
    await shoot(page, '#report-h', `analyst-${width}`);

    await page.selectOption('#f-report', 'compare');
    await page.selectOption('#f-e-organizer-type', 'party-government');
    await page.fill('#f-e-attendees', '300');
    await submit(page, 'form[action^="/reports"] button[type=submit]');
    // Chongqing asks an organ's meeting class: the questionnaire now asks it, in the pack's words.
    await page.selectOption('#f-e-meetingClass', '2');
    await submit(page, 'form[action^="/reports"] button[type=submit]');
    const report = (await page.locator('section.report').textContent()) ?? '';
    expect(report).toContain('同一活动在各政策下的比较');
    expect(report).toContain('应当实施碳中和');
    expect(await page.locator('section.report a[download]').count()).toBe(4);
    await looksRight(width, 'compare');
  });
});
