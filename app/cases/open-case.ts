// Opening a case: the event is asked through the one path every door takes (app/answer.ts), the answer recorded in
// the decision log, and the case keeps the event, the exact chain of pack versions that answered and the duties
// with their due dates. Whoever opened it holds it: their API key, or a case token returned this once. An event that
// carries activity data has their estimate recorded with it, under the pack versions that answered.
import { randomUUID } from 'node:crypto';
import { type Determination, isKnownRegion, type Lang, parseEvent, type Problem, type ReadingChoice } from '../../engine/index.js';
import { regionWithin } from '../../engine/region.js';
import { answer } from '../answer.js';
import type { CaseCredential } from './case-access.js';
import { newCaseToken } from './case-access.js';
import { eventEstimate } from './case-estimate.js';
import { type CaseContext, nowOf, todayOf } from './case-context.js';
import type { CaseFailure } from './case-outcomes.js';
import type { CaseOutcome, CaseRecord } from './case-store.js';
import type { CaseParticulars, CaseView } from './case-view.js';
import { viewOfCase } from './view-of-case.js';

export interface OpenCaseInput {
  pack: string;
  /** The event, as the organizer describes it (validated by the engine). */
  event: unknown;
  lang?: Lang;
  readings?: ReadingChoice;
  particulars?: CaseParticulars;
}

export type Opened = { kind: 'ok'; view: CaseView; token?: string };

/** The decision of a case as codes: kept with it, for reading without the engine. */
export function outcomeOfCase(determination: Determination): CaseOutcome {
  return {
    obligation: determination.obligation,
    ...(determination.obligationAtLeast ? { obligationAtLeast: determination.obligationAtLeast } : {}),
    ...(determination.decidedBy ? { decidedBy: determination.decidedBy.rule } : {}),
    duties: determination.duties.map((d) => ({ duty: d.duty, due: d.due, binding: d.binding, rule: d.rule })),
    modes: determination.confirmation.modes,
    rules: determination.reasons.map((r) => r.rule),
    partialAllowed: determination.offsets.check?.partialAllowed ?? false,
  };
}

/** The division whose bureaus read the case: where it is held when that lies inside the pack's, else the pack's. */
export function jurisdictionOf(particulars: CaseParticulars, packJurisdiction: string): { code: string } | { problem: Problem } {
  const place = particulars.placeRegion;
  if (place === undefined) return { code: packJurisdiction };
  if (!isKnownRegion(place)) {
    return { problem: { path: 'particulars.placeRegion', message: `"${place}" is not a GB/T 2260 division: give the code of the county, prefecture or province the event is held in`, kind: 'region-code' } };
  }
  if (!regionWithin(place, packJurisdiction)) {
    return { problem: { path: 'particulars.placeRegion', message: `must lie inside the jurisdiction of the pack (${packJurisdiction}): the event is held where the policy applies`, kind: 'format' } };
  }
  return { code: place };
}

export async function openCase(context: CaseContext, input: OpenCaseInput, opener: CaseCredential): Promise<Opened | CaseFailure> {
  const lang = input.lang ?? 'zh';
  const question = { pack: input.pack, event: input.event, lang, ...(input.readings ? { readings: input.readings } : {}) };
  const answered = await answer(context.registry, question, context.recorder);
  if (answered.kind !== 'answered') return answered;
  const { determination, resolved } = answered;
  const particulars = input.particulars ?? {};
  const jurisdiction = jurisdictionOf(particulars, resolved.version.jurisdictionCode);
  if ('problem' in jurisdiction) return { kind: 'invalid', problems: [jurisdiction.problem] };
  const at = nowOf(context).toISOString();
  const owner = opener.kind === 'key' ? { tokenHash: null, ownerKeyId: opener.keyId } : undefined;
  const token = owner ? undefined : newCaseToken();
  // The event as the engine read it (bidi controls removed), not the raw input.
  const event = parseEvent(input.event) as Record<string, unknown>;
  const record: CaseRecord = {
    id: randomUUID(),
    packAsked: input.pack,
    packId: resolved.version.packId,
    packVersion: resolved.version.version,
    chain: resolved.chain,
    jurisdictionCode: jurisdiction.code,
    startDate: typeof event.startDate === 'string' ? event.startDate : null,
    endDate: typeof event.endDate === 'string' ? event.endDate : null,
    lang,
    event,
    readings: input.readings ?? null,
    particulars,
    outcome: outcomeOfCase(determination),
    decisionId: answered.decisionId ?? null,
    tokenHash: token ? token.hash : null,
    ownerKeyId: owner ? owner.ownerKeyId : null,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
  const estimated = eventEstimate(context, record.id, event, resolved.compiled.pack.estimate);
  if (estimated.kind !== 'ok') return estimated;
  await context.store.insertCase(record, estimated.record);
  const estimates = estimated.record ? [estimated.record] : [];
  const bundle = { record, registration: null, emissions: null, estimates, retirements: [], confirmation: null, marks: [], certificate: null };
  const view = viewOfCase(bundle, determination, todayOf(context), lang);
  return { kind: 'ok', view, ...(token ? { token: token.token } : {}) };
}
