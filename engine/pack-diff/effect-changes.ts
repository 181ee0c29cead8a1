// What two versions of a rule decide, compared: the obligation level, the duty, its deadline (and whether it moved
// later or earlier), when it applies, the offset lines its date governs, and the confirmation modes.
import { computeDue, describeDue } from '../due-date.js';
import { DIFF_WORDS } from '../lexicon/diff-explain.js';
import { APPLIES_LABELS, OBLIGATION_LABELS } from '../lexicon/vocabulary.js';
import { fill, list, paren } from '../lexicon/words.js';
import type { Due, Governs } from '../pack-schema.js';
import type { PlacedRule, ResolvedPack } from '../resolved-pack.js';
import { dutyLabel, modeLabel } from '../terms.js';
import type { Lang } from '../vocabulary.js';
import { decidesWords } from '../explain/explain.js';
import { type ChangeDirection, type ChangeKind, type DiffArea, inBoth, sameJson } from './pack-change.js';

export interface EffectChange {
  kind: ChangeKind;
  before: unknown;
  after: unknown;
  direction?: ChangeDirection;
  /** `{before}` and `{after}` of the change's template, in words. */
  words: (lang: Lang) => { before: string; after: string };
}

export function areaOf(rule: PlacedRule): DiffArea {
  const type = rule.decides.type;
  return type === 'obligation' ? 'scope' : type === 'duty' ? 'duties' : 'confirmation';
}

// Anchors of different lengths of month and year: a deadline moves later only if it does from every one of them.
const PROBES = ['2001-01-31', '2004-02-29', '2003-07-15', '2000-12-31'];

export function deadlineMove(before: Due, after: Due): 'later' | 'earlier' | undefined {
  if (before.anchor === 'none' || after.anchor === 'none' || before.anchor !== after.anchor) return undefined;
  const moves = PROBES.map((day) => {
    const [a, b] = [computeDue(before, { startDate: day, endDate: day }).due, computeDue(after, { startDate: day, endDate: day }).due];
    return a === null || b === null || a === b ? undefined : b > a ? 'later' : 'earlier';
  });
  return moves.every((m) => m === moves[0]) ? moves[0] : undefined;
}

/** What a duty's date governs: the pack's own label for the lines, or every line. */
const governsWords = (governs: Governs | undefined, lang: Lang) => (governs ? governs.label[lang] : DIFF_WORDS.everyLine[lang]);

export function effectChanges(a: PlacedRule, b: PlacedRule, before: ResolvedPack, after: ResolvedPack): EffectChange[] {
  const [x, y] = [a.decides, b.decides];
  if (x.type !== y.type) {
    return [{ kind: 'decides', before: x, after: y, words: (lang) => ({ before: decidesWords(a, before, lang), after: decidesWords(b, after, lang) }) }];
  }
  if (x.type === 'obligation' && y.type === 'obligation') {
    if (x.level === y.level) return [];
    return [{ kind: 'level', before: x.level, after: y.level, words: (lang) => ({ before: OBLIGATION_LABELS[x.level][lang], after: OBLIGATION_LABELS[y.level][lang] }) }];
  }
  if (x.type === 'confirmation' && y.type === 'confirmation') {
    if (sameJson([...x.modes].sort(), [...y.modes].sort())) return [];
    const modes = (pack: ResolvedPack, ids: string[], lang: Lang) => list(ids.map((m) => modeLabel(pack, m)[lang]), lang);
    return [{ kind: 'modes', before: x.modes, after: y.modes, words: (lang) => ({ before: modes(before, x.modes, lang), after: modes(after, y.modes, lang) }) }];
  }
  if (x.type !== 'duty' || y.type !== 'duty') return [];
  const changes: EffectChange[] = [];
  if (x.duty !== y.duty) {
    changes.push({ kind: 'duty', before: x.duty, after: y.duty, words: (lang) => ({ before: dutyLabel(before, x.duty)[lang], after: dutyLabel(after, y.duty)[lang] }) });
  }
  if (!sameJson(x.due, y.due)) {
    const direction = deadlineMove(x.due, y.due);
    changes.push({ kind: 'deadline', before: x.due, after: y.due, ...(direction ? { direction } : {}), words: (lang) => ({ before: describeDue(x.due, lang), after: describeDue(y.due, lang) }) });
  }
  if (x.applies !== y.applies) {
    changes.push({ kind: 'duty-applies', before: x.applies, after: y.applies, words: (lang) => ({ before: APPLIES_LABELS[x.applies][lang], after: APPLIES_LABELS[y.applies][lang] }) });
  }
  if (!sameJson(x.governs?.lines ?? null, y.governs?.lines ?? null) || (x.governs?.match ?? null) !== (y.governs?.match ?? null)) {
    changes.push({ kind: 'governs', before: x.governs ?? null, after: y.governs ?? null, words: (lang) => ({ before: governsWords(x.governs, lang), after: governsWords(y.governs, lang) }) });
  }
  return changes;
}

/** The words of an effect change: its template filled with the rule's title and each side. */
export function effectText(change: EffectChange, title: (lang: Lang) => string, direction?: ChangeDirection) {
  const template = {
    decides: DIFF_WORDS.decides,
    level: DIFF_WORDS.level,
    modes: DIFF_WORDS.modes,
    duty: DIFF_WORDS.duty,
    deadline: DIFF_WORDS.deadline,
    'duty-applies': DIFF_WORDS.dutyApplies,
    governs: DIFF_WORDS.governs,
  }[change.kind as 'decides'];
  return inBoth((lang) => {
    const said = fill(template[lang], { rule: title(lang), ...change.words(lang) });
    const note = direction === 'later' || direction === 'earlier' ? DIFF_WORDS[direction][lang] : '';
    return note ? `${said}${paren(note, lang)}` : said;
  });
}
