// The parts of a Determination read straight from the pack and the rules that hold: reasons, confirmation routes,
// the offset policy, the process, and the inherited rules the pack removed. Words are the pack's, in `lang`.
import type { Determination, OffsetCheck, Reason, RemovedRule } from './determination.js';
import { describeCheck } from './eligibility-checks.js';
import { PHASE_LABELS } from './lexicon/vocabulary.js';
import type { OffsetPolicy } from './offset-policy-schema.js';
import type { PlacedRule, ResolvedPack } from './resolved-pack.js';
import type { RuleOutcome } from './rule-outcomes.js';
import { modeLabel } from './terms.js';
import type { Lang } from './vocabulary.js';

export function reasonOf(rule: PlacedRule, lang: Lang): Reason {
  const d = rule.decides;
  const decides =
    d.type === 'obligation'
      ? `obligation:${d.level}`
      : d.type === 'duty'
        ? `duty:${d.duty}`
        : `confirmation:${d.modes.join('+')}`;
  const level = d.type === 'obligation' ? { level: d.level } : {};
  return { rule: rule.id, title: rule.title[lang], decides, ...level, origin: rule.origin, citation: rule.citation };
}

/** One route per mode, from the first rule that holds and names it; a declared mode's label is its pack's. */
export function confirmationOf(holds: RuleOutcome[], pack: ResolvedPack, lang: Lang): Determination['confirmation'] {
  const routes: Determination['confirmation']['routes'] = [];
  for (const o of holds) {
    if (o.rule.decides.type !== 'confirmation') continue;
    for (const mode of o.rule.decides.modes) {
      if (!routes.some((r) => r.mode === mode)) routes.push({ mode, label: modeLabel(pack, mode)[lang], rule: o.rule.id, citation: o.rule.citation });
    }
  }
  return { modes: routes.map((r) => r.mode), routes };
}

export function offsetsOf(policy: OffsetPolicy, check: OffsetCheck | undefined, lang: Lang): Determination['offsets'] {
  return {
    accepted: [...(policy.accepted ?? [])]
      .sort((a, b) => a.rank - b.rank)
      .map((a) => ({
        instrument: a.instrument,
        rank: a.rank,
        standing: a.standing,
        label: a.label[lang],
        citation: a.citation,
        conditions: a.eligibility.map((c) => ({ check: c.check, text: describeCheck(c, lang), citation: c.citation })),
      })),
    excluded: (policy.excluded ?? []).map((x) => ({ instrument: x.instrument, reason: x.reason[lang], citation: x.citation })),
    encouraged: (policy.encouraged ?? []).map((e) => ({ id: e.id, text: e.text[lang], citation: e.citation })),
    retirement: (policy.retirement ?? []).map((r) => ({
      instruments: r.instruments,
      where: r.where[lang],
      citation: r.citation,
    })),
    ...(policy.unlisted ? { unlisted: { reason: policy.unlisted.reason[lang], citation: policy.unlisted.citation } } : {}),
    ...(check ? { check } : {}),
  };
}

export function processOf(pack: ResolvedPack, lang: Lang): Determination['process'] {
  return pack.process.map((s) => ({
    id: s.id,
    phase: s.phase,
    phaseLabel: PHASE_LABELS[s.phase][lang],
    title: s.title[lang],
    detail: s.detail?.[lang],
    channel: s.channel?.[lang],
    citation: s.citation,
  }));
}

/** The inherited rules the chain removed, each with why; empty when it removes none. */
export function removedOf(pack: ResolvedPack, lang: Lang): RemovedRule[] {
  return pack.removed.flatMap((r) => {
    const first = r.versions[0];
    if (!first) return [];
    return [{ rule: r.rule, title: first.title[lang], origin: first.origin, removedBy: r.by, citation: r.citation }];
  });
}
