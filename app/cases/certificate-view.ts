// A certificate as its reader sees it (JSON; the PDF renders the same view): what was stated when it was issued
// (its snapshot), in words of `lang`, with the verification id and the pack version it was judged under.
import {
  ACCOUNTING_LABELS,
  CERTIFICATE_KIND_LABELS,
  CERTIFICATE_STATEMENTS,
  fill,
  INSTRUMENT_LABELS,
  type Lang,
  MODE_LABELS,
  isBuiltInMode,
} from '../../engine/index.js';
import type { CertificateRecord, RetirementRecord } from './case-store.js';
import type { CertificateView } from './case-view.js';

export interface CertificatePack {
  id: string;
  version: string;
  title: string;
  chain: { id: string; version: string }[];
}

/** Where a certificate is verified, publicly. */
export const verifyPath = (verificationId: string) => `/v1/certificates/${encodeURIComponent(verificationId)}`;

function completionText(snapshot: CertificateRecord['snapshot'], lang: Lang): string {
  const { completionDue: due, completedOn: metOn, daysLate: days } = snapshot;
  if (!due) return fill(CERTIFICATE_STATEMENTS.completedOn[lang], { metOn });
  return fill(CERTIFICATE_STATEMENTS[days > 0 ? 'late' : 'onTime'][lang], { metOn, due, days });
}

export function certificateView(
  record: CertificateRecord,
  caseLang: { caseId: string; lang: Lang },
  pack: CertificatePack,
  retirements: readonly RetirementRecord[],
): CertificateView {
  const { snapshot } = record;
  const { lang } = caseLang;
  const name = snapshot.event.name ?? CERTIFICATE_STATEMENTS.unnamed[lang];
  const statement = fill(CERTIFICATE_STATEMENTS[snapshot.kind][lang], {
    name,
    emissions: snapshot.emissionsTco2e,
    counted: snapshot.countedTco2e,
    share: snapshot.sharePercent,
  });
  const mode = snapshot.confirmationMode;
  const kept = new Set(snapshot.retirementIds);
  return {
    verificationId: record.verificationId,
    caseId: caseLang.caseId,
    lang,
    pack,
    event: snapshot.event,
    kind: snapshot.kind,
    kindText: CERTIFICATE_KIND_LABELS[snapshot.kind][lang],
    statement,
    emissionsTco2e: snapshot.emissionsTco2e,
    countedTco2e: snapshot.countedTco2e,
    sharePercent: snapshot.sharePercent,
    accountedBy: { code: snapshot.accountedBy, text: ACCOUNTING_LABELS[snapshot.accountedBy][lang] },
    confirmation: { code: mode, text: isBuiltInMode(mode) ? MODE_LABELS[mode][lang] : mode },
    retirements: retirements
      .filter((r) => kept.has(r.id))
      .map((r) => ({
        instrument: { code: r.instrument, text: INSTRUMENT_LABELS[r.instrument][lang] },
        registry: r.registry,
        serial: r.serial.text,
        quantityTco2e: r.quantityTco2e,
        retiredOn: r.retiredOn,
      })),
    completion: { due: snapshot.completionDue, metOn: snapshot.completedOn, daysLate: snapshot.daysLate, text: completionText(snapshot, lang) },
    issuedOn: record.issuedOn,
    revoked: record.revokedAt !== null,
    ...(record.revokedOn ? { revokedOn: record.revokedOn } : {}),
    ...(record.revokedReason ? { revokedReason: record.revokedReason } : {}),
    verifyPath: verifyPath(record.verificationId),
  };
}
