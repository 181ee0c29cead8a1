// A pack diff as text for a person: the two sides, the number of changes, then each area's changes with each side's
// citation. Words only (the JSON has the codes).
import { citationWords } from '../explain/explain-text.js';
import { DIFF_AREAS, DIFF_WORDS } from '../lexicon/diff-explain.js';
import { fill, labelled } from '../lexicon/words.js';
import type { Lang } from '../vocabulary.js';
import { DIFF_AREA_ORDER, type DiffSide, type PackDiff } from './pack-change.js';

const sideWords = (side: DiffSide, lang: Lang) => fill(DIFF_WORDS.side[lang], { title: side.title[lang], id: side.id, version: side.version });

export function diffHeading(diff: PackDiff, lang: Lang): string {
  return fill(DIFF_WORDS.heading[lang], { before: sideWords(diff.before, lang), after: sideWords(diff.after, lang) });
}

export function diffCount(diff: PackDiff, lang: Lang): string {
  const n = diff.changes.length;
  return n ? fill(DIFF_WORDS.count[lang], { n, s: n === 1 ? '' : 's' }) : DIFF_WORDS.none[lang];
}

export function renderDiff(diff: PackDiff, lang: Lang): string {
  const lines = [diffHeading(diff, lang), diffCount(diff, lang)];
  for (const area of DIFF_AREA_ORDER) {
    const changes = diff.changes.filter((c) => c.area === area);
    if (!changes.length) continue;
    lines.push('', DIFF_AREAS[area][lang]);
    for (const change of changes) {
      lines.push(`  - ${change.text[lang]}`);
      const { before, after } = change.citations;
      if (before) lines.push(`    ${labelled(DIFF_WORDS.citedBefore[lang], citationWords(before, lang), lang)}`);
      if (after) lines.push(`    ${labelled(DIFF_WORDS.citedAfter[lang], citationWords(after, lang), lang)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
