// Which published version of a pack is in effect on a date: the one with the latest effectiveFrom on or before
// it; between two versions effective the same day, the one published later.
import type { StoredPackVersion } from '../storage/store.js';

export function versionInEffect(versions: readonly StoredPackVersion[], date: string): StoredPackVersion | undefined {
  let chosen: StoredPackVersion | undefined;
  for (const v of versions) {
    if (v.status !== 'published' || !v.effectiveFrom || v.effectiveFrom > date) continue;
    if (
      !chosen ||
      v.effectiveFrom > (chosen.effectiveFrom as string) ||
      (v.effectiveFrom === chosen.effectiveFrom && (v.publishedAt ?? '') > (chosen.publishedAt ?? ''))
    ) {
      chosen = v;
    }
  }
  return chosen;
}

/** The most recently effective published version, whatever the date (for validating a pack that extends it). */
export function latestPublished(versions: readonly StoredPackVersion[]): StoredPackVersion | undefined {
  return versionInEffect(versions, '9999-12-31');
}
