// Test cases that ship with a pack (policies/<id>/tests/*.json): an event and what the answer must be,
// including the rule ids that must be among the reasons, so a test asserts why and not only what.
import { z } from 'zod';
import { calendarDate } from './event-schema.js';
import type { CompiledPack } from './compile-pack.js';
import type { Determination } from './determination.js';
import { evaluate } from './evaluate.js';
import { INSTRUMENTS, OBLIGATION_LEVELS } from './vocabulary.js';

// A duty or confirmation mode: built in, or declared by the pack under test (pack format 2).
const dutyId = z.string().min(1).describe('a duty id, built in or declared by the pack');
const modeId = z.string().min(1).describe('a confirmation mode, built in or declared by the pack');

const LineExpectation = z
  .object({
    index: z.number().int().nonnegative(),
    verdict: z.enum(['eligible', 'discouraged', 'ineligible', 'undetermined']),
    clause: z.string().optional().describe('a clause that must be cited among the reasons of this line'),
    missingFacts: z.array(z.string()).optional().describe('facts of this line that must be asked, e.g. offsets[0].approvedOn'),
  })
  .strict();

export const PackTestCaseSchema = z
  .object({
    name: z.string().min(1),
    why: z.string().optional().describe('what the case shows, in a sentence'),
    event: z.record(z.string(), z.unknown()),
    asOf: calendarDate.optional(),
    lang: z.enum(['zh', 'en']).optional(),
    readings: z.record(z.string(), z.string()).optional().describe('reading id -> option: answer under another reading'),
    expect: z
      .object({
        obligation: z.enum([...OBLIGATION_LEVELS, 'undetermined']).optional(),
        reasons: z.array(z.string()).optional().describe('rule ids that must be among the reasons'),
        notReasons: z.array(z.string()).optional().describe('rule ids that must not be among the reasons'),
        missingFacts: z.array(z.string()).optional().describe('facts that must be named as missing'),
        duties: z
          .record(dutyId, calendarDate.nullable())
          .optional()
          .describe('duty -> exact due date (null: no date)'),
        noDuties: z.array(dutyId).optional(),
        binding: z
          .record(dutyId, z.boolean())
          .optional()
          .describe('duty -> whether it binds this organizer (false: only if it neutralizes)'),
        governs: z
          .record(dutyId, z.array(z.number().int().nonnegative()))
          .optional()
          .describe('duty -> the offset lines its date governs'),
        readings: z.array(z.string()).optional().describe('reading ids that must be listed as changing or able to change the answer'),
        noReadings: z.boolean().optional().describe('true: no reading could change this answer'),
        summaryIncludes: z.array(z.string()).optional().describe('words the summary must contain'),
        summaryExcludes: z.array(z.string()).optional().describe('words the summary must not contain'),
        confirmation: z.array(modeId).optional().describe('the exact set of confirmation modes'),
        removed: z.array(z.string()).optional().describe('ids of inherited rules the answer must list as removed'),
        accepted: z.array(z.object({ instrument: z.enum(INSTRUMENTS), rank: z.number().int() }).strict()).optional(),
        offsets: z
          .object({
            sufficient: z.boolean().nullable().optional(),
            total: z.string().optional(),
            shortfall: z.string().nullable().optional(),
            followsRanking: z.boolean().optional(),
            lines: z.array(LineExpectation).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();

export const PackTestFileSchema = z
  .object({ $schema: z.string().optional(), cases: z.array(PackTestCaseSchema).min(1) })
  .strict();

export type PackTestCase = z.infer<typeof PackTestCaseSchema>;

export interface PackTestResult {
  name: string;
  passed: boolean;
  failures: string[];
  determination?: Determination;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Compares a determination with a case's expectations; returns one message per mismatch. */
export function compareWithExpectation(d: Determination, expect: PackTestCase['expect']): string[] {
  const failures: string[] = [];
  if (expect.obligation && d.obligation !== expect.obligation) {
    failures.push(`obligation: expected ${expect.obligation}, got ${d.obligation}`);
  }
  const ruleIds = new Set(d.reasons.map((r) => r.rule));
  for (const id of expect.reasons ?? [])
    if (!ruleIds.has(id)) failures.push(`reasons: expected rule "${id}" among [${[...ruleIds].join(', ')}]`);
  for (const id of expect.notReasons ?? []) if (ruleIds.has(id)) failures.push(`reasons: rule "${id}" must not be a reason`);
  for (const fact of expect.missingFacts ?? [])
    if (!d.missingFacts.includes(fact)) failures.push(`missingFacts: expected "${fact}" among [${d.missingFacts.join(', ')}]`);
  for (const [duty, due] of Object.entries(expect.duties ?? {})) {
    const found = d.duties.find((x) => x.duty === duty);
    if (!found) failures.push(`duties: expected ${duty}, which is absent`);
    else if (found.due !== due) failures.push(`duties: ${duty} expected due ${due}, got ${found.due}`);
  }
  const removed = (d.removed ?? []).map((r) => r.rule);
  for (const id of expect.removed ?? [])
    if (!removed.includes(id)) failures.push(`removed: expected rule "${id}" among the removed rules [${removed.join(', ')}]`);
  for (const duty of expect.noDuties ?? [])
    if (d.duties.some((x) => x.duty === duty)) failures.push(`duties: ${duty} must not be a duty`);
  failures.push(...compareDutyDetails(d, expect));
  const listed = d.readings.map((r) => r.id);
  for (const id of expect.readings ?? [])
    if (!listed.includes(id)) failures.push(`readings: expected "${id}" among [${listed.join(', ')}]`);
  if (expect.noReadings && listed.length) failures.push(`readings: expected none, got [${listed.join(', ')}]`);
  for (const words of expect.summaryIncludes ?? [])
    if (!d.summary.includes(words)) failures.push(`summary: expected "${words}" in "${d.summary}"`);
  for (const words of expect.summaryExcludes ?? [])
    if (d.summary.includes(words)) failures.push(`summary: "${words}" must not be in "${d.summary}"`);
  if (expect.confirmation && !same([...d.confirmation.modes].sort(), [...expect.confirmation].sort())) {
    failures.push(`confirmation: expected [${expect.confirmation.join(', ')}], got [${d.confirmation.modes.join(', ')}]`);
  }
  for (const want of expect.accepted ?? []) {
    const got = d.offsets.accepted.find((a) => a.instrument === want.instrument);
    if (!got || got.rank !== want.rank)
      failures.push(`accepted: expected ${want.instrument} at rank ${want.rank}, got ${got ? got.rank : 'not accepted'}`);
  }
  if (expect.offsets) failures.push(...compareOffsets(d, expect.offsets));
  return failures;
}

function compareDutyDetails(d: Determination, expect: PackTestCase['expect']): string[] {
  const failures: string[] = [];
  for (const [duty, binding] of Object.entries(expect.binding ?? {})) {
    const found = d.duties.find((x) => x.duty === duty);
    if (!found) failures.push(`binding: expected ${duty}, which is absent`);
    else if (found.binding !== binding) failures.push(`binding: ${duty} expected ${binding}, got ${found.binding}`);
  }
  for (const [duty, lines] of Object.entries(expect.governs ?? {})) {
    const found = d.duties.find((x) => x.duty === duty);
    if (!found) failures.push(`governs: expected ${duty}, which is absent`);
    else if (!same(found.governs?.lines ?? null, lines)) {
      failures.push(`governs: ${duty} expected lines [${lines.join(', ')}], got [${found.governs?.lines?.join(', ') ?? 'none'}]`);
    }
  }
  return failures;
}

function compareOffsets(d: Determination, want: NonNullable<PackTestCase['expect']['offsets']>): string[] {
  const check = d.offsets.check;
  if (!check) return ['offsets: expected a plan check, but the event has no offsets'];
  const failures: string[] = [];
  for (const key of ['sufficient', 'total', 'shortfall', 'followsRanking'] as const) {
    if (want[key] !== undefined && check[key] !== want[key])
      failures.push(`offsets.${key}: expected ${want[key]}, got ${check[key]}`);
  }
  for (const line of want.lines ?? []) {
    const got = check.lines[line.index];
    if (!got) failures.push(`offsets.lines[${line.index}]: no such line`);
    else {
      if (got.verdict !== line.verdict)
        failures.push(`offsets.lines[${line.index}]: expected ${line.verdict}, got ${got.verdict}`);
      if (line.clause && !got.reasons.some((r) => r.citation?.clause === line.clause)) {
        failures.push(`offsets.lines[${line.index}]: expected a reason citing ${line.clause}`);
      }
      for (const fact of line.missingFacts ?? [])
        if (!got.missingFacts.includes(fact)) failures.push(`offsets.lines[${line.index}]: expected ${fact} to be asked`);
    }
  }
  return failures;
}

export async function runPackTest(compiled: CompiledPack, testCase: PackTestCase): Promise<PackTestResult> {
  try {
    const d = await evaluate(compiled, testCase.event, { asOf: testCase.asOf, lang: testCase.lang, readings: testCase.readings });
    const failures = compareWithExpectation(d, testCase.expect);
    return { name: testCase.name, passed: failures.length === 0, failures, determination: d };
  } catch (error) {
    return { name: testCase.name, passed: false, failures: [`evaluation failed: ${(error as Error).message}`] };
  }
}
