// A Chongqing case (opened for the pack's meeting) carried to its certificate: its emissions accounted, 20 t of
// CQCER retired, and the platform's confirmation recorded, each as the case's owner (its token).
import type { CaseCredential } from '../../app/cases/case-access.js';
import type { CaseContext } from '../../app/cases/case-context.js';
import { recordConfirmation, recordEmissions } from '../../app/cases/case-evidence.js';
import { recordRetirement } from '../../app/cases/retire-credit.js';

/** The owner's credential from a case's access cookie (`tz_case=<token>`). */
export const cookieCredential = (cookie: string): CaseCredential => ({ kind: 'token', token: decodeURIComponent(cookie.split('=').slice(1).join('=')) });

/** Records the three steps; the outcome of each, for the caller to check. */
export async function certifyChongqingCase(context: CaseContext, caseId: string, credential: CaseCredential) {
  const emissions = await recordEmissions(context, caseId, { totalTco2e: '18.625', accountedBy: 'platform', accountedOn: '2025-06-15' }, credential);
  const retirement = await recordRetirement(
    context,
    caseId,
    {
      instrument: 'CQCER',
      registry: '重庆碳排放权交易中心',
      serialFirst: 'CQCER-2025-000101',
      serialLast: 'CQCER-2025-000120',
      quantityTco2e: '20',
      retiredOn: '2025-06-20',
      projectRegion: '500000',
      projectType: '生态碳汇类',
      projectStartDate: '2020-01-01',
      vintageStart: '2023-01-01',
      vintageEnd: '2023-12-31',
      proofReference: '注销凭证 2025-0620-01',
    },
    credential,
  );
  const confirmation = await recordConfirmation(context, caseId, { mode: 'platform', certificateNumber: 'CQ-2025-0042', issuedOn: '2025-06-25' }, credential);
  return { emissions, retirement, confirmation };
}
