// Bad input in words: what a problem is about (the field, by its name) and what is wrong with it (the reason), in
// either language, from the problem's `kind` and `values` (engine/problems.ts). Allowed values are named by their
// names (event kinds, organizer types, a pack's own `valueLabels`), never by their codes; a field by the lexicon's
// name for it, never by its path. A problem without a kind the lexicon knows is said by a neutral sentence, never
// by its English message (that is for the API and logs).
import type { Reading } from '../pack-schema.js';
import type { Problem, ProblemValue } from '../problems.js';
import type { Lang } from '../vocabulary.js';
import { type DeclaredFacts, FACT_LABELS, factName, LINE_FIELD_LABELS, lineFact, planLine, valueName, valueNames } from './facts.js';
import { INTERFACE_WORDS } from './interface.js';
import { type BilingualText, capital, clauses, fill, inline, labelled, list, mark } from './words.js';

/** The reasons, as templates; `{name}` placeholders are filled with words (names, numbers, lists). */
export const PROBLEM_WORDS = {
  required: { zh: '必须填写', en: 'is required' },
  wrongType: { zh: '应为{types}', en: 'must be {types}' },
  oneOf: { zh: '应为{options}之一', en: 'must be one of: {options}' },
  date: { zh: '不是有效的日期：请按“年-月-日”填写，如 2026-01-31', en: 'is not a valid date: write it year-month-day, e.g. 2026-01-31' },
  decimal: { zh: '应为不小于 0 的数', en: 'must be a number, 0 or more' },
  decimalDigits: {
    zh: '应为不小于 0 的数，整数部分最多 {integerDigits} 位，小数部分最多 {fractionDigits} 位',
    en: 'must be a number, 0 or more, with at most {integerDigits} digits before the point and {fractionDigits} after it',
  },
  wholeNumber: { zh: '应为整数', en: 'must be a whole number' },
  notNegative: { zh: '不能为负数', en: 'must not be negative' },
  atLeast: { zh: '不能小于 {minimum}', en: 'must be at least {minimum}' },
  atMost: { zh: '不能大于 {maximum}', en: 'must be at most {maximum}' },
  empty: { zh: '不能为空', en: 'must not be empty' },
  tooLong: { zh: '不能超过 {maximum} 个字符', en: 'must be at most {maximum} characters long' },
  tooShort: { zh: '至少需要 {minimum} 个字符', en: 'must be at least {minimum} characters long' },
  tooMany: { zh: '最多 {maximum} 项', en: 'may have at most {maximum} items' },
  tooFew: { zh: '至少需要 {minimum} 项', en: 'needs at least {minimum} items' },
  unknownField: { zh: '有无法识别的项目：请删除或更正名称', en: 'has a field it does not know: remove or rename it' },
  unknownFields: { zh: '有无法识别的项目{keys}：请删除或更正名称', en: 'has fields it does not know, {keys}: remove or rename them' },
  factName: {
    zh: '自定义信息的名称只能由字母和数字组成，并以字母开头',
    en: 'a custom fact is named by letters and digits, starting with a letter',
  },
  notBefore: { zh: '不能早于{other}', en: 'must not be before the {other}' },
  regionCode: { zh: '应为六位数字的行政区划代码（GB/T 2260）', en: 'must be a six-digit administrative division code (GB/T 2260)' },
  unknownFact: { zh: '不是本政策询问的活动信息：请删除或更正名称', en: 'is not a fact this policy asks: remove it or correct its name' },
  knownBy: { zh: '此项属于{packs}', en: 'it is a fact of {packs}' },
  unknownReading: { zh: '该政策没有所选的这一项解读', en: 'this policy has no such reading to choose' },
  unknownOption: { zh: '所选的不是该项解读的选项', en: 'the reading chosen is not one of its options' },
  unknownOptionOf: {
    zh: '所选的不是“{question}”的选项；可选：{options}',
    en: 'the reading chosen is not an option for “{question}”; the options are: {options}',
  },
  packUnavailable: { zh: '在活动日期没有生效的版本，暂无法作答', en: 'has no version in effect on the event’s date, so it cannot answer yet' },
  format: { zh: '格式不正确', en: 'is not written in the right form' },
  invalidCharacter: {
    zh: '含有无法保存的字符（如空字符 NUL）：请删除后重新填写',
    en: 'holds a character that cannot be kept (such as NUL): remove it and try again',
  },
  /** A problem the lexicon has no words for. */
  invalid: { zh: '填写有误，请检查', en: 'is not valid: please check it' },
} satisfies Record<string, BilingualText>;

/** The JSON types a value may have to be, in words. */
const TYPE_WORDS: Record<string, BilingualText> = {
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  integer: { zh: '整数', en: 'a whole number' },
  string: { zh: '文字', en: 'text' },
  boolean: { zh: '“是”或“否”', en: 'yes or no' },
  object: { zh: '一组信息（JSON 对象）', en: 'an object' },
  array: { zh: '列表（JSON 数组）', en: 'a list' },
};

/** What a problem is about when it is not one field: the event, the pack, the readings, a group of fields. */
export const SUBJECT_WORDS = {
  event: { zh: '活动信息', en: 'the event' },
  pack: { zh: '政策包', en: 'policy' },
  readings: INTERFACE_WORDS.readings,
  organizer: { zh: '主办单位', en: 'organizer' },
  extra: { zh: '自定义信息', en: 'custom facts' },
  unknownCustomFact: { zh: '一项自定义信息', en: 'a custom fact' },
  /** A field the lexicon has no name for. */
  unnamed: { zh: '一项填写内容', en: 'an entry' },
} satisfies Record<string, BilingualText>;

/** What the words of some problems need besides the pack's facts. */
export interface ProblemContext {
  /** The readings of the pack asked: a reading's question and its options' labels. */
  readings?: readonly Pick<Reading, 'id' | 'question' | 'options'>[];
  /** A pack's name in words, for the packs that declare an unknown custom fact (`values.packs`). */
  packName?: (id: string, lang: Lang) => string | undefined;
}

const say = (text: BilingualText, lang: Lang, values: Record<string, string | number> = {}) => fill(text[lang], values);

const quoted = (items: readonly string[], lang: Lang) => list(items.map((item) => `“${item}”`), lang);

const strings = (value: ProblemValue | undefined): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];

const numberOf = (value: ProblemValue | undefined): number | undefined => (typeof value === 'number' ? value : undefined);

/** `a、b或c` / `a, b or c`. */
function alternatives(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${list(items.slice(0, -1), lang)}${mark('or', lang)}${items[items.length - 1]}`;
}

/** `readings.<id>` -> the reading the pack has, if the context holds it. */
function readingOf(path: string, context?: ProblemContext) {
  const id = /^readings\.(.+)$/.exec(path)?.[1];
  return id === undefined ? undefined : context?.readings?.find((r) => r.id === id);
}

/**
 * The field a problem is about, in words, when the lexicon or the pack names it: a fact by its name (a custom fact by
 * its label), a field of an offset plan line as "抵消计划第 1 行的数量"; undefined for any other path.
 */
export function knownProblemSubject(path: string, lang: Lang, facts?: DeclaredFacts): string | undefined {
  if (path === '' || path === '(root)') return SUBJECT_WORDS.event[lang];
  if (path === 'pack') return SUBJECT_WORDS.pack[lang];
  if (path === 'readings' || path.startsWith('readings.')) return inline(SUBJECT_WORDS.readings[lang], lang);
  if (path === 'organizer' || path === 'extra') return SUBJECT_WORDS[path][lang];
  const line = /^offsets\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (line) {
    const index = Number(line[1]);
    return line[2] && LINE_FIELD_LABELS[line[2]] ? factName(path, lang, facts) : planLine(index, lang);
  }
  if (FACT_LABELS[path] || facts?.some((f) => f.name === path && f.label)) return factName(path, lang, facts);
  if (/^extra\.\w+$/.test(path)) return SUBJECT_WORDS.unknownCustomFact[lang];
  return undefined;
}

/** The field a problem is about, in words; a path the lexicon cannot name is "an entry", never the path itself. */
export function problemSubject(path: string, lang: Lang, facts?: DeclaredFacts): string {
  return knownProblemSubject(path, lang, facts) ?? SUBJECT_WORDS.unnamed[lang];
}

/** The names of the values allowed at `path` (a fact's values by their names, a reading's options by their labels). */
function optionNames(path: string, options: readonly string[], lang: Lang, facts?: DeclaredFacts, context?: ProblemContext): string[] {
  const reading = readingOf(path, context);
  if (reading) return options.map((id) => reading.options.find((o) => o.id === id)?.label[lang] ?? id);
  return options.map((option) => valueName(path, option, lang, facts));
}

/** The other date a date must not be before: the field beside it (`vintageStart` of the same plan line). */
function otherField(path: string, other: string, lang: Lang, facts?: DeclaredFacts): string {
  if (lineFact(path)) return LINE_FIELD_LABELS[other]?.[lang] ?? SUBJECT_WORDS.unnamed[lang];
  const sibling = path.includes('.') ? `${path.slice(0, path.lastIndexOf('.'))}.${other}` : other;
  return FACT_LABELS[sibling] || facts?.some((f) => f.name === sibling) ? factName(sibling, lang, facts) : SUBJECT_WORDS.unnamed[lang];
}

function typeWords(types: readonly string[], lang: Lang): string | undefined {
  const words = types.map((t) => TYPE_WORDS[t]?.[lang]);
  return words.every((w): w is string => w !== undefined) && words.length ? alternatives(words, lang) : undefined;
}

/** What is wrong, in words in `lang`: the reason after the field's name (`不能为负数`, `must not be negative`). */
export function problemText(problem: Pick<Problem, 'path' | 'kind' | 'values'>, lang: Lang, facts?: DeclaredFacts, context?: ProblemContext): string {
  const { path, values = {} } = problem;
  const w = PROBLEM_WORDS;
  const oneOf = (options: readonly string[]) =>
    options.length ? say(w.oneOf, lang, { options: list(optionNames(path, options, lang, facts, context), lang) }) : w.invalid[lang];
  switch (problem.kind) {
    case 'required':
      return w.required[lang];
    case 'wrong-type': {
      const types = typeWords(strings(values.expected), lang);
      return types ? say(w.wrongType, lang, { types }) : w.invalid[lang];
    }
    case 'one-of':
      return oneOf(strings(values.options));
    case 'date':
      return w.date[lang];
    case 'decimal': {
      const integerDigits = numberOf(values.integerDigits);
      const fractionDigits = numberOf(values.fractionDigits);
      return integerDigits !== undefined && fractionDigits !== undefined ? say(w.decimalDigits, lang, { integerDigits, fractionDigits }) : w.decimal[lang];
    }
    case 'whole-number':
      return w.wholeNumber[lang];
    case 'not-negative':
      return w.notNegative[lang];
    case 'at-least':
    case 'at-most': {
      // A field whose values have names (the class of a meeting) is told its values, not a bound.
      const named = valueNames(path, facts);
      if (named) return oneOf(Object.keys(named));
      const bound = numberOf(problem.kind === 'at-least' ? values.minimum : values.maximum);
      if (bound === undefined) return w.invalid[lang];
      return problem.kind === 'at-least' ? say(w.atLeast, lang, { minimum: bound }) : say(w.atMost, lang, { maximum: bound });
    }
    case 'empty':
      return w.empty[lang];
    case 'too-long':
    case 'too-short':
    case 'too-many':
    case 'too-few': {
      const key = problem.kind === 'too-long' || problem.kind === 'too-many' ? 'maximum' : 'minimum';
      const bound = numberOf(values[key]);
      if (bound === undefined) return w.invalid[lang];
      const template = { 'too-long': w.tooLong, 'too-short': w.tooShort, 'too-many': w.tooMany, 'too-few': w.tooFew }[problem.kind];
      return say(template, lang, { [key]: bound });
    }
    case 'unknown-field': {
      const keys = strings(values.keys);
      return keys.length ? say(w.unknownFields, lang, { keys: quoted(keys, lang) }) : w.unknownField[lang];
    }
    case 'fact-name':
      return w.factName[lang];
    case 'not-before': {
      const other = strings(values.other)[0];
      return other ? say(w.notBefore, lang, { other: otherField(path, other, lang, facts) }) : w.invalid[lang];
    }
    case 'region-code':
      return w.regionCode[lang];
    case 'unknown-fact': {
      const packs = strings(values.packs).map((id) => context?.packName?.(id, lang));
      const named = packs.every((p): p is string => p !== undefined) && packs.length ? packs : undefined;
      return named ? clauses([w.unknownFact[lang], say(w.knownBy, lang, { packs: list(named, lang) })], lang) : w.unknownFact[lang];
    }
    case 'fact-type': {
      const type = strings(values.type)[0];
      if (type === 'date') return w.date[lang];
      const types = type ? typeWords([type], lang) : undefined;
      return types ? say(w.wrongType, lang, { types }) : w.invalid[lang];
    }
    case 'unknown-reading':
      return w.unknownReading[lang];
    case 'unknown-option': {
      const reading = readingOf(path, context);
      const options = strings(values.options);
      if (!reading || !options.length) return w.unknownOption[lang];
      return say(w.unknownOptionOf, lang, { question: reading.question[lang].replace(/[？?]\s*$/, ''), options: quoted(optionNames(path, options, lang, facts, context), lang) });
    }
    case 'pack-unavailable':
      return w.packUnavailable[lang];
    case 'format':
      return w.format[lang];
    case 'invalid-character':
      return w.invalidCharacter[lang];
    default:
      return w.invalid[lang];
  }
}

/** A problem as one line a person reads: `参与人数：不能为负数`, `Attendees: must not be negative`. */
export function problemLine(problem: Pick<Problem, 'path' | 'kind' | 'values'>, lang: Lang, facts?: DeclaredFacts, context?: ProblemContext): string {
  return labelled(capital(problemSubject(problem.path, lang, facts), lang), problemText(problem, lang, facts, context), lang);
}
