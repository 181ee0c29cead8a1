// The facts of an event as a pack chain reads them: custom facts (`extra`) checked against the packs that declare
// them, and which facts apply to the event's kind. In a pack of format 2, a fact declared for some kinds only
// (`kinds`, or the catalogue's kinds of a built-in fact) does not apply to an event of another known kind: it is
// never asked, and a test on it is false, not unknown.
import { isCalendarDate } from './calendar.js';
import type { CompiledPack } from './compile-pack.js';
import type { EventInput } from './event-schema.js';
import { CUSTOM_FACT_PREFIX, factSpec } from './fact-catalog.js';
import type { FactDeclaration } from './pack-schema.js';
import { InputError, type Problem } from './problems.js';
import type { PlacedFact, ResolvedPack } from './resolved-pack.js';
import type { EventKind } from './vocabulary.js';

/** An event whose custom facts the pack chain does not declare, or whose values are not of the declared type. */
export class EventFactsError extends InputError {
  /** Custom facts (`extra.<name>`) the chain does not declare: a caller holding other packs may say which know them. */
  readonly unknownFacts: string[];
  constructor(problems: Problem[], unknownFacts: string[]) {
    super('The event is not valid for this policy:', problems);
    this.name = 'EventFactsError';
    this.unknownFacts = unknownFacts;
  }
}

/** What is wrong with a custom fact's value, if anything: the English message, the kind and its values. */
function typeProblem(value: unknown, decl: FactDeclaration): Omit<Problem, 'path'> | undefined {
  const values = decl.values;
  const got = JSON.stringify(value);
  const wrongType = (message: string): Omit<Problem, 'path'> => ({ message: `${message}, got ${got}`, kind: 'fact-type', values: { type: decl.type } });
  switch (decl.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType('must be a whole number');
      break;
    case 'number':
      if (typeof value !== 'number') return wrongType('must be a number');
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return wrongType('must be true or false');
      break;
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value)) return wrongType('must be a date written YYYY-MM-DD');
      break;
  }
  if (values && !values.includes(value as string | number)) {
    return { message: `must be one of ${values.join(', ')}, got ${got}`, kind: 'one-of', values: { options: values } };
  }
  return undefined;
}

/** Every custom fact of the event, checked against the chain's declarations: unknown ones and values of the wrong type. */
export function checkEventFacts(pack: Pick<ResolvedPack, 'id' | 'facts'>, event: EventInput): void {
  const problems: Problem[] = [];
  const unknown: string[] = [];
  const declared = pack.facts.filter((f) => f.name.startsWith(CUSTOM_FACT_PREFIX));
  for (const [key, value] of Object.entries(event.extra ?? {})) {
    const name = `${CUSTOM_FACT_PREFIX}${key}`;
    const decl = declared.find((f) => f.name === name);
    if (!decl) {
      unknown.push(name);
      const known = declared.map((f) => f.name.slice(CUSTOM_FACT_PREFIX.length));
      const knows = known.length ? `its custom facts are ${known.join(', ')}` : 'it declares no custom facts';
      problems.push({ path: name, message: `is not a fact of policy ${pack.id} (${knows}): remove it or correct its name`, kind: 'unknown-fact' });
      continue;
    }
    const problem = typeProblem(value, decl);
    if (problem) problems.push({ path: name, ...problem });
  }
  if (problems.length) throw new EventFactsError(problems, unknown);
}

/** The ids of the packs among `packs` that declare `fact` (e.g. extra.onSiteAttendees): "known by packs X, Y". */
export function packsDeclaringFact(fact: string, packs: Iterable<Pick<ResolvedPack, 'id' | 'facts'>>): string[] {
  return [...packs].filter((p) => p.facts.some((f) => f.name === fact)).map((p) => p.id);
}

/** The kinds of event a fact applies to; undefined: every kind. The catalogue's kinds hold in packs of format 2. */
export function factKinds(pack: Pick<ResolvedPack, 'format'>, decl: FactDeclaration): readonly EventKind[] | undefined {
  if (decl.kinds) return decl.kinds;
  return pack.format >= 2 ? factSpec(decl.name)?.kinds : undefined;
}

/** False when the event's kind is known and the fact does not apply to it. */
export function factApplies(pack: Pick<ResolvedPack, 'format'>, decl: FactDeclaration, kind: EventKind | undefined): boolean {
  const kinds = factKinds(pack, decl);
  return !kinds || kind === undefined || kinds.includes(kind);
}

/** The facts a questionnaire asks for an event of `kind` (unknown: any kind): those a rule reads and that apply. */
export function factsToAsk(compiled: CompiledPack, kind?: EventKind): PlacedFact[] {
  return compiled.pack.facts.filter((f) => compiled.readFacts.has(f.name) && factApplies(compiled.pack, f, kind));
}
