// The rules of two packs compared, matched by id (a rule id's dated versions in order): rules added and removed, a
// version's period moved, thresholds and conditions changed, what it decides changed; a rule whose substance is the
// same but whose citation changed is listed under the citations.
import type { ConditionNode } from '../conditions.js';
import { describeConditions, describeLeaf } from '../describe-conditions.js';
import { decidesWords } from '../explain/explain.js';
import { DIFF_WORDS } from '../lexicon/diff-explain.js';
import { fill, paren } from '../lexicon/words.js';
import type { Period } from '../pack-schema.js';
import type { PlacedRule, ResolvedPack } from '../resolved-pack.js';
import type { Lang } from '../vocabulary.js';
import { thresholdChanges } from './condition-changes.js';
import { areaOf, effectChanges, effectText } from './effect-changes.js';
import { inBoth, type PackChange, sameJson } from './pack-change.js';

const conditionsOf = (rule: PlacedRule) => rule.conditions as unknown as ConditionNode;

function byId(rules: readonly PlacedRule[]): Map<string, PlacedRule[]> {
  const map = new Map<string, PlacedRule[]>();
  for (const rule of rules) map.set(rule.id, [...(map.get(rule.id) ?? []), rule]);
  return map;
}

function periodWords(period: Period | undefined, lang: Lang): string {
  if (!period) return DIFF_WORDS.wholePeriod[lang];
  return fill(DIFF_WORDS.period[lang], { from: period.from, until: period.until ?? '…' });
}

/** A rule in words: its conditions and what it decides. */
function ruleWords(rule: PlacedRule, pack: ResolvedPack, lang: Lang): string {
  return `${describeConditions(conditionsOf(rule), lang, pack.facts, pack.readings)}${paren(decidesWords(rule, pack, lang), lang)}`;
}

function ruleChanges(a: PlacedRule, b: PlacedRule, before: ResolvedPack, after: ResolvedPack): PackChange[] {
  const area = areaOf(b);
  const base = { area, rule: b.id, citations: { before: a.citation, after: b.citation } };
  const title = (lang: Lang) => b.title[lang];
  const changes: PackChange[] = [];
  if (!sameJson(a.inForce ?? null, b.inForce ?? null)) {
    const text = inBoth((lang) => fill(DIFF_WORDS.rulePeriod[lang], { rule: title(lang), before: periodWords(a.inForce, lang), after: periodWords(b.inForce, lang) }));
    changes.push({ ...base, kind: 'rule-period', before: a.inForce ?? null, after: b.inForce ?? null, text });
  }
  if (!sameJson(a.conditions, b.conditions)) {
    const thresholds = thresholdChanges(conditionsOf(a), conditionsOf(b));
    if (thresholds) {
      for (const t of thresholds) {
        const side = (leaf: typeof t.before, pack: ResolvedPack, lang: Lang) => describeLeaf(leaf, lang, pack.facts, pack.readings);
        const text = inBoth((lang) => {
          const said = fill(DIFF_WORDS.threshold[lang], { rule: title(lang), before: side(t.before, before, lang), after: side(t.after, after, lang) });
          return t.direction ? `${said}${paren(DIFF_WORDS[t.direction as 'wider' | 'narrower'][lang], lang)}` : said;
        });
        const leaf = (l: typeof t.before) => ({ fact: l.fact, operator: l.operator, value: l.value });
        changes.push({ ...base, kind: 'threshold', path: t.path, before: leaf(t.before), after: leaf(t.after), ...(t.direction ? { direction: t.direction } : {}), text });
      }
    } else {
      const say = (rule: PlacedRule, pack: ResolvedPack, lang: Lang) => describeConditions(conditionsOf(rule), lang, pack.facts, pack.readings);
      const text = inBoth((lang) => fill(DIFF_WORDS.conditions[lang], { rule: title(lang), before: say(a, before, lang), after: say(b, after, lang) }));
      changes.push({ ...base, kind: 'conditions', before: a.conditions, after: b.conditions, text });
    }
  }
  for (const effect of effectChanges(a, b, before, after)) {
    const { kind, before: was, after: now, direction } = effect;
    changes.push({ ...base, kind, before: was, after: now, ...(direction ? { direction } : {}), text: effectText(effect, title, direction) });
  }
  if (!changes.length && !sameJson(a.citation, b.citation)) {
    const cite = (rule: PlacedRule) => `${rule.citation.document} ${rule.citation.clause}`;
    const text = inBoth((lang) => fill(DIFF_WORDS.citation[lang], { rule: title(lang), before: cite(a), after: cite(b) }));
    changes.push({ ...base, area: 'citations', kind: 'citation', before: a.citation, after: b.citation, text });
  }
  return changes;
}

export function rulesChanges(before: ResolvedPack, after: ResolvedPack): PackChange[] {
  const [was, now] = [byId(before.rules), byId(after.rules)];
  const ids = [...new Set([...was.keys(), ...now.keys()])];
  const changes: PackChange[] = [];
  for (const id of ids) {
    const [as, bs] = [was.get(id) ?? [], now.get(id) ?? []];
    for (let i = 0; i < Math.max(as.length, bs.length); i++) {
      const [a, b] = [as[i], bs[i]];
      if (a && b) changes.push(...ruleChanges(a, b, before, after));
      else if (a) {
        const text = inBoth((lang) => fill(DIFF_WORDS.ruleRemoved[lang], { rule: a.title[lang], before: ruleWords(a, before, lang) }));
        changes.push({ area: areaOf(a), kind: 'rule-removed', rule: id, before: { conditions: a.conditions, decides: a.decides, inForce: a.inForce ?? null }, citations: { before: a.citation }, text });
      } else if (b) {
        const text = inBoth((lang) => fill(DIFF_WORDS.ruleAdded[lang], { rule: b.title[lang], after: ruleWords(b, after, lang) }));
        changes.push({ area: areaOf(b), kind: 'rule-added', rule: id, after: { conditions: b.conditions, decides: b.decides, inForce: b.inForce ?? null }, citations: { after: b.citation }, text });
      }
    }
  }
  return changes;
}
