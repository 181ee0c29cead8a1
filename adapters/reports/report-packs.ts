// A report asked for by pack ids, as every door asks for it: the packs come from the registry (the versions in
// effect on the report's date, a base pack answering for one not in effect yet), and the compare report's answers
// come from the same `answer` path as `evaluate`, so a report never says other than the answers it sets side by side.
import { type Answered, answer } from '../../app/answer.js';
import { evaluationDate } from '../../app/evaluation-date.js';
import type { Fallback, PackRegistry, ResolutionFailure } from '../../app/registry.js';
import { type CalendarDate, type CompiledPack, type Determination, InputError, type Lang, parseEvent, type Problem } from '../../engine/index.js';
import { compareReportOf } from './compare-report.js';
import { buildReport } from './index.js';
import type { Report, ReportKind } from './report.js';

export interface ReportRequest {
  kind: ReportKind;
  packs: string[];
  lang: Lang;
  asOf?: CalendarDate;
  /** The compare report's event, not yet validated. */
  event?: unknown;
}

export type ReportOutcome =
  | { kind: 'report'; report: Report; fallbacks: Fallback[] }
  | { kind: 'invalid-event'; problems: Problem[] }
  | { kind: 'packs-unavailable'; failures: { index: number; failure: ResolutionFailure }[] };

/** The packs each answering once, in the order asked; a pack answered by a base already listed is not repeated. */
function columns<T extends { compiled: CompiledPack }>(items: T[]): T[] {
  return items.filter((item, i) => items.findIndex((other) => other.compiled.pack.id === item.compiled.pack.id) === i);
}

async function compareReport(registry: PackRegistry, request: ReportRequest): Promise<ReportOutcome> {
  let event;
  try {
    event = parseEvent(request.event);
  } catch (error) {
    if (error instanceof InputError) return { kind: 'invalid-event', problems: error.problems };
    throw error;
  }
  const answers: (Answered & { compiled: CompiledPack })[] = [];
  const failures: { index: number; failure: ResolutionFailure }[] = [];
  for (const [index, pack] of request.packs.entries()) {
    const outcome = await answer(registry, { pack, event: request.event, asOf: request.asOf, lang: request.lang });
    if (outcome.kind === 'answered') answers.push({ ...outcome, compiled: outcome.resolved.compiled });
    else if (outcome.kind === 'invalid-event' || outcome.kind === 'invalid-readings') return { kind: 'invalid-event', problems: outcome.problems };
    else failures.push({ index, failure: outcome });
  }
  if (failures.length) return { kind: 'packs-unavailable', failures };
  const shown = columns(answers);
  const determinations: Determination[] = shown.map((a) => a.determination);
  const report = compareReportOf(
    shown.map((a) => a.compiled),
    determinations,
    event,
    request.lang,
  );
  return { kind: 'report', report, fallbacks: answers.flatMap((a) => (a.fallback ? [a.fallback] : [])) };
}

export async function prepareReport(registry: PackRegistry, request: ReportRequest): Promise<ReportOutcome> {
  if (request.kind === 'compare') return compareReport(registry, request);
  // Without an event the one date rule gives `asOf`, else today.
  const date = evaluationDate({}, request.asOf).versionDate;
  const resolved: { compiled: CompiledPack; fallback?: Fallback }[] = [];
  const failures: { index: number; failure: ResolutionFailure }[] = [];
  for (const [index, pack] of request.packs.entries()) {
    const result = registry.resolve(pack, date);
    if (result.kind === 'ok') resolved.push({ compiled: result.resolved.compiled, fallback: result.fallback });
    else failures.push({ index, failure: result });
  }
  if (failures.length) return { kind: 'packs-unavailable', failures };
  const report = await buildReport(request.kind, columns(resolved).map((r) => r.compiled), { lang: request.lang, asOf: date });
  return { kind: 'report', report, fallbacks: resolved.flatMap((r) => (r.fallback ? [r.fallback] : [])) };
}
