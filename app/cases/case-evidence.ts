// What the organizer records on the way to the certificate, besides the credits: the filed registration form, the
// accounted emissions (a total, or by phase and source, with who accounted them), the confirmation evidence the
// pack's mode needs, and the duties met by acts the ledger does not hold itself. A recorded date is never after
// today: nothing is recorded as done before it is.
import {
  type CalendarDate,
  COMMITMENT_ITEM_LABELS,
  formatDecimal,
  type Lang,
  type Problem,
  sumDecimals,
} from '../../engine/index.js';
import type { CaseCredential } from './case-access.js';
import { type CaseContext, certifiedConflict, loadCase, nowOf, reloadView, todayOf } from './case-context.js';
import { judgeBundle } from './case-evaluation.js';
import type { CaseFailure } from './case-outcomes.js';
import type { CaseBundle, StoredEvidence } from './case-store.js';
import { type AccountedBy, COMMITMENT_ITEMS, type CommitmentItem, type CaseView, type EmissionsLine } from './case-view.js';
import { evidenceFits, modesInWords } from './certificate-check.js';
import { isMarkable } from './duty-states.js';

export interface RegistrationInput {
  filedOn: CalendarDate;
  authority?: string;
  reference?: string;
}

export interface EmissionsInput {
  totalTco2e?: string;
  lines?: EmissionsLine[];
  accountedBy: AccountedBy;
  accountedByName?: string;
  accountedOn?: CalendarDate;
  reportReference?: string;
}

export type EvidenceInput =
  | { mode: 'third-party'; body: string; reportDate: CalendarDate; conclusion: string; reference?: string }
  | { mode: 'self-commitment'; committedOn: CalendarDate; signatory: string; items: Partial<Record<CommitmentItem, string>> }
  | { mode: 'platform'; platform?: string; certificateNumber: string; issuedOn?: CalendarDate };

export interface DutyMarkInput {
  doneOn: CalendarDate;
  reference?: string;
}

type Written = { kind: 'ok'; view: CaseView } | CaseFailure;

function futureDate(date: CalendarDate | undefined, path: string, today: CalendarDate): Problem[] {
  return date !== undefined && date > today ? [{ path, message: `must not be after today (${today}, China time): record what has happened`, kind: 'format' }] : [];
}

/** Loads the case for writing, refusing a certified one when `closedWhenCertified`. */
async function forWriting(context: CaseContext, id: string, credential: CaseCredential, closedWhenCertified: boolean): Promise<{ kind: 'ok'; bundle: CaseBundle } | CaseFailure> {
  const loaded = await loadCase(context, id, credential, 'write');
  if (loaded.kind !== 'ok') return loaded;
  const certified = closedWhenCertified ? certifiedConflict(loaded.bundle) : undefined;
  return certified ?? loaded;
}

const written = async (context: CaseContext, id: string, stored: boolean, lang?: Lang): Promise<Written> =>
  stored ? reloadView(context, id, lang ? { lang } : {}) : { kind: 'no-case', id };

export async function recordRegistration(context: CaseContext, id: string, input: RegistrationInput, credential: CaseCredential): Promise<Written> {
  const loaded = await forWriting(context, id, credential, false);
  if (loaded.kind !== 'ok') return loaded;
  const problems = futureDate(input.filedOn, 'filedOn', todayOf(context));
  if (problems.length) return { kind: 'invalid', problems };
  const at = nowOf(context).toISOString();
  const stored = await context.store.putRegistration({ caseId: id, filedOn: input.filedOn, authority: input.authority ?? null, reference: input.reference ?? null, recordedAt: at });
  return written(context, id, stored);
}

export async function recordEmissions(context: CaseContext, id: string, input: EmissionsInput, credential: CaseCredential): Promise<Written> {
  const loaded = await forWriting(context, id, credential, true);
  if (loaded.kind !== 'ok') return loaded;
  const lines = input.lines ?? [];
  const problems: Problem[] = [...futureDate(input.accountedOn, 'accountedOn', todayOf(context))];
  const sum = lines.length ? sumDecimals(lines.map((l) => l.quantityTco2e)) : undefined;
  if (input.totalTco2e === undefined && !sum) problems.push({ path: 'totalTco2e', message: 'give the accounted total, or the lines by phase and source (or both)', kind: 'required' });
  if (input.totalTco2e !== undefined && sum && !sum.equals(input.totalTco2e)) {
    problems.push({ path: 'totalTco2e', message: `must equal the sum of the lines (${formatDecimal(sum)} tCO2e), or be left out`, kind: 'format' });
  }
  if (input.accountedBy === 'independent-body' && !input.accountedByName) {
    problems.push({ path: 'accountedByName', message: 'name the independent body that accounted the emissions (附表1: 委托独立机构核算（名称）)', kind: 'required' });
  }
  if (problems.length) return { kind: 'invalid', problems };
  const stored = await context.store.putEmissions({
    caseId: id,
    totalTco2e: input.totalTco2e !== undefined ? formatDecimal(sumDecimals([input.totalTco2e])) : formatDecimal(sum as NonNullable<typeof sum>),
    accountedBy: input.accountedBy,
    accountedByName: input.accountedByName ?? null,
    accountedOn: input.accountedOn ?? null,
    lines,
    reportReference: input.reportReference ?? null,
    recordedAt: nowOf(context).toISOString(),
  });
  return written(context, id, stored);
}

function evidenceProblems(input: EvidenceInput, today: CalendarDate): Problem[] {
  switch (input.mode) {
    case 'third-party':
      return futureDate(input.reportDate, 'reportDate', today);
    case 'platform':
      return futureDate(input.issuedOn, 'issuedOn', today);
    case 'self-commitment': {
      const missing = COMMITMENT_ITEMS.filter((item) => !input.items[item]?.trim());
      return [
        ...futureDate(input.committedOn, 'committedOn', today),
        ...missing.map((item) => ({
          path: `items.${item}`,
          message: `the commitment must state “${COMMITMENT_ITEM_LABELS[item].zh}” (${COMMITMENT_ITEM_LABELS[item].en}): 济环字〔2023〕40号 三（二） lists it`,
          kind: 'required' as const,
        })),
      ];
    }
  }
}

function storedEvidence(input: EvidenceInput): StoredEvidence {
  if (input.mode !== 'self-commitment') return input;
  const items = COMMITMENT_ITEMS.map((item) => ({ item, statement: (input.items[item] as string).trim() }));
  return { mode: input.mode, committedOn: input.committedOn, signatory: input.signatory, items };
}

export async function recordConfirmation(context: CaseContext, id: string, input: EvidenceInput, credential: CaseCredential): Promise<Written> {
  const loaded = await forWriting(context, id, credential, true);
  if (loaded.kind !== 'ok') return loaded;
  const { bundle } = loaded;
  const problems = evidenceProblems(input, todayOf(context));
  const judged = await judgeBundle(context.registry, bundle, bundle.record.lang);
  if (!judged.ok) return { kind: 'unjudgeable', problem: judged.problem };
  if (!evidenceFits(input.mode, judged.determination)) {
    const modes = judged.determination.confirmation.modes;
    problems.unshift({
      path: 'mode',
      message: `is not how this policy confirms this event: it takes ${modes.join(' or ')} (${modesInWords(judged.determination, 'en')})`,
      kind: 'one-of',
      values: { options: modes },
    });
  }
  if (problems.length) return { kind: 'invalid', problems };
  const stored = await context.store.putConfirmation({ caseId: id, evidence: storedEvidence(input), recordedAt: nowOf(context).toISOString() });
  return written(context, id, stored);
}

export async function markDuty(context: CaseContext, id: string, duty: string, input: DutyMarkInput, credential: CaseCredential): Promise<Written> {
  const loaded = await forWriting(context, id, credential, false);
  if (loaded.kind !== 'ok') return loaded;
  const { bundle } = loaded;
  const judged = await judgeBundle(context.registry, bundle, bundle.record.lang);
  if (!judged.ok) return { kind: 'unjudgeable', problem: judged.problem };
  const duties = judged.determination.duties.map((d) => d.duty);
  if (!duties.includes(duty)) {
    return { kind: 'invalid', problems: [{ path: 'duty', message: `is not a duty of this case: its duties are ${duties.join(', ') || 'none'}`, kind: 'one-of', values: { options: duties } }] };
  }
  if (!isMarkable(duty)) {
    return { kind: 'conflict', code: 'not-markable', message: 'this duty is met by what the case records (the registration, or the credits retired), not by a mark' };
  }
  const problems = futureDate(input.doneOn, 'doneOn', todayOf(context));
  if (problems.length) return { kind: 'invalid', problems };
  const stored = await context.store.putDutyMark({ caseId: id, duty, doneOn: input.doneOn, reference: input.reference ?? null, recordedAt: nowOf(context).toISOString() });
  return written(context, id, stored);
}
