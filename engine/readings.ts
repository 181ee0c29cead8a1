// Contested readings: where a text supports two answers, the pack names the choice (a reading), its options
// and the default. A rule reads the chosen option as the fact `reading.<id>`; an option may also move the day
// the pack applies from (`inForceFrom`). The answer lists every reading whose other options would change it.
import type { CalendarDate } from './calendar.js';
import type { ReadingView } from './determination.js';
import type { Reading } from './pack-schema.js';
import { InputError, type Problem } from './problems.js';
import type { ResolvedPack } from './resolved-pack.js';
import type { Lang, Obligation } from './vocabulary.js';

/** A problem with the readings asked for (not with the event): its paths are `readings.<id>`. */
export class ReadingsError extends InputError {}

/** reading id -> option id */
export type ReadingChoice = Record<string, string>;

export const READING_FACT_PREFIX = 'reading.';

export const readingFact = (id: string) => `${READING_FACT_PREFIX}${id}`;

/** The option of every reading: the asked one, else the pack's default. Throws InputError for unknown ids. */
export function chooseReadings(pack: ResolvedPack, asked: ReadingChoice = {}): ReadingChoice {
  const problems: Problem[] = [];
  for (const [id, option] of Object.entries(asked)) {
    const reading = pack.readings.find((r) => r.id === id);
    if (!reading) {
      const known = pack.readings.map((r) => r.id);
      problems.push({
        path: `readings.${id}`,
        message: known.length
          ? `this policy has no reading "${id}": use one of ${known.join(', ')}`
          : `this policy has no contested readings to choose`,
        kind: 'unknown-reading',
      });
    } else if (!reading.options.some((o) => o.id === option)) {
      problems.push({
        path: `readings.${id}`,
        message: `"${option}" is not an option of this reading: use one of ${reading.options.map((o) => o.id).join(', ')}`,
        kind: 'unknown-option',
        values: { options: reading.options.map((o) => o.id) },
      });
    }
  }
  if (problems.length) throw new ReadingsError('The readings are not valid:', problems);
  const choice: ReadingChoice = {};
  for (const reading of pack.readings) choice[reading.id] = asked[reading.id] ?? reading.default;
  return choice;
}

/** The facts a rule can read: `reading.<id>` -> the chosen option. */
export function readingFacts(choice: ReadingChoice): Record<string, string> {
  return Object.fromEntries(Object.entries(choice).map(([id, option]) => [readingFact(id), option]));
}

/** The first day the pack applies under the chosen readings. */
export function firstDayUnder(pack: ResolvedPack, choice: ReadingChoice): CalendarDate {
  for (const reading of pack.readings) {
    const option = reading.options.find((o) => o.id === choice[reading.id]);
    if (option?.inForceFrom) return option.inForceFrom;
  }
  return pack.inForce.from;
}

/** Readings that can matter at all: some rule reads them or an option moves the pack's first day. */
export function relevantReadings(pack: ResolvedPack, readFacts: ReadonlySet<string>): Reading[] {
  return pack.readings.filter((r) => readFacts.has(readingFact(r.id)) || r.options.some((o) => o.inForceFrom));
}

export interface Outcome {
  obligation: Obligation;
  summary: string;
  /** A fingerprint of what a person acts on: obligation, duties with dates, confirmation routes. */
  key: string;
}

/** The view of one reading in an answer: the option used, and what each other option would give. */
export function readingView(
  reading: Reading,
  used: string,
  asked: boolean,
  alternatives: { option: string; outcome: Outcome }[],
  lang: Lang,
): ReadingView {
  const option = reading.options.find((o) => o.id === used) ?? reading.options[0];
  return {
    id: reading.id,
    question: reading.question[lang],
    option: used,
    optionLabel: option?.label[lang] ?? used,
    chosen: asked ? 'asked' : 'default',
    isDefault: used === reading.default,
    citation: option?.citation,
    alternatives: alternatives.map(({ option: id, outcome }) => {
      const alt = reading.options.find((o) => o.id === id);
      return {
        option: id,
        label: alt?.label[lang] ?? id,
        citation: alt?.citation,
        obligation: outcome.obligation,
        summary: outcome.summary,
      };
    }),
  };
}
