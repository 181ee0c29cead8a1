// Which published version of a pack is in effect on a date: the one with the latest effectiveFrom on or before
// it; between two versions effective the same day, the one published later.
import type { PackVersion } from './pack-source.js';

export function versionInEffect(versions: readonly PackVersion[], date: string): PackVersion | undefined {
  let chosen: PackVersion | undefined;
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
export function latestPublished(versions: readonly PackVersion[]): PackVersion | undefined {
  return versionInEffect(versions, '9999-12-31');
}

/** The published version that takes effect first. */
export function firstPublished(versions: readonly PackVersion[]): PackVersion | undefined {
  let first: PackVersion | undefined;
  for (const v of versions) {
    if (v.status !== 'published' || !v.effectiveFrom) continue;
    if (!first || v.effectiveFrom < (first.effectiveFrom as string)) first = v;
  }
  return first;
}
