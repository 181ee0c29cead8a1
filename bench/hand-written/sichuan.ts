// cn-sichuan by hand (川环发〔2021〕5号, policies/cn-sichuan/pack.json): every event is encouraged; an international or
// national event whose bid promised neutrality registers and makes its plan before it starts; no deadline is set
// for neutralization or disclosure.
import type { HandDecision, HandDuty } from './decision.js';
import { dayBefore } from './dates.js';
import { readEvent } from './event.js';

const PACK_FROM = '2021-03-29';

export function sichuan(raw: unknown): HandDecision {
  const e = readEvent(raw, false);
  const asOf = e.startDate;
  if (asOf === undefined) return { obligation: 'undetermined', missingFacts: ['startDate'], duties: [] };
  if (asOf < PACK_FROM) return { obligation: 'not-covered', missingFacts: [], duties: [] };
  const duties: HandDuty[] = [];
  if ((e.scale === 'international' || e.scale === 'national') && e.bidCommitsNeutrality === true) {
    const due = dayBefore(asOf);
    duties.push({ duty: 'register-event', due }, { duty: 'make-plan', due });
  }
  duties.push({ duty: 'complete-neutralization', due: null }, { duty: 'disclose-information', due: null });
  return { obligation: 'encouraged', missingFacts: [], duties };
}
