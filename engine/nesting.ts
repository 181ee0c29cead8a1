// How deep a pack may nest: bounded before anything else reads it, so that no walk over a pack (the linter, the
// compiler, the words of a condition, the reports) can exhaust the stack, whatever a stranger sends to
// POST /v1/packs/validate. Both checks are iterative (an explicit stack), so they are safe at any depth.
//
// - A rule's conditions nest at most MAX_CONDITION_DEPTH levels of all/any/not (the shipped packs use 3).
// - The whole document nests at most MAX_PACK_JSON_DEPTH objects and arrays: room for the deepest conditions
//   allowed (an `all` level is an object and an array), and a leaf's value, with a margin.
import { joinPath, type Problem } from './problems.js';

export const MAX_CONDITION_DEPTH = 32;
export const MAX_PACK_JSON_DEPTH = 100;

/** A key as a path shows it: a very long key (it came from a stranger) is cut, so the answer stays small. */
const MAX_KEY_SHOWN = 40;
const shownKey = (key: string) => (key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key);

type Segment = string | number;

interface Frame {
  value: unknown;
  depth: number;
  /** Index of the parent frame in `frames`, for rebuilding the path only when a problem is found. */
  parent: number;
  key: Segment;
}

function pathOf(frames: readonly Frame[], index: number, prefix: readonly Segment[]): Segment[] {
  const segments: Segment[] = [];
  for (let i = index; i > 0; i = (frames[i] as Frame).parent) {
    const key = (frames[i] as Frame).key;
    segments.push(typeof key === 'string' ? shownKey(key) : key);
  }
  return [...prefix, ...segments.reverse()];
}

/** Where a condition tree nests more than `max` levels of all/any/not: the path of the first node too deep. */
export function conditionTooDeep(conditions: unknown, max = MAX_CONDITION_DEPTH, prefix: readonly Segment[] = []): Segment[] | undefined {
  const frames: Frame[] = [{ value: conditions, depth: 1, parent: -1, key: '' }];
  const stack = [0];
  while (stack.length) {
    const index = stack.pop() as number;
    const { value, depth } = frames[index] as Frame;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const node = value as Record<string, unknown>;
    const children: [Segment[], unknown][] = [];
    for (const group of ['all', 'any'] as const) {
      const list = node[group];
      if (Array.isArray(list)) list.forEach((child, i) => children.push([[group, i], child]));
    }
    if ('not' in node) children.push([['not'], node.not]);
    if (!children.length) continue;
    if (depth > max) return pathOf(frames, index, prefix);
    for (let c = children.length - 1; c >= 0; c--) {
      const [keys, child] = children[c] as [Segment[], unknown];
      // `all[3]` is two steps of the path (the key, then the index) but one level of conditions.
      let parent = index;
      for (const [k, key] of keys.entries()) {
        frames.push({ value: k === keys.length - 1 ? child : undefined, depth: depth + 1, parent, key });
        parent = frames.length - 1;
      }
      stack.push(parent);
    }
  }
  return undefined;
}

/** Where a JSON value nests more than `max` objects and arrays (the root is 1); `skip` are values not to enter. */
export function jsonTooDeep(value: unknown, max = MAX_PACK_JSON_DEPTH, skip: ReadonlySet<unknown> = new Set()): Segment[] | undefined {
  const frames: Frame[] = [{ value, depth: 1, parent: -1, key: '' }];
  const stack = [0];
  while (stack.length) {
    const index = stack.pop() as number;
    const { value: node, depth } = frames[index] as Frame;
    if (typeof node !== 'object' || node === null || skip.has(node)) continue;
    if (depth > max) return pathOf(frames, index, []);
    const entries: [Segment, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (let e = entries.length - 1; e >= 0; e--) {
      const [key, child] = entries[e] as [Segment, unknown];
      if (typeof child !== 'object' || child === null) continue;
      frames.push({ value: child, depth: depth + 1, parent: index, key });
      stack.push(frames.length - 1);
    }
  }
  return undefined;
}

export const CONDITIONS_TOO_DEEP =
  `conditions nest more than ${MAX_CONDITION_DEPTH} levels of all/any/not here: ` +
  'write the test with fewer levels (e.g. a "not" of a "not" is the test itself; an "all" inside an "all" can be merged into it)';

export const PACK_TOO_DEEP =
  `the pack nests more than ${MAX_PACK_JSON_DEPTH} levels of objects and arrays here: ` +
  'a pack is never that deep; remove the nesting (conditions allow at most ' +
  `${MAX_CONDITION_DEPTH} levels of all/any/not)`;

export interface NestingProblem extends Problem {
  /** The path as segments (for a zod issue). */
  segments: Segment[];
}

/**
 * Every rule whose conditions nest too deep, then (elsewhere) the first place the document nests too deep, each
 * with its path. Empty when the document may be read by the recursive walks of the engine.
 */
export function nestingProblems(raw: unknown): NestingProblem[] {
  const problems: NestingProblem[] = [];
  const reported = new Set<unknown>();
  const rules = typeof raw === 'object' && raw !== null ? (raw as { rules?: unknown }).rules : undefined;
  if (Array.isArray(rules)) {
    rules.forEach((rule: unknown, i) => {
      if (typeof rule !== 'object' || rule === null) return;
      const conditions = (rule as { conditions?: unknown }).conditions;
      const where = conditionTooDeep(conditions, MAX_CONDITION_DEPTH, ['rules', i, 'conditions']);
      if (!where) return;
      reported.add(conditions);
      problems.push({ path: joinPath(where), segments: where, message: CONDITIONS_TOO_DEEP, kind: 'format' });
    });
  }
  const where = jsonTooDeep(raw, MAX_PACK_JSON_DEPTH, reported);
  if (where) problems.push({ path: joinPath(where), segments: where, message: PACK_TOO_DEEP, kind: 'format' });
  return problems;
}
