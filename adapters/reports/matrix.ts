// The policy matrix: a column per pack, a row per question an analyst compares (who is in scope and from what
// size, by when, with which offsets, how confirmed, whether to register). Every cell item is built from a rule or
// an offset entry of the pack and carries its citation; inherited rules say which pack they come from.
import {
  type CalendarDate,
  type Citation,
  type CompiledPack,
  dutyLabel,
  INSTRUMENT_LABELS,
  type Lang,
  modeLabel,
  OBLIGATION_LABELS,
  type ObligationLevel,
} from '../../engine/index.js';
import type { ConditionNode } from '../../engine/conditions.js';
import { describeConditions } from '../../engine/describe-conditions.js';
import { describeDue } from '../../engine/due-date.js';
import { describeCheck } from '../../engine/eligibility-checks.js';
import type { PlacedRule } from '../../engine/resolved-pack.js';
import { STANDING_WORDS } from '../render/words.js';
import type { CitedItem } from './cited-item.js';
import { type PackColumn, packColumn } from './pack-column.js';
import { joinParts, labelled, parenthesized, periodWords, withNotes, word } from './report-words.js';
import { type Threshold, thresholdsOf } from './thresholds.js';

export const MATRIX_ROWS = ['scope', 'deadlines', 'offset-ranking', 'exclusions', 'confirmation', 'registration'] as const;
export type MatrixRowKey = (typeof MATRIX_ROWS)[number];

export const MATRIX_ROW_LABELS: Record<MatrixRowKey, { zh: string; en: string }> = {
  scope: { zh: '适用范围与门槛', en: 'Scope triggers and thresholds' },
  deadlines: { zh: '义务与期限', en: 'Duties and deadlines' },
  'offset-ranking': { zh: '抵消产品顺序', en: 'Offset ranking' },
  exclusions: { zh: '不认可的抵消产品', en: 'Exclusions' },
  confirmation: { zh: '确认方式', en: 'Confirmation modes' },
  registration: { zh: '登记义务', en: 'Registration duties' },
};

export interface MatrixRow {
  key: MatrixRowKey;
  label: string;
  /** Pack id -> the items of that pack for this row, in the pack's order; empty when the pack says nothing. */
  cells: Record<string, CitedItem[]>;
}

export interface MatrixReport {
  kind: 'matrix';
  lang: Lang;
  /** The date the packs were chosen at (the version in effect then). */
  asOf: CalendarDate;
  packs: PackColumn[];
  rows: MatrixRow[];
  /** Every attendee and floor-area threshold in the packs' rules, for the chart. */
  thresholds: Threshold[];
}

export interface MatrixOptions {
  lang: Lang;
  asOf: CalendarDate;
}

const REGISTRATION = 'register-event';

function conditionsOf(rule: PlacedRule): ConditionNode {
  return rule.conditions as unknown as ConditionNode;
}

/** `if attendees ≥ 200 people`, or nothing for a rule that holds for every event. */
function condition(rule: PlacedRule, compiled: CompiledPack, lang: Lang): string {
  const node = conditionsOf(rule);
  if ('all' in node && node.all.length === 0) return '';
  const words = describeConditions(node, lang, compiled.pack.facts, compiled.pack.readings);
  return lang === 'zh' ? `${word('when', lang)}：${words}` : `${word('when', lang)} ${words}`;
}

function fromRule(rule: PlacedRule, packId: string, text: string, lang: Lang): CitedItem {
  const inherited = rule.origin !== packId;
  const notes = [
    ...(rule.inForce ? [periodWords(rule.inForce, lang)] : []),
    ...(inherited ? [word('inheritedFrom', lang, { pack: rule.origin })] : []),
  ];
  return {
    text: withNotes(text, notes, lang),
    citations: [rule.citation],
    rule: rule.id,
    ...(inherited ? { origin: rule.origin } : {}),
    ...(rule.inForce ? { inForce: rule.inForce } : {}),
  };
}

function levelWords(level: ObligationLevel, lang: Lang): string {
  return OBLIGATION_LABELS[level][lang];
}

function scopeItems(compiled: CompiledPack, lang: Lang): CitedItem[] {
  const id = compiled.pack.id;
  return compiled.pack.rules.flatMap((rule) => {
    const d = rule.decides;
    if (d.type !== 'obligation') return [];
    const text = labelled(levelWords(d.level, lang), describeConditions(conditionsOf(rule), lang, compiled.pack.facts, compiled.pack.readings), lang);
    return [fromRule(rule, id, text, lang)];
  });
}

function dutyItem(rule: PlacedRule, compiled: CompiledPack, lang: Lang): CitedItem[] {
  const d = rule.decides;
  if (d.type !== 'duty') return [];
  const label = dutyLabel(compiled.pack, d.duty)[lang];
  // A date that holds for some offset lines only says which: `活动结束后6个月内（购买的碳配额、碳信用）`.
  const due = withNotes(describeDue(d.due, lang), d.governs ? [d.governs.label[lang]] : [], lang);
  const text = joinParts([
    labelled(label, due, lang),
    condition(rule, compiled, lang),
    word(d.applies === 'always' ? 'always' : 'ifNeutralizing', lang),
    d.note?.[lang] ?? '',
  ]);
  return [fromRule(rule, compiled.pack.id, text, lang)];
}

function deadlineItems(compiled: CompiledPack, lang: Lang): CitedItem[] {
  return compiled.pack.rules.flatMap((rule) => dutyItem(rule, compiled, lang));
}

function registrationItems(compiled: CompiledPack, lang: Lang): CitedItem[] {
  return compiled.pack.rules
    .filter((rule) => rule.decides.type === 'duty' && rule.decides.duty === REGISTRATION)
    .flatMap((rule) => dutyItem(rule, compiled, lang));
}

function confirmationItems(compiled: CompiledPack, lang: Lang): CitedItem[] {
  return compiled.pack.rules.flatMap((rule) => {
    const d = rule.decides;
    if (d.type !== 'confirmation') return [];
    const modes = d.modes.map((m) => modeLabel(compiled.pack, m)[lang]).join(' / ');
    return [fromRule(rule, compiled.pack.id, joinParts([modes, condition(rule, compiled, lang)]), lang)];
  });
}

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function rankingItems(compiled: CompiledPack, lang: Lang): CitedItem[] {
  const accepted = [...(compiled.pack.offsets.accepted ?? [])].sort((a, b) => a.rank - b.rank);
  return accepted.map((a) => {
    const checks = a.eligibility.map((c) => describeCheck(c, lang));
    const head = parenthesized(`${a.rank}. ${a.label[lang]}`, [STANDING_WORDS[a.standing][lang]], lang);
    const eligibility = checks.join(lang === 'zh' ? '；' : '; ');
    const text = joinParts([head, checks.length ? labelled(word('eligibility', lang), eligibility, lang) : '']);
    return { text, citations: uniqueCitations([a.citation, ...a.eligibility.map((c) => c.citation)]) };
  });
}

function exclusionItems(compiled: CompiledPack, lang: Lang): CitedItem[] {
  return (compiled.pack.offsets.excluded ?? []).map((x) => ({
    text: labelled(INSTRUMENT_LABELS[x.instrument][lang], x.reason[lang], lang),
    citations: [x.citation],
  }));
}

const ROW_ITEMS: Record<MatrixRowKey, (compiled: CompiledPack, lang: Lang) => CitedItem[]> = {
  scope: scopeItems,
  deadlines: deadlineItems,
  'offset-ranking': rankingItems,
  exclusions: exclusionItems,
  confirmation: confirmationItems,
  registration: registrationItems,
};

/** The matrix of `packs` (columns in the order given). Pure: everything comes from the compiled packs. */
export function buildMatrix(packs: CompiledPack[], options: MatrixOptions): MatrixReport {
  const { lang } = options;
  return {
    kind: 'matrix',
    lang,
    asOf: options.asOf,
    packs: packs.map((p) => packColumn(p, lang)),
    rows: MATRIX_ROWS.map((key) => ({
      key,
      label: MATRIX_ROW_LABELS[key][lang],
      cells: Object.fromEntries(packs.map((p) => [p.pack.id, ROW_ITEMS[key](p, lang)])),
    })),
    thresholds: packs.flatMap((p) => thresholdsOf(p, lang)),
  };
}
