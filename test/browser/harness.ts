// A real browser against the real app: the app served on a free port (fresh in-memory store), Debian's chromium
// driven by playwright-core. `.ci/run` installs chromium and fonts-noto-cjk.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { makeApp } from '../support/api.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `packDirs`: folders of pack folders served beside the shipped packs (the server's PACK_DIRS). */
export async function startSite(packDirs: string[] = []) {
  const { app, store } = await makeApp(':memory:', undefined, packDirs);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  /**
   * A page in a context of its own (its cookies too): 1100 × 900 unless `options` say otherwise, in a Chinese
   * browser (its Accept-Language asks for Chinese pages; date fields take year, month, day).
   */
  const newPage = async (options: BrowserContextOptions = {}): Promise<Page> => browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN', ...options });
  const stop = async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  };
  return { base, newPage, stop };
}

/** Every visible form control has a label (its own <label>, aria-label, or a legend for a group of radios). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.$$eval('input:not([type=hidden]), select, textarea', (controls) =>
    controls
      .filter((c) => {
        const el = c as HTMLInputElement;
        return !(el.labels && el.labels.length > 0) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby');
      })
      .map((c) => (c as HTMLInputElement).name || c.outerHTML.slice(0, 80)),
  );
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The serious and critical accessibility violations axe-core finds on the page as it is now, each as
 * `rule: the first offending elements`. axe is evaluated through the driver (not a script tag), so the pages'
 * Content-Security-Policy stays as it is.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(' | ')}`);
}

/** What makes a page hard to use on a phone: sideways scrolling, and touch targets under 44 px (visible ones). */
export async function phoneProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > innerWidth) problems.push(`scrolls sideways: ${scrollWidth} > ${innerWidth}`);
    const targets = 'button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, summary, header.site a, label.check, a.rule-link, .links a, .answers a';
    for (const el of Array.from(document.querySelectorAll(targets))) {
      const box = el.getBoundingClientRect();
      if (!box.width || !box.height) continue;
      if (box.height < 43.5) problems.push(`small target (${Math.round(box.height)} px): ${el.outerHTML.slice(0, 90)}`);
    }
    return problems;
  });
}
