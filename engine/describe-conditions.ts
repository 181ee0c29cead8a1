// A rule's condition tree in words, for reports and pages: `活动类型 = 展览，展览面积 ≥ 10000 m²` in Chinese,
// `event kind = exhibition, floor area ≥ 10000 m²` in English. Facts and values are named by the lexicon (no fact
// path and no code is shown), a custom fact (pack format 2) by its declaration: pass the pack's `facts` for their
// label and unit, and its `readings` to name the contested readings a rule reads.
import { type ConditionNode, foldConditions, isLeaf, type LeafNode } from './conditions.js';
import { CONDITION_WORDS, OPERATOR_WORDS } from './lexicon/conditions.js';
import { type DeclaredFacts, FACT_LABELS, factName, LINE_FIELD_LABELS, valueInline, valueName, withUnit } from './lexicon/facts.js';
import { type BilingualText, fill, list } from './lexicon/words.js';
import type { Reading } from './pack-schema.js';
import { READING_FACT_PREFIX } from './readings.js';
import type { Lang } from './vocabulary.js';

/** The facts' names (the lexicon's table, engine/lexicon/facts.ts). */
export { FACT_LABELS };

/** The readings a description may name: the option a rule reads, by its label. */
type Readings = readonly Pick<Reading, 'id' | 'question' | 'options'>[] | undefined;

/** The name of a fact: the catalogue's, or a custom fact's declared label; an undeclared one keeps its path. */
export function factLabel(fact: string, lang: Lang, facts?: DeclaredFacts): string {
  return factName(fact, lang, facts);
}

/** A value of a fact in words: its name in either language (`soe` -> 国有企业 / State-owned enterprise). */
export function valueLabel(field: string, value: string | number | boolean, lang: Lang, facts?: DeclaredFacts): string {
  return valueName(field, value, lang, facts);
}

const say = (text: BilingualText, lang: Lang, values: Record<string, string> = {}) => fill(text[lang], values);

/** A condition's value in words: one value, or a set of them (`{甲、乙}`). */
export function valueWords(value: unknown, field: string, lang: Lang, facts?: DeclaredFacts): string {
  if (Array.isArray(value)) return say(CONDITION_WORDS.set, lang, { items: list(value.map((v) => valueInline(field, v, lang, facts)), lang) });
  return valueInline(field, value, lang, facts);
}

function linePattern(pattern: unknown, lang: Lang): string {
  if (typeof pattern !== 'object' || pattern === null || Array.isArray(pattern)) return valueWords(pattern, 'offsets', lang);
  const parts = Object.entries(pattern).map(([field, expected]) => {
    const name = LINE_FIELD_LABELS[field]?.[lang] ?? field;
    const operator = Array.isArray(expected) ? '∈' : '=';
    return `${name} ${operator} ${valueWords(expected, field, lang)}`;
  });
  return say(CONDITION_WORDS.someLine, lang, { tests: parts.join(CONDITION_WORDS.lineAnd[lang]) });
}

/** A test of a contested reading: `按“自公开发布日起”解读`; several options are read as alternatives. */
function readingTest(leaf: Pick<LeafNode, 'fact' | 'operator' | 'value'>, lang: Lang, readings: Readings): string {
  const reading = readings?.find((r) => `${READING_FACT_PREFIX}${r.id}` === leaf.fact);
  const label = (id: unknown) => reading?.options.find((o) => o.id === id)?.label[lang] ?? String(id);
  const options = Array.isArray(leaf.value) ? leaf.value.map(label) : [label(leaf.value)];
  const negated = leaf.operator === 'notEqual' || leaf.operator === 'notIn';
  return options.map((option) => say(negated ? CONDITION_WORDS.notReading : CONDITION_WORDS.reading, lang, { option })).join(CONDITION_WORDS.or[lang]);
}

/** What a fact test asks of its fact, without naming the fact: `≥ 200 people`, `≥ 200 人`. */
export function describeTest(leaf: Pick<LeafNode, 'fact' | 'operator' | 'value'>, lang: Lang, facts?: DeclaredFacts): string {
  const operator = OPERATOR_WORDS[leaf.operator]?.[lang] ?? leaf.operator;
  return `${operator} ${withUnit(valueWords(leaf.value, leaf.fact, lang, facts), leaf.fact, lang, facts)}`;
}

/** One fact test in words: `attendees ≥ 200 people`, `参与人数 ≥ 200 人`. */
export function describeLeaf(
  leaf: Pick<LeafNode, 'fact' | 'operator' | 'value'>,
  lang: Lang,
  facts?: DeclaredFacts,
  readings?: Readings,
): string {
  if (leaf.operator === 'anyLineMatches') return linePattern(leaf.value, lang);
  if (leaf.fact.startsWith(READING_FACT_PREFIX)) return readingTest(leaf, lang, readings);
  return `${factLabel(leaf.fact, lang, facts)} ${describeTest(leaf, lang, facts)}`;
}

/** The order tests of an `all` are read in: what the event is, how big, then who holds it. */
const READING_ORDER = [
  'kind',
  'floorAreaM2',
  'attendees',
  'meetingClass',
  'scale',
  'bidCommitsNeutrality',
  'chengyuCircle',
  'organizer.type',
  'organizer.level',
];

function readingRank(node: ConditionNode): number {
  if (!isLeaf(node)) return READING_ORDER.length + 1;
  const rank = READING_ORDER.indexOf(node.fact);
  return rank === -1 ? READING_ORDER.length : rank;
}

function isCompound(node: ConditionNode): boolean {
  if (isLeaf(node)) return false;
  if ('not' in node) return false;
  const children = 'all' in node ? node.all : node.any;
  return children.length > 1;
}

/** A whole condition tree in words; `{"all": []}` (always holds) is "every event". Folded without recursion. */
export function describeConditions(root: ConditionNode, lang: Lang, facts?: DeclaredFacts, readings?: Readings): string {
  return foldConditions<string>(root, (node, texts) => {
    if (isLeaf(node)) return describeLeaf(node, lang, facts, readings);
    if ('not' in node) return say(CONDITION_WORDS.not, lang, { inner: texts[0] as string });
    const children = 'all' in node ? node.all : node.any;
    const nested = children.map((child, i) => (isCompound(child) ? say(CONDITION_WORDS.group, lang, { inner: texts[i] as string }) : (texts[i] as string)));
    if ('all' in node) {
      if (!children.length) return CONDITION_WORDS.every[lang];
      // Every test of an `all` must hold, so reading them in a fixed order changes nothing but legibility.
      const order = children.map((child, i) => ({ rank: readingRank(child), i })).sort((a, b) => a.rank - b.rank);
      return order.map(({ i }) => nested[i] as string).join(CONDITION_WORDS.and[lang]);
    }
    if (!children.length) return CONDITION_WORDS.none[lang];
    return nested.join(CONDITION_WORDS.or[lang]);
  });
}
