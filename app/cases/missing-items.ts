// What a case still lacks, as codes and words: the facts the policy asks for, the registration, the accounted
// emissions, credits to retire (or that do not count), the confirmation evidence, and the duties not met yet.
import { CASE_ESTIMATE_WORDS, CASE_MISSING, type Determination, factName, fill, type Lang, lineFact, LINE_FIELD_LABELS, list } from '../../engine/index.js';
import type { CaseBundle } from './case-store.js';
import type { CaseDuty, LedgerTotals, Worded } from './case-view.js';
import { evidenceFits, modesInWords } from './certificate-check.js';
import { isMarkable, REGISTRATION_DUTY } from './duty-states.js';

export function missingItems(bundle: CaseBundle, determination: Determination, duties: readonly CaseDuty[], totals: LedgerTotals, lang: Lang): Worded[] {
  const say = (code: string, template: keyof typeof CASE_MISSING, values: Record<string, string | number> = {}): Worded => ({
    code,
    text: fill(CASE_MISSING[template][lang], values),
  });
  const items: Worded[] = [];
  const labels = new Map(determination.questions.map((q) => [q.fact, q.label]));
  for (const fact of determination.missingFacts) {
    if (lineFact(fact)) continue; // said below, with the retirement it belongs to
    items.push(say(`fact:${fact}`, 'fact', { label: labels.get(fact) ?? factName(fact, lang) }));
  }
  const registration = duties.find((d) => d.duty === REGISTRATION_DUTY);
  if (registration && registration.state === 'open') {
    items.push(registration.due ? say('registration', 'registration', { due: registration.due }) : say('registration', 'registrationUndated'));
  }
  // An estimate alone is not the accounted figure: said so, under the same code.
  const estimate = bundle.estimates.at(-1);
  if (!bundle.emissions) {
    items.push(estimate ? { code: 'emissions', text: fill(CASE_ESTIMATE_WORDS.missingAccounted[lang], { quantity: estimate.totalTco2e }) } : say('emissions', 'emissions'));
  }
  if (!bundle.retirements.length) items.push(say('retirements', 'retirements'));
  const lines = determination.offsets.check?.lines ?? [];
  bundle.retirements.forEach((r, i) => {
    const line = lines[i];
    const values = { n: i + 1, serial: r.serial.text };
    if (line?.verdict === 'ineligible') {
      const why = list(line.reasons.filter((x) => x.code !== 'accepted').map((x) => x.message), lang);
      items.push(say(`retirement:${r.id}`, 'notCounted', { ...values, why }));
    } else if (line?.verdict === 'undetermined') {
      const facts = line.missingFacts.map((f) => LINE_FIELD_LABELS[lineFact(f)?.field ?? '']?.[lang] ?? factName(f, lang));
      items.push(say(`retirement:${r.id}`, 'undetermined', { ...values, facts: list(facts, lang) }));
    }
  });
  if (totals.shortfallTco2e !== null && totals.shortfallTco2e !== '0' && bundle.retirements.length) {
    items.push(say('shortfall', 'shortfall', { quantity: totals.shortfallTco2e }));
  }
  const evidence = bundle.confirmation?.evidence;
  if (!evidence || !evidenceFits(evidence.mode, determination)) items.push(say('confirmation', 'confirmation', { modes: modesInWords(determination, lang) }));
  for (const duty of duties) {
    if (duty.state === 'overdue') {
      items.push(say(`overdue:${duty.duty}`, 'overdue', { duty: duty.title, days: duty.daysLate ?? 0, due: duty.due ?? '' }));
    } else if (duty.state === 'open' && isMarkable(duty.duty)) {
      items.push(duty.due ? say(`duty:${duty.duty}`, 'duty', { duty: duty.title, due: duty.due }) : say(`duty:${duty.duty}`, 'dutyUndated', { duty: duty.title }));
    }
  }
  return items;
}
