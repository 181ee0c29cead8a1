// The fields of pack format 2 (custom facts, kinds, vocabulary, removes) may be used only by a pack that says
// `"format": 2`: a pack without it is read as format 1, exactly as published before the format had a version.
import type { Problem } from '../problems.js';

const FORMAT_2 = 'belongs to pack format 2: add "format": 2 at the top of the pack';

export function checkFormat(own: unknown): Problem[] {
  if (typeof own !== 'object' || own === null || Array.isArray(own)) return [];
  const doc = own as Record<string, unknown>;
  if (doc.format === 2) return [];
  const problems: Problem[] = [];
  for (const field of ['vocabulary', 'removes']) if (doc[field] !== undefined) problems.push({ path: field, message: FORMAT_2 });
  const facts = Array.isArray(doc.facts) ? doc.facts : [];
  facts.forEach((fact: unknown, i: number) => {
    if (typeof fact !== 'object' || fact === null) return;
    const f = fact as Record<string, unknown>;
    if (typeof f.name === 'string' && f.name.startsWith('extra.'))
      problems.push({ path: `facts[${i}].name`, message: `a custom fact (extra.<name>) ${FORMAT_2}` });
    for (const field of ['kinds', 'label', 'unit', 'valueLabels']) if (f[field] !== undefined) problems.push({ path: `facts[${i}].${field}`, message: FORMAT_2 });
  });
  return problems;
}
