// Every period must end on or after it begins.
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

export function checkPeriods(pack: ResolvedPack): Problem[] {
  const problems: Problem[] = [];
  const check = (path: string, period: { from: string; until?: string } | undefined) => {
    if (period?.until && period.until < period.from) {
      problems.push({
        path: `${path}.until`,
        message: `ends (${period.until}) before it begins (${period.from}): swap or correct the dates`,
      });
    }
  };
  check('inForce', pack.inForce);
  for (const rule of pack.rules) check(`${rule.sourcePath}.inForce`, rule.inForce);
  return problems;
}
