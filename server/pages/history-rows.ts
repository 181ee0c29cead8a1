// A pack's history as a bureau reads it: for each threshold and deadline (a rule that tests an event's size, sets a
// due date, or holds only for a dated period), what it was in each period, across the pack's published versions and
// its dated rule versions, with the dates each took effect and whether it changed from the period before.
import type { PackRegistry } from '../../app/registry.js';
import type { PackVersion } from '../../app/pack-source.js';
import { type CalendarDate, type Citation, type Lang, list, type ResolvedPack } from '../../engine/index.js';
import { type ConditionNode, leavesOf } from '../../engine/conditions.js';
import { describeConditions, describeTest } from '../../engine/describe-conditions.js';
import { describeDue } from '../../engine/due-date.js';
import type { PlacedRule } from '../../engine/resolved-pack.js';

const SIZE_FACTS = new Set(['attendees', 'floorAreaM2', 'extra.onSiteAttendees']);
const COMPARISONS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

export interface HistoryRow {
  from: CalendarDate;
  /** The last day, inclusive; undefined: open-ended. */
  until?: CalendarDate;
  /** The pack versions this row holds in. */
  versions: string[];
  title: string;
  /** The threshold (`≥ 200 人`) or the deadline (`活动结束后1个月内`) in words. */
  value: string;
  /** The rule's conditions in words: who, and when. */
  conditions: string;
  citation: Citation;
  /** Differs from the row before it (value or conditions). */
  changed: boolean;
}

export interface HistoryItem {
  ruleId: string;
  title: string;
  rows: HistoryRow[];
}

const dayBefore = (date: CalendarDate): CalendarDate => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** A threshold or deadline of a rule in words, or undefined when the rule has neither. */
function valueOf(rule: PlacedRule, pack: ResolvedPack, lang: Lang): string | undefined {
  if (rule.decides.type === 'duty') return describeDue(rule.decides.due, lang);
  const tests = leavesOf(rule.conditions as unknown as ConditionNode)
    .filter((leaf) => SIZE_FACTS.has(leaf.fact) && COMPARISONS.has(leaf.operator) && typeof leaf.value === 'number')
    .map((leaf) => describeTest(leaf, lang, pack.facts));
  return tests.length ? list([...new Set(tests)], lang) : undefined;
}

interface Version {
  version: string;
  /** The content hashes of its compiled chain (its bases first). */
  chain: string;
  from: CalendarDate;
  until?: CalendarDate;
  pack: ResolvedPack;
}

/** The published versions of a pack with the period each was in effect, compiled as of its first day. */
function versionsInEffect(registry: PackRegistry, id: string, published: PackVersion[]): Version[] {
  const dated = published.filter((v) => v.effectiveFrom).sort((a, b) => ((a.effectiveFrom as string) < (b.effectiveFrom as string) ? -1 : 1));
  return dated.flatMap((v, i) => {
    const resolved = registry.resolve(id, v.effectiveFrom as string, v.version);
    if (resolved.kind !== 'ok') return [];
    const next = dated[i + 1]?.effectiveFrom;
    const chain = resolved.resolved.chain.map((link) => link.contentHash).join('>');
    return [{ version: v.version, chain, from: v.effectiveFrom as string, until: next ? dayBefore(next) : undefined, pack: resolved.resolved.compiled.pack }];
  });
}

/**
 * Histories already derived, by language and the periods and chains (content hashes) of the versions: published
 * versions never change, so a pack's history changes only when a version is published or a base's version in effect
 * changes. Bounded: cleared when full.
 */
const HISTORIES = new Map<string, HistoryItem[]>();
const HISTORIES_MAX = 256;

/** The history of each threshold and deadline of pack `id`, in the order of the newest version's rules. */
export function packHistory(registry: PackRegistry, id: string, published: PackVersion[], lang: Lang): HistoryItem[] {
  const versions = versionsInEffect(registry, id, published);
  const key = [lang, ...versions.map((v) => `${v.version}@${v.from}..${v.until ?? ''}:${v.chain}`)].join('\u0000');
  const known = HISTORIES.get(key);
  if (known) return known;
  const history = historyOf(versions, lang);
  if (HISTORIES.size >= HISTORIES_MAX) HISTORIES.clear();
  HISTORIES.set(key, history);
  return history;
}

function historyOf(versions: Version[], lang: Lang): HistoryItem[] {
  const items = new Map<string, HistoryItem>();
  for (const v of versions) {
    for (const rule of v.pack.rules) {
      const value = valueOf(rule, v.pack, lang);
      if (value === undefined && !rule.inForce) continue;
      const from = rule.inForce && rule.inForce.from > v.from ? rule.inForce.from : v.from;
      const until = [rule.inForce?.until, v.until].filter((d): d is string => Boolean(d)).sort()[0];
      if (until && until < from) continue;
      const item = items.get(rule.id) ?? { ruleId: rule.id, title: rule.title[lang], rows: [] };
      items.set(rule.id, item);
      const row: HistoryRow = {
        from,
        until,
        versions: [v.version],
        title: rule.title[lang],
        value: value ?? '—',
        conditions: describeConditions(rule.conditions as unknown as ConditionNode, lang, v.pack.facts, v.pack.readings),
        citation: rule.citation,
        changed: false,
      };
      item.title = row.title;
      item.rows.push(row);
    }
  }
  for (const item of items.values()) item.rows = merged(item.rows);
  return [...items.values()];
}

/** Rows in date order; a row that continues the one before it unchanged (the next version kept it) is one row. */
function merged(rows: HistoryRow[]): HistoryRow[] {
  const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: HistoryRow[] = [];
  for (const row of sorted) {
    const last = out.at(-1);
    const same = last && last.value === row.value && last.conditions === row.conditions;
    if (last && same && last.until && dayBefore(row.from) === last.until) {
      last.until = row.until;
      for (const v of row.versions) if (!last.versions.includes(v)) last.versions.push(v);
      continue;
    }
    out.push({ ...row, changed: Boolean(last && !same) });
  }
  return out;
}
