// The retirement ledger of a case in words and exact sums: each credit retired with the verdict of the pack's
// offset policy on it (the engine's plan check, line by line), and the totals a certificate is judged on.
import {
  type CalendarDate,
  type Determination,
  ExactDecimal,
  formatDecimal,
  INSTRUMENT_LABELS,
  type Lang,
  regionName,
  sumDecimals,
  VERDICT_LABELS,
} from '../../engine/index.js';
import type { CaseBundle, RetirementRecord } from './case-store.js';
import type { LedgerTotals, RetirementView } from './case-view.js';
import { serialCount } from './serial-range.js';

export function retirementViews(retirements: readonly RetirementRecord[], determination: Determination, lang: Lang): RetirementView[] {
  const lines = determination.offsets.check?.lines ?? [];
  return retirements.map((r, i) => {
    const line = lines[i];
    const verdict = line?.verdict ?? 'undetermined';
    return {
      id: r.id,
      instrument: { code: r.instrument, text: INSTRUMENT_LABELS[r.instrument][lang] },
      registry: r.registry,
      serial: { ...r.serial, count: serialCount(r.serial) },
      quantityTco2e: r.quantityTco2e,
      retiredOn: r.retiredOn,
      ...(r.projectRegion ? { projectRegion: { code: r.projectRegion, text: regionName(r.projectRegion, lang) } } : {}),
      ...(r.projectType ? { projectType: r.projectType } : {}),
      ...(r.projectId ? { projectId: r.projectId } : {}),
      ...(r.vintageStart ? { vintageStart: r.vintageStart } : {}),
      ...(r.vintageEnd ? { vintageEnd: r.vintageEnd } : {}),
      ...(r.newProject !== null ? { newProject: r.newProject } : {}),
      proofReference: r.proofReference,
      verdict: { code: verdict, text: VERDICT_LABELS[verdict][lang] },
      counted: line?.counted ?? false,
      reasons: (line?.reasons ?? []).map((reason) => ({ code: reason.code, text: reason.message, ...(reason.citation ? { citation: reason.citation } : {}) })),
      recordedAt: r.recordedAt,
    };
  });
}

/** counted / emissions in percent, two decimals, rounded down (a share is never overstated), at most 100. */
export function sharePercent(counted: string, emissions: string): string {
  const e = new ExactDecimal(emissions);
  if (e.isZero()) return '100.00';
  const share = new ExactDecimal(counted).times(100).dividedBy(e);
  return ExactDecimal.min(share, 100).toDecimalPlaces(2, ExactDecimal.ROUND_DOWN).toFixed(2);
}

/** The day the last credit was retired: 附表2's offset date. */
export function lastRetiredOn(retirements: readonly RetirementRecord[]): CalendarDate | null {
  return retirements.reduce<CalendarDate | null>((latest, r) => (latest === null || r.retiredOn > latest ? r.retiredOn : latest), null);
}

export function ledgerTotals(bundle: CaseBundle, determination: Determination): LedgerTotals {
  const retired = formatDecimal(sumDecimals(bundle.retirements.map((r) => r.quantityTco2e)));
  const check = bundle.retirements.length ? determination.offsets.check : undefined;
  const counted = check?.counted ?? '0';
  const emissions = bundle.emissions?.totalTco2e ?? null;
  const shortfall = emissions === null ? null : formatDecimal(ExactDecimal.max(new ExactDecimal(emissions).minus(counted), 0));
  return {
    retiredTco2e: retired,
    countedTco2e: counted,
    emissionsTco2e: emissions,
    shortfallTco2e: shortfall,
    sharePercent: emissions === null ? null : sharePercent(counted, emissions),
    offsetOn: lastRetiredOn(bundle.retirements),
  };
}
