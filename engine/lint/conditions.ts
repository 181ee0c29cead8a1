// Each condition tree must be made of all/any/not nodes and leaves that read a declared fact with a known
// operator and a value of the fact's type.
import { isCalendarDate } from '../calendar.js';
import { ENGINE_FACTS, factSpec } from '../fact-catalog.js';
import { KNOWN_OPERATORS, OPERATOR_FACT_TYPES } from '../operators.js';
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';
import { INSTRUMENTS } from '../vocabulary.js';

type Declared = Map<string, { type: string; values?: readonly (string | number)[] }>;

export function checkConditions(pack: ResolvedPack): Problem[] {
  const declared: Declared = new Map(pack.facts.map((f) => [f.name, f]));
  declared.set(ENGINE_FACTS.asOf, { type: 'date' });
  const problems: Problem[] = [];
  for (const rule of pack.rules) {
    walk(rule.conditions, `${rule.sourcePath}.conditions`, declared, problems, true);
  }
  return problems;
}

function walk(node: unknown, path: string, declared: Declared, problems: Problem[], top = false): void {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    problems.push({ path, message: 'a condition must be an object: {all:[...]}, {any:[...]}, {not:{...}} or a fact test' });
    return;
  }
  const keys = Object.keys(node);
  const n = node as Record<string, unknown>;
  for (const group of ['all', 'any'] as const) {
    if (group in n) {
      if (keys.length !== 1)
        problems.push({ path, message: `a "${group}" node must have no other keys (found ${keys.join(', ')})` });
      const children = n[group];
      if (!Array.isArray(children)) {
        problems.push({ path: `${path}.${group}`, message: 'must be an array of conditions' });
        return;
      }
      for (const [i, c] of children.entries()) walk(c, `${path}.${group}[${i}]`, declared, problems);
      return;
    }
  }
  if (top) {
    problems.push({ path, message: 'the top of a rule\'s conditions must be {"all": [...]} or {"any": [...]}' });
    return;
  }
  if ('not' in n) {
    if (keys.length !== 1) problems.push({ path, message: `a "not" node must have no other keys (found ${keys.join(', ')})` });
    walk(n.not, `${path}.not`, declared, problems);
    return;
  }
  checkLeaf(n, path, declared, problems);
}

function checkLeaf(leaf: Record<string, unknown>, path: string, declared: Declared, problems: Problem[]): void {
  const extra = Object.keys(leaf).filter((k) => !['fact', 'operator', 'value'].includes(k));
  if (extra.length)
    problems.push({
      path,
      message: `unknown key${extra.length > 1 ? 's' : ''} ${extra.join(', ')} in a fact test: use only fact, operator, value`,
    });
  const { fact, operator, value } = leaf;
  if (typeof fact !== 'string') {
    problems.push({ path: `${path}.fact`, message: 'is required: the name of a declared fact, e.g. "attendees"' });
    return;
  }
  const decl = declared.get(fact);
  if (!decl) {
    const hint = factSpec(fact)
      ? `declare it in "facts" with its question`
      : 'it is not an event fact; see docs/pack-format.md for the list';
    problems.push({ path: `${path}.fact`, message: `unknown fact "${fact}": ${hint}` });
  }
  if (typeof operator !== 'string' || !KNOWN_OPERATORS.has(operator)) {
    problems.push({
      path: `${path}.operator`,
      message: `unknown operator ${JSON.stringify(operator)}: use one of ${[...KNOWN_OPERATORS].join(', ')}`,
    });
    return;
  }
  if (!decl) return;
  const accepts = OPERATOR_FACT_TYPES[operator] ?? [];
  if (!accepts.includes(decl.type)) {
    problems.push({
      path: `${path}.operator`,
      message: `operator "${operator}" does not apply to ${decl.type} fact "${fact}": use one of ${operatorsFor(decl.type).join(', ')}`,
    });
    return;
  }
  const valueProblem = checkValue(operator, value, decl);
  if (valueProblem) problems.push({ path: `${path}.value`, message: valueProblem });
}

function operatorsFor(type: string): string[] {
  return Object.entries(OPERATOR_FACT_TYPES)
    .filter(([, types]) => types.includes(type))
    .map(([op]) => op);
}

function checkValue(
  operator: string,
  value: unknown,
  decl: { type: string; values?: readonly (string | number)[] },
): string | undefined {
  if (operator === 'in' || operator === 'notIn') {
    if (!Array.isArray(value) || value.length === 0) return `"${operator}" takes a non-empty array of values`;
    for (const v of value) {
      const p = checkScalar(v, decl);
      if (p) return p;
    }
    return undefined;
  }
  if (operator === 'anyLineMatches') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return 'takes an object such as {"instrument": ["forestry-sink"], "newProject": true}';
    const instrument = (value as Record<string, unknown>).instrument;
    const listed = Array.isArray(instrument) ? instrument : instrument === undefined ? [] : [instrument];
    const bad = listed.filter((i) => !(INSTRUMENTS as readonly unknown[]).includes(i));
    if (bad.length) return `unknown instrument ${bad.map(String).join(', ')}: use one of ${INSTRUMENTS.join(', ')}`;
    return undefined;
  }
  if (operator === 'contains' || operator === 'doesNotContain') return undefined;
  return checkScalar(value, decl);
}

function checkScalar(value: unknown, decl: { type: string; values?: readonly (string | number)[] }): string | undefined {
  switch (decl.type) {
    case 'integer':
    case 'number':
      if (typeof value !== 'number') return `must be a number, got ${JSON.stringify(value)}`;
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return `must be true or false, got ${JSON.stringify(value)}`;
      break;
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value)) return `must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`;
      break;
    case 'enum':
    case 'string':
    case 'decimal':
      if (typeof value !== 'string') return `must be a string, got ${JSON.stringify(value)}`;
      break;
  }
  if (decl.values && !decl.values.includes(value as string | number)) {
    return `${JSON.stringify(value)} is not a value of this fact: use one of ${decl.values.join(', ')}`;
  }
  return undefined;
}
