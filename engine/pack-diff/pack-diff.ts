// diffPacks(before, after): what changed between two resolved packs (two packs, or two versions of one, each with its
// bases), in the parts that change answers: thresholds and conditions, obligation levels, duties and deadlines,
// confirmation, offset ranking and eligibility, contested readings and assumptions. Titles, documents and notes are
// not changes; each change carries each side's citation. Listed by area, in the packs' order within an area.
import type { ResolvedPack } from '../resolved-pack.js';
import { offsetChanges } from './offset-changes.js';
import { DIFF_AREA_ORDER, type DiffSide, type PackChange, type PackDiff } from './pack-change.js';
import { assumptionChanges, readingsChanges } from './reading-changes.js';
import { rulesChanges } from './rule-changes.js';

function sideOf(pack: ResolvedPack): DiffSide {
  return { id: pack.id, version: pack.version, title: pack.title, chain: pack.chain, inForce: pack.inForce };
}

export function diffPacks(before: ResolvedPack, after: ResolvedPack): PackDiff {
  const changes: PackChange[] = [
    ...rulesChanges(before, after),
    ...offsetChanges(before.offsets, after.offsets),
    ...readingsChanges(before, after),
    ...assumptionChanges(before, after),
  ];
  const rank = (c: PackChange) => DIFF_AREA_ORDER.indexOf(c.area);
  // A stable sort: within an area, the packs' own order is kept.
  const ordered = changes.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i).map(({ c }) => c);
  return { before: sideOf(before), after: sideOf(after), changes: ordered };
}
