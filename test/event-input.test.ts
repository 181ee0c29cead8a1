// evaluate() rejects a bad event with an InputError that names every bad field.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate.js';
import { InputError, type Problem } from '../engine/problems.js';
import { EVENT_KINDS } from '../engine/vocabulary.js';
import { compileMini } from './fixtures/mini-pack.js';

const compiled = compileMini();
const GOOD = { kind: 'meeting', attendees: 300, meetingClass: 2, startDate: '2026-01-30', endDate: '2026-01-31' };

async function problemsOf(event: unknown): Promise<Problem[]> {
  try {
    await evaluate(compiled, event);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems;
  }
  throw new Error(`expected ${JSON.stringify(event)} to be rejected`);
}

const show = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`).join('\n');

function expectProblem(problems: Problem[], path: string, ...fragments: string[]) {
  const match = problems.find((p) => p.path === path && fragments.every((f) => p.message.includes(f)));
  expect(match, `expected a problem at "${path}" saying ${fragments.join(' / ')}; got:\n${show(problems)}`).toBeDefined();
}

/**
 * An unknown top-level field: the message names it; the path points at the event itself, written "(root)"
 * as joinPath() writes an empty path (or at the field). Never an empty path.
 */
function expectUnknownTopLevelField(problems: Problem[], field: string) {
  const match = problems.find((p) => p.message.includes('unknown field') && p.message.includes(field));
  expect(match, `expected a problem saying unknown field ${field}; got:\n${show(problems)}`).toBeDefined();
  expect(['(root)', field], `path of "${match?.message}"`).toContain(match?.path);
}

describe('a valid event', () => {
  it('is accepted', async () => {
    const d = await evaluate(compiled, GOOD);
    expect(d.obligation).toBe('required');
  });

  it('an empty event is accepted (every fact is optional)', async () => {
    const d = await evaluate(compiled, {});
    expect(d.obligation).toBe('undetermined');
  });
});

describe('bad events are rejected with the field named', () => {
  it('negative attendees -> attendees', async () => {
    const problems = await problemsOf({ ...GOOD, attendees: -5 });
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'attendees', 'must not be negative');
  });

  it('fractional attendees -> attendees, "must be a whole number" (not "is required": the field is there)', async () => {
    const problems = await problemsOf({ ...GOOD, attendees: 200.5 });
    expectProblem(problems, 'attendees', 'whole number');
    expect(problems.filter((p) => p.message.includes('is required')), show(problems)).toEqual([]);
  });

  it('attendees given as a string -> attendees, says a number is expected (not "is required")', async () => {
    const problems = await problemsOf({ ...GOOD, attendees: '300' });
    expectProblem(problems, 'attendees', 'number');
    expect(problems.filter((p) => p.message.includes('is required')), show(problems)).toEqual([]);
  });

  it('an offset line without its quantity -> offsets[0].quantityTco2e is required', async () => {
    expectProblem(await problemsOf({ ...GOOD, offsets: [{ instrument: 'CCER' }] }), 'offsets[0].quantityTco2e', 'is required');
  });

  it('endDate before startDate -> endDate', async () => {
    const problems = await problemsOf({ ...GOOD, startDate: '2026-02-02', endDate: '2026-02-01' });
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'endDate', 'must not be before startDate');
  });

  it('an impossible date -> startDate', async () => {
    expectProblem(await problemsOf({ ...GOOD, startDate: '2026-02-30' }), 'startDate', 'YYYY-MM-DD');
  });

  it('unknown kind -> kind, with the allowed values', async () => {
    const problems = await problemsOf({ ...GOOD, kind: 'gala' });
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'kind', ...EVENT_KINDS);
  });

  it('meetingClass out of range -> meetingClass', async () => {
    expectProblem(await problemsOf({ ...GOOD, meetingClass: 5 }), 'meetingClass', '1, 2, 3 or 4');
  });

  it('unknown organizer type -> organizer.type', async () => {
    expectProblem(await problemsOf({ ...GOOD, organizer: { type: 'ngo' } }), 'organizer.type', 'party-government');
  });

  it('quantityTco2e "abc" -> offsets[0].quantityTco2e', async () => {
    const problems = await problemsOf({ ...GOOD, offsets: [{ instrument: 'CCER', quantityTco2e: 'abc' }] });
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'offsets[0].quantityTco2e', 'decimal');
  });

  it('a quantity given as a number (a float) is rejected: quantities travel as strings', async () => {
    expectProblem(await problemsOf({ ...GOOD, offsets: [{ instrument: 'CCER', quantityTco2e: 100.5 }] }), 'offsets[0].quantityTco2e');
  });

  it('a negative emissions figure -> emissionsTco2e', async () => {
    expectProblem(await problemsOf({ ...GOOD, emissionsTco2e: '-1' }), 'emissionsTco2e', 'non-negative decimal');
  });

  it('a bad region code on the second line -> offsets[1].projectRegion', async () => {
    const offsets = [
      { instrument: 'CCER', quantityTco2e: '1' },
      { instrument: 'CQCER', quantityTco2e: '1', projectRegion: '5000' },
    ];
    expectProblem(await problemsOf({ ...GOOD, offsets }), 'offsets[1].projectRegion', 'six-digit');
  });

  it('an unknown field "attendee" -> the message says unknown field and names it', async () => {
    const { attendees: _omit, ...rest } = GOOD;
    const problems = await problemsOf({ ...rest, attendee: 300 });
    expect(problems).toHaveLength(1);
    expectUnknownTopLevelField(problems, 'attendee');
  });

  it('an unknown field inside an offset line names the line', async () => {
    const problems = await problemsOf({ ...GOOD, offsets: [{ instrument: 'CCER', quantityTco2e: '1', quantity: '1' }] });
    expectProblem(problems, 'offsets[0]', 'unknown field', 'quantity');
  });

  it('an event that is not an object is rejected', async () => {
    for (const bad of [null, 'meeting', 42, []]) {
      const problems = await problemsOf(bad);
      expect(problems.length, String(bad)).toBeGreaterThan(0);
    }
  });

  it('several problems at once are all listed', async () => {
    const problems = await problemsOf({
      kind: 'gala',
      attendees: -1,
      attendee: 3,
      meetingClass: 7,
      organizer: { type: 'ngo' },
      startDate: '2026-02-30',
      offsets: [{ instrument: 'CQCER', quantityTco2e: 'abc' }],
    });
    expectProblem(problems, 'kind', 'meeting');
    expectProblem(problems, 'attendees', 'must not be negative');
    // (The path of this one is checked by the unknown-field test above.)
    expect(problems.some((p) => p.message.includes('unknown field') && p.message.includes('attendee')), show(problems)).toBe(true);
    expectProblem(problems, 'meetingClass', '1, 2, 3 or 4');
    expectProblem(problems, 'organizer.type', 'party-government');
    expectProblem(problems, 'startDate', 'YYYY-MM-DD');
    expectProblem(problems, 'offsets[0].quantityTco2e', 'decimal');
    expect(problems, show(problems)).toHaveLength(7);
  });

  // The date-order check spans two fields; it must still be reported when another field is wrong.
  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown kind', { kind: 'gala' }, 'kind'],
    ['attendees as a string', { attendees: '300' }, 'attendees'],
    ['an unknown organizer type', { organizer: { type: 'ngo' } }, 'organizer.type'],
    ['a negative attendee count', { attendees: -1 }, 'attendees'],
  ])('endDate before startDate is listed alongside %s', async (_label, extra, otherPath) => {
    const problems = await problemsOf({ startDate: '2026-02-02', endDate: '2026-02-01', ...extra });
    expectProblem(problems, otherPath);
    expectProblem(problems, 'endDate', 'must not be before startDate');
  });

  it('vintageEnd before vintageStart is listed alongside a bad instrument on the same line', async () => {
    const problems = await problemsOf({
      offsets: [{ instrument: 'tree-hugs', quantityTco2e: '1', vintageStart: '2024-01-01', vintageEnd: '2023-01-01' }],
    });
    expectProblem(problems, 'offsets[0].instrument', 'CQCER');
    expectProblem(problems, 'offsets[0].vintageEnd', 'must not be before vintageStart');
  });

  it('the InputError message lists every problem too', async () => {
    await expect(evaluate(compiled, { attendees: -1, kind: 'gala' })).rejects.toThrow(/attendees: must not be negative[\s\S]*kind: must be one of|kind: must be one of[\s\S]*attendees: must not be negative/);
  });
});

describe('custom facts travel in "extra", apart from the built-in fields', () => {
  it('a name that is not letters and digits -> extra.<name>', async () => {
    expectProblem(await problemsOf({ ...GOOD, extra: { 'on-site': 3 } }), 'extra.on-site', 'is not a valid name', 'letters and digits');
  });

  it('a value that is not a number, a boolean or a string -> extra.<name>', async () => {
    expectProblem(await problemsOf({ ...GOOD, extra: { visits: [1, 2] } }), 'extra.visits', 'must be a number, true or false, or a string');
  });

  it('extra that is not an object', async () => {
    expectProblem(await problemsOf({ ...GOOD, extra: 5 }), 'extra', 'must be of type object');
  });

  it('a built-in field inside extra is not that field: the pack must declare it', async () => {
    expectProblem(await problemsOf({ ...GOOD, extra: { attendees: 300 } }), 'extra.attendees', 'is not a fact of policy test-mini');
  });

  it('a malformed name is reported from the event\'s shape, before the pack is consulted', async () => {
    const problems = await problemsOf({ ...GOOD, extra: { onSite: 3, 'bad name': 1 } });
    // The shape is checked first: a malformed name is reported before the pack is consulted.
    expectProblem(problems, 'extra.bad name', 'is not a valid name');
  });
});
