// Several answers for one event side by side: a column per pack, a row per point of the answer. Rows whose
// values differ between packs are marked with ≠. Every word is the lexicon's or the packs' (no code is printed).
import { type Determination, factName, type Lang, list, OBLIGATION_LABELS, TONNES, ui } from '../../engine/index.js';
import type { Difference } from '../compare/differences.js';
import { makeTable } from './table.js';

const TOP = 3;

export function renderComparison(
  determinations: Record<string, Determination>,
  diffs: Difference[],
  lang: Lang,
  color: boolean,
): string {
  const packs = Object.entries(determinations);
  const differing = new Set(diffs.map((d) => d.field));
  const table = makeTable(['', ...packs.map(([id, d]) => `${id} ${d.pack.version}`)], color);
  const row = (label: string, fields: string[], cell: (d: Determination) => string) => {
    const marked = fields.some((f) => differing.has(f)) ? `≠ ${label}` : label;
    table.push([marked, ...packs.map(([, d]) => cell(d))]);
  };

  row(ui('obligation', lang), ['obligation', 'obligationAtLeast'], (d) => OBLIGATION_LABELS[d.obligation][lang]);
  // Every duty any pack sets, built in or declared, named as the first answer that has it names it.
  const duties = new Map<string, string>();
  for (const [, d] of packs) for (const x of d.duties) if (!duties.has(x.duty)) duties.set(x.duty, x.title);
  for (const [duty, title] of duties) {
    row(title, [`duties.${duty}`], (d) => {
      const found = d.duties.find((x) => x.duty === duty);
      if (!found) return ui('noDuty', lang);
      return `${found.due ?? ui('noDate', lang)}\n${found.dueText}`;
    });
  }
  row(ui('confirmation', lang), ['confirmation.modes'], (d) => d.confirmation.routes.map((r) => r.label).join('\n') || '—');
  row(
    ui('topInstruments', lang, { n: TOP }),
    ['offsets.accepted'],
    (d) =>
      d.offsets.accepted
        .slice(0, TOP)
        .map((a) => `${a.rank}. ${a.label}`)
        .join('\n') || '—',
  );
  if (packs.some(([, d]) => d.missingFacts.length)) {
    const named = (d: Determination, fact: string) => d.questions.find((q) => q.fact === fact)?.label ?? factName(fact, lang);
    row(ui('missingFacts', lang), ['missingFacts'], (d) => list(d.missingFacts.map((f) => named(d, f)), lang) || '—');
  }
  if (packs.some(([, d]) => d.offsets.check)) {
    row(ui('offsetPlan', lang), ['offsets.check.sufficient', 'offsets.check.shortfall'], (d) => {
      const check = d.offsets.check;
      if (!check) return '—';
      const verdict = ui(check.sufficient === true ? 'sufficient' : check.sufficient === false ? 'insufficient' : 'undecidedPlan', lang);
      return check.shortfall ? `${verdict}\n${ui('shortfall', lang)} ${check.shortfall} ${TONNES[lang]}` : verdict;
    });
  }
  const note = differing.size ? `\n${ui('differs', lang)}` : '';
  return `${table.toString()}${note}\n`;
}
