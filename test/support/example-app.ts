// The app on a fresh in-memory store with the shipped packs and the example packs (policies/examples) published,
// opened before a file's tests and closed after them.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { POLICIES_DIR } from '../../adapters/files/pack-files.js';
import { makeApp } from './api.js';

export type TestApp = Awaited<ReturnType<typeof makeApp>>;

/** Opens the app before the file's tests, hands it to `set`, and closes its store after them. */
export function useExampleApp(set: (api: TestApp) => void): void {
  let api: TestApp | undefined;
  beforeAll(async () => {
    api = await makeApp(':memory:', undefined, [join(POLICIES_DIR, 'examples')]);
    set(api);
  });
  afterAll(async () => {
    await api?.store.close();
  });
}
