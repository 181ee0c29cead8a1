// An app on a fresh store with the shipped packs published, built with whatever deps a test gives (rate limits,
// the decision log's mode, a logger...), and a caller that can pretend to be a remote client.
import type { Store } from '../../adapters/storage/store.js';
import type { AppDeps } from '../../server/deps.js';
import { type RequestOptions, testApp } from './api.js';

export type CallOptions = RequestOptions;

export async function hardenedApp(extra: Partial<AppDeps> | ((store: Store) => Partial<AppDeps>) = {}, url = ':memory:') {
  const built = await testApp(url, [], (store) => (typeof extra === 'function' ? extra(store) : extra));
  return { ...built, call: built.request };
}

/** The README's small event, under cn-chongqing. */
export const SMALL_EVALUATION = {
  pack: 'cn-chongqing',
  lang: 'en',
  event: { kind: 'meeting', attendees: 200, startDate: '2026-01-30', endDate: '2026-01-31', organizer: { type: 'soe', level: 'provincial' } },
};
