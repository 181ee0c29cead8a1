// One test of a condition tree in words, for this event: the fact by its name, its value, the operator (turned
// round when the test failed: `参与人数 199 < 200 人` for a failed `≥ 200`) and the threshold with its unit. A fact
// not given or not applying to the event's kind is said so, with what the test asks.
import { describeLeaf, describeTest, factLabel, valueWords } from '../describe-conditions.js';
import type { LeafNode } from '../conditions.js';
import { OPERATOR_WORDS } from '../lexicon/conditions.js';
import { EXPLAIN_STATUS, EXPLAIN_WORDS, NEGATED_OPERATOR_WORDS } from '../lexicon/diff-explain.js';
import { type DeclaredFacts, valueInline, withUnit } from '../lexicon/facts.js';
import { fill } from '../lexicon/words.js';
import type { Reading } from '../pack-schema.js';
import { READING_FACT_PREFIX } from '../readings.js';
import type { Lang } from '../vocabulary.js';
import type { ExplainStatus, FactSource } from './explanation.js';

export interface WordsContext {
  lang: Lang;
  facts: DeclaredFacts;
  readings: readonly Pick<Reading, 'id' | 'question' | 'options'>[];
}

type Leaf = Pick<LeafNode, 'fact' | 'operator' | 'value'>;

const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

export function testWords(leaf: Leaf, status: ExplainStatus, source: FactSource, value: unknown, ctx: WordsContext): string {
  const { lang, facts } = ctx;
  const said = describeLeaf(leaf, lang, facts, ctx.readings);
  if (leaf.fact.startsWith(READING_FACT_PREFIX)) {
    const reading = ctx.readings.find((r) => `${READING_FACT_PREFIX}${r.id}` === leaf.fact);
    if (status === 'held') return fill(EXPLAIN_WORDS.readingUsed[lang], { test: said });
    const option = reading?.options.find((o) => o.id === value)?.label[lang] ?? String(value);
    return fill(EXPLAIN_WORDS.reading[lang], { test: said, option });
  }
  const name = factLabel(leaf.fact, lang, facts);
  if (source === 'inapplicable') return fill(EXPLAIN_WORDS.inapplicable[lang], { fact: name, test: describeTest(leaf, lang, facts) });
  if (source === 'missing') return fill(EXPLAIN_WORDS.notGiven[lang], { fact: name, test: describeTest(leaf, lang, facts) });
  const words = status === 'failed' ? NEGATED_OPERATOR_WORDS : OPERATOR_WORDS;
  const operator = words[leaf.operator]?.[lang];
  const assumed = source === 'assumed' ? EXPLAIN_WORDS.assumed[lang] : '';
  // A test of an offset plan (its lines) is said with its outcome; a comparison of one value as a comparison.
  if (!operator || !isScalar(value) || leaf.operator === 'anyLineMatches') {
    return `${fill(EXPLAIN_WORDS.tested[lang], { test: said, status: EXPLAIN_STATUS[status][lang] })}${assumed}`;
  }
  const compared = fill(EXPLAIN_WORDS.compared[lang], {
    fact: name,
    value: valueInline(leaf.fact, value, lang, facts),
    operator,
    threshold: withUnit(valueWords(leaf.value, leaf.fact, lang, facts), leaf.fact, lang, facts),
  });
  return `${compared}${assumed}`;
}
