// The readings an event is answered under: the options a counterexample chooses, the pack's default for the rest.
import type { CompiledPack } from '../compile-pack.js';
import type { ReadingChoice } from '../readings.js';

export function choiceFor(compiled: CompiledPack, readings: ReadingChoice | undefined): ReadingChoice {
  const choice: ReadingChoice = {};
  for (const reading of compiled.pack.readings) choice[reading.id] = readings?.[reading.id] ?? reading.default;
  return choice;
}
