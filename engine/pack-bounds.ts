// The bounds of a pack (engine/pack-schema.ts and its parts): every number, text and list of a pack is bounded, and
// the message of each bound says it: a pack is published for good, and whatever it holds is read by every answer,
// page and report that touches it.
import { z } from 'zod';

/** Names, numbers, ids and clauses. */
export const MAX_NAME_LENGTH = 200;
/** Texts in words (a title, a question, a note, the English of a citation). */
export const MAX_TEXT_LENGTH = 2000;
/** The quoted Chinese words of a clause. */
export const MAX_QUOTE_LENGTH = 400;
/** A number a pack states (a threshold in a condition, a value of a fact): at most this far from zero. */
export const MAX_PACK_NUMBER = 1e12;
/** The most items of a list (rules, facts, values, regions …) or keys of a map. */
export const MAX_RULES = 1000;
export const MAX_LIST = 200;
/** An offset line's rank among the accepted instruments (1 is the first choice). */
export const MAX_RANK = 100;
/** A due date's offset from its anchor: at most 100 years, however written. */
export const MAX_DUE_YEARS = 100;
export const MAX_DUE_MONTHS = 1200;
export const MAX_DUE_DAYS = 36525;

/** A text of at most `max` characters (not empty unless `empty`). */
export function boundedText(max: number, empty = false) {
  const text = z.string().max(max, `must be at most ${max} characters`);
  return empty ? text : text.min(1);
}

/** A list of at most `max` items. */
export function boundedList<T extends z.ZodType>(item: T, max: number = MAX_LIST) {
  return z.array(item).max(max, `must have at most ${max} items`);
}

/** A map of at most `max` keys (each a name). */
export function boundedRecord<T extends z.ZodType>(key: z.ZodType<string>, value: T, max: number = MAX_LIST) {
  return z.record(key, value).refine((map) => Object.keys(map).length <= max, {
    message: `must have at most ${max} keys`,
    params: { kind: 'too-many', maximum: max },
  });
}

/** A number a pack states: finite, and at most MAX_PACK_NUMBER from zero. */
export const packNumber = z
  .number()
  .min(-MAX_PACK_NUMBER, `must be at least -${MAX_PACK_NUMBER.toExponential()} (-10^12)`)
  .max(MAX_PACK_NUMBER, `must be at most ${MAX_PACK_NUMBER.toExponential()} (10^12)`);

/** A name, a number, an id or a clause. */
export const packName = boundedText(MAX_NAME_LENGTH);
/** A text in words. */
export const packText = boundedText(MAX_TEXT_LENGTH);
