// A rule id may appear more than once only as dated versions whose periods do not overlap.
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

const FAR_FUTURE = '9999-12-31';
const EARLIEST = '0000-01-01';

export function checkRuleVersions(pack: ResolvedPack): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, typeof pack.rules>();
  for (const rule of pack.rules) byId.set(rule.id, [...(byId.get(rule.id) ?? []), rule]);
  for (const [id, versions] of byId) {
    if (versions.length < 2) continue;
    // Each version is reported once, at its first conflict with an earlier one (so n copies give n - 1 problems).
    for (let j = 1; j < versions.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = versions[i];
        const b = versions[j];
        if (!a || !b) continue;
        if (!a.inForce || !b.inForce) {
          problems.push({
            path: b.sourcePath,
            message: `duplicate rule id "${id}" (also at ${a.sourcePath}): rename one, or give both an inForce period so they are dated versions`,
          });
          break;
        }
        const aEnd = a.inForce.until ?? FAR_FUTURE;
        const bEnd = b.inForce.until ?? FAR_FUTURE;
        if ((a.inForce.from ?? EARLIEST) <= bEnd && (b.inForce.from ?? EARLIEST) <= aEnd) {
          problems.push({
            path: `${b.sourcePath}.inForce`,
            message: `version periods of rule "${id}" overlap (${a.inForce.from}..${a.inForce.until ?? 'open'} at ${a.sourcePath} and ${b.inForce.from}..${b.inForce.until ?? 'open'}): end one before the other begins`,
          });
          break;
        }
      }
    }
  }
  return problems;
}
