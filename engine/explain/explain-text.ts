// An explanation as lines of text for a terminal: each rule with its status, what decided it, and its condition tree
// indented (✓ held, ✗ failed, ? unknown), then its clause. Words only: no rule id, fact path or code.
import { INTERFACE_WORDS } from '../lexicon/interface.js';
import { EXPLAIN_STATUS, EXPLAIN_WORDS } from '../lexicon/diff-explain.js';
import { basisWords } from '../lexicon/vocabulary.js';
import { clauses, labelled, paren } from '../lexicon/words.js';
import type { Citation } from '../citation-schema.js';
import type { Lang } from '../vocabulary.js';
import type { ExplainedNode, ExplainedRule, ExplainStatus, Explanation } from './explanation.js';

const MARKS: Record<ExplainStatus, string> = { held: '✓', failed: '✗', unknown: '?' };

export function citationWords(citation: Citation, lang: Lang): string {
  return `${citation.document} ${citation.clause}${paren(basisWords(citation.basis, lang), lang)}`;
}

function treeLines(root: ExplainedNode, indent: string, lang: Lang): string[] {
  const lines: string[] = [];
  const stack: { node: ExplainedNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop() as { node: ExplainedNode; depth: number };
    const pad = `${indent}${'  '.repeat(depth)}`;
    if (node.type === 'test') {
      lines.push(`${pad}${MARKS[node.status]} ${node.text}`);
      continue;
    }
    lines.push(`${pad}${MARKS[node.status]} ${labelled(node.text, EXPLAIN_STATUS[node.status][lang], lang)}`);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as ExplainedNode, depth: depth + 1 });
  }
  return lines;
}

export function ruleLines(rule: ExplainedRule, lang: Lang): string[] {
  const head = `${MARKS[rule.status]} ${EXPLAIN_STATUS[rule.status][lang]} · ${rule.title}${paren(rule.decidesText, lang)}`;
  const lines = [head];
  if (rule.because.length) lines.push(`    ${labelled(EXPLAIN_WORDS.because[lang], clauses(rule.because, lang), lang)}`);
  lines.push(...treeLines(rule.conditions, '    ', lang));
  lines.push(`    ${labelled(INTERFACE_WORDS.clause[lang], citationWords(rule.citation, lang), lang)}`);
  return lines;
}

export function renderExplanation(explanation: Explanation): string {
  const { lang } = explanation;
  const lines = [
    EXPLAIN_WORDS.heading[lang],
    labelled(EXPLAIN_WORDS.asOf[lang], explanation.asOf ?? EXPLAIN_WORDS.asOfUnknown[lang], lang),
    ...explanation.notes,
  ];
  for (const rule of explanation.rules) lines.push('', ...ruleLines(rule, lang));
  return `${lines.join('\n')}\n`;
}
