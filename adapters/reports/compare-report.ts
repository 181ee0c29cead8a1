// One event under several packs, side by side: the obligation, the duties with their dates, the confirmation
// and the offset ranking, each with the clauses it rests on; rows whose answers differ are marked, using the
// same comparison as `tanzhong compare` (adapters/compare/differences.ts).
import {
  type CalendarDate,
  type Citation,
  type CompiledPack,
  type Determination,
  DUTY_IDS,
  type EventInput,
  evaluate,
  factName,
  type Lang,
  OBLIGATION_LABELS,
  type Obligation,
  parseEvent,
} from '../../engine/index.js';
import { differences } from '../compare/differences.js';
import { INSTRUMENT_LABELS, planLine, VERDICT_LABELS } from '../../engine/index.js';
import { STANDING_WORDS, WORDS } from '../render/words.js';
import type { CitedItem } from './cited-item.js';
import { decidingReasons } from './deciding-rule.js';
import { eventWords } from './fact-words.js';
import { type PackColumn, packColumn } from './pack-column.js';
import { governsWords, joinParts, labelled, parenthesized, withNotes, word } from './report-words.js';

export interface CompareRow {
  /** `obligation`, `duties.complete-neutralization`, `confirmation`, `offsets.accepted`, `missingFacts`. */
  key: string;
  label: string;
  /** True when the packs' answers differ on this row. */
  differs: boolean;
  /** Pack id -> what that pack answers, item by item; empty when the pack answers nothing here. */
  cells: Record<string, CitedItem[]>;
}

export interface CompareReport {
  kind: 'compare';
  lang: Lang;
  /** The date the policies were read at: `asOf`, else the event's start date. */
  asOf: CalendarDate | null;
  event: EventInput;
  /** The event's facts in words (each by its name and its value's label), for the renderings. */
  eventText: { label: string; value: string }[];
  packs: PackColumn[];
  rows: CompareRow[];
  /** Pack id -> the obligation code, for charts. */
  obligations: Record<string, Obligation>;
  /** Pack id -> the engine's one-sentence answer. */
  summaries: Record<string, string>;
}

export interface CompareOptions {
  lang: Lang;
  asOf?: CalendarDate;
}

type CellOf = (d: Determination, compiled: CompiledPack) => CitedItem[];

interface RowSpec {
  key: string;
  label: string;
  /** The fields of differences() this row shows. */
  fields: string[];
  cell: CellOf;
}

/** The citation of the version of `ruleId` that was read on the determination's date. */
function ruleCitation(compiled: CompiledPack, ruleId: string, asOf: CalendarDate | null): Citation | undefined {
  const versions = compiled.pack.rules.filter((r) => r.id === ruleId);
  const inForce = versions.find(
    (r) => !r.inForce || (asOf !== null && asOf >= r.inForce.from && (!r.inForce.until || asOf <= r.inForce.until)),
  );
  return (inForce ?? versions[0])?.citation;
}

function obligationCell(lang: Lang): CellOf {
  return (d, compiled) => {
    const level = d.obligation === 'undetermined' ? d.obligationAtLeast : d.obligation;
    const holding = decidingReasons(d, level).map((r) => r.citation);
    // Only what leaves the obligation open is named here; facts missing for a duty or the offsets have their own row.
    const undecided = d.undecided.find((u) => u.subject === 'obligation');
    const open = (undecided?.rules ?? []).map((id) => ruleCitation(compiled, id, d.asOf)).filter((c): c is Citation => Boolean(c));
    const notes = [
      ...(d.obligationAtLeast ? [`${word('atLeast', lang)} ${OBLIGATION_LABELS[d.obligationAtLeast][lang]}`] : []),
      ...(undecided?.missingFacts.length
        ? [labelled(word('missingFacts', lang), undecided.missingFacts.map((f) => factName(f, lang, compiled.pack.facts)).join(lang === 'zh' ? '、' : ', '), lang)]
        : []),
    ];
    return [{ text: withNotes(OBLIGATION_LABELS[d.obligation][lang], notes, lang), citations: [...holding, ...open] }];
  };
}

function dutyRow(duty: string, label: string, lang: Lang): RowSpec {
  return {
    key: `duties.${duty}`,
    label,
    fields: [`duties.${duty}`],
    cell: (d) =>
      d.duties
        .filter((x) => x.duty === duty)
        .map((x) => ({
          text: joinParts([
            x.due ?? word('noDate', lang),
            x.dueText,
            x.governs ? governsWords(x.governs, lang) : '',
            word(x.binding ? 'binding' : 'ifYouNeutralize', lang),
            x.note ?? '',
          ]),
          citations: [x.citation],
          rule: x.rule,
        })),
  };
}

/** The organizer's offset plan as checked under the pack: whether it suffices, then each line's verdict. */
function planItems(d: Determination, lang: Lang): CitedItem[] {
  const check = d.offsets.check;
  if (!check) return [];
  const verdict = check.sufficient === true ? WORDS.sufficientYes : check.sufficient === false ? WORDS.sufficientNo : WORDS.sufficientUnknown;
  const shortfall = check.shortfall ? `${WORDS.shortfall[lang]} ${check.shortfall} tCO2e` : '';
  const overall = { text: joinParts([verdict[lang], shortfall]), citations: check.coverageCitation ? [check.coverageCitation] : [] };
  const lines = check.lines.map((line) => ({
    text: labelled(
      `${planLine(line.index, lang)} ${INSTRUMENT_LABELS[line.instrument][lang]} ${line.quantityTco2e} tCO2e`,
      VERDICT_LABELS[line.verdict][lang],
      lang,
    ),
    citations: line.reasons.flatMap((r) => (r.citation ? [r.citation] : [])),
  }));
  return [overall, ...lines];
}

/** The contested readings the answer was given under: the question, the option used, what each other option gives. */
function readingItems(d: Determination, lang: Lang): CitedItem[] {
  return d.readings.map((r) => {
    const used = withNotes(word('readingUsed', lang, { label: r.optionLabel }), [word(r.chosen === 'asked' ? 'readingAsked' : 'readingDefault', lang)], lang);
    const alternatives = r.alternatives.map((a) => word('readingIf', lang, { label: a.label, summary: a.summary }));
    return {
      text: joinParts([r.question, used, ...alternatives]),
      citations: [r.citation, ...r.alternatives.map((a) => a.citation)].filter((c): c is Citation => Boolean(c)),
    };
  });
}

function rowSpecs(determinations: Determination[], lang: Lang): RowSpec[] {
  const specs: RowSpec[] = [
    { key: 'obligation', label: word('obligation', lang), fields: ['obligation', 'obligationAtLeast'], cell: obligationCell(lang) },
  ];
  // The shared duties in their order, then those a pack declares (Guangdong's evidence keeping), as they come.
  const declared = determinations.flatMap((d) => d.duties.map((x) => x.duty)).filter((id) => !(DUTY_IDS as readonly string[]).includes(id));
  for (const duty of [...new Set([...DUTY_IDS, ...declared])]) {
    const found = determinations.flatMap((d) => d.duties).find((x) => x.duty === duty);
    if (found) specs.push(dutyRow(duty, found.title, lang));
  }
  specs.push({
    key: 'confirmation',
    label: word('confirmation', lang),
    fields: ['confirmation.modes'],
    cell: (d) => d.confirmation.routes.map((r) => ({ text: r.label, citations: [r.citation], rule: r.rule })),
  });
  specs.push({
    key: 'offsets.accepted',
    label: word('offsetRanking', lang),
    fields: ['offsets.accepted'],
    cell: (d) =>
      d.offsets.accepted.map((a) => ({
        text: parenthesized(`${a.rank}. ${a.label}`, [STANDING_WORDS[a.standing][lang]], lang),
        citations: [a.citation],
      })),
  });
  if (determinations.some((d) => d.offsets.check)) {
    specs.push({
      key: 'offsets.check',
      label: WORDS.plan[lang],
      fields: ['offsets.check.sufficient', 'offsets.check.counted', 'offsets.check.shortfall', 'offsets.check.verdicts'],
      cell: (d) => planItems(d, lang),
    });
  }
  if (determinations.some((d) => d.readings.length)) {
    specs.push({ key: 'readings', label: word('readings', lang), fields: [], cell: (d) => readingItems(d, lang) });
  }
  if (determinations.some((d) => d.missingFacts.length)) {
    specs.push({
      key: 'missingFacts',
      label: word('missingFacts', lang),
      fields: ['missingFacts'],
      cell: (d) => d.questions.map((q) => ({ text: q.question, citations: [] })),
    });
  }
  return specs;
}

/** The report from answers already given, one per pack (in the packs' order). Pure. */
export function compareReportOf(
  packs: CompiledPack[],
  determinations: Determination[],
  event: EventInput,
  lang: Lang,
): CompareReport {
  const byPack: Record<string, Determination> = {};
  packs.forEach((p, i) => {
    const d = determinations[i];
    if (d) byPack[p.pack.id] = d;
  });
  const differing = new Set(differences(byPack).map((d) => d.field));
  const rows = rowSpecs(determinations, lang).map((spec) => ({
    key: spec.key,
    label: spec.label,
    differs: spec.fields.some((f) => differing.has(f)),
    cells: Object.fromEntries(packs.map((p) => [p.pack.id, byPack[p.pack.id] ? spec.cell(byPack[p.pack.id] as Determination, p) : []])),
  }));
  return {
    kind: 'compare',
    lang,
    asOf: determinations[0]?.asOf ?? null,
    event,
    eventText: eventWords(event, lang, packs.flatMap((p) => p.pack.facts)),
    packs: packs.map((p) => packColumn(p, lang)),
    rows,
    obligations: Object.fromEntries(Object.entries(byPack).map(([id, d]) => [id, d.obligation])),
    summaries: Object.fromEntries(Object.entries(byPack).map(([id, d]) => [id, d.summary])),
  };
}

/** Evaluates `event` under every pack and builds the report; an invalid event throws InputError naming each field. */
export async function buildCompare(packs: CompiledPack[], input: unknown, options: CompareOptions): Promise<CompareReport> {
  const event = parseEvent(input);
  const determinations: Determination[] = [];
  for (const compiled of packs) determinations.push(await evaluate(compiled, event, { asOf: options.asOf, lang: options.lang }));
  return compareReportOf(packs, determinations, event, options.lang);
}
