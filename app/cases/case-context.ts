// What every case operation is given (the registry the case is judged with, the store, the decision log, the
// clock), and the steps they share: loading a case for a credential, judging it, and putting it into a view.
import { type CalendarDate, type Lang, todayInChina } from '../../engine/index.js';
import type { DecisionRecorder } from '../answer.js';
import type { PackRegistry } from '../registry.js';
import { type CaseCredential, caseAccess, type CaseRight } from './case-access.js';
import { judgeBundle } from './case-evaluation.js';
import type { CaseFailure } from './case-outcomes.js';
import type { CaseBundle, CaseStore } from './case-store.js';
import type { CaseView } from './case-view.js';
import { viewOfCase } from './view-of-case.js';

export interface CaseContext {
  registry: PackRegistry;
  store: CaseStore;
  /** The decision log the opening answer is recorded in (none: not recorded). */
  recorder?: DecisionRecorder;
  /** The clock (tests fix it); default: now. */
  now?: () => Date;
}

export const nowOf = (context: CaseContext): Date => (context.now ? context.now() : new Date());
export const todayOf = (context: CaseContext): CalendarDate => todayInChina(nowOf(context));

/** The case `id` as `credential` may have it for `right`, or why not. */
export async function loadCase(context: CaseContext, id: string, credential: CaseCredential, right: CaseRight): Promise<{ kind: 'ok'; bundle: CaseBundle } | CaseFailure> {
  const bundle = await context.store.getCase(id);
  if (!bundle) return { kind: 'no-case', id };
  const access = caseAccess(bundle.record, credential, right);
  if (access !== 'ok') return { kind: access };
  return { kind: 'ok', bundle };
}

export interface ViewOptions {
  /** The date duties are judged on (default: today, China time). */
  asOf?: CalendarDate;
  /** The language of the words (default: the case's). */
  lang?: Lang;
}

/** The case as it stands, judged under its own pack versions. */
export async function caseView(context: CaseContext, bundle: CaseBundle, options: ViewOptions = {}): Promise<{ kind: 'ok'; view: CaseView } | CaseFailure> {
  const lang = options.lang ?? bundle.record.lang;
  const judged = await judgeBundle(context.registry, bundle, lang);
  if (!judged.ok) return { kind: 'unjudgeable', problem: judged.problem };
  return { kind: 'ok', view: viewOfCase(bundle, judged.determination, options.asOf ?? todayOf(context), lang) };
}

/** Loads the case again after a write and puts it into a view. */
export async function reloadView(context: CaseContext, id: string, options: ViewOptions = {}): Promise<{ kind: 'ok'; view: CaseView } | CaseFailure> {
  const bundle = await context.store.getCase(id);
  if (!bundle) return { kind: 'no-case', id };
  return caseView(context, bundle, options);
}

/** A certified case's record is closed: what the certificate states can no longer change under it. */
export function certifiedConflict(bundle: CaseBundle): CaseFailure | undefined {
  const cert = bundle.certificate;
  if (!cert || cert.revokedAt !== null) return undefined;
  return { kind: 'conflict', code: 'certified', message: `the case is certified (certificate ${cert.verificationId}): its record is closed` };
}
