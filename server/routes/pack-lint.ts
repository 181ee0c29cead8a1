// POST /v1/packs/lint: the static analysis of a pack document with the pack it extends (app/pack-lint.ts), without
// storing it. Like /v1/packs/validate, anyone may ask, within the rate limit; an invalid pack is 422 with every
// problem, a valid one 200 with the findings, each with its codes, an event that shows it, and the words of `lang`.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { lintDocument } from '../../app/pack-lint.js';
import { Publishing } from '../../app/publishing.js';
import { analysisWords } from '../../engine/analysis/finding-words.js';
import { FINDING_CODES } from '../../engine/analysis/finding.js';
import type { AppDeps } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { auditCode } from '../publishing-errors.js';
import { Lang, PackDocumentBody } from '../schemas.js';

const FindingSchema = z
  .object({
    code: z.enum(FINDING_CODES),
    severity: z.enum(['error', 'warning']),
    rules: z.array(z.string()).openapi({ description: 'the ids of the rules the finding is about' }),
    subject: z.string().optional().openapi({ description: 'the fact, reading, instrument or duty it is about' }),
    counterexample: z.object({ event: z.record(z.string(), z.unknown()), readings: z.record(z.string(), z.string()).optional() }).openapi({
      description: 'an event (and readings) that the engine answers in a way that shows the defect',
    }),
    answer: z.record(z.string(), z.unknown()).openapi({ description: 'what the pack answers for it (obligation, deciding rule …)' }),
    acknowledged: z.record(z.string(), z.unknown()).optional().openapi({ description: 'the pack explains it: reason and clause (then not an error)' }),
    words: z.record(z.string(), z.unknown()).openapi({ description: 'the finding in words: title, message (what to do), rules, event, answer' }),
  })
  .openapi('LintFinding');

const LintResponse = z
  .object({
    lang: Lang,
    pack: z.object({ id: z.string(), version: z.string() }),
    base: z.object({ id: z.string(), version: z.string() }).optional(),
    counts: z.object({ errors: z.number(), warnings: z.number(), acknowledged: z.number() }),
    space: z.object({ dimensions: z.number(), complete: z.number(), tried: z.number(), sampled: z.boolean(), decisions: z.number() }),
    words: z.object({ heading: z.string(), counts: z.string(), tried: z.string() }),
    findings: z.array(FindingSchema),
  })
  .openapi('LintResult');

const lintRoute = createRoute({
  method: 'post',
  path: '/v1/packs/lint',
  tags: ['Bureaus'],
  summary: 'Static analysis of a pack with its base, without storing it: gaps, conflicts, loosening … each with a counterexample event',
  request: {
    query: z.object({ lang: Lang.optional().openapi({ description: 'language of the words (default zh)' }) }),
    body: { required: true, content: { 'application/json': { schema: PackDocumentBody } } },
  },
  responses: {
    200: { description: 'The findings (none: the pack lints clean); `counts.errors` > 0 means it should not be published as it is', content: { 'application/json': { schema: LintResponse } } },
    400: errorResponse('The body is not JSON'),
    413: errorResponse('The body is too large'),
    422: errorResponse('The pack is not valid: every problem, with its path (as /v1/packs/validate)'),
    429: errorResponse('Too many requests from this client'),
  },
});

export function packLintRoutes(app: OpenAPIHono, deps: AppDeps) {
  const publishing = new Publishing(deps.store, deps.registry, { auditCode });
  app.openapi(lintRoute, async (c) => {
    const document = c.req.valid('json');
    const lang = c.req.valid('query').lang ?? 'zh';
    const problems = publishing.validate(document);
    if (problems.length) throw new ApiError(422, 'invalid_pack', `the pack has ${problems.length} problem(s): fix them, then lint again`, problems);
    const result = await lintDocument(deps.registry, document);
    if (!result.ok) throw new ApiError(422, 'invalid_pack', `the pack has ${result.problems.length} problem(s): fix them, then lint again`, result.problems);
    const { findings: found, ...words } = analysisWords(result.analysis, result.compiled, result.base, lang);
    const findings = result.analysis.findings.map((f, i) => ({ ...f, words: found[i] as unknown as Record<string, unknown> }));
    const body = { lang, ...result.analysis, words, findings };
    return c.json(body as unknown as z.infer<typeof LintResponse>, 200);
  });
}
