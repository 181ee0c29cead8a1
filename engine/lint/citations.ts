// Every citation must name a document listed in the pack (or its bases), so an answer can be traced.
// The walk is iterative (an explicit stack), so no document, however deep, can exhaust the call stack.
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

/** A value to walk into, or (`citation`) a citation to check where the walk reaches it. */
interface Step {
  node: unknown;
  path: string;
  citation?: true;
}

export function checkCitations(pack: ResolvedPack, own: unknown): Problem[] {
  const documents = new Set(pack.documents.map((d) => d.number));
  const problems: Problem[] = [];
  const stack: Step[] = [{ node: own, path: '' }];
  while (stack.length) {
    const { node, path, citation } = stack.pop() as Step;
    if (citation) {
      const doc = (node as { document?: unknown }).document;
      if (typeof doc === 'string' && !documents.has(doc)) {
        problems.push({
          path: `${path}.document`,
          message: `"${doc}" is not among the documents of this pack or its bases: add it to "documents" or correct the number`,
        });
      }
      continue;
    }
    const steps: Step[] = [];
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) steps.push({ node: child, path: `${path}[${i}]` });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const childPath = path ? `${path}.${key}` : key;
        const isCitation = key === 'citation' && typeof child === 'object' && child !== null;
        steps.push({ node: child, path: childPath, ...(isCitation ? { citation: true as const } : {}) });
      }
    }
    // Pushed in reverse, so the problems come in document order.
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i] as Step);
  }
  return problems;
}
