// Declared facts must be event facts of the catalog, with its type and a subset of its values; or custom facts
// (pack format 2) named extra.<name>, of a type the engine can check, with their words.
import { CUSTOM_FACT_NAME, CUSTOM_FACT_TYPES, factSpec, isCustomFact } from '../fact-catalog.js';
import type { Problem } from '../problems.js';
import type { PlacedFact, ResolvedPack } from '../resolved-pack.js';

export function checkFacts(pack: ResolvedPack): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  pack.facts.forEach((fact) => {
    // Where the author wrote it: the index in this pack's own `facts`, or `<baseId>:facts[i]` for an inherited one
    // (the resolved pack lists the base's facts first, so its own index would point past the end of the file).
    const path = fact.sourcePath;
    if (seen.has(fact.name)) problems.push({ path: `${path}.name`, message: `fact "${fact.name}" is declared twice: keep one` });
    seen.add(fact.name);
    if (isCustomFact(fact.name)) {
      problems.push(...checkCustomFact(fact));
      return;
    }
    const spec = factSpec(fact.name);
    if (!spec) {
      problems.push({
        path: `${path}.name`,
        message: `unknown fact "${fact.name}": use an event fact (see docs/pack-format.md), or declare a custom fact named extra.<name> (pack format 2)`,
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
    for (const field of ['label', 'unit', 'valueLabels'] as const) {
      if (fact[field])
        problems.push({
          path: `${path}.${field}`,
          message: `a built-in fact has the catalogue's words: remove ${field} (it is for custom facts, extra.<name>)`,
        });
    }
  });
  return problems;
}

const TYPES = CUSTOM_FACT_TYPES as readonly string[];

function valueProblem(value: unknown, fact: PlacedFact): string | undefined {
  switch (fact.type) {
    case 'integer':
      return Number.isInteger(value) ? undefined : `must be a whole number, got ${JSON.stringify(value)}`;
    case 'number':
      return typeof value === 'number' ? undefined : `must be a number, got ${JSON.stringify(value)}`;
    case 'enum':
      return typeof value === 'string' ? undefined : `must be a string, got ${JSON.stringify(value)}`;
    default:
      return undefined;
  }
}

function checkCustomFact(fact: PlacedFact): Problem[] {
  const path = fact.sourcePath;
  const problems: Problem[] = [];
  if (!CUSTOM_FACT_NAME.test(fact.name)) {
    problems.push({
      path: `${path}.name`,
      message: `"${fact.name}" is not a custom fact name: write extra.<name>, letters and digits, e.g. extra.onSiteAttendees`,
    });
  }
  if (!TYPES.includes(fact.type)) {
    const hint = fact.type === 'decimal' ? ': use "number" for a quantity with decimals' : '';
    problems.push({
      path: `${path}.type`,
      message: `a custom fact is ${CUSTOM_FACT_TYPES.join(', ')} (number: a decimal number such as 4999.5), not ${fact.type}${hint}`,
    });
  }
  if (fact.type === 'enum' && !fact.values?.length) {
    problems.push({ path: `${path}.values`, message: 'an enum fact lists its values, e.g. ["indoor", "outdoor"]' });
  }
  if (fact.values && (fact.type === 'boolean' || fact.type === 'date')) {
    problems.push({ path: `${path}.values`, message: `a ${fact.type} fact takes no list of values: remove values` });
  }
  for (const [i, v] of (fact.values ?? []).entries()) {
    const p = TYPES.includes(fact.type) ? valueProblem(v, fact) : undefined;
    if (p) problems.push({ path: `${path}.values[${i}]`, message: p });
  }
  problems.push(...checkValueLabels(fact));
  if (!fact.label) {
    problems.push({ path: `${path}.label`, message: 'is required for a custom fact: its name in words, { "zh": ..., "en": ... }' });
  }
  const assumed = fact.assumeWhenMissing?.value;
  if (assumed !== undefined && TYPES.includes(fact.type)) {
    const p =
      fact.type === 'boolean' && typeof assumed !== 'boolean'
        ? `must be true or false, got ${JSON.stringify(assumed)}`
        : (valueProblem(assumed, fact) ??
          (fact.values && !fact.values.includes(assumed as string | number) ? `must be one of ${fact.values.join(', ')}` : undefined));
    if (p) problems.push({ path: `${path}.assumeWhenMissing.value`, message: p });
  }
  const base = fact.replaces;
  if (base && base.type !== fact.type) {
    problems.push({
      path: `${path}.type`,
      message: `fact "${fact.name}" is ${base.type} in ${base.origin}, whose rules read it: restate it with type ${base.type}, or name your fact differently`,
    });
  }
  return problems;
}

/** Every value named in `valueLabels` is one of the fact's `values` (numbers written as their digits, e.g. "2"). */
function checkValueLabels(fact: PlacedFact): Problem[] {
  const labels = fact.valueLabels;
  if (!labels) return [];
  const path = `${fact.sourcePath}.valueLabels`;
  const values = (fact.values ?? []).map(String);
  if (!values.length) {
    return [{ path, message: 'names the values of an enum fact: list its values, or remove valueLabels' }];
  }
  return Object.keys(labels)
    .filter((key) => !values.includes(key))
    .map((key) => ({ path: `${path}.${key}`, message: `"${key}" is not one of the fact's values (${values.join(', ')}): name a value it lists` }));
}
