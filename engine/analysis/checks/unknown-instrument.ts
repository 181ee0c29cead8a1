// An instrument the pack refers to (a rule's offset line test, the lines a duty governs, where credits are retired)
// but neither accepts nor excludes: the answer then judges such a line as an unlisted instrument, which the
// reference suggests was not meant. Shown by an offset plan of that instrument alone.
import { type ConditionNode, leavesOf } from '../../conditions.js';
import { INSTRUMENTS } from '../../vocabulary.js';
import { decideCase } from '../answers.js';
import { type AnalysisContext, answered, caseAt, firstAnswered } from '../context.js';
import type { Finding } from '../finding.js';

/** Every instrument the pack names outside its lists of accepted and excluded ones, with the rules that name it. */
function references(context: AnalysisContext): Map<unknown, Set<string>> {
  const { pack } = context.compiled;
  const named = new Map<unknown, Set<string>>();
  const note = (instrument: unknown, rule?: string) => {
    if (!(INSTRUMENTS as readonly unknown[]).includes(instrument)) return;
    const rules = named.get(instrument) ?? new Set<string>();
    if (rule) rules.add(rule);
    named.set(instrument, rules);
  };
  for (const rule of pack.rules) {
    for (const leaf of leavesOf(rule.conditions as unknown as ConditionNode)) {
      const pattern = leaf.value as { instrument?: unknown } | null;
      if (leaf.operator === 'anyLineMatches' && pattern && typeof pattern === 'object') for (const i of ([] as unknown[]).concat(pattern.instrument ?? [])) note(i, rule.id);
    }
    if (rule.decides.type === 'duty') for (const i of rule.decides.governs?.lines.instrument ?? []) note(i, rule.id);
  }
  for (const entry of pack.offsets.retirement ?? []) for (const i of entry.instruments) note(i);
  return named;
}

export async function findUnknownInstruments(context: AnalysisContext): Promise<Finding[]> {
  const { offsets } = context.compiled.pack;
  const known = new Set([...(offsets.accepted ?? []), ...(offsets.excluded ?? [])].map((a) => a.instrument as string));
  const start = firstAnswered(context);
  if (!start) return [];
  const findings: Finding[] = [];
  for (const [instrument, rules] of references(context)) {
    if (known.has(instrument as string)) continue;
    const counterexample = caseAt(context, start.point);
    if (!counterexample) continue;
    counterexample.event = { ...counterexample.event, emissionsTco2e: '1', offsets: [{ instrument: instrument as never, quantityTco2e: '1' }] };
    const core = await decideCase(context.compiled, counterexample);
    const line = core?.check?.lines[0];
    if (!core || !line || line.rank !== null || !line.reasons.some((r) => r.code === 'not-listed')) continue;
    findings.push({ code: 'unknown-instrument', severity: 'error', rules: [...rules], subject: instrument as string, subjectKind: 'instrument', counterexample, answer: answered(core, { verdict: line.verdict }) });
  }
  return findings;
}
