// The findings of the analysis in words, in either language: what kind of finding, what to do, the rules by their
// titles, the counterexample as statements about the event, and what the engine answers for it. No code, fact path
// or rule id reaches these words: names come from the lexicon and the packs.
import type { CompiledPack } from '../compile-pack.js';
import { describeDue } from '../due-date.js';
import { ANALYSIS_WORDS, FINDING_MESSAGES, FINDING_TITLES } from '../lexicon/analysis.js';
import { factName, factStatement, factValue } from '../lexicon/facts.js';
import { INSTRUMENT_LABELS, OBLIGATION_LABELS, VERDICT_LABELS } from '../lexicon/vocabulary.js';
import { clauses, fill, list, paren } from '../lexicon/words.js';
import type { Citation } from '../citation-schema.js';
import type { ResolvedPack } from '../resolved-pack.js';
import { dutyLabel } from '../terms.js';
import type { Instrument, Lang } from '../vocabulary.js';
import type { Analysis } from './analyse.js';
import type { Answered, Counterexample, Finding } from './finding.js';

export interface FindingWords {
  title: string;
  severity: string;
  message: string;
  /** The rules by their titles. */
  rules: string[];
  /** The counterexample, one statement per fact (and reading). */
  event: string[];
  answer: string;
  /** For a comparison: the other event and its answer, or what the base answers. */
  compared?: { event?: string[]; answer: string };
  /** How the pack explains the finding: its reason and the clause. */
  explained?: string;
}

export interface AnalysisWords {
  heading: string;
  counts: string;
  tried: string;
  findings: FindingWords[];
}

interface Packs {
  pack: ResolvedPack;
  base?: ResolvedPack;
  lang: Lang;
}

const say = (text: { zh: string; en: string }, lang: Lang, values: Record<string, string | number> = {}) => fill(text[lang], values);

/** A rule's title, looked up in the pack (or, `inBase`, in its base first: a child may reuse an id of its base). */
function ruleTitle(packs: Packs, id: string | undefined, inBase = false): string {
  if (!id) return '';
  const order = inBase ? [packs.base, packs.pack] : [packs.pack, packs.base];
  for (const pack of order) {
    const rule = pack?.rules.find((r) => r.id === id);
    if (rule) return rule.title[packs.lang];
  }
  return '';
}

function citationWords(citation: Citation): string {
  return `${citation.document} ${citation.clause}`;
}

/** The counterexample in words: its facts as statements, then the readings it is answered under. */
export function eventWords(c: Counterexample, pack: ResolvedPack, lang: Lang): string[] {
  const lines: string[] = [];
  const flat: [string, unknown][] = [];
  for (const [key, value] of Object.entries(c.event)) {
    if (key === 'offsets') continue;
    if ((key === 'organizer' || key === 'extra') && value && typeof value === 'object') {
      for (const [inner, v] of Object.entries(value)) flat.push([`${key}.${inner}`, v]);
    } else flat.push([key, value]);
  }
  const dates = ['startDate', 'endDate'];
  flat.sort(([a], [b]) => (dates.includes(b) ? 1 : 0) - (dates.includes(a) ? 1 : 0));
  for (const [fact, value] of flat) lines.push(factStatement(fact, value, lang, pack.facts));
  (c.event.offsets ?? []).forEach((line, i) => {
    const instrument = INSTRUMENT_LABELS[line.instrument][lang] + (line.newProject ? paren(ANALYSIS_WORDS.newProject[lang], lang) : '');
    lines.push(say(ANALYSIS_WORDS.lineWords, lang, { n: i + 1, instrument, quantity: line.quantityTco2e }));
  });
  for (const [id, option] of Object.entries(c.readings ?? {})) {
    const reading = pack.readings.find((r) => r.id === id);
    const label = reading?.options.find((o) => o.id === option)?.label[lang];
    if (reading && label) lines.push(say(ANALYSIS_WORDS.readingChosen, lang, { question: reading.question[lang], option: label }));
  }
  return lines;
}

function answerWords(a: Answered, packs: Packs, duty?: string, inBase = false): string {
  const { lang } = packs;
  const pack = inBase && packs.base ? packs.base : packs.pack;
  const parts = [OBLIGATION_LABELS[a.obligation][lang]];
  if (a.decidedBy) parts.push(say(ANALYSIS_WORDS.because, lang, { rule: ruleTitle(packs, a.decidedBy, inBase) }));
  if (duty && a.due !== undefined) {
    const name = dutyLabel(pack, duty)[lang];
    parts.push(a.due ? say(ANALYSIS_WORDS.dueOn, lang, { duty: name, due: a.due }) : say(ANALYSIS_WORDS.noDue, lang, { duty: name }));
  }
  if (a.binding !== undefined) parts.push((a.binding ? ANALYSIS_WORDS.binds : ANALYSIS_WORDS.bindsNot)[lang]);
  if (a.verdict) parts.push(say(ANALYSIS_WORDS.verdict, lang, { verdict: VERDICT_LABELS[a.verdict as keyof typeof VERDICT_LABELS]?.[lang] ?? '' }));
  return clauses(parts, lang);
}

/** A duty's date in words: the date the engine gave and the rule that sets it ("2026-03-31 (within 3 months …)"). */
function dueWords(packs: Packs, pack: ResolvedPack, ruleId: string | undefined, due: string | null | undefined): string {
  const rule = pack.rules.find((r) => r.id === ruleId);
  const rulePart = rule?.decides.type === 'duty' ? describeDue(rule.decides.due, packs.lang) : '';
  if (!due) return rulePart;
  return rulePart ? `${due}${paren(rulePart, packs.lang)}` : due;
}

function message(f: Finding, packs: Packs): string {
  const { lang, pack, base } = packs;
  const [a, b] = f.rules;
  const title = (id?: string) => ruleTitle(packs, id);
  const level = (o: Answered | undefined) => (o ? OBLIGATION_LABELS[o.obligation][lang] : '');
  const duty = f.subjectKind === 'duty' && f.subject ? dutyLabel(f.loosening ? (base ?? pack) : pack, f.subject)[lang] : '';
  const baseTitle = base?.title[lang] ?? '';
  switch (f.code) {
    case 'gap':
      return say(FINDING_MESSAGES.gap, lang, { notCovered: OBLIGATION_LABELS['not-covered'][lang] });
    case 'conflict':
      return f.conflict === 'duty'
        ? say(FINDING_MESSAGES.conflictDuty, lang, { a: title(a), b: title(b), duty })
        : say(FINDING_MESSAGES.conflictObligation, lang, { a: title(a), b: title(b), level: level(f.answer) });
    case 'unreachable-rule':
      return f.answer.holds && f.answer.decidedBy
        ? say(FINDING_MESSAGES.unreachableDominated, lang, { a: title(a), b: title(f.answer.decidedBy) })
        : say(FINDING_MESSAGES.unreachableNever, lang, { a: title(a) });
    case 'non-monotonic': {
      const fact = f.subject ?? '';
      const size = (c?: Counterexample) => factValue(fact, sizeOf(c, fact), lang, pack.facts);
      return say(FINDING_MESSAGES.nonMonotonic, lang, {
        fact: factName(fact, lang, pack.facts),
        small: size(f.compareWith),
        large: size(f.counterexample),
        smallLevel: level(f.other),
        largeLevel: level(f.answer),
        rule: title(f.other?.decidedBy),
      });
    }
    case 'loosening':
      return looseningMessage(f, packs, duty, baseTitle);
    case 'due-before-end':
      return say(FINDING_MESSAGES.dueBeforeEnd, lang, {
        rule: title(a),
        duty,
        due: dueWords(packs, pack, a, undefined),
        end: f.counterexample.event.endDate ?? '',
        dueDate: f.answer.due ?? '',
      });
    case 'unknown-instrument': {
      const where = f.rules.length ? say(ANALYSIS_WORDS.ruleNamed, lang, { rules: list(f.rules.map(title), lang) }) : ANALYSIS_WORDS.retirement[lang];
      return say(FINDING_MESSAGES.unknownInstrument, lang, { where, instrument: INSTRUMENT_LABELS[f.subject as Instrument]?.[lang] ?? '' });
    }
    case 'unread-fact':
      return say(FINDING_MESSAGES.unreadFact, lang, { fact: factName(f.subject ?? '', lang, pack.facts) });
    case 'unused-reading':
      return say(FINDING_MESSAGES.unusedReading, lang, { question: pack.readings.find((r) => r.id === f.subject)?.question[lang] ?? '' });
  }
}

function looseningMessage(f: Finding, packs: Packs, duty: string, baseTitle: string): string {
  const { lang, pack, base } = packs;
  const ours = f.answer;
  const theirs = f.other;
  const baseRule = ruleTitle(packs, theirs?.decidedBy, true);
  switch (f.loosening) {
    case 'instrument':
      return say(FINDING_MESSAGES.looseningInstrument, lang, { base: baseTitle, instrument: INSTRUMENT_LABELS[f.subject as Instrument]?.[lang] ?? '' });
    case 'binding':
      return say(FINDING_MESSAGES.looseningBinding, lang, { base: baseTitle, duty, baseRule: ruleTitle(packs, f.rules.at(-1), true) });
    case 'deadline':
      return say(FINDING_MESSAGES.looseningDeadline, lang, {
        duty,
        base: baseTitle,
        ours: dueWords(packs, pack, f.rules[0], ours.due),
        theirs: dueWords(packs, base ?? pack, f.rules.at(-1), theirs?.due),
        baseRule: ruleTitle(packs, f.rules.at(-1), true),
      });
    default: {
      const values = { ours: OBLIGATION_LABELS[ours.obligation][lang], theirs: theirs ? OBLIGATION_LABELS[theirs.obligation][lang] : '', base: baseTitle, baseRule };
      return ours.decidedBy
        ? say(FINDING_MESSAGES.looseningObligation, lang, { ...values, rule: ruleTitle(packs, ours.decidedBy) })
        : say(FINDING_MESSAGES.looseningObligationNoRule, lang, values);
    }
  }
}

function sizeOf(c: Counterexample | undefined, fact: string): unknown {
  if (!c) return '';
  const [head, tail] = fact.split('.', 2) as [string, string | undefined];
  const top = (c.event as Record<string, unknown>)[head];
  return tail === undefined ? top : (top as Record<string, unknown> | undefined)?.[tail];
}

export function findingWords(f: Finding, packs: Packs): FindingWords {
  const { lang, pack } = packs;
  const duty = f.subjectKind === 'duty' ? f.subject : undefined;
  const words: FindingWords = {
    title: FINDING_TITLES[f.code][lang],
    severity: (f.acknowledged ? ANALYSIS_WORDS.explained : f.severity === 'error' ? ANALYSIS_WORDS.error : ANALYSIS_WORDS.warning)[lang],
    message: message(f, packs),
    // A loosening names the child's rule, then the base's (which may share its id).
    rules: f.rules.map((id, i) => ruleTitle(packs, id, f.code === 'loosening' && i > 0)).filter(Boolean),
    event: eventWords(f.counterexample, pack, lang),
    answer: answerWords(f.answer, packs, duty),
  };
  if (f.compareWith && f.other) words.compared = { event: eventWords(f.compareWith, pack, lang), answer: answerWords(f.other, packs, duty) };
  else if (f.other) words.compared = { answer: answerWords(f.other, packs, duty, true) };
  if (f.acknowledged) words.explained = `${f.acknowledged.reason[lang]}${paren(citationWords(f.acknowledged.citation), lang)}`;
  return words;
}

/** The whole report in words: its heading, the counts, the events tried and every finding. */
export function analysisWords(analysis: Analysis, compiled: CompiledPack, base: CompiledPack | undefined, lang: Lang): AnalysisWords {
  const packs: Packs = { pack: compiled.pack, ...(base ? { base: base.pack } : {}), lang };
  const { counts, space } = analysis;
  let heading = say(ANALYSIS_WORDS.heading, lang, { pack: compiled.pack.title[lang], version: compiled.pack.version });
  if (base) heading += `${lang === 'zh' ? '，' : ', '}${say(ANALYSIS_WORDS.against, lang, { base: base.pack.title[lang], version: base.pack.version })}`;
  const tried = say(ANALYSIS_WORDS.tried, lang, { tried: space.tried }) + (space.sampled ? say(ANALYSIS_WORDS.sampled, lang, { complete: space.complete }) : '');
  return {
    heading,
    counts: say(ANALYSIS_WORDS.counts, lang, counts),
    tried,
    findings: analysis.findings.map((f) => findingWords(f, packs)),
  };
}
