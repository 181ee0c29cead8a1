// A simulation as a report, in the reports' manner (adapters/reports): every word from the lexicon or from the packs,
// every rule by its title with its citation, the codes kept in the JSON rendering only. It says, for the new pack
// and the baseline, the events by obligation with the emissions they carry, the rules that decided and the duties,
// then the events whose answer changes: by aspect, by move of the obligation, and examples with their facts.
import type { TallyData, ExampleSide, SideTally } from '../../app/simulation/tally.js';
import type { Aspect } from '../../app/simulation/answer-summary.js';
import {
  type CalendarDate,
  type Citation,
  type CompiledPack,
  dutyLabel,
  type Lang,
  labelled,
  list,
  OBLIGATION_LABELS,
  type Obligation,
  paren,
  type Problem,
  problemText,
  knownProblemSubject,
  simulationWord,
  ui,
} from '../../engine/index.js';
import { eventWords } from '../reports/fact-words.js';
import { OBLIGATION_ORDER } from '../reports/obligation-colours.js';
import { type PackColumn, packColumn } from '../reports/pack-column.js';

export interface ObligationRow {
  obligation: Obligation;
  label: string;
  count: number;
  /** Of the events the pack answered, e.g. "12.5%". */
  share: string;
  emissionsEvents: number;
  emissionsTco2e: string;
}

export interface RuleRow {
  rule: string;
  text: string;
  citations: Citation[];
  count: number;
}

export interface DutyRow {
  duty: string;
  label: string;
  events: number;
  binding: number;
  citations: Citation[];
}

export interface SideView {
  role: 'new' | 'baseline';
  pack: PackColumn;
  answered: number;
  failed: number;
  obligations: ObligationRow[];
  deciding: RuleRow[];
  duties: DutyRow[];
}

export interface ExampleView {
  line: number;
  event: { label: string; value: string }[];
  aspects: string[];
  before: string;
  after: string;
}

export interface ChangesView {
  changed: number;
  share: string;
  aspects: { aspect: Aspect | 'answered'; label: string; count: number }[];
  transitions: { from: Obligation; to: Obligation; fromLabel: string; toLabel: string; count: number }[];
  examples: ExampleView[];
}

export interface SimulationReport {
  kind: 'simulation';
  lang: Lang;
  /** The date every event was read at; null: each event as of its own start date. */
  asOf: CalendarDate | null;
  /** Where the events came from, e.g. the file's name. */
  source: string;
  events: number;
  invalid: number;
  /** Worker threads used (0: the main thread alone). */
  threads: number;
  sides: SideView[];
  changes?: ChangesView;
  failures: { line: number; side: string; text: string }[];
  /** The counts as codes (the JSON rendering's own). */
  tally: TallyData;
}

const share = (count: number, total: number) => (total ? `${((100 * count) / total).toFixed(1)}%` : '0.0%');

const ASPECT_WORDS = {
  obligation: 'aspectObligation',
  duties: 'aspectDuties',
  confirmation: 'aspectConfirmation',
  missingFacts: 'aspectMissing',
  answered: 'aspectAnswered',
} as const;

/** A problem in words: the field by its name when the lexicon has one, and the reason. */
export function problemWords(p: Problem, lang: Lang, compiled?: CompiledPack): string {
  const facts = compiled?.pack.facts;
  // A line that is not an event at all has no kind: in Chinese it is named as such, in English the message says why.
  if (!p.kind) return lang === 'en' ? `${p.path}: ${p.message}` : simulationWord(p.path === 'event' ? 'notJson' : 'unreadableRecord', lang);
  const subject = knownProblemSubject(p.path, lang, facts) ?? p.path;
  return labelled(subject, problemText(p, lang, facts), lang);
}

function citationsOf(compiled: CompiledPack, ids: (rule: CompiledPack['pack']['rules'][number]) => boolean): Citation[] {
  const seen = new Set<string>();
  return compiled.pack.rules.filter(ids).flatMap((r) => {
    const key = `${r.citation.document}\u0000${r.citation.clause}\u0000${r.citation.zh}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [r.citation];
  });
}

function sideView(role: SideView['role'], side: SideTally, compiled: CompiledPack, lang: Lang): SideView {
  const obligations = OBLIGATION_ORDER.filter((o) => side.obligations[o]).map((o) => ({
    obligation: o,
    label: OBLIGATION_LABELS[o][lang],
    count: side.obligations[o] ?? 0,
    share: share(side.obligations[o] ?? 0, side.answered),
    emissionsEvents: side.emissions[o]?.events ?? 0,
    emissionsTco2e: side.emissions[o]?.tco2e ?? '0',
  }));
  const deciding = Object.entries(side.decidedBy)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, count]) => {
      const placed = compiled.pack.rules.find((r) => r.id === rule);
      return { rule, text: placed?.title[lang] ?? '', citations: citationsOf(compiled, (r) => r.id === rule), count };
    });
  const duties = Object.entries(side.duties)
    .sort((a, b) => b[1].events - a[1].events || (a[0] < b[0] ? -1 : 1))
    .map(([duty, counts]) => ({
      duty,
      label: dutyLabel(compiled.pack, duty)[lang],
      ...counts,
      citations: citationsOf(compiled, (r) => r.decides.type === 'duty' && r.decides.duty === duty),
    }));
  return { role, pack: packColumn(compiled, lang), answered: side.answered, failed: side.failed, obligations, deciding, duties };
}

/** An answer in words: the obligation (and the level reached), then each duty with its date. */
function answerWords(side: ExampleSide, compiled: CompiledPack, lang: Lang): string {
  if (!('answer' in side)) return `${simulationWord('failed', lang)}${paren(list(side.problems.map((p) => problemWords(p, lang, compiled)), lang), lang)}`;
  const { answer } = side;
  const at = answer.obligationAtLeast ? paren(`${ui('atLeast', lang)} ${OBLIGATION_LABELS[answer.obligationAtLeast][lang]}`, lang) : '';
  const duties = answer.duties.map((d) => `${dutyLabel(compiled.pack, d.duty)[lang]} ${d.due ?? ui('noDate', lang)}`);
  return [`${OBLIGATION_LABELS[answer.obligation][lang]}${at}`, ...duties].join(lang === 'zh' ? '；' : '; ');
}

export interface ReportPacks {
  pack: CompiledPack;
  baseline?: CompiledPack;
}

export function simulationReport(
  tally: TallyData,
  packs: ReportPacks,
  meta: { lang: Lang; asOf?: CalendarDate; source: string; threads: number },
): SimulationReport {
  const { lang } = meta;
  const sides = [sideView('new', tally.new, packs.pack, lang)];
  if (packs.baseline && tally.baseline) sides.push(sideView('baseline', tally.baseline, packs.baseline, lang));
  const both = packs.baseline;
  const changes: ChangesView | undefined = both
    ? {
        changed: tally.changed,
        share: share(tally.changed, tally.events - tally.invalid),
        aspects: (Object.keys(ASPECT_WORDS) as (keyof typeof ASPECT_WORDS)[])
          .filter((a) => tally.aspects[a])
          .map((a) => ({ aspect: a, label: simulationWord(ASPECT_WORDS[a], lang), count: tally.aspects[a] })),
        transitions: Object.entries(tally.transitions)
          .sort((a, b) => b[1] - a[1])
          .map(([move, count]) => {
            const [from, to] = move.split('>') as [Obligation, Obligation];
            return { from, to, fromLabel: OBLIGATION_LABELS[from][lang], toLabel: OBLIGATION_LABELS[to][lang], count };
          }),
        examples: tally.examples.map((x) => ({
          line: x.line,
          event: eventWords(x.event, lang, packs.pack.pack.facts),
          aspects: x.aspects.map((a) => simulationWord(ASPECT_WORDS[a], lang)),
          before: answerWords(x.before, both, lang),
          after: answerWords(x.after, packs.pack, lang),
        })),
      }
    : undefined;
  const sideName = { input: ui('event', lang), new: simulationWord('newPack', lang), baseline: simulationWord('baseline', lang) };
  return {
    kind: 'simulation',
    lang,
    asOf: meta.asOf ?? null,
    source: meta.source,
    events: tally.events,
    invalid: tally.invalid,
    threads: meta.threads,
    sides,
    ...(changes ? { changes } : {}),
    failures: tally.failures.map((f) => ({
      line: f.line,
      side: sideName[f.side],
      text: list(f.problems.map((p) => problemWords(p, lang, f.side === 'baseline' ? both : packs.pack)), lang),
    })),
    tally,
  };
}
