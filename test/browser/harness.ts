// A real browser against the real app: the app served on a free port (fresh in-memory store), Debian's chromium
// driven by playwright-core. `.ci/run` installs chromium and fonts-noto-cjk.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
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
  const newPage = async (): Promise<Page> => browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'en-US' });
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
