// The list a bureau compiles upward (Sichuan 川环发〔2021〕5号 附表2, and the same for every pack): each case of its
// jurisdiction with the form's columns (name, organizer, dates, place, type of neutralization, offset method,
// offset date, quantity), and the duties overdue on a date. Each case is judged under its own pack versions.
import {
  type CalendarDate,
  CASE_LIST_WORDS,
  CASE_STAGE_LABELS,
  fill,
  INSTRUMENT_LABELS,
  type Lang,
  list,
  NEUTRALIZATION_TYPE_LABELS,
} from '../../engine/index.js';
import { type CaseContext, todayOf } from './case-context.js';
import { judgeBundle } from './case-evaluation.js';
import type { CaseBundle } from './case-store.js';
import type { Worded } from './case-view.js';
import { caseStages } from './case-stage.js';
import { caseDuties } from './duty-states.js';
import { ledgerTotals } from './ledger.js';

/** At most this many cases in one list. */
export const MAX_LISTED = 1000;

export interface CaseListQuery {
  jurisdictionCode: string;
  from?: CalendarDate;
  to?: CalendarDate;
  asOf?: CalendarDate;
  lang: Lang;
}

export interface OverdueDuty {
  duty: string;
  title: string;
  due: CalendarDate;
  daysLate: number;
}

export interface CaseListRow {
  caseId: string;
  name: string | null;
  organizer: string | null;
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  /** The dates in words: `2025-05-10 至 2025-05-12`. */
  dates: string | null;
  place: string | null;
  neutralizationType: Worded | null;
  /** The instruments retired (else planned), in the order first used. */
  offsetMethod: Worded[];
  offsetDate: CalendarDate | null;
  /** The retired credits that count under the pack (tCO2e, exact). */
  quantityTco2e: string;
  overdue: OverdueDuty[];
  pack: { id: string; version: string; title: string };
  stage: Worded;
  jurisdiction: string;
  /** Set when the case's pack versions can no longer be evaluated: the row holds what the case recorded only. */
  unjudgeable?: string;
}

export interface CaseList {
  jurisdictionCode: string;
  from: CalendarDate | null;
  to: CalendarDate | null;
  asOf: CalendarDate;
  lang: Lang;
  rows: CaseListRow[];
  /** True when more cases match than MAX_LISTED. */
  truncated: boolean;
}

function methodsOf(bundle: CaseBundle, lang: Lang): Worded[] {
  const planned = bundle.record.particulars.plannedInstruments ?? [];
  const used = bundle.retirements.length ? bundle.retirements.map((r) => r.instrument) : planned;
  return [...new Set(used)].map((code) => ({ code, text: INSTRUMENT_LABELS[code][lang] }));
}

async function rowOf(context: CaseContext, bundle: CaseBundle, asOf: CalendarDate, lang: Lang): Promise<CaseListRow> {
  const { record } = bundle;
  const event = record.event as { name?: string; organizer?: { name?: string }; startDate?: string; endDate?: string };
  const type = record.particulars.neutralizationType;
  const start = event.startDate ?? null;
  const end = event.endDate ?? null;
  const base = {
    caseId: record.id,
    name: event.name ?? null,
    organizer: [event.organizer?.name, ...(record.particulars.coOrganizers ?? [])].filter(Boolean).join(lang === 'zh' ? '、' : ', ') || null,
    startDate: start,
    endDate: end,
    dates: start ? (end && end !== start ? fill(CASE_LIST_WORDS.dateRange[lang], { start, end }) : start) : null,
    place: record.particulars.place ?? null,
    neutralizationType: type ? { code: type, text: NEUTRALIZATION_TYPE_LABELS[type][lang] } : null,
    offsetMethod: methodsOf(bundle, lang),
    offsetDate: bundle.retirements.reduce<CalendarDate | null>((d, r) => (d === null || r.retiredOn > d ? r.retiredOn : d), null),
    jurisdiction: record.jurisdictionCode,
  };
  const judged = await judgeBundle(context.registry, bundle, lang);
  if (!judged.ok) {
    return { ...base, quantityTco2e: '0', overdue: [], pack: { id: record.packId, version: record.packVersion, title: record.packId }, stage: { code: 'planned', text: CASE_STAGE_LABELS.planned[lang] }, unjudgeable: judged.problem };
  }
  const { determination } = judged;
  const overdue = caseDuties(determination, bundle, asOf, lang)
    .filter((d) => d.state === 'overdue')
    .map((d) => ({ duty: d.duty, title: d.title, due: d.due as CalendarDate, daysLate: d.daysLate ?? 0 }));
  return {
    ...base,
    quantityTco2e: ledgerTotals(bundle, determination).countedTco2e,
    overdue,
    pack: { id: determination.pack.id, version: determination.pack.version, title: determination.pack.title },
    stage: caseStages(bundle, determination, lang).stage,
  };
}

export async function listCases(context: CaseContext, query: CaseListQuery): Promise<CaseList> {
  const asOf = query.asOf ?? todayOf(context);
  const bundles = await context.store.listCases({ jurisdictionCode: query.jurisdictionCode, from: query.from, to: query.to, limit: MAX_LISTED + 1 });
  const rows: CaseListRow[] = [];
  for (const bundle of bundles.slice(0, MAX_LISTED)) rows.push(await rowOf(context, bundle, asOf, query.lang));
  return {
    jurisdictionCode: query.jurisdictionCode,
    from: query.from ?? null,
    to: query.to ?? null,
    asOf,
    lang: query.lang,
    rows,
    truncated: bundles.length > MAX_LISTED,
  };
}

/** The words of an overdue duty in a list's cell. */
export const overdueText = (duties: readonly OverdueDuty[], lang: Lang) =>
  list(duties.map((d) => fill(CASE_LIST_WORDS.overdueItem[lang], { duty: d.title, days: d.daysLate })), lang);
