// A duty is relative to a known anchor, with a shift that makes sense (engine/lint/vocabulary.ts checks that the
// duty itself is built in or declared by the pack chain).
import { MAX_DUE_YEARS } from '../pack-bounds.js';
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

export const DUE_ANCHORS = ['event.start', 'event.end', 'none'] as const;

export function checkDuties(pack: ResolvedPack): Problem[] {
  const problems: Problem[] = [];
  for (const rule of pack.rules) {
    if (rule.decides.type !== 'duty') continue;
    const path = `${rule.sourcePath}.decides`;
    const { due } = rule.decides;
    if (!(DUE_ANCHORS as readonly string[]).includes(due.anchor)) {
      problems.push({
        path: `${path}.due.anchor`,
        message: `unknown anchor "${due.anchor}": a due date is relative to ${DUE_ANCHORS.join(' or ')}`,
      });
      continue;
    }
    const shifted = Boolean(due.days || due.months || due.years);
    if (due.anchor === 'none' && (shifted || due.direction)) {
      problems.push({
        path: `${path}.due`,
        message: 'an anchor of "none" means the policy sets no date: remove direction, days, months and years',
      });
    }
    const years = (due.years ?? 0) + (due.months ?? 0) / 12 + (due.days ?? 0) / 365.25;
    if (years > MAX_DUE_YEARS) {
      problems.push({ path: `${path}.due`, message: `shifts the date by more than ${MAX_DUE_YEARS} years: no policy deadline is that far` });
    }
    if (due.anchor !== 'none' && !due.direction) {
      problems.push({ path: `${path}.due.direction`, message: 'is required with an anchor: "before" or "after"' });
    }
  }
  return problems;
}
