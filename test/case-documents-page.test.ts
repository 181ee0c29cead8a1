// The case pages: the page of a hand-built case (timeline with each duty's state, the forms, the ledger, the
// certificate) in both languages with no code shown; then through the app: the answer card offers "start a case",
// which opens one and shows its access code once; the case page asks for the code, its printable form, and a
// Chongqing case carried to its certificate, whose PDF the page serves (and without the font: 503, what to install).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseContext } from '../app/cases/case-context.js';
import { REPORT_POLICY } from '../server/middleware/security.js';
import { CasePage } from '../server/pages/case-page.js';
import { chongqingCase, sichuanCase } from './support/case-documents-fixtures.js';
import { makeApp } from './support/api.js';
import { certifyChongqingCase, cookieCredential } from './support/certify-case.js';
import { findCodes, htmlText } from './support/visible-text.js';

/** The page as its HTML (hono/jsx renders a component synchronously to a string). */
const render = (node: unknown) => String(node);

const RULE_IDS = ['duty.register-event', 'duty.complete-neutralization', 'duty.make-plan'];

describe('the case page of a hand-built case', () => {
  it('shows the stage, each duty on the timeline with its state, the missing items and the forms, in Chinese', () => {
    const html = render(CasePage({ view: sichuanCase('zh'), lang: 'zh' }));
    const text = htmlText(html);
    expect(text).toContain('当前阶段：计划');
    expect(text).toMatch(/2026-08-31\s*报送碳中和登记表\s*未完成/);
    expect(text).toContain('尚未报送登记表');
    expect(html).toContain('href="/cases/case-sc-1/documents/sichuan-registration?lang=zh"');
    expect(text).toContain('四川省大型活动碳中和登记表（打印版）');
    expect(text).toContain('尚无注销记录。');
    expect(findCodes(text, 'zh', RULE_IDS)).toEqual([]);
  });

  it('marks an overdue duty and shows the ledger with its totals, in English', () => {
    const view = chongqingCase('en');
    const html = render(
      CasePage({
        view: {
          ...view,
          retirements: [
            {
              id: 'r1',
              instrument: { code: 'CQCER', text: 'Chongqing certified reduction (CQCER)' },
              registry: 'Chongqing carbon exchange',
              serial: { text: 'CQ-0001–CQ-0020', prefix: 'CQ-', first: '0001', last: '0020', count: '20' },
              quantityTco2e: '20',
              retiredOn: '2026-04-25',
              proofReference: 'proof-1',
              verdict: { code: 'eligible', text: 'Eligible' },
              counted: true,
              reasons: [],
              recordedAt: '2026-04-25T00:00:00Z',
            },
          ],
          totals: { retiredTco2e: '20', countedTco2e: '20', emissionsTco2e: '18.625', shortfallTco2e: '0', sharePercent: '100.00', offsetOn: '2026-04-25' },
        },
        lang: 'en',
      }),
    );
    const text = htmlText(html);
    expect(html).toMatch(/data-state="overdue"/);
    expect(text).toContain('CQ-0001–CQ-0020');
    expect(text).toContain('Counted: 20 tCO2e');
    expect(text).toContain('Shortfall: 0 tCO2e');
    expect(findCodes(text, 'en', RULE_IDS)).toEqual([]);
  });
});

describe('the case pages through the app', () => {
  let api: Awaited<ReturnType<typeof makeApp>>;
  let context: CaseContext;
  beforeAll(async () => {
    api = await makeApp();
    context = { registry: api.registry, store: api.store };
  });
  afterAll(async () => {
    await api?.store.close();
  });

  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const post = (path: string, fields: Record<string, string>, cookie = '') =>
    api.app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) }, body: form(fields) });
  const get = (path: string, cookie = '') => api.app.request(path, { headers: cookie ? { cookie } : {} });
  /** The case's cookie among those the answer sets (the page's language is remembered in one too). */
  const cookieOf = (res: Response) => (res.headers.getSetCookie().find((c) => c.startsWith('tz_case=')) ?? '').split(';')[0] as string;

  const CHONGQING = { kind: 'meeting', attendees: '260', 'organizer.type': 'soe', 'organizer.level': 'provincial', startDate: '2025-06-10', endDate: '2025-06-11' };

  it('offers "start a case" on the answer card', async () => {
    const res = await get(`/?lang=zh&${form({ pack: 'cn-chongqing', ...CHONGQING })}`);
    const html = await res.text();
    expect(html).toContain('action="/cases"');
    expect(htmlText(html)).toContain('开始办理碳中和');
  });

  let caseId = '';
  let cookie = '';
  it('opens a case from the form, shows its access code once and keeps it for the case’s pages', async () => {
    const res = await post('/cases', { lang: 'zh', pack: 'cn-chongqing', ...CHONGQING, 'case.name': '市属国企年度工作会', 'case.place': '重庆国际博览中心' });
    expect(res.status).toBe(201);
    const html = await res.text();
    const code = /<code>(tzc_[\w-]+)<\/code>/.exec(html)?.[1];
    expect(code).toBeDefined();
    caseId = /href="\/cases\/([^/?"]+)\//.exec(html)?.[1] ?? '';
    cookie = cookieOf(res);
    expect(res.headers.getSetCookie().find((c) => c.startsWith('tz_case='))).toMatch(new RegExp(`Path=/cases/${caseId}; HttpOnly; SameSite=Strict`));
    expect(htmlText(html)).toContain('市属国企年度工作会');
    const page = await get(`/cases/${caseId}?lang=zh`, cookie);
    expect(page.status).toBe(200);
    const text = htmlText(await page.text());
    expect(text).not.toContain(code as string);
    expect(text).toContain('制定碳中和实施计划');
    expect(findCodes(text, 'zh', RULE_IDS)).toEqual([]);
  });

  it('refuses a form with an unknown pack (404) or a bad fact (422, naming the field), opening nothing', async () => {
    expect((await post('/cases', { lang: 'en', pack: 'cn-atlantis', ...CHONGQING })).status).toBe(404);
    const bad = await post('/cases', { lang: 'en', pack: 'cn-chongqing', ...CHONGQING, attendees: '-5' });
    expect(bad.status).toBe(422);
    expect(bad.headers.getSetCookie().some((c) => c.startsWith('tz_case='))).toBe(false);
    expect(htmlText(await bad.text())).toMatch(/[Aa]ttendees/);
  });

  it('asks for the access code without it, refuses a wrong one, and keeps a right one', async () => {
    const none = await get(`/cases/${caseId}?lang=en`);
    expect(none.status).toBe(401);
    expect(htmlText(await none.text())).toContain('Enter the access code');
    const wrong = await post(`/cases/${caseId}/access?lang=en`, { code: 'tzc_wrong' });
    expect(wrong.status).toBe(403);
    const token = decodeURIComponent(cookie.split('=').slice(1).join('='));
    const right = await post(`/cases/${caseId}/access?lang=en`, { code: token });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe(`/cases/${caseId}?lang=en`);
    expect((await get(`/cases/${caseId}?lang=en`, cookieOf(right))).status).toBe(200);
  });

  it('serves the pack’s form as a printable page with the report policy, and no other', async () => {
    const plan = await get(`/cases/${caseId}/documents/chongqing-plan?lang=zh`, cookie);
    expect(plan.status).toBe(200);
    expect(plan.headers.get('content-security-policy')).toBe(REPORT_POLICY);
    const text = htmlText(await plan.text());
    expect(text).toContain('大型会议和活动碳中和计划书');
    expect(text).toContain('重庆国际博览中心');
    expect((await get(`/cases/${caseId}/documents/sichuan-registration?lang=zh`, cookie)).status).toBe(404);
  });

  it('refuses the certificate before it is earned, then serves its PDF once it is; 503 without the font', async () => {
    expect((await get(`/cases/${caseId}/certificate.pdf?lang=zh`, cookie)).status).toBe(409);
    const certified = await certifyChongqingCase(context, caseId, cookieCredential(cookie));
    expect(certified.emissions.kind).toBe('ok');
    expect(certified.retirement.kind).toBe('ok');
    expect(certified.confirmation.kind).toBe('ok');
    const pdf = await get(`/cases/${caseId}/certificate.pdf?lang=zh`, cookie);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const page = htmlText(await (await get(`/cases/${caseId}?lang=zh`, cookie)).text());
    expect(page).toContain('PDF（中文）');
    const saved = process.env.TANZHONG_CJK_FONT;
    process.env.TANZHONG_CJK_FONT = '/nonexistent/NotoSansCJK-Regular.ttc';
    try {
      const missing = await get(`/cases/${caseId}/certificate.pdf?lang=en`, cookie);
      expect(missing.status).toBe(503);
      expect(htmlText(await missing.text())).toContain('Install fonts-noto-cjk');
    } finally {
      if (saved === undefined) delete process.env.TANZHONG_CJK_FONT;
      else process.env.TANZHONG_CJK_FONT = saved;
    }
  });
});
