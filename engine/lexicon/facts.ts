// The facts of an event in words: the name and unit of every catalogue fact (engine/fact-catalog.ts) and of every
// field of an offset plan line, and how a fact's value is said: enum values by their names, booleans 是/否 yes/no,
// numbers with their unit, dates as they are, region codes by their GB/T 2260 names. A custom fact (`extra.*`) is
// named from the pack that declares it, and its values by the pack's `valueLabels`; an offset line's fact
// (`offsets[0].projectRegion`) as "offset plan line 1".
import type { FactDeclaration } from '../pack-schema.js';
import type { Lang } from '../vocabulary.js';
import { regionName } from './regions.js';
import {
  INSTRUMENT_LABELS,
  KIND_LABELS,
  MEETING_CLASS_LABELS,
  ORGANIZER_LEVEL_LABELS,
  ORGANIZER_TYPE_LABELS,
  SCALE_LABELS,
} from './vocabulary.js';
import { type BilingualText, fill, inline, labelled, paren } from './words.js';

/** The words a pack gives for a fact it declares (format 2 custom facts have a label, a unit and names of values). */
export type FactWords = Pick<FactDeclaration, 'name'> & Partial<Pick<FactDeclaration, 'label' | 'unit' | 'question' | 'valueLabels'>>;
export type DeclaredFacts = readonly FactWords[] | undefined;

/** The names of the catalogue's facts, as said inside a sentence. `$asOf` is the engine's evaluation date. */
export const FACT_LABELS: Record<string, BilingualText> = {
  name: { zh: '活动名称', en: 'event name' },
  kind: { zh: '活动类型', en: 'event kind' },
  startDate: { zh: '活动开始日期', en: 'start date' },
  endDate: { zh: '活动结束日期', en: 'end date' },
  attendees: { zh: '参与人数', en: 'attendees' },
  floorAreaM2: { zh: '展览面积', en: 'floor area' },
  scale: { zh: '活动规模', en: 'scale of the event' },
  bidCommitsNeutrality: { zh: '申办文件承诺碳中和', en: 'the bid commits to neutrality' },
  chengyuCircle: { zh: '成渝双城经济圈有关会议', en: 'Chengdu–Chongqing economic circle meeting' },
  meetingClass: { zh: '会议类别', en: 'meeting class' },
  'organizer.type': { zh: '主办单位类型', en: 'organizer type' },
  'organizer.level': { zh: '主办单位级别', en: 'organizer level' },
  'organizer.name': { zh: '主办单位名称', en: 'organizer name' },
  emissionsTco2e: { zh: '活动排放量', en: 'event emissions' },
  offsets: { zh: '抵消计划', en: 'offset plan' },
  $asOf: { zh: '判定日期', en: 'evaluation date' },
};

/** What a fact nobody named is called (a compiled pack declares every fact it reads, so only a stray one). */
export const UNNAMED_FACT: BilingualText = { zh: '一项活动信息', en: 'a detail of the event' };

/** Tonnes of CO2 equivalent, after an amount of emissions or of offsets. */
export const TONNES: BilingualText = { zh: '吨CO2e', en: 'tCO2e' };

/** Units written after a fact's numbers. */
const FACT_UNITS: Record<string, BilingualText> = {
  attendees: { zh: '人', en: 'people' },
  floorAreaM2: { zh: 'm²', en: 'm²' },
  emissionsTco2e: TONNES,
};

/** The fields of an offset plan line, one name each. */
export const LINE_FIELD_LABELS: Record<string, BilingualText> = {
  instrument: { zh: '抵消产品', en: 'instrument' },
  quantityTco2e: { zh: '数量', en: 'quantity' },
  projectRegion: { zh: '项目所在地', en: 'project location' },
  projectType: { zh: '项目类型', en: 'project type' },
  vintageStart: { zh: '减排量产生的起始日期', en: 'vintage start' },
  vintageEnd: { zh: '减排量产生的截止日期', en: 'vintage end' },
  projectStartDate: { zh: '项目投入运行日期', en: 'start of operation' },
  approvedOn: { zh: '减排量审定通过日期', en: 'approval date' },
  serial: { zh: '序列号', en: 'serial number' },
  newProject: { zh: '新建项目', en: 'newly built project' },
};

const LINE_UNITS: Record<string, BilingualText> = { quantityTco2e: TONNES };

/** "offset plan line 1" and what one of its fields is called. */
const LINE = {
  line: { zh: '抵消计划第 {n} 行', en: 'offset plan line {n}' },
  field: { zh: '抵消计划第 {n} 行的{field}', en: 'the {field} of offset plan line {n}' },
} satisfies Record<string, BilingualText>;

const YES: BilingualText = { zh: '是', en: 'yes' };
const NO: BilingualText = { zh: '否', en: 'no' };

/** The names of the values an enum fact or a line field takes; `lower`: said in lower case inside English text. */
const VALUE_NAMES: Record<string, { names: Record<string, BilingualText>; lower: boolean }> = {
  kind: { names: KIND_LABELS, lower: true },
  'organizer.type': { names: ORGANIZER_TYPE_LABELS, lower: true },
  'organizer.level': { names: ORGANIZER_LEVEL_LABELS, lower: true },
  scale: { names: SCALE_LABELS, lower: true },
  meetingClass: { names: MEETING_CLASS_LABELS, lower: true },
  instrument: { names: INSTRUMENT_LABELS, lower: false },
  offsets: { names: INSTRUMENT_LABELS, lower: false },
};

/** Facts whose values are GB/T 2260 region codes. */
const REGION_FACTS = new Set(['projectRegion', 'region', 'regions']);

/** `offsets[2].projectRegion` -> { index: 2, field: 'projectRegion' }. */
export function lineFact(fact: string): { index: number; field: string } | undefined {
  const m = /^offsets\[(\d+)\]\.(\w+)$/.exec(fact);
  return m ? { index: Number(m[1]), field: m[2] as string } : undefined;
}

/** "抵消计划第 1 行" / "offset plan line 1", from the engine's 0-based index. */
export function planLine(index: number, lang: Lang): string {
  return fill(LINE.line[lang], { n: index + 1 });
}

const declaration = (fact: string, declared: DeclaredFacts) => declared?.find((f) => f.name === fact);

/**
 * The name of a fact: the catalogue's, the declaring pack's for a custom fact, "the project location of offset plan
 * line 1" for a line's fact. Only a fact no pack declares (a compiled pack has none) keeps its path.
 */
export function factName(fact: string, lang: Lang, declared?: DeclaredFacts): string {
  const own = FACT_LABELS[fact] ?? declaration(fact, declared)?.label;
  if (own) return own[lang];
  const line = lineFact(fact);
  if (line) return fill(LINE.field[lang], { n: line.index + 1, field: LINE_FIELD_LABELS[line.field]?.[lang] ?? line.field });
  return fact;
}

/** A fact's name with its unit, as a form field is headed: `活动排放量（吨CO2e）`, `event emissions (tCO2e)`. */
export function factHeading(fact: string, lang: Lang, declared?: DeclaredFacts): string {
  const unit = unitOf(fact, declared);
  return `${factName(fact, lang, declared)}${unit ? paren(unit[lang], lang) : ''}`;
}

function unitOf(fact: string, declared: DeclaredFacts): BilingualText | undefined {
  const line = lineFact(fact);
  if (line) return LINE_UNITS[line.field];
  return FACT_UNITS[fact] ?? declaration(fact, declared)?.unit;
}

/** The unit written after a fact's numbers (`人`, `m²`, `tCO2e`), if it has one. */
export function factUnit(fact: string, lang: Lang, declared?: DeclaredFacts): string | undefined {
  return unitOf(fact, declared)?.[lang];
}

/**
 * The names of the values an enum fact takes (`organizer.type` -> { soe: 国有企业 … }), for a form's choices; a custom
 * fact's are the `valueLabels` its pack declares.
 */
export function valueNames(fact: string, declared?: DeclaredFacts): Readonly<Record<string, BilingualText>> | undefined {
  return VALUE_NAMES[fieldOf(fact)]?.names ?? declaration(fact, declared)?.valueLabels;
}

/** The field a value belongs to, for its name: `offsets[0].instrument` -> `instrument`. */
const fieldOf = (fact: string) => lineFact(fact)?.field ?? fact;

/**
 * One value in words, without its unit: a code by its name (`soe` -> 国有企业 / State-owned enterprise), a boolean
 * as 是/否 yes/no, a region code by its name, a custom fact's value by the name its pack gives it (`valueLabels`);
 * anything else (numbers, dates, a pack's own values it does not name) as it is.
 */
export function valueName(fact: string, value: unknown, lang: Lang, declared?: DeclaredFacts): string {
  const field = fieldOf(fact);
  if (typeof value === 'boolean') return (value ? YES : NO)[lang];
  const named = VALUE_NAMES[field]?.names[String(value)] ?? declaration(fact, declared)?.valueLabels?.[String(value)];
  if (named) return named[lang];
  if (typeof value === 'string' && REGION_FACTS.has(field) && /^\d{6}$/.test(value)) return regionName(value, lang);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** A value as said inside a sentence: in English a code's name in lower case (`state-owned enterprise`). */
export function valueInline(fact: string, value: unknown, lang: Lang, declared?: DeclaredFacts): string {
  const name = valueName(fact, value, lang, declared);
  return VALUE_NAMES[fieldOf(fact)]?.lower ? inline(name, lang) : name;
}

/** `text` with the fact's unit after it: `200 人`, `10000 m²`, `100.5 tCO2e`. */
export function withUnit(text: string, fact: string, lang: Lang, declared?: DeclaredFacts): string {
  const unit = unitOf(fact, declared);
  return unit ? `${text} ${unit[lang]}` : text;
}

/** A fact's value with its unit: `200 人`, `国有企业`, `是`. */
export function factValue(fact: string, value: unknown, lang: Lang, declared?: DeclaredFacts): string {
  return withUnit(valueInline(fact, value, lang, declared), fact, lang, declared);
}

/**
 * What the event is taken to be, as a statement: a yes/no fact by the pack's own question
 * (`是否为在重庆举办的成渝双城经济圈有关会议：否`), any other by its name (`参与人数：200 人`).
 */
export function factStatement(fact: string, value: unknown, lang: Lang, declared?: DeclaredFacts): string {
  const question = declaration(fact, declared)?.question?.[lang];
  const subject = typeof value === 'boolean' && question ? question.replace(/[？?]\s*$/, '') : factName(fact, lang, declared);
  return labelled(subject, factValue(fact, value, lang, declared), lang);
}
