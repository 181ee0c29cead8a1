// A contested reading that changes no answer: no rule reads it and no option moves the day the pack applies from.
// Shown by an event answered under another option than the default. Only the pack's own readings are its findings.
import { relevantReadings } from '../../readings.js';
import { decideCase } from '../answers.js';
import { type AnalysisContext, answered, caseAt, firstAnswered } from '../context.js';
import type { Finding } from '../finding.js';

export async function findUnusedReadings(context: AnalysisContext): Promise<Finding[]> {
  const { compiled } = context;
  const relevant = new Set(relevantReadings(compiled.pack, compiled.readFacts).map((r) => r.id));
  const start = firstAnswered(context);
  if (!start) return [];
  const findings: Finding[] = [];
  for (const reading of compiled.pack.readings) {
    if (relevant.has(reading.id) || reading.sourcePath.includes(':')) continue;
    const other = reading.options.find((o) => o.id !== reading.default);
    const plain = caseAt(context, start.point);
    if (!other || !plain) continue;
    const counterexample = { ...plain, readings: { ...plain.readings, [reading.id]: other.id } };
    const core = await decideCase(compiled, counterexample);
    if (!core) continue;
    findings.push({ code: 'unused-reading', severity: 'warning', rules: [], subject: reading.id, subjectKind: 'reading', counterexample, answer: answered(core) });
  }
  return findings;
}
