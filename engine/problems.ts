// A problem found in input: where it is and what to do about it. Paths are written the way a person
// would point into the JSON: `rules[3].citation.clause`, `offsets[0].quantityTco2e`.
import type { z } from 'zod';

export interface Problem {
  path: string;
  message: string;
}

export function joinPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out || '(root)';
}

export function prefixPath(prefix: string, path: string): string {
  if (path === '(root)') return prefix || '(root)';
  if (!prefix || prefix === '(root)') return path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** One problem per zod issue, with the field path and a message a person can act on. */
export function problemsFromZod(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const path = prefixPath(prefix, joinPath(issue.path));
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: remove or rename` };
    }
    if (issue.code === 'invalid_key') {
      // A key of a record (e.g. a custom fact's name) failed its own check: say that check's words.
      return { path, message: `is not a valid name: ${issue.issues[0]?.message ?? issue.message}` };
    }
    if (issue.code === 'invalid_type') {
      // zod 4 leaves `input` out of issues; its default message ends "received undefined" for a missing field.
      const expected = issue.expected === 'record' ? 'object' : issue.expected;
      if (/received undefined$/.test(issue.message)) return { path, message: `is required (expected ${expected})` };
      if (issue.message.startsWith('Invalid input')) return { path, message: `must be of type ${expected}` };
    }
    return { path, message: issue.message };
  });
}

/** Thrown by the engine's entry points when input is rejected; carries every problem found. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(summary: string, problems: Problem[]) {
    super(`${summary}\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'InputError';
    this.problems = problems;
  }
}
