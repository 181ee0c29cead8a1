// The headings every rendering of a report shares: its title, the date, and what each pack column is.
import type { Citation, Lang } from '../../engine/index.js';
import { BASIS_WORDS } from '../render/words.js';
import { citedWords } from './cited-item.js';
import type { PackColumn } from './pack-column.js';
import type { Report } from './report.js';
import { labelled, periodWords, word } from './report-words.js';

export function reportTitle(report: Report): string {
  const key = report.kind === 'compare' ? 'compareTitle' : report.kind === 'matrix' ? 'matrixTitle' : 'sweepTitle';
  return word(key, report.lang);
}

/** `As of 2026-11-21` */
export function asOfLine(report: Report): string {
  return labelled(word('asOf', report.lang), report.asOf ?? word('asOfEvent', report.lang), report.lang);
}

/** `cn-sichuan 1.0.0` */
export function packHeading(pack: PackColumn): string {
  return `${pack.id} ${pack.version}`;
}

/** `四川省 · 四川省积极有序推广和规范碳中和方案 · 自 2021-03-29 起施行 · 继承 cn-national` */
export function packDetails(pack: PackColumn, lang: Lang): string {
  const parts = [pack.jurisdiction, pack.title, periodWords(pack.inForce, lang)];
  if (pack.bases.length) parts.push(`${word('extends', lang)} ${pack.bases.join(' → ')}`);
  return parts.join(' · ');
}

/** A citation in full, for the list at the end: `渝环〔2025〕21号 四（三） (text): “…”` (a paraphrase unquoted and
 * marked), with the English note in English. */
export function footnoteText(citation: Citation, lang: Lang): string {
  const basis = BASIS_WORDS[citation.basis][lang];
  const words = citedWords(citation, lang);
  const head = lang === 'zh' ? `${citation.document} ${citation.clause}（${basis}）：${words}` : `${citation.document} ${citation.clause} (${basis}): ${words}`;
  return lang === 'en' ? `${head} — ${citation.en}` : head;
}
