// Whether a case has earned its certificate, and what the certificate states. It is earned when the retired
// credits that count cover the accounted emissions (exact decimals), every retired credit counts under the pack,
// the confirmation evidence the pack's mode needs is recorded, and the offsetting was completed (on time, or the
// certificate says how many days late). Where the pack allows a partial offset (川环发〔2021〕5号 三（四）, read from the offset check's partialAllowed) a case short of
// its emissions earns a "partial" certificate with the share and no claim of neutrality. An estimate recorded before
// the event never stands in for the accounted emissions.
import {
  type CalendarDate,
  CASE_ESTIMATE_WORDS,
  CERTIFICATE_BLOCKERS,
  type Determination,
  factName,
  fill,
  type Lang,
  list,
  MODE_LABELS,
} from '../../engine/index.js';
import type { CaseBundle, CertificateSnapshot } from './case-store.js';
import type { Worded } from './case-view.js';
import { daysBetween } from './day-count.js';
import { COMPLETION_DUTY, offsetCompletedOn } from './duty-states.js';
import { lastRetiredOn, ledgerTotals } from './ledger.js';

export type CertificateJudgement = { earned: true; snapshot: CertificateSnapshot } | { earned: false; blockers: Worded[] };

/** The confirmation modes the pack gives this event, in words. */
export function modesInWords(determination: Determination, lang: Lang): string {
  const labels = determination.confirmation.routes.map((r) => r.label);
  return list(labels.length ? labels : Object.values(MODE_LABELS).map((l) => l[lang]), lang);
}

/** Evidence counts when its mode is one of the pack's modes for the event (any built-in one when it names none). */
export function evidenceFits(mode: string, determination: Determination): boolean {
  const modes = determination.confirmation.modes;
  return modes.length === 0 || modes.includes(mode);
}

function blockersOf(bundle: CaseBundle, determination: Determination, lang: Lang): Worded[] {
  const say = (code: keyof typeof CERTIFICATE_BLOCKERS, values: Record<string, string | number> = {}) => ({ code, text: fill(CERTIFICATE_BLOCKERS[code][lang], values) });
  const blockers: Worded[] = [];
  const completion = determination.duties.find((d) => d.duty === COMPLETION_DUTY);
  if (completion?.missingFacts?.length) {
    blockers.push(say('undeterminedCase', { facts: list(completion.missingFacts.map((f) => factName(f, lang)), lang) }));
  }
  // An estimate never earns a certificate: without the accounted figure the case is blocked, and says why.
  const estimate = bundle.estimates.at(-1);
  if (!bundle.emissions) {
    blockers.push(estimate ? { code: 'emissions', text: fill(CASE_ESTIMATE_WORDS.blockerEstimateOnly[lang], { quantity: estimate.totalTco2e }) } : say('emissions'));
  }
  if (!bundle.retirements.length) blockers.push(say('retirements'));
  const lines = determination.offsets.check?.lines ?? [];
  bundle.retirements.forEach((r, i) => {
    const verdict = lines[i]?.verdict ?? 'undetermined';
    const values = { n: i + 1, serial: r.serial.text };
    if (verdict === 'ineligible') blockers.push({ ...say('notCounted', values), code: `notCounted:${r.id}` });
    if (verdict === 'undetermined') blockers.push({ ...say('undetermined', values), code: `undetermined:${r.id}` });
  });
  if (bundle.emissions && bundle.retirements.length) {
    const totals = ledgerTotals(bundle, determination);
    const short = totals.shortfallTco2e !== null && totals.shortfallTco2e !== '0';
    const partialAllowed = determination.offsets.check?.partialAllowed === true;
    const anyCounted = totals.countedTco2e !== '0';
    if (short && !(partialAllowed && anyCounted)) blockers.push(say('shortfall', { quantity: totals.shortfallTco2e as string }));
  }
  const evidence = bundle.confirmation?.evidence;
  if (!evidence || !evidenceFits(evidence.mode, determination)) blockers.push(say('confirmation', { modes: modesInWords(determination, lang) }));
  return blockers;
}

/** The certificate a case has earned, or why not yet (in `lang`). */
export function judgeCertificate(bundle: CaseBundle, determination: Determination, lang: Lang): CertificateJudgement {
  const blockers = blockersOf(bundle, determination, lang);
  if (blockers.length) return { earned: false, blockers };
  const emissions = bundle.emissions as NonNullable<CaseBundle['emissions']>;
  const evidence = bundle.confirmation?.evidence as NonNullable<CaseBundle['confirmation']>['evidence'];
  const totals = ledgerTotals(bundle, determination);
  const full = totals.shortfallTco2e === '0';
  const completion = determination.duties.find((d) => d.duty === COMPLETION_DUTY);
  // Complete when the credits covered the emissions; a partial offset is complete with its last retirement.
  const completedOn = (completion && full ? offsetCompletedOn(completion, determination, bundle) : null) ?? (lastRetiredOn(bundle.retirements) as CalendarDate);
  const due = completion?.due ?? null;
  const late = due ? Math.max(0, daysBetween(due, completedOn)) : 0;
  const { event, particulars } = bundle.record;
  const organizer = (event.organizer as { name?: string } | undefined)?.name;
  return {
    earned: true,
    snapshot: {
      kind: full ? 'full' : 'partial',
      emissionsTco2e: emissions.totalTco2e,
      countedTco2e: totals.countedTco2e,
      sharePercent: totals.sharePercent as string,
      accountedBy: emissions.accountedBy,
      confirmationMode: evidence.mode,
      completionDue: due,
      completedOn,
      daysLate: late,
      retirementIds: bundle.retirements.map((r) => r.id),
      event: {
        ...(typeof event.name === 'string' ? { name: event.name } : {}),
        ...(organizer ? { organizer } : {}),
        ...(typeof event.startDate === 'string' ? { startDate: event.startDate } : {}),
        ...(typeof event.endDate === 'string' ? { endDate: event.endDate } : {}),
        ...(particulars.place ? { place: particulars.place } : {}),
      },
    },
  };
}
