// The answer in plain words, built only from the determination (so it can never say more than the rules).
import type { Determination } from './determination.js';
import { OBLIGATION_LABELS } from './labels.js';

export function summarize(d: Determination): string {
  const zh = d.lang === 'zh';
  const head = OBLIGATION_LABELS[d.obligation][d.lang];
  const decisive = d.reasons.find((r) => r.decides === `obligation:${d.obligation}`);
  const source = decisive ? `${decisive.citation.document} ${decisive.citation.clause}` : '';
  const cite = source ? (zh ? `（${source}）` : ` (${source})`) : '';
  if (d.obligation === 'undetermined') {
    const facts = d.undecided.find((u) => u.subject === 'obligation')?.missingFacts ?? [];
    return zh ? `${head}：请补充 ${facts.join('、')}。` : `${head}: please provide ${facts.join(', ')}.`;
  }
  if (d.obligation === 'not-covered' && !decisive) {
    return zh ? `${head}：本政策没有适用于该活动的规则。` : `${head}: no rule of this policy applies to the event.`;
  }
  const dated = d.duties.find((x) => x.duty === 'complete-neutralization' && x.due);
  const unconfirmed = dated?.citation.basis === 'unconfirmed' ? (zh ? '（该期限未经原文核实）' : ' (a deadline not verified in the source text)') : '';
  const due = dated ? (zh ? `，最迟于 ${dated.due} 完成碳中和${unconfirmed}` : `; complete neutralization by ${dated.due}${unconfirmed}`) : '';
  return zh ? `${head}${cite}${due}。` : `${head}${cite}${due}.`;
}
