// A removal (pack format 2) names a rule the pack inherits, says why, and is not contradicted by a rule of the same
// pack with that id (to replace an inherited rule, a pack defines one with the same id instead).
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

/** `baseKnown` false: the base could not be loaded, so whether it has the rule is not known (nothing is said). */
export function checkRemovals(pack: ResolvedPack, baseKnown = true): Problem[] {
  const problems: Problem[] = [];
  pack.removed.forEach((removal, i) => {
    const path = `${removal.sourcePath}.rule`;
    const earlier = pack.removed.slice(0, i).find((r) => r.rule === removal.rule);
    if (earlier && earlier.by === removal.by) {
      problems.push({ path, message: `rule "${removal.rule}" is removed twice: keep one removal` });
      return;
    }
    if (!removal.versions.length && baseKnown) {
      const depth = pack.chain.findIndex((p) => p.id === removal.by);
      const inherited = [...new Set(pack.rules.filter((r) => r.origin !== removal.by).map((r) => r.id))];
      const message =
        depth === 0
          ? 'this pack extends no base pack, so it inherits no rule to remove: remove "removes"'
          : earlier
            ? `rule "${removal.rule}" is already removed by ${earlier.by}: drop this removal`
            : `no base pack has a rule "${removal.rule}": use the id of an inherited rule${inherited.length ? ` (${inherited.join(', ')})` : ''}`;
      problems.push({ path, message });
    }
    if (pack.rules.some((r) => r.id === removal.rule && r.origin === removal.by)) {
      problems.push({
        path,
        message: `rule "${removal.rule}" is both removed and defined in this pack: to replace the inherited rule keep only the new rule (same id); to drop it, remove the rule`,
      });
    }
  });
  return problems;
}
