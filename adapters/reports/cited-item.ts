// The unit every report is made of: words taken from a pack, with the clauses they rest on.
import { BASIS_LABELS, type Citation, type Lang, type Period } from '../../engine/index.js';
import { word } from './report-words.js';

export interface CitedItem {
  /** The words shown, built from the pack's data (never written about a province by hand). */
  text: string;
  /** Every clause the words rest on; at least one for anything a pack decides. */
  citations: Citation[];
  /** The rule the item comes from, when it comes from a rule. */
  rule?: string;
  /** The base pack the rule was written in, when it is inherited. */
  origin?: string;
  /** The period of a dated rule version. */
  inForce?: Period;
}

/**
 * Whether a citation's `zh` may stand in quotation marks (“…”, <q>, <blockquote>): only when it is the source's
 * own words (`wording` verbatim, or absent). A paraphrase is never quoted; it is shown with `paraphraseMark`.
 * The one place this is decided, for the reports and the pages alike.
 */
export function isQuotable(citation: Pick<Citation, 'zh' | 'wording'>): boolean {
  return citation.wording !== 'paraphrase';
}

/** The mark a paraphrase carries instead of quotation marks: `（大意）` / `(paraphrase)`. */
export function paraphraseMark(lang: Lang): string {
  return word('paraphrase', lang);
}

/** A citation's Chinese words as text: `“…”` when verbatim, else unquoted and marked (`…（大意）`, `… (paraphrase)`). */
export function citedWords(citation: Pick<Citation, 'zh' | 'wording'>, lang: Lang): string {
  if (isQuotable(citation)) return `“${citation.zh}”`;
  return lang === 'zh' ? `${citation.zh}${paraphraseMark(lang)}` : `${citation.zh} ${paraphraseMark(lang)}`;
}

/** One citation on one line, as CSV cells and plain lists give it: `渝环〔2025〕21号 四（三） (text): 活动碳中和……` in
 * English, `渝环〔2025〕21号 四（三）（原文）：活动碳中和……` in Chinese; a paraphrase says so: `(text, paraphrase)`. */
export function citationLine(citation: Citation, lang: Lang = 'en'): string {
  if (lang === 'en') {
    const basis = isQuotable(citation) ? citation.basis : `${citation.basis}, paraphrase`;
    return `${citation.document} ${citation.clause} (${basis}): ${citation.zh}`;
  }
  const basis = BASIS_LABELS[citation.basis].zh;
  const marked = isQuotable(citation) ? basis : `${basis}，${paraphraseMark('zh').replace(/[（）]/g, '')}`;
  return `${citation.document} ${citation.clause}（${marked}）：${citation.zh}`;
}
