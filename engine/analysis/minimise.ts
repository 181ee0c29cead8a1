// A counterexample as small as it can be: each fact the event gives (besides its dates and offset plan) is left out,
// and each reading chosen is set back to the default, one at a time, as long as the engine still answers exactly
// what the finding reports (and the rules that held still hold). A bureau reads the few facts that matter.
import type { CompiledPack } from '../compile-pack.js';
import type { Core } from '../decide.js';
import { computeDue } from '../due-date.js';
import { decideCase } from './answers.js';
import { answered } from './context.js';
import type { Answered, Counterexample, Finding } from './finding.js';

const KEPT = new Set(['startDate', 'endDate', 'offsets', 'emissionsTco2e']);

/** What the engine answers for a case, in the terms of the finding (the duty's date, the instrument's verdict …). */
function answerAs(f: Finding, core: Core, c: Counterexample, like: Answered): Answered {
  const extra: Omit<Answered, 'obligation' | 'decidedBy'> = {};
  const duty = f.subjectKind === 'duty' ? core.duties.find((d) => d.duty === f.subject) : undefined;
  if ('due' in like) extra.due = duty ? computeDue(duty.dueRule, c.event).due : null;
  if ('binding' in like) extra.binding = duty?.binding ?? false;
  if ('verdict' in like) extra.verdict = core.check?.lines[0]?.verdict as string;
  if ('holds' in like) extra.holds = core.holds.some((o) => o.rule.id === f.rules[0]);
  return answered(core, extra);
}

const same = (a: Answered, b: Answered | undefined) => JSON.stringify(a) === JSON.stringify(b);

async function shows(f: Finding, c: Counterexample, compiled: CompiledPack, base: CompiledPack | undefined, held: string[]): Promise<boolean> {
  const core = await decideCase(compiled, c);
  if (!core || !same(answerAs(f, core, c, f.answer), f.answer)) return false;
  if (!held.every((id) => core.holds.some((o) => o.rule.id === id))) return false;
  if (f.base && base && f.other) {
    const theirs = await decideCase(base, c);
    if (!theirs || !same(answerAs(f, theirs, c, f.other), f.other)) return false;
  }
  return true;
}

/** The ways of making a case smaller, each a new case: one fact left out, or one reading back to its default. */
function smaller(c: Counterexample): { key: string; make: (c: Counterexample) => Counterexample }[] {
  const ways: { key: string; make: (c: Counterexample) => Counterexample }[] = [];
  const copy = (x: Counterexample) => JSON.parse(JSON.stringify(x)) as Counterexample;
  for (const [key, value] of Object.entries(c.event)) {
    if (KEPT.has(key)) continue;
    if ((key === 'organizer' || key === 'extra') && value && typeof value === 'object') {
      for (const inner of Object.keys(value)) {
        ways.push({
          key: `${key}.${inner}`,
          make: (x) => {
            const y = copy(x);
            const group = (y.event as Record<string, Record<string, unknown>>)[key];
            if (group) delete group[inner];
            if (group && !Object.keys(group).length) delete (y.event as Record<string, unknown>)[key];
            return y;
          },
        });
      }
    } else {
      ways.push({ key, make: (x) => { const y = copy(x); delete (y.event as Record<string, unknown>)[key]; return y; } });
    }
  }
  for (const id of Object.keys(c.readings ?? {})) {
    ways.push({ key: `reading.${id}`, make: (x) => { const y = copy(x); delete y.readings?.[id]; if (y.readings && !Object.keys(y.readings).length) delete y.readings; return y; } });
  }
  return ways;
}

/** The finding with its counterexample (and the event it is compared with) as small as they can be. */
export async function minimise(f: Finding, compiled: CompiledPack, base?: CompiledPack): Promise<Finding> {
  if (f.code === 'unread-fact' || f.code === 'unused-reading') return f;
  // The rules the finding names that hold for its counterexample must go on holding (a conflict is two rules holding).
  const first = await decideCase(compiled, f.counterexample);
  if (!first) return f;
  const held = f.rules.filter((id) => first.holds.some((o) => o.rule.id === id));
  const heldOther = f.compareWith ? ((await decideCase(compiled, f.compareWith))?.holds.map((o) => o.rule.id) ?? []).filter((id) => f.rules.includes(id)) : [];
  let current = f;
  for (const way of smaller(f.counterexample)) {
    const candidate = way.make(current.counterexample);
    const other = current.compareWith && way.make(current.compareWith);
    if (!(await shows(current, candidate, compiled, base, held))) continue;
    if (other && current.other) {
      const otherCore = await decideCase(compiled, other);
      if (!otherCore || !same(answerAs(current, otherCore, other, current.other), current.other) || !heldOther.every((id) => otherCore.holds.some((o) => o.rule.id === id))) continue;
    }
    current = { ...current, counterexample: candidate, ...(other ? { compareWith: other } : {}) };
  }
  return current;
}
