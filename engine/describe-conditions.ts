// A rule's condition tree in words, for reports and pages: `kind = exhibition, floorAreaM2 ≥ 10000 m²` in English,
// `活动类型 = 展览，展览面积 ≥ 10000 m²` in Chinese. English keeps the fact paths and codes a pack is written in;
// Chinese names the facts and the shared vocabulary's values. Pure: the words come from the tree and the tables here,
// and for a custom fact (pack format 2) from its declaration: pass the pack's `facts` for their label and unit.
import { type ConditionNode, isLeaf, type LeafNode } from './conditions.js';
import { ENGINE_FACTS } from './fact-catalog.js';
import { INSTRUMENT_LABELS } from './labels.js';
import type { BilingualText, FactDeclaration } from './pack-schema.js';
import type { Lang } from './vocabulary.js';

/** The facts' names: English is the fact path itself, as packs and events write it. */
export const FACT_LABELS: Record<string, BilingualText> = {
  name: { zh: '活动名称', en: 'name' },
  kind: { zh: '活动类型', en: 'kind' },
  startDate: { zh: '开始日期', en: 'startDate' },
  endDate: { zh: '结束日期', en: 'endDate' },
  attendees: { zh: '参与人数', en: 'attendees' },
  floorAreaM2: { zh: '展览面积', en: 'floorAreaM2' },
  scale: { zh: '活动规模', en: 'scale' },
  bidCommitsNeutrality: { zh: '申办文件承诺碳中和', en: 'bidCommitsNeutrality' },
  chengyuCircle: { zh: '成渝双城经济圈会议', en: 'chengyuCircle' },
  meetingClass: { zh: '会议类别', en: 'meetingClass' },
  'organizer.type': { zh: '主办单位类型', en: 'organizer.type' },
  'organizer.level': { zh: '主办单位级别', en: 'organizer.level' },
  'organizer.name': { zh: '主办单位名称', en: 'organizer.name' },
  emissionsTco2e: { zh: '排放量（吨CO2e）', en: 'emissionsTco2e' },
  offsets: { zh: '抵消计划', en: 'offsets' },
  [ENGINE_FACTS.asOf]: { zh: '判定日期', en: 'the evaluation date' },
};

/** Units written after a fact's numbers. */
const FACT_UNITS: Record<string, BilingualText> = {
  attendees: { zh: '人', en: 'people' },
  floorAreaM2: { zh: 'm²', en: 'm²' },
};

/** Chinese names of the codes a fact takes; English shows the codes. */
const VALUE_LABELS_ZH: Record<string, Record<string, string>> = {
  kind: { meeting: '会议', forum: '论坛', exhibition: '展览', performance: '演出', sports: '体育赛事', other: '其他' },
  'organizer.type': {
    'party-government': '党政机关',
    'public-institution': '事业单位',
    soe: '国有企业',
    enterprise: '其他企业',
    'social-organization': '社会组织',
    individual: '个人',
  },
  'organizer.level': { central: '中央', provincial: '省级', prefectural: '地市级', county: '区县级' },
  scale: { international: '国际性', national: '全国性', provincial: '省级', local: '地方性' },
  instrument: Object.fromEntries(Object.entries(INSTRUMENT_LABELS).map(([code, label]) => [code, label.zh])),
};

/** The fields of an offset line an `anyLineMatches` pattern may name. */
const LINE_FIELD_LABELS: Record<string, BilingualText> = {
  instrument: { zh: '抵消产品', en: 'instrument' },
  newProject: { zh: '新建项目', en: 'newProject' },
  projectRegion: { zh: '项目所在地', en: 'projectRegion' },
  projectType: { zh: '项目类型', en: 'projectType' },
  vintageStart: { zh: '减排量产生起始日期', en: 'vintageStart' },
  vintageEnd: { zh: '减排量产生截止日期', en: 'vintageEnd' },
  projectStartDate: { zh: '项目投入运行日期', en: 'projectStartDate' },
  serial: { zh: '序列号', en: 'serial' },
  quantityTco2e: { zh: '数量（吨CO2e）', en: 'quantityTco2e' },
};

/** How each operator reads between the fact and its value. */
const OPERATOR_WORDS: Record<string, BilingualText> = {
  equal: { zh: '=', en: '=' },
  notEqual: { zh: '≠', en: '≠' },
  in: { zh: '∈', en: '∈' },
  notIn: { zh: '∉', en: '∉' },
  contains: { zh: '包含', en: 'contains' },
  doesNotContain: { zh: '不包含', en: 'does not contain' },
  lessThan: { zh: '<', en: '<' },
  lessThanInclusive: { zh: '≤', en: '≤' },
  greaterThan: { zh: '>', en: '>' },
  greaterThanInclusive: { zh: '≥', en: '≥' },
  dateOnOrAfter: { zh: '不早于', en: 'on or after' },
  dateOnOrBefore: { zh: '不晚于', en: 'on or before' },
};

const WORDS = {
  every: { zh: '所有活动', en: 'every event' },
  none: { zh: '不适用于任何活动', en: 'no event' },
  and: { zh: '，', en: ', ' },
  or: { zh: '或', en: ' or ' },
  not: { zh: '并非', en: 'not ' },
  lineAnd: { zh: ' 且 ', en: ' and ' },
  someLine: { zh: '抵消计划中有一行：', en: 'some offset line has ' },
  yes: { zh: '是', en: 'true' },
  no: { zh: '否', en: 'false' },
  listSeparator: { zh: '、', en: ', ' },
} satisfies Record<string, BilingualText>;

/** The declarations a description may draw words from: a custom fact's label and unit. */
type Declared = readonly Pick<FactDeclaration, 'name' | 'label' | 'unit'>[] | undefined;

const declaration = (fact: string, facts: Declared) => facts?.find((f) => f.name === fact);

export function factLabel(fact: string, lang: Lang, facts?: Declared): string {
  return FACT_LABELS[fact]?.[lang] ?? declaration(fact, facts)?.label?.[lang] ?? fact;
}

/** A value of a fact in words: the code in English, its Chinese name in Chinese (`soe` -> 国有企业). */
export function valueLabel(field: string, value: string | number | boolean, lang: Lang): string {
  return scalar(value, field, lang);
}

function scalar(value: unknown, field: string, lang: Lang): string {
  if (typeof value === 'boolean') return (value ? WORDS.yes : WORDS.no)[lang];
  if (typeof value === 'string' && lang === 'zh') return VALUE_LABELS_ZH[field]?.[value] ?? value;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function valueWords(value: unknown, field: string, lang: Lang): string {
  if (Array.isArray(value)) return `{${value.map((v) => scalar(v, field, lang)).join(WORDS.listSeparator[lang])}}`;
  return scalar(value, field, lang);
}

function withUnit(text: string, fact: string, lang: Lang, facts: Declared): string {
  const unit = FACT_UNITS[fact] ?? declaration(fact, facts)?.unit;
  if (!unit) return text;
  return `${text} ${unit[lang]}`;
}

function linePattern(pattern: unknown, lang: Lang): string {
  if (typeof pattern !== 'object' || pattern === null || Array.isArray(pattern)) return valueWords(pattern, 'offsets', lang);
  const parts = Object.entries(pattern).map(([field, expected]) => {
    const name = LINE_FIELD_LABELS[field]?.[lang] ?? field;
    const operator = Array.isArray(expected) ? '∈' : '=';
    return `${name} ${operator} ${valueWords(expected, field, lang)}`;
  });
  return `${WORDS.someLine[lang]}${parts.join(WORDS.lineAnd[lang])}`;
}

/** What a fact test asks of its fact, without naming the fact: `≥ 200 people`, `≥ 200 人`. */
export function describeTest(leaf: Pick<LeafNode, 'fact' | 'operator' | 'value'>, lang: Lang, facts?: Declared): string {
  const operator = OPERATOR_WORDS[leaf.operator]?.[lang] ?? leaf.operator;
  return `${operator} ${withUnit(valueWords(leaf.value, leaf.fact, lang), leaf.fact, lang, facts)}`;
}

/** One fact test in words: `attendees ≥ 200 people`, `参与人数 ≥ 200 人`. */
export function describeLeaf(leaf: Pick<LeafNode, 'fact' | 'operator' | 'value'>, lang: Lang, facts?: Declared): string {
  if (leaf.operator === 'anyLineMatches') return linePattern(leaf.value, lang);
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

function nested(node: ConditionNode, lang: Lang, facts: Declared): string {
  const text = describeConditions(node, lang, facts);
  if (!isCompound(node)) return text;
  return lang === 'zh' ? `（${text}）` : `(${text})`;
}

/** A whole condition tree in words; `{"all": []}` (always holds) is "every event". */
export function describeConditions(node: ConditionNode, lang: Lang, facts?: Declared): string {
  if (isLeaf(node)) return describeLeaf(node, lang, facts);
  if ('not' in node) {
    const inner = describeConditions(node.not, lang, facts);
    return lang === 'zh' ? `${WORDS.not.zh}（${inner}）` : `${WORDS.not.en}(${inner})`;
  }
  if ('all' in node) {
    if (!node.all.length) return WORDS.every[lang];
    // Every test of an `all` must hold, so reading them in a fixed order changes nothing but legibility.
    const ordered = [...node.all].sort((a, b) => readingRank(a) - readingRank(b));
    return ordered.map((child) => nested(child, lang, facts)).join(WORDS.and[lang]);
  }
  if (!node.any.length) return WORDS.none[lang];
  return node.any.map((child) => nested(child, lang, facts)).join(WORDS.or[lang]);
}
