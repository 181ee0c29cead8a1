// What the other options of each contested reading would answer. A reading is listed when some option changes
// what a person acts on (the obligation, a duty or its date, the confirmation). Most readings cannot matter for a
// given event: before answering again under an option, the rules that read the reading are re-run alone (and the
// pack's first day compared); only when one of them changes is the whole answer worked out again.
import type { CompiledPack } from './compile-pack.js';
import type { Core } from './decide.js';
import type { Determination, ReadingView } from './determination.js';
import { firstDayUnder, type Outcome, type ReadingChoice, readingFact, readingView, relevantReadings } from './readings.js';
import { inForce } from './rule-outcomes.js';
import type { Lang } from './vocabulary.js';

function outcomeOf(d: Determination): Outcome {
  const duties = d.duties.map((x) => `${x.duty}:${x.due}:${x.governs?.lines?.join(',') ?? ''}`).join('|');
  return { obligation: d.obligation, summary: d.summary, key: `${d.obligation}#${duties}#${d.confirmation.modes.join(',')}` };
}

/** True when answering under `other` could differ from the answer in `core`. */
function couldChange(compiled: CompiledPack, core: Core, readingId: string, other: ReadingChoice): boolean {
  const period = { ...core.packPeriod, from: firstDayUnder(compiled.pack, other) };
  if (inForce(period, core.asOf) !== core.packInForce) return true;
  const fact = readingFact(readingId);
  const view = { ...core.known, facts: { ...core.known.facts, [fact]: other[readingId] } };
  return compiled.rules.some(({ rule, test, reads }, i) => {
    if (!reads.has(fact)) return false;
    const before = core.outcomes[i];
    if (!before || core.packInForce === false) return false;
    const now = test(view);
    if (now.truth === before.truth) return false;
    // A change of conditions matters only where the rule is in force on the date.
    return inForce(rule.inForce, core.asOf) !== false;
  });
}

export async function readingsOf(
  compiled: CompiledPack,
  core: Core,
  choice: ReadingChoice,
  asked: ReadingChoice,
  answer: Determination,
  answerUnder: (choice: ReadingChoice) => Promise<Determination>,
  lang: Lang,
  fast: boolean,
): Promise<ReadingView[]> {
  const views: ReadingView[] = [];
  const key = outcomeOf(answer).key;
  for (const reading of relevantReadings(compiled.pack, compiled.readFacts)) {
    const used = choice[reading.id] as string;
    const others = reading.options.filter((o) => o.id !== used).map((o) => ({ id: o.id, choice: { ...choice, [reading.id]: o.id } }));
    if (fast && !others.some((o) => couldChange(compiled, core, reading.id, o.choice))) continue;
    const alternatives: { option: string; outcome: Outcome }[] = [];
    for (const other of others) alternatives.push({ option: other.id, outcome: outcomeOf(await answerUnder(other.choice)) });
    if (alternatives.some((a) => a.outcome.key !== key)) views.push(readingView(reading, used, reading.id in asked, alternatives, lang));
  }
  return views;
}
