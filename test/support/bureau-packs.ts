// Small packs a bureau submits in the tests of the publishing rules, and dates relative to today (China time), so
// the tests mean the same whatever day they run.
import { todayInChina } from '../../engine/index.js';

/** Today, China time, moved by `days`. */
export function dayFromToday(days: number): string {
  const date = new Date(`${todayInChina()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day of next year: a date no run of the tests has reached. */
export const NEXT_YEAR = `${Number(todayInChina().slice(0, 4)) + 1}-01-01`;

/** A valid pack with no rules of its own: `id` of `code`, extending `base` (none: a national or province pack). */
export function cityPack(id: string, code: string, base: string | undefined, overrides: Record<string, unknown> = {}) {
  return {
    id,
    version: '1.0.0',
    ...(base ? { extends: base } : {}),
    title: { zh: `${id}（示例）`, en: `${id} (example)` },
    jurisdiction: { code, name: { zh: '示例', en: 'Example' } },
    documents: [{ number: '示环〔2026〕1号', title: { zh: '示例', en: 'example' }, issuers: ['示例生态环境局'], issued: '2026-10-01' }],
    inForce: { from: NEXT_YEAR },
    rules: [],
    ...overrides,
  };
}

/**
 * The body publishing a version from `effectiveFrom`, a date fixed in a test: once the day has passed, the
 * publication corrects history (and says so), so the test means the same on any day it runs.
 */
export function publication(effectiveFrom: string) {
  return { effectiveFrom, ...(effectiveFrom < todayInChina() ? { correctsHistory: true, reason: 'a test publishing from a fixed date that has passed' } : {}) };
}
