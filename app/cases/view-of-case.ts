// A case as the application layer returns it (./case-view.ts), from what the store holds and the Determination
// of the case as it stands, in one language, with each duty's state judged on one date.
import {
  ACCOUNTING_LABELS,
  BOUNDARY_LABELS,
  type CalendarDate,
  CERTIFICATE_STATE_LABELS,
  COMMITMENT_ITEM_LABELS,
  type Determination,
  formatDecimal,
  type Lang,
  MODE_LABELS,
  OBLIGATION_LABELS,
  regionName,
  sumDecimals,
} from '../../engine/index.js';
import type { EventInput } from '../../engine/index.js';
import { caseStages } from './case-stage.js';
import type { CaseBundle } from './case-store.js';
import { type CaseView, type CertificateStatus, type ConfirmationEvidence, EMISSION_PHASES, type EmissionsView } from './case-view.js';
import { judgeCertificate } from './certificate-check.js';
import { emissionFigures, estimateView } from './estimate-view.js';
import { caseDuties } from './duty-states.js';
import { ledgerTotals, retirementViews } from './ledger.js';
import { missingItems } from './missing-items.js';

function emissionsView(emissions: NonNullable<CaseBundle['emissions']>, lang: Lang): EmissionsView {
  const byPhase = EMISSION_PHASES.flatMap((phase) => {
    const lines = emissions.lines.filter((l) => l.phase === phase);
    return lines.length ? [{ phase, text: BOUNDARY_LABELS[phase][lang], quantityTco2e: formatDecimal(sumDecimals(lines.map((l) => l.quantityTco2e))) }] : [];
  });
  return {
    totalTco2e: emissions.totalTco2e,
    accountedBy: { code: emissions.accountedBy, text: ACCOUNTING_LABELS[emissions.accountedBy][lang] },
    ...(emissions.accountedByName ? { accountedByName: emissions.accountedByName } : {}),
    ...(emissions.accountedOn ? { accountedOn: emissions.accountedOn } : {}),
    lines: emissions.lines,
    byPhase,
    ...(emissions.reportReference ? { reportReference: emissions.reportReference } : {}),
    recordedAt: emissions.recordedAt,
  };
}

export function evidenceView(confirmation: NonNullable<CaseBundle['confirmation']>, lang: Lang): ConfirmationEvidence {
  const { evidence, recordedAt } = confirmation;
  const modeText = MODE_LABELS[evidence.mode][lang];
  if (evidence.mode === 'self-commitment') {
    const items = evidence.items.map((i) => ({ ...i, label: COMMITMENT_ITEM_LABELS[i.item][lang] }));
    return { ...evidence, items, modeText, recordedAt };
  }
  return { ...evidence, modeText, recordedAt };
}

function certificateStatus(bundle: CaseBundle, determination: Determination, lang: Lang): CertificateStatus {
  const cert = bundle.certificate;
  if (cert) {
    const state = cert.revokedAt ? 'revoked' : 'issued';
    return {
      state,
      stateText: CERTIFICATE_STATE_LABELS[state][lang],
      blockers: [],
      verificationId: cert.verificationId,
      issuedOn: cert.issuedOn,
      ...(cert.revokedOn ? { revokedOn: cert.revokedOn } : {}),
      ...(cert.revokedReason ? { revokedReason: cert.revokedReason } : {}),
    };
  }
  const judged = judgeCertificate(bundle, determination, lang);
  return { state: 'not-earned', stateText: CERTIFICATE_STATE_LABELS['not-earned'][lang], blockers: judged.earned ? [] : judged.blockers };
}

export function viewOfCase(bundle: CaseBundle, determination: Determination, asOf: CalendarDate, lang: Lang, decisionId?: string): CaseView {
  const { record } = bundle;
  const duties = caseDuties(determination, bundle, asOf, lang);
  const totals = ledgerTotals(bundle, determination);
  return {
    id: record.id,
    lang,
    pack: { id: determination.pack.id, version: determination.pack.version, title: determination.pack.title, chain: determination.pack.chain },
    event: record.event as EventInput,
    particulars: record.particulars,
    jurisdiction: { code: record.jurisdictionCode, text: regionName(record.jurisdictionCode, lang) },
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    asOf,
    determination: {
      obligation: determination.obligation,
      obligationText: OBLIGATION_LABELS[determination.obligation][lang],
      ...(determination.obligationAtLeast ? { obligationAtLeast: determination.obligationAtLeast } : {}),
      ...(determination.decidedBy ? { decidedBy: determination.decidedBy.rule } : {}),
      rules: determination.reasons.map((r) => r.rule),
      summary: determination.summary,
      modes: determination.confirmation.routes.map((r) => ({ code: r.mode, text: r.label })),
      ...((decisionId ?? record.decisionId) ? { decisionId: decisionId ?? (record.decisionId as string) } : {}),
    },
    ...caseStages(bundle, determination, lang),
    duties,
    missing: missingItems(bundle, determination, duties, totals, lang),
    registration: bundle.registration
      ? {
          filedOn: bundle.registration.filedOn,
          ...(bundle.registration.authority ? { authority: bundle.registration.authority } : {}),
          ...(bundle.registration.reference ? { reference: bundle.registration.reference } : {}),
          recordedAt: bundle.registration.recordedAt,
        }
      : null,
    emissions: bundle.emissions ? emissionsView(bundle.emissions, lang) : null,
    estimate: estimateView(bundle.estimates, lang),
    emissionFigures: emissionFigures(bundle, lang),
    retirements: retirementViews(bundle.retirements, determination, lang),
    totals,
    confirmation: bundle.confirmation ? evidenceView(bundle.confirmation, lang) : null,
    certificate: certificateStatus(bundle, determination, lang),
  };
}
