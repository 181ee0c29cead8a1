// Issue 14, the analyst's page: the compare event is asked with the organizers' questionnaire (no JSON), the report
// is shown in the page itself (no frame) and each format can be downloaded; on the threshold chart no two labels
// overlap (Jining's ‹200人 and ≥200人 share one place).
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMatrix } from '../adapters/reports/matrix.js';
import { labelWidth, placeLabels, thresholdChart } from '../adapters/reports/svg-thresholds.js';
import { makeApp } from './support/api.js';
import { pack } from './support/library.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});
afterAll(async () => {
  await api?.store.close();
});

const page = (query: Record<string, string>, packs: string[] = ['cn-chongqing', 'cn-shandong-jining', 'cn-sichuan']) => {
  const params = new URLSearchParams(query);
  for (const p of packs) params.append('packs', p);
  return api.call('GET', `/reports?${params.toString()}`);
};

const ORGAN_MEETING = { 'e.kind': 'meeting', 'e.attendees': '300', 'e.organizer.type': 'party-government', 'e.organizer.level': 'provincial', 'e.startDate': '2026-06-01', 'e.endDate': '2026-06-02' };

describe("the analyst's page", () => {
  it('shows the matrix in the page, no frame, each format downloadable as an attachment', async () => {
    const res = await page({ lang: 'zh', kind: 'matrix' });
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/<iframe/i);
    expect(res.text).not.toMatch(/<textarea/i);
    expect(res.text).toContain('<section class="report"');
    expect(res.text).toContain('活动结束后6个月内'); // Jining's deadline, in the page itself
    expect(res.text).toMatch(/<svg[^>]*role="img"/);
    // The page's policy allows no inline style: the report in the page has none.
    expect(res.text).not.toMatch(/\sstyle="/);
    const links = [...res.text.matchAll(/<a href="(\/v1\/reports\/[^"]+)" download/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
    expect(links.map((l) => new URLSearchParams(l.split('?')[1]).get('format')).sort()).toEqual(['csv', 'html', 'json', 'md']);
    for (const link of links) {
      const file = await api.call('GET', link);
      expect(file.status, link).toBe(200);
      expect(file.headers.get('content-disposition'), link).toMatch(/^attachment; filename="tanzhong-matrix-/);
    }
  });

  it('asks the compare event with the organizers’ questions: typed controls, units, and what a chosen pack still needs', async () => {
    const res = await page({ lang: 'zh', kind: 'compare', ...ORGAN_MEETING, 'e.meetingClass': '' }, ['cn-chongqing', 'cn-sichuan']);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<select id="f-e-kind" name="e.kind"/);
    expect(res.text).toMatch(/<input id="f-e-attendees" name="e.attendees" type="number"/);
    expect(res.text).toMatch(/<input id="f-e-startDate" name="e.startDate" type="date"/);
    expect(res.text).toContain('<span class="unit">人</span>');
    // Chongqing needs an organ's meeting class to answer: asked in the pack's own words.
    const chongqing = pack('cn-chongqing').pack.facts.find((f) => f.name === 'meetingClass');
    expect(res.text).toContain(`<label for="f-e-meetingClass">${chongqing?.question.zh}</label>`);
    // Sichuan's bid question is asked too (for a meeting it applies), never one that does not apply to a meeting.
    expect(res.text).not.toContain('f-e-floorAreaM2');
    // The report compares the answers: Chongqing cannot decide without the class.
    expect(res.text).toContain('尚无法确定');
  });

  it('answers the compare report once the class is given, and carries the event into the downloads', async () => {
    const res = await page({ lang: 'en', kind: 'compare', ...ORGAN_MEETING, 'e.meetingClass': '2' }, ['cn-chongqing', 'cn-sichuan']);
    expect(res.text).toContain('One event under several policies');
    expect(res.text).toContain('Required to neutralize');
    const csv = /<a href="(\/v1\/reports\/compare\?[^"]+format=csv[^"]*)"/.exec(res.text)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const event = JSON.parse(new URLSearchParams(csv.split('?')[1]).get('event') ?? '{}');
    expect(event).toMatchObject({ kind: 'meeting', attendees: 300, meetingClass: 2, organizer: { type: 'party-government', level: 'provincial' } });
    expect((await api.call('GET', csv)).status).toBe(200);
  });

  it('names a bad answer beside its field, in words, and shows no report', async () => {
    const res = await page({ lang: 'zh', kind: 'compare', ...ORGAN_MEETING, 'e.attendees': '-5' }, ['cn-chongqing', 'cn-sichuan']);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<p class="error" id="f-e-attendees-error">[^<]+<\/p>/);
    expect(res.text).toMatch(/id="f-e-attendees"[^>]*aria-invalid="true"/);
    expect(res.text).not.toContain('<section class="report"');
  });

  it('fills the questionnaire from an older link that gave the event as JSON', async () => {
    const event = JSON.stringify({ kind: 'forum', attendees: 450, organizer: { type: 'enterprise' }, startDate: '2026-09-01', endDate: '2026-09-01' });
    const res = await page({ lang: 'zh', kind: 'compare', event });
    expect(res.text).toMatch(/<input id="f-e-attendees" name="e.attendees" type="number"[^>]*value="450"/);
    expect(res.text).toMatch(/<option value="forum" selected="">/);
  });

  it('asks for two packs to compare, in words', async () => {
    const res = await page({ lang: 'en', kind: 'compare' }, ['cn-chongqing']);
    expect(res.text).toContain('Choose at least two packs to compare.');
  });
});

describe('threshold labels never overlap', () => {
  const rowsOverlap = (labels: ReturnType<typeof placeLabels>) =>
    labels.some((a, i) => labels.some((b, j) => i < j && a.row === b.row && Math.abs(a.x - b.x) < (a.width + b.width) / 2));

  it("puts Jining's ‹200人 and ≥200人, on one marker, in different rows", async () => {
    const report = await buildMatrix([pack('cn-shandong-jining')], { lang: 'zh', asOf: '2026-06-01' });
    const svg = thresholdChart(report);
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle" font-size="11" fill="#1a1a1a">([^<]+)<\/text>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      text: (m[3] as string).replace(/&lt;/g, '<'),
    }));
    const below = labels.find((l) => l.text === '< 200 人');
    const from = labels.find((l) => l.text === '≥ 200 人');
    expect(below && from).toBeTruthy();
    expect(below?.y).not.toBe(from?.y);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = a.y !== b.y || Math.abs(a.x - b.x) >= (labelWidth(a.text) + labelWidth(b.text)) / 2;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
    }
    // Lanes are named by their jurisdiction, never by the pack's id.
    expect(svg).not.toContain('cn-shandong-jining');
    expect(svg).toContain('山东省济宁市');
  });

  test.prop([fc.array(fc.record({ x: fc.integer({ min: 170, max: 810 }), text: fc.constantFrom('≥ 200 人', '< 200 人', '≥ 10000 m²', '≥ 500 people', '< 500 people') }), { maxLength: 12 })], { numRuns: 200 })(
    'places any labels with no two in one row overlapping, each inside the chart',
    (items) => {
      const placed = placeLabels(items, 170, 848);
      expect(rowsOverlap(placed)).toBe(false);
      for (const label of placed) {
        expect(label.x - label.width / 2).toBeGreaterThanOrEqual(170);
        expect(label.x + label.width / 2).toBeLessThanOrEqual(848);
      }
    },
  );
});
