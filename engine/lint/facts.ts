// Declared facts must be event facts of the catalog, with its type and a subset of its values.
import { factSpec } from '../fact-catalog.js';
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

export function checkFacts(pack: ResolvedPack): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  pack.facts.forEach((fact) => {
    // Where the author wrote it: the index in this pack's own `facts`, or `<baseId>:facts[i]` for an inherited one
    // (the resolved pack lists the base's facts first, so its own index would point past the end of the file).
    const path = fact.sourcePath;
    if (seen.has(fact.name)) problems.push({ path: `${path}.name`, message: `fact "${fact.name}" is declared twice: keep one` });
    seen.add(fact.name);
    const spec = factSpec(fact.name);
    if (!spec) {
      problems.push({
        path: `${path}.name`,
        message: `unknown fact "${fact.name}": packs read event facts only (see docs/pack-format.md)`,
      });
      return;
    }
    if (spec.type !== fact.type) {
      problems.push({ path: `${path}.type`, message: `fact "${fact.name}" is of type ${spec.type}, not ${fact.type}` });
    }
    const extra = (fact.values ?? []).filter((v) => spec.values && !spec.values.includes(v));
    if (extra.length) {
      problems.push({
        path: `${path}.values`,
        message: `${extra.join(', ')} not among the values of "${fact.name}" (${spec.values?.join(', ')})`,
      });
    }
  });
  return problems;
}
