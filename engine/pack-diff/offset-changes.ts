// The offset policies of two packs compared: instruments accepted or no longer accepted, their rank and standing, the
// conditions of eligibility of each (matched by kind of check), instruments excluded or no longer excluded, partial
// offsetting, instruments not listed, reuse, retirement and what is encouraged.
import { describeCheck } from '../eligibility-checks.js';
import { DIFF_WORDS } from '../lexicon/diff-explain.js';
import { INSTRUMENT_LABELS, STANDING_LABELS } from '../lexicon/vocabulary.js';
import { type BilingualText, clauses, fill } from '../lexicon/words.js';
import type { Citation } from '../citation-schema.js';
import type { AcceptedInstrument, EligibilityCheck, OffsetPolicy } from '../offset-policy-schema.js';
import type { Instrument, Lang } from '../vocabulary.js';
import { inBoth, type PackChange, sameJson } from './pack-change.js';

type Words = (lang: Lang) => Record<string, string | number>;

function change(
  kind: PackChange['kind'],
  template: BilingualText,
  words: Words,
  sides: { before?: unknown; after?: unknown; instrument?: Instrument; cited: { before?: Citation; after?: Citation } },
): PackChange {
  const { before, after, instrument, cited } = sides;
  return {
    area: 'offsets',
    kind,
    ...(instrument ? { instrument } : {}),
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    citations: { ...(cited.before ? { before: cited.before } : {}), ...(cited.after ? { after: cited.after } : {}) },
    text: inBoth((lang) => fill(template[lang], words(lang) as Record<string, string>)),
  };
}

const withoutCitation = (check: EligibilityCheck) => {
  const { citation: _cited, ...rest } = check;
  return rest;
};

/** The checks of each side paired by kind (the n-th check of a kind with the n-th of the same kind). */
function pairChecks(a: readonly EligibilityCheck[], b: readonly EligibilityCheck[]): [EligibilityCheck | undefined, EligibilityCheck | undefined][] {
  const kinds = [...new Set([...a, ...b].map((c) => c.check))];
  return kinds.flatMap((kind) => {
    const [as, bs] = [a.filter((c) => c.check === kind), b.filter((c) => c.check === kind)];
    return Array.from({ length: Math.max(as.length, bs.length) }, (_, i) => [as[i], bs[i]] as [EligibilityCheck | undefined, EligibilityCheck | undefined]);
  });
}

function instrumentChanges(a: AcceptedInstrument, b: AcceptedInstrument): PackChange[] {
  const name = (lang: Lang) => INSTRUMENT_LABELS[b.instrument][lang];
  const cited = { before: a.citation, after: b.citation };
  const changes: PackChange[] = [];
  const instrument = b.instrument;
  if (a.rank !== b.rank) changes.push(change('rank', DIFF_WORDS.rank, (lang) => ({ instrument: name(lang), before: a.rank, after: b.rank }), { before: a.rank, after: b.rank, instrument, cited }));
  if (a.standing !== b.standing) {
    const words: Words = (lang) => ({ instrument: name(lang), before: STANDING_LABELS[a.standing][lang], after: STANDING_LABELS[b.standing][lang] });
    changes.push(change('standing', DIFF_WORDS.standing, words, { before: a.standing, after: b.standing, instrument, cited }));
  }
  for (const [x, y] of pairChecks(a.eligibility, b.eligibility)) {
    const checks = { before: x?.citation, after: y?.citation };
    if (x && y) {
      if (sameJson(withoutCitation(x), withoutCitation(y))) continue;
      const words: Words = (lang) => ({ instrument: name(lang), before: describeCheck(x, lang), after: describeCheck(y, lang) });
      changes.push(change('eligibility-changed', DIFF_WORDS.eligibilityChanged, words, { before: x, after: y, instrument, cited: checks }));
    } else if (y) changes.push(change('eligibility-added', DIFF_WORDS.eligibilityAdded, (lang) => ({ instrument: name(lang), after: describeCheck(y, lang) }), { after: y, instrument, cited: checks }));
    else if (x) changes.push(change('eligibility-removed', DIFF_WORDS.eligibilityRemoved, (lang) => ({ instrument: name(lang), before: describeCheck(x, lang) }), { before: x, instrument, cited: checks }));
  }
  return changes;
}

function acceptedChanges(was: readonly AcceptedInstrument[], now: readonly AcceptedInstrument[]): PackChange[] {
  const instruments = [...new Set([...was, ...now].map((a) => a.instrument))];
  return instruments.flatMap((instrument) => {
    const [a, b] = [was.find((x) => x.instrument === instrument), now.find((x) => x.instrument === instrument)];
    const name = (lang: Lang) => INSTRUMENT_LABELS[instrument][lang];
    if (a && b) return instrumentChanges(a, b);
    if (b) {
      const words: Words = (lang) => ({ instrument: name(lang), rank: b.rank, standing: STANDING_LABELS[b.standing][lang] });
      return [change('instrument-added', DIFF_WORDS.instrumentAdded, words, { after: { rank: b.rank, standing: b.standing, eligibility: b.eligibility }, instrument, cited: { after: b.citation } })];
    }
    const gone = a as AcceptedInstrument;
    return [change('instrument-removed', DIFF_WORDS.instrumentRemoved, (lang) => ({ instrument: name(lang) }), { before: { rank: gone.rank, standing: gone.standing }, instrument, cited: { before: gone.citation } })];
  });
}

function excludedChanges(was: NonNullable<OffsetPolicy['excluded']>, now: NonNullable<OffsetPolicy['excluded']>): PackChange[] {
  const instruments = [...new Set([...was, ...now].map((x) => x.instrument))];
  return instruments.flatMap((instrument) => {
    const [a, b] = [was.find((x) => x.instrument === instrument), now.find((x) => x.instrument === instrument)];
    const name = (lang: Lang) => INSTRUMENT_LABELS[instrument][lang];
    if (a && b) return [];
    if (b) return [change('excluded-added', DIFF_WORDS.excludedAdded, (lang) => ({ instrument: name(lang), after: b.reason[lang] }), { after: { reason: b.reason }, instrument, cited: { after: b.citation } })];
    return [change('excluded-removed', DIFF_WORDS.excludedRemoved, (lang) => ({ instrument: name(lang) }), { before: { reason: a?.reason }, instrument, cited: { before: a?.citation } })];
  });
}

const stated = (present: boolean, lang: Lang) => (present ? DIFF_WORDS.stated : DIFF_WORDS.notStated)[lang];

function policyChanges(a: OffsetPolicy, b: OffsetPolicy): PackChange[] {
  const changes: PackChange[] = [];
  const [x, y] = [a.coverage?.partialAllowed, b.coverage?.partialAllowed];
  if (x !== y) {
    const say = (allowed: boolean | undefined, lang: Lang) => (allowed === undefined ? DIFF_WORDS.notStated : allowed ? DIFF_WORDS.partialAllowed : DIFF_WORDS.partialNotAllowed)[lang];
    changes.push(change('coverage', DIFF_WORDS.coverage, (lang) => ({ before: say(x, lang), after: say(y, lang) }), { before: x ?? null, after: y ?? null, cited: { before: a.coverage?.citation, after: b.coverage?.citation } }));
  }
  if (Boolean(a.unlisted) !== Boolean(b.unlisted)) {
    const say = (present: boolean, lang: Lang) => (present ? DIFF_WORDS.unlistedCount : DIFF_WORDS.unlistedDoNot)[lang];
    const words: Words = (lang) => ({ before: say(Boolean(a.unlisted), lang), after: say(Boolean(b.unlisted), lang) });
    changes.push(change('unlisted', DIFF_WORDS.unlisted, words, { before: Boolean(a.unlisted), after: Boolean(b.unlisted), cited: { before: a.unlisted?.citation, after: b.unlisted?.citation } }));
  }
  if (Boolean(a.noReuse) !== Boolean(b.noReuse)) {
    const words: Words = (lang) => ({ before: stated(Boolean(a.noReuse), lang), after: stated(Boolean(b.noReuse), lang) });
    changes.push(change('no-reuse', DIFF_WORDS.noReuse, words, { before: Boolean(a.noReuse), after: Boolean(b.noReuse), cited: { before: a.noReuse?.citation, after: b.noReuse?.citation } }));
  }
  const retirement = (p: OffsetPolicy) => (p.retirement ?? []).map((r) => ({ instruments: r.instruments, where: r.where }));
  if (!sameJson(retirement(a), retirement(b))) {
    const say = (p: OffsetPolicy, lang: Lang) => (p.retirement?.length ? clauses(p.retirement.map((r) => r.where[lang]), lang) : DIFF_WORDS.notStated[lang]);
    const words: Words = (lang) => ({ before: say(a, lang), after: say(b, lang) });
    changes.push(change('retirement', DIFF_WORDS.retirement, words, { before: retirement(a), after: retirement(b), cited: { before: a.retirement?.[0]?.citation, after: b.retirement?.[0]?.citation } }));
  }
  const [was, now] = [a.encouraged ?? [], b.encouraged ?? []];
  for (const e of now) if (!was.some((w) => w.id === e.id)) changes.push(change('encouraged-added', DIFF_WORDS.encouragedAdded, (lang) => ({ after: e.text[lang] }), { after: { id: e.id, text: e.text }, cited: { after: e.citation } }));
  for (const e of was) if (!now.some((w) => w.id === e.id)) changes.push(change('encouraged-removed', DIFF_WORDS.encouragedRemoved, (lang) => ({ before: e.text[lang] }), { before: { id: e.id, text: e.text }, cited: { before: e.citation } }));
  return changes;
}

export function offsetChanges(a: OffsetPolicy, b: OffsetPolicy): PackChange[] {
  return [...acceptedChanges(a.accepted ?? [], b.accepted ?? []), ...excludedChanges(a.excluded ?? [], b.excluded ?? []), ...policyChanges(a, b)];
}
