// Chongqing's 计划书 (渝环〔2025〕21号 附件1), made before the event with the 碳惠通 platform. The text names the plan
// but lists no fields: the fields here are our reading of its steps (附件1) and of 四（二）, 四（三）, cited as such.
import {
  type BilingualText,
  DOCUMENT_WORDS,
  INSTRUMENT_LABELS,
  type Lang,
  list,
  PLAN_FIELDS,
  PLAN_MEASURE_LABELS,
  say,
} from '../../../engine/index.js';
import { blankLabels, type CaseDocument, dateRange, type DocumentField, contactField, field, kindWords, labelOf, sizeValue, sizeWords, ticks, titleOf, tonnes } from './case-document.js';
import type { ChongqingPlanInput } from './inputs.js';
import { DOCUMENT_SOURCES } from './sources.js';

export function chongqingPlan(input: ChongqingPlanInput, lang: Lang): CaseDocument {
  const label = (key: keyof typeof PLAN_FIELDS) => labelOf(PLAN_FIELDS, key, lang);
  const { event } = input;
  const period = dateRange(event, lang);
  const products = [...(input.offsetInstruments ?? []).map((i) => INSTRUMENT_LABELS[i][lang]), ...(input.offsetOther ? [input.offsetOther] : [])];
  const cite = (f: DocumentField, citation: DocumentField['citation']): DocumentField => ({ ...f, citation });
  const fields: DocumentField[] = [
    field('eventName', label('eventName'), event.name),
    field('organizer', label('organizer'), event.organizers.length ? list(event.organizers, lang) : null),
    { key: 'eventTime', label: label('eventTime'), value: period ? [event.startDate as string, event.endDate as string] : null, text: period },
    field('place', label('place'), event.place),
    { key: 'kind', label: label('kind'), value: event.kind, text: kindWords(event, lang) },
    { key: 'scale', label: label('scale'), value: sizeValue(event), text: sizeWords(event, lang) },
    field('estimatedEmissions', label('estimatedEmissions'), input.estimatedEmissionsTco2e, (q) => tonnes(q, lang)),
    cite(ticks('measures', label('measures'), PLAN_MEASURE_LABELS as Record<string, BilingualText>, input.measures, lang), DOCUMENT_SOURCES.chongqingMeasures),
    field('otherMeasures', label('otherMeasures'), input.otherMeasures),
    cite(
      {
        key: 'offsetProducts',
        label: label('offsetProducts'),
        value: products.length ? [...(input.offsetInstruments ?? []), ...(input.offsetOther ? [input.offsetOther] : [])] : null,
        text: products.length ? list(products, lang) : null,
      },
      DOCUMENT_SOURCES.chongqingProducts,
    ),
    cite(field('plannedOffset', label('plannedOffset'), input.plannedOffsetTco2e, (q) => tonnes(q, lang)), DOCUMENT_SOURCES.chongqingAtLeast),
    field('neutralityDate', label('neutralityDate'), input.neutralityDate),
    cite(field('completionDue', label('completionDue'), input.completionDue), DOCUMENT_SOURCES.chongqingDeadline),
    contactField(label('contact'), input.contact, lang),
  ];
  return {
    document: 'chongqing-plan',
    lang,
    title: titleOf('chongqing-plan', lang),
    source: DOCUMENT_SOURCES.chongqingPlan,
    citations: [DOCUMENT_SOURCES.chongqingPlanFields, DOCUMENT_SOURCES.chongqingMeasures, DOCUMENT_SOURCES.chongqingProducts, DOCUMENT_SOURCES.chongqingAtLeast, DOCUMENT_SOURCES.chongqingDeadline],
    fields,
    blank: blankLabels(fields),
    notes: [say(DOCUMENT_WORDS.planReading, lang), say(DOCUMENT_WORDS.blankNote, lang)],
  };
}
