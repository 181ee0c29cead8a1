// Pack format 2 at evaluation: custom facts carried in the event's `extra` and checked against the pack chain, facts
// that apply to some kinds of event only, declared confirmation modes and duties named in the pack's words, and
// removed inherited rules listed with why.
import { describe, expect, it } from 'vitest';
import { describeConditions } from '../engine/describe-conditions.js';
import { EventFactsError, factsToAsk, packsDeclaringFact } from '../engine/event-facts.js';
import { evaluate } from '../engine/evaluate.js';
import { dutyLabel, modeLabel, modeTerm } from '../engine/terms.js';
import { parsePackDocument } from '../engine/parse-pack.js';
import type { PackDocument } from '../engine/pack-schema.js';
import { InputError, type Problem } from '../engine/problems.js';
import { format2Pack } from './fixtures/format-2-pack.js';
import { compileValid, lookupOf, miniPack } from './fixtures/mini-pack.js';

const base = parsePackDocument(miniPack()).doc as PackDocument;
const compiled = compileValid(format2Pack(), lookupOf(base));
// An enterprise: the mini pack's party-government rule does not apply.
const DATES = { startDate: '2026-03-01', endDate: '2026-03-02', organizer: { type: 'enterprise' } };

async function problemsOf(event: unknown): Promise<{ error: InputError; problems: Problem[] }> {
  try {
    await evaluate(compiled, event);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { error: error as InputError, problems: (error as InputError).problems };
  }
  throw new Error(`expected ${JSON.stringify(event)} to be rejected`);
}

describe('the resolved format-2 pack', () => {
  it('answers under format 2 and keeps the removal, the declarations and where each was written', () => {
    const pack = compiled.pack;
    expect(pack.format).toBe(2);
    expect(pack.rules.map((r) => r.id)).not.toContain('confirmation-routes');
    expect(pack.removed).toMatchObject([{ rule: 'confirmation-routes', by: 'test-format-2', sourcePath: 'removes[0]' }]);
    expect(pack.removed[0]?.versions.map((r) => r.origin)).toEqual(['test-mini']);
    expect(pack.vocabulary.modes).toMatchObject([{ id: 'self-declaration', origin: 'test-format-2', sourcePath: 'vocabulary.modes[0]' }]);
    expect(pack.facts.find((f) => f.name === 'extra.onSite')).toMatchObject({ origin: 'test-format-2', sourcePath: 'facts[0]' });
  });
});

describe('custom facts', () => {
  it('are read from the event\'s extra object', async () => {
    const d = await evaluate(compiled, { kind: 'meeting', ...DATES, extra: { onSite: 400 } });
    expect(d.obligation).toBe('required');
    expect(d.reasons.map((r) => r.rule)).toContain('large-meeting');
    const below = await evaluate(compiled, { kind: 'meeting', ...DATES, meetingClass: 4, attendees: 10, extra: { onSite: 399 } });
    expect(below.obligation).toBe('encouraged');
  });

  it('a missing one is asked with the pack\'s question', async () => {
    const d = await evaluate(compiled, { kind: 'meeting', attendees: 10, ...DATES }, { lang: 'en' });
    expect(d.obligation).toBe('undetermined');
    expect(d.missingFacts).toContain('extra.onSite');
    expect(d.questions).toContainEqual({ fact: 'extra.onSite', question: 'How many attend on site?', label: 'On-site attendees' });
  });

  it.each([
    [{ onSite: '400' }, 'extra.onSite', 'whole number'],
    [{ onSite: 400.5 }, 'extra.onSite', 'whole number'],
    [{ indoor: 'yes' }, 'extra.indoor', 'true or false'],
    [{ venue: 'arena' }, 'extra.venue', 'one of hall, stadium'],
    [{ openedOn: '2026-02-30' }, 'extra.openedOn', 'YYYY-MM-DD'],
  ])('a value of the wrong type (%j) is an InputError naming the field', async (extra, path, words) => {
    const { problems } = await problemsOf({ kind: 'meeting', ...DATES, extra });
    expect(problems).toEqual([expect.objectContaining({ path })]);
    expect(problems[0]?.message).toContain(words);
  });

  it('an unknown one is an InputError that says which custom facts this pack knows', async () => {
    const { error, problems } = await problemsOf({ kind: 'meeting', ...DATES, extra: { onsite: 400, visits: 3 } });
    expect(error).toBeInstanceOf(EventFactsError);
    expect((error as EventFactsError).unknownFacts).toEqual(['extra.onsite', 'extra.visits']);
    expect(problems.map((p) => p.path)).toEqual(['extra.onsite', 'extra.visits']);
    expect(problems[0]?.message).toContain('is not a fact of policy test-format-2');
    expect(problems[0]?.message).toContain('onSite, indoor, venue, openedOn');
  });

  it('a pack without custom facts rejects any', async () => {
    const mini = compileValid(miniPack());
    await expect(evaluate(mini, { kind: 'meeting', extra: { onSite: 400 } })).rejects.toThrow(/extra\.onSite: is not a fact of policy test-mini \(it declares no custom facts\)/);
  });

  it('the app layer can say which packs know an unknown fact', () => {
    const mini = compileValid(miniPack());
    expect(packsDeclaringFact('extra.onSite', [mini.pack, compiled.pack])).toEqual(['test-format-2']);
    expect(packsDeclaringFact('extra.visits', [mini.pack, compiled.pack])).toEqual([]);
  });

  it('are described with their label and unit when the pack\'s facts are given', () => {
    const node = { all: [{ fact: 'extra.onSite', operator: 'greaterThanInclusive', value: 400 }] };
    expect(describeConditions(node, 'zh', compiled.pack.facts)).toBe('现场人数 ≥ 400 人');
    expect(describeConditions(node, 'en', compiled.pack.facts)).toBe('On-site attendees ≥ 400 people');
    expect(describeConditions(node, 'en')).toBe('extra.onSite ≥ 400');
  });
});

describe('facts that apply to some kinds of event', () => {
  it('are never asked of another kind, and a test on them is false, not unknown', async () => {
    // floorAreaM2 applies to exhibitions (the catalogue's kinds hold in format 2); extra.onSite to meetings and forums.
    const d = await evaluate(compiled, { kind: 'performance', ...DATES });
    expect(d.obligation).toBe('encouraged');
    expect(d.missingFacts).toEqual([]);
    expect(d.undecided).toEqual([]);
  });

  it('whatever value the event gives', async () => {
    const d = await evaluate(compiled, { kind: 'performance', floorAreaM2: 9000, ...DATES, extra: { onSite: 9000 } });
    expect(d.obligation).toBe('encouraged');
    expect(d.reasons.map((r) => r.rule)).not.toContain('large-exhibition');
  });

  it('are asked when the kind is not known', async () => {
    const d = await evaluate(compiled, { ...DATES });
    expect(d.obligation).toBe('undetermined');
    expect(d.missingFacts).toEqual(expect.arrayContaining(['floorAreaM2', 'extra.onSite', 'kind']));
  });

  it('apply to their own kinds', async () => {
    const d = await evaluate(compiled, { kind: 'exhibition', floorAreaM2: 5000, ...DATES });
    expect(d.obligation).toBe('required');
  });

  it('the questionnaire helper leaves them out for another kind', () => {
    const names = (kind?: Parameters<typeof factsToAsk>[1]) => factsToAsk(compiled, kind).map((f) => f.name);
    expect(names('performance')).not.toContain('floorAreaM2');
    expect(names('performance')).not.toContain('extra.onSite');
    expect(names('performance')).not.toContain('meetingClass');
    expect(names('exhibition')).toContain('floorAreaM2');
    expect(names()).toEqual(expect.arrayContaining(['floorAreaM2', 'extra.onSite', 'meetingClass']));
  });

  it('a format-1 pack keeps answering as published: the catalogue\'s kinds do not apply to it', async () => {
    const doc = miniPack();
    doc.facts.push({ name: 'floorAreaM2', type: 'number', question: { zh: '面积？', en: 'Area?' } });
    doc.rules.push({ ...structuredClone(format2Pack().rules[1]), citation: doc.rules[0]!.citation });
    const formatOne = compileValid(doc);
    expect(formatOne.pack.format).toBe(1);
    const d = await evaluate(formatOne, { kind: 'performance', ...DATES });
    expect(d.obligation).toBe('undetermined');
    expect(d.missingFacts).toContain('floorAreaM2');
    // The same pack as format 2 does not ask a performance for its floor area.
    const two = await evaluate(compileValid({ ...doc, format: 2 }), { kind: 'performance', ...DATES });
    expect(two.obligation).toBe('encouraged');
  });
});

describe('declared confirmation modes and duties', () => {
  it('are named in the pack\'s words, in the asked language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const d = await evaluate(compiled, { kind: 'other', ...DATES }, { lang });
      expect(d.confirmation.modes).toEqual(['self-declaration']);
      expect(d.confirmation.routes[0]?.label).toBe(lang === 'zh' ? '自我声明' : 'Self-declaration');
      const keep = d.duties.find((x) => x.duty === 'keep-evidence');
      expect(keep).toMatchObject({ title: lang === 'zh' ? '留存证据' : 'Keep the evidence', due: null, binding: true });
    }
  });

  it('the engine says the name of any mode or duty for a renderer', () => {
    expect(modeLabel(compiled.pack, 'self-declaration').en).toBe('Self-declaration');
    expect(modeLabel(compiled.pack, 'third-party').zh).toBe('委托第三方机构评价');
    expect(dutyLabel(compiled.pack, 'keep-evidence').zh).toBe('留存证据');
    expect(modeTerm(compiled.pack, 'self-declaration')).toMatchObject({ builtIn: false, origin: 'test-format-2' });
    expect(modeTerm(compiled.pack, 'platform')).toMatchObject({ builtIn: true });
  });
});

describe('a removed inherited rule', () => {
  it('no longer applies, and every answer says it was removed and why', async () => {
    const d = await evaluate(compiled, { kind: 'other', ...DATES }, { lang: 'en' });
    expect(d.reasons.map((r) => r.rule)).not.toContain('confirmation-routes');
    expect(d.removed).toEqual([
      {
        rule: 'confirmation-routes',
        title: 'How neutralization is confirmed',
        origin: 'test-mini',
        removedBy: 'test-format-2',
        citation: expect.objectContaining({ clause: '第三条' }),
      },
    ]);
  });

  it('a pack that removes nothing has no removed field (answers of published packs stay the same)', async () => {
    const d = await evaluate(compileValid(miniPack()), { kind: 'other', ...DATES });
    expect(d).not.toHaveProperty('removed');
  });
});
