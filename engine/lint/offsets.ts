// An instrument is listed once, and never both accepted and excluded.
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

export function checkOffsets(pack: ResolvedPack): Problem[] {
  const problems: Problem[] = [];
  const accepted = pack.offsets.accepted ?? [];
  const seen = new Set<string>();
  accepted.forEach((a, i) => {
    if (seen.has(a.instrument))
      problems.push({
        path: `offsets.accepted[${i}].instrument`,
        message: `"${a.instrument}" is listed twice: merge the entries`,
      });
    seen.add(a.instrument);
  });
  (pack.offsets.excluded ?? []).forEach((x, i) => {
    if (seen.has(x.instrument))
      problems.push({
        path: `offsets.excluded[${i}].instrument`,
        message: `"${x.instrument}" is both accepted and excluded: keep one`,
      });
  });
  return problems;
}
