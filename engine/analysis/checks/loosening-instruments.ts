// Loosening by instrument: an instrument the base pack excludes that the child admits (accepts it, or lists its own
// exclusions without it, so that it counts as an unlisted instrument). Shown by an offset plan of that instrument
// alone: the base judges the line ineligible, the child counts it.
import { decideCase } from '../answers.js';
import { type AnalysisContext, answered, caseAt, firstAnswered } from '../context.js';
import type { Finding } from '../finding.js';

export async function findAdmittedInstruments(context: AnalysisContext): Promise<Finding[]> {
  const { base } = context;
  const start = firstAnswered(context);
  if (!base || !start) return [];
  const stillExcluded = new Set((context.compiled.pack.offsets.excluded ?? []).map((x) => x.instrument));
  const findings: Finding[] = [];
  for (const { instrument } of base.compiled.pack.offsets.excluded ?? []) {
    if (stillExcluded.has(instrument)) continue;
    const counterexample = caseAt(context, start.point);
    if (!counterexample) continue;
    counterexample.event = { ...counterexample.event, emissionsTco2e: '1', offsets: [{ instrument, quantityTco2e: '1' }] };
    const ours = await decideCase(context.compiled, counterexample);
    const theirs = await decideCase(base.compiled, counterexample);
    const ourVerdict = ours?.check?.lines[0]?.verdict;
    const theirVerdict = theirs?.check?.lines[0]?.verdict;
    if (!ours || !theirs || ourVerdict === 'ineligible' || theirVerdict !== 'ineligible') continue;
    findings.push({
      code: 'loosening',
      severity: 'error',
      loosening: 'instrument',
      rules: [],
      subject: instrument,
      subjectKind: 'instrument',
      counterexample,
      answer: answered(ours, { verdict: ourVerdict }),
      other: answered(theirs, { verdict: theirVerdict }),
      base: { id: base.compiled.pack.id, version: base.compiled.pack.version },
    });
  }
  return findings;
}
