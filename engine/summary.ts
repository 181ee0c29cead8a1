// The answer in plain words, built only from the determination (so it can never say more than the rules), with the
// lexicon's templates (engine/lexicon/sentences.ts). A completion date binds only a required event; otherwise it is
// said as "if you neutralize, by …".
import type { Determination, DutyResult } from './determination.js';
import { SUMMARY } from './lexicon/sentences.js';
import { OBLIGATION_LABELS } from './lexicon/vocabulary.js';
import { clauses, fill, inline, labelled, paren } from './lexicon/words.js';

const COMPLETION_DUTIES = ['complete-neutralization', 'forestry-project-application', 'forestry-neutralization'];

function completionClause(d: Determination): string {
  const { lang } = d;
  const dated = d.duties.filter((x) => COMPLETION_DUTIES.includes(x.duty) && x.due);
  if (!dated.length) return '';
  const phrase = (x: DutyResult) => {
    const body = fill(SUMMARY.dueBy[lang], { due: x.due as string, duty: inline(x.title, lang) });
    const unconfirmed = x.citation.basis === 'unconfirmed' ? paren(SUMMARY.unconfirmedDeadline[lang], lang) : '';
    return x.governs ? labelled(x.governs.label, `${body}${unconfirmed}`, lang) : `${body}${unconfirmed}`;
  };
  const dates = clauses(dated.map(phrase), lang);
  return fill((d.obligation === 'required' ? SUMMARY.required : SUMMARY.ifNeutralizing)[lang], { dates });
}

export function summarize(d: Determination): string {
  const { lang } = d;
  const obligation = OBLIGATION_LABELS[d.obligation][lang];
  if (d.obligation === 'undetermined') {
    const open = d.undecided.find((u) => u.subject === 'obligation')?.missingFacts ?? [];
    const questions = d.questions.filter((q) => open.includes(q.fact)).map((q) => q.question);
    return fill(SUMMARY.undetermined[lang], { obligation, questions: questions.join(' ') });
  }
  const decisive = d.decidedBy?.level === d.obligation ? d.decidedBy : undefined;
  if (d.obligation === 'not-covered' && !decisive) return fill(SUMMARY.noRule[lang], { obligation });
  const cite = decisive ? paren(`${decisive.citation.document} ${decisive.citation.clause}`, lang) : '';
  return fill(SUMMARY.decided[lang], { obligation, cite, completion: completionClause(d) });
}
