// The one bilingual lexicon: every code named in both languages, every template with the same placeholders in each,
// facts and values said in words, and the Determination's typed `decidedBy` in place of matching `decides` strings.
import { describe, expect, it } from 'vitest';
import {
  APPLIES_LABELS,
  BASIS_LABELS,
  CHECKS,
  CITATION_BASES,
  CONDITION_WORDS,
  CONFIRMATION_MODES,
  DUE,
  DUTY_IDS,
  DUTY_LABELS,
  EVENT_KINDS,
  evaluate,
  FACT_CATALOG,
  FACT_LABELS,
  FAILS,
  FALLBACK_NOTICE,
  factName,
  factStatement,
  factValue,
  INSTRUMENT_LABELS,
  INSTRUMENTS,
  INTERFACE_WORDS,
  KIND_LABELS,
  LINE_QUESTIONS,
  LINE_REASONS,
  MODE_LABELS,
  OBLIGATION_LABELS,
  OBLIGATION_LEVELS,
  OBLIGATION_SHORT,
  ORGANIZER_LEVEL_LABELS,
  ORGANIZER_LEVELS,
  ORGANIZER_TYPE_LABELS,
  ORGANIZER_TYPES,
  PHASE_LABELS,
  PHASES,
  QUESTIONS,
  SCALE_LABELS,
  SCALES,
  STANDING_LABELS,
  STATUS_LABELS,
  SUMMARY,
  VERDICT_LABELS,
  WARNINGS,
  WORDING_LABELS,
  WORDINGS,
  valueName,
} from '../engine/index.js';
import { pack } from './support/library.js';

type Table = Record<string, { zh: string; en: string }>;

const NAMES: [string, Table, readonly (string | number)[]][] = [
  ['obligations', OBLIGATION_LABELS, [...OBLIGATION_LEVELS, 'undetermined']],
  ['short obligations', OBLIGATION_SHORT, [...OBLIGATION_LEVELS, 'undetermined']],
  ['duties', DUTY_LABELS, DUTY_IDS],
  ['modes', MODE_LABELS, CONFIRMATION_MODES],
  ['instruments', INSTRUMENT_LABELS, INSTRUMENTS],
  ['kinds', KIND_LABELS, EVENT_KINDS],
  ['organizer types', ORGANIZER_TYPE_LABELS, ORGANIZER_TYPES],
  ['organizer levels', ORGANIZER_LEVEL_LABELS, ORGANIZER_LEVELS],
  ['scales', SCALE_LABELS, SCALES],
  ['phases', PHASE_LABELS, PHASES],
  ['bases', BASIS_LABELS, CITATION_BASES],
  ['wordings', WORDING_LABELS, WORDINGS],
  ['verdicts', VERDICT_LABELS, ['eligible', 'discouraged', 'ineligible', 'undetermined']],
  ['standings', STANDING_LABELS, ['preferred', 'accepted', 'discouraged']],
  ['statuses', STATUS_LABELS, ['draft', 'published']],
  ['applies', APPLIES_LABELS, ['always', 'if-neutralizing']],
];

const TEMPLATES: [string, Table][] = [
  ['interface', INTERFACE_WORDS],
  ['summary', SUMMARY],
  ['warnings', WARNINGS],
  ['due', DUE],
  ['questions', QUESTIONS],
  ['line questions', LINE_QUESTIONS],
  ['checks', CHECKS],
  ['fails', FAILS],
  ['line reasons', LINE_REASONS],
  ['conditions', CONDITION_WORDS],
  ['fallback', { notice: FALLBACK_NOTICE }],
];

/** The placeholders a template fills; `{s}` is English's plural ending, which Chinese has no use for. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 's').sort();
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '');
/** Latin words in Chinese text, acronyms (CQCER, CCER, CO2e, YYYY-MM-DD) and symbols aside. */
const latinWord = /(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])/;

describe('the lexicon', () => {
  it.each(NAMES)('names every code of the %s in both languages, and never by the code itself', (_what, table, codes) => {
    expect(Object.keys(table).sort()).toEqual(codes.map(String).sort());
    for (const code of codes) {
      const name = table[String(code)] as { zh: string; en: string };
      expect(name.zh, String(code)).not.toBe('');
      expect(name.en, String(code)).not.toBe('');
      expect(name.zh, `${code} in Chinese`).not.toMatch(latinWord);
      if (String(code).includes('-')) expect(`${name.zh} ${name.en}`, String(code)).not.toContain(String(code));
    }
  });

  it.each(TEMPLATES)('gives the %s the same placeholders in both languages, and Chinese without English words', (_what, table) => {
    for (const [key, text] of Object.entries(table)) {
      expect(placeholders(text.zh), key).toEqual(placeholders(text.en));
      if (key !== 'switchLang') expect(withoutPlaceholders(text.zh), key).not.toMatch(latinWord);
    }
  });

  it('names every catalogue fact, one name per fact in each language', () => {
    for (const fact of FACT_CATALOG) {
      expect(FACT_LABELS[fact.name]?.zh, fact.name).toBeTruthy();
      expect(FACT_LABELS[fact.name]?.en, fact.name).toBeTruthy();
      expect(FACT_LABELS[fact.name]?.en, fact.name).not.toBe(fact.name.includes('.') || /[A-Z]/.test(fact.name) ? fact.name : '');
    }
    // One name for the project's location wherever it is said (it had three).
    expect(factName('offsets[0].projectRegion', 'zh')).toBe('抵消计划第 1 行的项目所在地');
    expect(factName('offsets[2].projectRegion', 'en')).toBe('the project location of offset plan line 3');
  });

  it('says a value in words: codes by their names, yes/no, units, regions by name', () => {
    expect(valueName('organizer.type', 'soe', 'zh')).toBe('国有企业');
    expect(valueName('kind', 'exhibition', 'zh')).toBe('展览');
    expect(valueName('organizer.level', 'provincial', 'zh')).toBe('省级（含直辖市市级）');
    expect(factValue('attendees', 200, 'zh')).toBe('200 人');
    expect(factValue('emissionsTco2e', '100.5', 'en')).toBe('100.5 tCO2e');
    expect(factValue('offsets[0].projectRegion', '500101', 'zh')).toBe('万州区（重庆市）');
    expect(factValue('offsets[0].projectRegion', '500000', 'en')).toBe('Chongqing');
    expect(factValue('bidCommitsNeutrality', true, 'en')).toBe('yes');
    const declared = [{ name: 'chengyuCircle', question: { zh: '是否为在重庆举办的成渝双城经济圈有关会议？', en: 'Is it a circle meeting?' } }];
    expect(factStatement('chengyuCircle', false, 'zh', declared)).toBe('是否为在重庆举办的成渝双城经济圈有关会议：否');
    expect(factStatement('attendees', 200, 'zh')).toBe('参与人数：200 人');
  });
});

describe('decidedBy', () => {
  const SOE = { kind: 'meeting', attendees: 250, startDate: '2026-01-30', endDate: '2026-01-31', organizer: { type: 'soe', level: 'provincial' } };

  it('names the rule that decided the obligation, and the summary cites it', async () => {
    const d = await evaluate(pack('cn-chongqing'), SOE);
    expect(d.obligation).toBe('required');
    expect(d.decidedBy).toMatchObject({ rule: 'required.soe-event', level: 'required', origin: 'cn-chongqing', citation: { clause: '三（一）' } });
    expect(d.summary).toContain(`（${d.decidedBy?.citation.document} ${d.decidedBy?.citation.clause}）`);
    // The reasons say the level of an obligation rule as a typed field too.
    expect(d.reasons.filter((r) => r.level === 'required').map((r) => r.rule)).toContain('required.soe-event');
    expect(d.reasons.find((r) => r.rule === 'duty.complete-neutralization')?.level).toBeUndefined();
  });

  it('names the rule of the level already established when undetermined, a rule deciding not-covered, and none when no rule decides', async () => {
    const open = await evaluate(pack('cn-chongqing'), { ...SOE, organizer: { type: 'party-government', level: 'provincial' } });
    expect(open.obligation).toBe('undetermined');
    expect(open.obligationAtLeast).toBeDefined();
    expect(open.decidedBy?.level).toBe(open.obligationAtLeast);
    const none = await evaluate(pack('cn-shandong-jining'), { kind: 'forum', attendees: 50, startDate: '2026-08-01', endDate: '2026-08-02' });
    // Jining's plan says below 200 it does not apply: a rule decides not-covered, and is named.
    expect(none.obligation).toBe('not-covered');
    expect(none.decidedBy).toMatchObject({ level: 'not-covered', origin: 'cn-shandong-jining' });
    const noRule = await evaluate(pack('cn-chongqing'), { ...SOE, startDate: '2024-06-01', endDate: '2024-06-01' });
    expect(noRule.decidedBy).toBeUndefined();
    expect(noRule.summary).toContain('本政策没有适用于该活动的规则');
  });
});
