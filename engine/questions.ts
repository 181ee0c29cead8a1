// The questions that would decide an undetermined answer: the pack's own words for its facts, and the engine's
// words (engine/lexicon/sentences.ts) for the facts every answer may need (dates, emissions, a line of the offset
// plan). Each question also names its fact in words (`label`), so nothing shows a fact path.
import type { Question } from './determination.js';
import { factName, lineFact, UNNAMED_FACT } from './lexicon/facts.js';
import { GENERIC_QUESTION, LINE_QUESTIONS, QUESTIONS, UNKNOWN_QUESTION } from './lexicon/sentences.js';
import { fill } from './lexicon/words.js';
import type { FactDeclaration } from './pack-schema.js';
import type { Lang } from './vocabulary.js';

function question(fact: string, declared: readonly FactDeclaration[], lang: Lang): string {
  const decl = declared.find((f) => f.name === fact);
  if (decl) return decl.question[lang];
  const line = lineFact(fact);
  if (line) {
    const template = LINE_QUESTIONS[line.field];
    return template ? fill(template[lang], { n: line.index + 1 }) : fill(GENERIC_QUESTION[lang], { fact: factName(fact, lang) });
  }
  const generic = QUESTIONS[fact];
  if (generic) return generic[lang];
  const name = factName(fact, lang, declared);
  return name === fact ? UNKNOWN_QUESTION[lang] : fill(GENERIC_QUESTION[lang], { fact: name });
}

export function questionsFor(facts: string[], declared: readonly FactDeclaration[], lang: Lang): Question[] {
  return facts.map((fact) => {
    const name = factName(fact, lang, declared);
    return { fact, question: question(fact, declared, lang), label: name === fact ? UNNAMED_FACT[lang] : name };
  });
}
