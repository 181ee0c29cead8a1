// The answer in plain words, built only from the determination (so it can never say more than the rules).
// A completion date binds only a required event; otherwise it is said as "if you neutralize, by …".
import type { Determination, DutyResult } from './determination.js';
import { OBLIGATION_LABELS } from './labels.js';

const COMPLETION_DUTIES = ['complete-neutralization', 'forestry-project-application', 'forestry-neutralization'];

function completionClause(d: Determination): string {
  const zh = d.lang === 'zh';
  const dated = d.duties.filter((x) => COMPLETION_DUTIES.includes(x.duty) && x.due);
  if (!dated.length) return '';
  const unconfirmed = (x: DutyResult) =>
    x.citation.basis === 'unconfirmed' ? (zh ? '（该期限未经原文核实）' : ' (a deadline not verified in the source text)') : '';
  const phrase = (x: DutyResult) => {
    const what = x.duty === 'complete-neutralization' ? (zh ? '完成碳中和' : 'complete neutralization') : x.title;
    const body = zh ? `最迟于 ${x.due} ${what}` : `${what} by ${x.due}`;
    const scope = x.governs ? (zh ? `${x.governs.label}：` : `${x.governs.label}: `) : '';
    return `${scope}${body}${unconfirmed(x)}`;
  };
  const parts = dated.map(phrase).join(zh ? '；' : '; ');
  if (d.obligation === 'required') return zh ? `，${parts}` : `; ${parts}`;
  return zh ? `；如实施碳中和，${parts}` : `; if you neutralize: ${parts}`;
}

export function summarize(d: Determination): string {
  const zh = d.lang === 'zh';
  const head = OBLIGATION_LABELS[d.obligation][d.lang];
  const decisive = d.reasons.find((r) => r.decides === `obligation:${d.obligation}`);
  const source = decisive ? `${decisive.citation.document} ${decisive.citation.clause}` : '';
  const cite = source ? (zh ? `（${source}）` : ` (${source})`) : '';
  if (d.obligation === 'undetermined') {
    const asks = d.questions.filter((q) => d.undecided.find((u) => u.subject === 'obligation')?.missingFacts.includes(q.fact));
    const words = asks.map((q) => q.question);
    return zh ? `${head}：请回答 ${words.join(' ')}` : `${head}: please answer: ${words.join(' ')}`;
  }
  if (d.obligation === 'not-covered' && !decisive) {
    return zh ? `${head}：本政策没有适用于该活动的规则。` : `${head}: no rule of this policy applies to the event.`;
  }
  return zh ? `${head}${cite}${completionClause(d)}。` : `${head}${cite}${completionClause(d)}.`;
}
