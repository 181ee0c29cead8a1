// Every citation must name a document listed in the pack (or its bases), so an answer can be traced.
import type { Problem } from '../problems.js';
import type { ResolvedPack } from '../resolved-pack.js';

export function checkCitations(pack: ResolvedPack, own: unknown): Problem[] {
  const documents = new Set(pack.documents.map((d) => d.number));
  const problems: Problem[] = [];
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, `${path}[${i}]`);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key === 'citation' && typeof child === 'object' && child !== null) {
          const doc = (child as { document?: unknown }).document;
          if (typeof doc === 'string' && !documents.has(doc)) {
            problems.push({
              path: `${childPath}.document`,
              message: `"${doc}" is not among the documents of this pack or its bases: add it to "documents" or correct the number`,
            });
          }
        } else visit(child, childPath);
      }
    }
  };
  visit(own, '');
  return problems;
}
