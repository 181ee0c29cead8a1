// One event under several packs: the fields of the answers that can be compared, and those that differ.
import { type Determination, DUTY_IDS } from '../../engine/index.js';

export interface Difference {
  /** e.g. "obligation", "duties.register-event", "confirmation.modes". */
  field: string;
  /** Pack id -> the value under that pack; null where the pack has none (e.g. the duty is absent). */
  values: Record<string, unknown>;
}

/** The comparable fields of one answer, in a stable order; every duty is present (null when not a duty). */
export function comparableFields(d: Determination): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  fields.set('obligation', d.obligation);
  fields.set('obligationAtLeast', d.obligationAtLeast ?? null);
  fields.set('missingFacts', [...d.missingFacts].sort());
  fields.set('assumptions', d.assumptions.map((a) => `${a.fact}=${String(a.value)}`).sort());
  for (const duty of DUTY_IDS) {
    const found = d.duties.find((x) => x.duty === duty);
    fields.set(`duties.${duty}`, found ? { due: found.due, applies: found.applies } : null);
  }
  fields.set('confirmation.modes', [...d.confirmation.modes].sort());
  fields.set(
    'offsets.accepted',
    d.offsets.accepted.map((a) => ({ instrument: a.instrument, rank: a.rank, standing: a.standing })),
  );
  fields.set('offsets.excluded', d.offsets.excluded.map((x) => x.instrument).sort());
  const check = d.offsets.check;
  if (check) {
    fields.set('offsets.check.sufficient', check.sufficient);
    fields.set('offsets.check.counted', check.counted);
    fields.set('offsets.check.shortfall', check.shortfall);
    fields.set(
      'offsets.check.verdicts',
      check.lines.map((l) => l.verdict),
    );
  }
  return fields;
}

/** Every field whose value is not the same under all the packs (a field a pack lacks counts as null). */
export function differences(determinations: Record<string, Determination>): Difference[] {
  const byPack = Object.entries(determinations).map(([id, d]) => [id, comparableFields(d)] as const);
  const names: string[] = [];
  for (const [, fields] of byPack) for (const name of fields.keys()) if (!names.includes(name)) names.push(name);
  const found: Difference[] = [];
  for (const field of names) {
    const values = Object.fromEntries(byPack.map(([id, fields]) => [id, fields.get(field) ?? null]));
    const distinct = new Set(Object.values(values).map((v) => JSON.stringify(v)));
    if (distinct.size > 1) found.push({ field, values });
  }
  return found;
}
