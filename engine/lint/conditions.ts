// Each condition tree must be made of all/any/not nodes and leaves that read a declared fact with a known
// operator and a value of the fact's type. A value of a fact with a closed value set (kind, scale, organizer.type,
// organizer.level, meetingClass) must be one of its values: those the pack declares, or else the catalog's, so
// a misspelt "exhbition" is caught even when the pack's declaration lists no values.
import { isCalendarDate } from '../calendar.js';
import { ENGINE_FACTS, factSpec, isCustomFact } from '../fact-catalog.js';
import { CONDITIONS_TOO_DEEP, MAX_CONDITION_DEPTH } from '../nesting.js';
import { KNOWN_OPERATORS, OPERATOR_FACT_TYPES } from '../operators.js';
import type { Problem } from '../problems.js';
import { readingFact } from '../readings.js';
import type { ResolvedPack } from '../resolved-pack.js';
import { INSTRUMENTS } from '../vocabulary.js';

interface Decl {
  name: string;
  type: string;
  values?: readonly (string | number)[];
}
type Declared = Map<string, Decl>;

export function checkConditions(pack: ResolvedPack): Problem[] {
  const declared: Declared = new Map(
    pack.facts.map((f) => [f.name, { name: f.name, type: f.type, values: f.values ?? factSpec(f.name)?.values }]),
  );
  declared.set(ENGINE_FACTS.asOf, { name: ENGINE_FACTS.asOf, type: 'date' });
  // A contested reading is read as the fact "reading.<id>", whose values are the reading's option ids.
  for (const r of pack.readings) declared.set(readingFact(r.id), { name: readingFact(r.id), type: 'enum', values: r.options.map((o) => o.id) });
  const problems: Problem[] = [];
  for (const rule of pack.rules) {
    walk(rule.conditions, `${rule.sourcePath}.conditions`, declared, problems, true);
  }
  return problems;
}

interface Step {
  node: unknown;
  path: string;
  /** Levels of all/any/not above and including this node. */
  depth: number;
  top?: true;
}

/** Checks a condition tree depth-first, in document order; iterative, so no tree can exhaust the call stack. */
function walk(root: unknown, rootPath: string, declared: Declared, problems: Problem[], top = false): void {
  const stack: Step[] = [{ node: root, path: rootPath, depth: 1, ...(top ? { top: true as const } : {}) }];
  while (stack.length) {
    const step = stack.pop() as Step;
    const children = visit(step, declared, problems);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Step);
  }
}

/** The problems of one node, and the nodes under it to check next. */
function visit({ node, path, depth, top }: Step, declared: Declared, problems: Problem[]): Step[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    problems.push({ path, message: 'a condition must be an object: {all:[...]}, {any:[...]}, {not:{...}} or a fact test' });
    return [];
  }
  const keys = Object.keys(node);
  const n = node as Record<string, unknown>;
  const tooDeep = () => {
    // The parse step refuses such a pack first (engine/nesting.ts); this keeps the walk bounded regardless.
    problems.push({ path, message: CONDITIONS_TOO_DEEP });
    return [];
  };
  for (const group of ['all', 'any'] as const) {
    if (group in n) {
      if (keys.length !== 1)
        problems.push({ path, message: `a "${group}" node must have no other keys (found ${keys.join(', ')})` });
      const children = n[group];
      if (!Array.isArray(children)) {
        problems.push({ path: `${path}.${group}`, message: 'must be an array of conditions' });
        return [];
      }
      if (depth > MAX_CONDITION_DEPTH) return tooDeep();
      return children.map((c, i) => ({ node: c, path: `${path}.${group}[${i}]`, depth: depth + 1 }));
    }
  }
  if (top) {
    problems.push({ path, message: 'the top of a rule\'s conditions must be {"all": [...]} or {"any": [...]}' });
    return [];
  }
  if ('not' in n) {
    if (keys.length !== 1) problems.push({ path, message: `a "not" node must have no other keys (found ${keys.join(', ')})` });
    if (depth > MAX_CONDITION_DEPTH) return tooDeep();
    return [{ node: n.not, path: `${path}.not`, depth: depth + 1 }];
  }
  checkLeaf(n, path, declared, problems);
  return [];
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
      : isCustomFact(fact)
        ? 'declare it in "facts" with its type, label and question (a custom fact, pack format 2)'
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

function checkValue(operator: string, value: unknown, decl: Decl): string | undefined {
  if (operator === 'in' || operator === 'notIn') {
    if (!Array.isArray(value) || value.length === 0) return `"${operator}" takes a non-empty array of values`;
    for (const v of value) {
      const p = checkType(v, decl);
      if (p) return p;
    }
    return checkValueSet(value, decl);
  }
  if (operator === 'anyLineMatches') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return 'takes an object such as {"instrument": ["forestry-sink"], "newProject": true}';
    const instrument = (value as Record<string, unknown>).instrument;
    const listed: unknown[] = Array.isArray(instrument) ? instrument : instrument === undefined ? [] : [instrument];
    const bad = listed.filter((i) => !(INSTRUMENTS as readonly unknown[]).includes(i));
    if (bad.length) {
      const named = bad.map((i) => JSON.stringify(i)).join(', ');
      return `unknown instrument${bad.length > 1 ? 's' : ''} ${named} in the line pattern: use one of ${INSTRUMENTS.join(', ')}`;
    }
    return undefined;
  }
  if (operator === 'contains' || operator === 'doesNotContain') return undefined;
  return checkType(value, decl) ?? checkValueSet([value], decl);
}

function checkType(value: unknown, decl: Decl): string | undefined {
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
  return undefined;
}

/** Every value outside the fact's closed value set, named in one message with the values allowed. */
function checkValueSet(values: readonly unknown[], decl: Decl): string | undefined {
  const allowed = decl.values;
  if (!allowed) return undefined;
  const bad = [...new Set(values.filter((v) => !allowed.includes(v as string | number)))];
  if (!bad.length) return undefined;
  const named = bad.map((v) => JSON.stringify(v)).join(', ');
  const verb = bad.length > 1 ? 'are not values' : 'is not a value';
  return `${named} ${verb} of fact "${decl.name}": use one of ${allowed.join(', ')}`;
}
