// Issue 14, history: a pack's page shows, per threshold and deadline, what it was in each period across the pack's
// published versions and its dated rule versions, with the dates each took effect and a mark where it changed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeApp } from './support/api.js';
import { NEXT_YEAR } from './support/bureau-packs.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});
afterAll(async () => {
  await api?.store.close();
});

/** The history of one rule on a pack's page: its rows (period, versions, value, conditions, changed). */
function historyOf(html: string, ruleId: string) {
  const start = html.indexOf(`<h3><a href="/packs/`, html.indexOf('id="history-h"'));
  const section = html.slice(start, html.indexOf('</section>', start));
  const item = section.split('<div class="history-item">').find((part) => part.includes(`/rules/${ruleId}?`)) ?? '';
  return [...item.matchAll(/<tr data-changed="(yes|no)"><th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)].map((m) => {
    const cells = [...(m[3] as string).matchAll(/<td data-label="[^"]*">([\s\S]*?)<\/td>/g)].map((c) => (c[1] as string).replace(/<[^>]+>/g, '').trim());
    return { changed: m[1] === 'yes', period: (m[2] as string).replace(/<[^>]+>/g, '').trim(), versions: cells[0], value: cells[1], conditions: cells[2], clause: cells[3] };
  });
}

describe("a pack's history", () => {
  it("shows Chongqing's dated rule versions: the district bodies from 2027-01-01, marked as a change", async () => {
    const res = await api.call('GET', '/packs/cn-chongqing?lang=zh');
    expect(res.text).toContain('门槛与期限的变更');
    const rows = historyOf(res.text, 'required.exhibition');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ changed: false, value: '≥ 10000 m²' });
    expect(rows[0]?.period).toMatch(/^2025-03-\d\d 至 2026-12-31$/);
    expect(rows[1]).toMatchObject({ changed: true, value: '≥ 10000 m²' });
    expect(rows[1]?.period).toBe('自 2027-01-01 起 变更');
    // What changed is who: district and county bodies join.
    expect(rows[0]?.conditions).not.toMatch(/区县|区（县）/);
    expect(rows[1]?.conditions).toMatch(/区县|区（县）/);
    // The deadline, one month after the event ends, never changed: one row.
    expect(historyOf(res.text, 'duty.complete-neutralization')).toEqual([expect.objectContaining({ changed: false, value: '活动结束后1个月内' })]);
    // A rule only in force from 2030 has its own period.
    expect(historyOf(res.text, 'expected.every-organ-2030')[0]?.period).toBe('自 2030-01-01 起');
  });

  it('follows a threshold and a deadline across published versions, with the date each version takes effect', async () => {
    const key = await api.keyFor('370000');
    const doc = JSON.parse(readFileSync('policies/cn-shandong-jining/pack.json', 'utf8'));
    const shipped = doc.version as string;
    doc.version = '9.0.0';
    const encouraged = doc.rules.find((r: { id: string }) => r.id === 'obligation.encouraged');
    encouraged.conditions.all[0].value = 300;
    const deadline = doc.rules.find((r: { id: string }) => r.id === 'duty.complete-neutralization');
    deadline.decides.due.months = 3;
    const drafted = await api.call('POST', '/v1/packs', doc, bearer(key));
    expect(drafted.status, JSON.stringify(drafted.json)).toBe(201);
    const published = await api.call('POST', '/v1/packs/cn-shandong-jining/versions/9.0.0/publish', { effectiveFrom: NEXT_YEAR }, bearer(key));
    expect(published.status, JSON.stringify(published.json)).toBe(200);
    await api.registry.refresh();

    const res = await api.call('GET', '/packs/cn-shandong-jining?lang=zh');
    const dayBefore = `${Number(NEXT_YEAR.slice(0, 4)) - 1}-12-31`;
    const threshold = historyOf(res.text, 'obligation.encouraged');
    expect(threshold).toHaveLength(2);
    expect(threshold[0]).toMatchObject({ changed: false, value: '≥ 200 人', versions: shipped });
    expect(threshold[0]?.period).toMatch(new RegExp(` 至 ${dayBefore}$`));
    expect(threshold[1]).toMatchObject({ changed: true, value: '≥ 300 人', versions: '9.0.0', period: `自 ${NEXT_YEAR} 起 变更` });
    const due = historyOf(res.text, 'duty.complete-neutralization');
    expect(due.map((r) => [r.value, r.changed])).toEqual([
      ['活动结束后6个月内', false],
      ['活动结束后3个月内', true],
    ]);
    // What stayed the same across both versions is one row naming both.
    const plan = historyOf(res.text, 'duty.plan');
    expect(plan).toHaveLength(1);
    expect(plan[0]?.versions).toBe(`${shipped}、9.0.0`);
  });
});
