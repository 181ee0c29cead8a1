// Structural parsing of a pack document. Rules, facts and process steps are parsed one by one so that one
// broken rule does not hide the problems of the others; the parts that parse are kept (with their original
// positions) so the linter can still check them, and every problem is reported in one pass.
import { z } from 'zod';
import { OffsetPolicySchema } from './offset-policy-schema.js';
import { MAX_LIST, MAX_RULES } from './pack-bounds.js';
import {
  FactDeclarationSchema,
  type PackDocument,
  PackSchema,
  PeriodSchema,
  ProcessStepSchema,
  ReadingSchema,
  RuleSchema,
  SourceDocumentSchema,
  RemovalSchema,
  VocabularyTermSchema,
} from './pack-schema.js';
import { nestingProblems } from './nesting.js';
import { type Problem, problemsFromZod } from './problems.js';

/** The lists parsed item by item, and the most items each may have (the whole list is refused beyond). */
const ITEMIZED = { facts: MAX_LIST, rules: MAX_RULES, process: MAX_LIST } as const;

const Envelope = PackSchema.extend({
  facts: z.array(z.unknown()).default([]),
  rules: z.array(z.unknown()).default([]),
  process: z.array(z.unknown()).optional(),
});

export interface ParsedPack {
  /** True when the document parsed without any problem. */
  ok: boolean;
  /** What could be read; complete only when `ok`. */
  doc: PackDocument;
  /** Original index in `rules` of each parsed rule, for paths that point at the right rule. */
  ruleIndex: number[];
  problems: Problem[];
}

function parseEach<T>(schema: z.ZodType<T>, items: unknown[], field: string, problems: Problem[]) {
  const parsed: T[] = [];
  const index: number[] = [];
  items.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) {
      parsed.push(r.data);
      index.push(i);
    } else problems.push(...problemsFromZod(r.error, `${field}[${i}]`));
  });
  return { parsed, index };
}

function salvage<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

function salvageEach<T>(schema: z.ZodType<T>, value: unknown): T[] | undefined {
  return Array.isArray(value) ? value.flatMap((item) => salvage(schema, item) ?? []) : undefined;
}

function salvageVocabulary(value: unknown): PackDocument['vocabulary'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  return { duties: salvageEach(VocabularyTermSchema, v.duties), modes: salvageEach(VocabularyTermSchema, v.modes) };
}

export function parsePackDocument(raw: unknown): ParsedPack | { ok: false; problems: Problem[]; doc?: undefined } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '(root)', message: 'a pack must be a JSON object' }] };
  }
  // Nesting is bounded before anything walks the document: the linter and the compiler recurse over conditions.
  const tooDeep = nestingProblems(raw);
  if (tooDeep.length) return { ok: false, problems: tooDeep.map(({ segments: _, ...problem }) => problem) };
  // So are the lists read item by item: a list too long is refused whole, before its items are parsed.
  const tooLong = Object.entries(ITEMIZED).flatMap(([key, max]): Problem[] => {
    const list = (raw as Record<string, unknown>)[key];
    return Array.isArray(list) && list.length > max
      ? [{ path: key, message: `must have at most ${max} items (found ${list.length})`, kind: 'too-many', values: { maximum: max } }]
      : [];
  });
  if (tooLong.length) return { ok: false, problems: tooLong };
  const problems: Problem[] = [];
  const source = raw as Record<string, unknown>;
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) {
    // Lists are parsed item by item below; report only what the envelope says about everything else.
    const itemized = new Set(['facts', 'rules', 'process']);
    problems.push(...problemsFromZod(envelope.error).filter((p) => !itemized.has(p.path.split(/[.[]/)[0] ?? '')));
  }
  const list = (key: string) => (Array.isArray(source[key]) ? (source[key] as unknown[]) : []);
  const facts = parseEach(FactDeclarationSchema, list('facts'), 'facts', problems);
  const rules = parseEach(RuleSchema, list('rules'), 'rules', problems);
  const process = parseEach(ProcessStepSchema, list('process'), 'process', problems);
  const head = envelope.success
    ? envelope.data
    : {
        // A best-effort reading of the rest, so the linter can still check the rules that parsed.
        id: typeof source.id === 'string' ? source.id : '(unnamed)',
        version: typeof source.version === 'string' ? source.version : '0.0.0',
        title: { zh: '', en: '' },
        jurisdiction: { code: '000000', name: { zh: '', en: '' } },
        documents: list('documents').flatMap((d) => salvage(SourceDocumentSchema, d) ?? []),
        inForce: salvage(PeriodSchema, source.inForce) ?? { from: '0001-01-01' },
        extends: typeof source.extends === 'string' ? source.extends : undefined,
        offsets: salvage(OffsetPolicySchema, source.offsets),
        readings: salvage(z.array(ReadingSchema), source.readings ?? []) ?? [],
        format: source.format === 2 ? (2 as const) : undefined,
        // Declarations and removals that parse are kept, so the rules using them are not reported as unknown too.
        vocabulary: salvageVocabulary(source.vocabulary),
        removes: salvageEach(RemovalSchema, source.removes),
      };
  const doc: PackDocument = {
    ...head,
    facts: facts.parsed,
    rules: rules.parsed,
    process: source.process === undefined ? undefined : process.parsed,
  };
  return { ok: problems.length === 0, doc, ruleIndex: rules.index, problems };
}
