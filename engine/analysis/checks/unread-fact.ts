// A declared fact no rule reads: it is never asked and changes no answer. The start date (the day the policy is read
// at), the end date of a pack with duties dated from it, and the emissions and offset plan of a pack with an offset
// policy are read by the engine itself. Only the pack's own declarations are its findings (a base's are the base's).
import type { PlacedFact } from '../../resolved-pack.js';
import type { CompiledPack } from '../../compile-pack.js';
import { factSpec } from '../../fact-catalog.js';
import { decideCase } from '../answers.js';
import { type AnalysisContext, answered, caseAt, firstAnswered } from '../context.js';
import type { Finding } from '../finding.js';
import type { Counterexample } from '../finding.js';

function readByTheEngine(compiled: CompiledPack): Set<string> {
  const { pack } = compiled;
  // The dates of the event are what due dates are counted from, in this pack or in the packs that extend it.
  const read = new Set(['startDate', 'endDate']);
  if (Object.keys(pack.offsets).length) read.add('offsets').add('emissionsTco2e');
  return read;
}

/** A value of the fact's type, to show that giving it changes nothing. */
function sampleValue(fact: PlacedFact, startDate: string | undefined): unknown {
  const values = fact.values ?? factSpec(fact.name)?.values;
  if (values?.length) return values[0];
  switch (fact.type) {
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return 1;
    case 'decimal':
      return '1';
    case 'date':
      return startDate ?? '2026-01-01';
    default:
      return 'x';
  }
}

function withFact(c: Counterexample, fact: PlacedFact): Counterexample {
  const value = sampleValue(fact, c.event.startDate);
  const event = JSON.parse(JSON.stringify(c.event)) as Record<string, Record<string, unknown>>;
  const [head, tail] = fact.name.split('.', 2) as [string, string | undefined];
  if (tail === undefined) (event as Record<string, unknown>)[head] = value;
  else (event[head] ??= {})[tail] = value;
  return { ...c, event: event as Counterexample['event'] };
}

export async function findUnreadFacts(context: AnalysisContext): Promise<Finding[]> {
  const { compiled } = context;
  const engine = readByTheEngine(compiled);
  const start = firstAnswered(context);
  if (!start) return [];
  const findings: Finding[] = [];
  for (const fact of compiled.pack.facts) {
    if (fact.origin !== compiled.pack.id || compiled.readFacts.has(fact.name) || engine.has(fact.name) || fact.type === 'offsets') continue;
    const plain = caseAt(context, start.point);
    if (!plain) continue;
    const counterexample = withFact(plain, fact);
    const core = await decideCase(compiled, counterexample);
    if (!core) continue;
    findings.push({ code: 'unread-fact', severity: 'warning', rules: [], subject: fact.name, subjectKind: 'fact', counterexample, answer: answered(core) });
  }
  return findings;
}
