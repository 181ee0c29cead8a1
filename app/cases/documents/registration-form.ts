// Sichuan's 附表1 四川省大型活动碳中和登记表 as JSON: every field of the form in its order, its tick boxes, the
// unknown fields blank. Filed before the event (川环发〔2021〕5号 三（四））.
import {
  BOUNDARY_LABELS,
  DOCUMENT_WORDS,
  FORM_ACCOUNTING_LABELS,
  FORM_CONFIRMATION_LABELS,
  FORM_OFFSET_LABELS,
  type Lang,
  list,
  NEUTRALIZATION_TYPE_LABELS,
  REGISTRATION_FIELDS,
  say,
  sayFilled,
} from '../../../engine/index.js';
import {
  blankLabels,
  type CaseDocument,
  contactField,
  dateRange,
  type DocumentField,
  field,
  kindWords,
  labelOf,
  sizeValue,
  sizeWords,
  ticks,
  titleOf,
  tonnes,
} from './case-document.js';
import type { RegistrationFormInput } from './inputs.js';
import { DOCUMENT_SOURCES } from './sources.js';

const bodyName = (name: string | null, lang: Lang) => (name ? sayFilled(DOCUMENT_WORDS.bodyName, lang, { name }) : null);

export function registrationForm(input: RegistrationFormInput, lang: Lang): CaseDocument {
  const label = (key: keyof typeof REGISTRATION_FIELDS) => labelOf(REGISTRATION_FIELDS, key, lang);
  const { event } = input;
  const period = dateRange(event, lang);
  const fields: DocumentField[] = [
    field('eventName', label('eventName'), event.name),
    field('organizer', label('organizer'), event.organizers.length ? list(event.organizers, lang) : null),
    { key: 'eventTime', label: label('eventTime'), value: period ? [event.startDate as string, event.endDate as string] : null, text: period },
    field('place', label('place'), event.place),
    { key: 'kind', label: label('kind'), value: event.kind, text: kindWords(event, lang) },
    { key: 'scale', label: label('scale'), value: sizeValue(event), text: sizeWords(event, lang) },
    field('content', label('content'), event.content),
    ticks('boundary', label('boundary'), BOUNDARY_LABELS, input.boundary, lang),
    field('estimatedEmissions', label('estimatedEmissions'), input.estimatedEmissionsTco2e, (q) => tonnes(q, lang)),
    ticks('accountingMethod', label('accountingMethod'), FORM_ACCOUNTING_LABELS, input.accountingMethod ? [input.accountingMethod] : null, lang, {
      'independent-body': bodyName(input.accountingBody, lang),
    }),
    field('reductionMeasures', label('reductionMeasures'), input.reductionMeasures),
    ticks('neutralizationType', label('neutralizationType'), NEUTRALIZATION_TYPE_LABELS, input.neutralizationType ? [input.neutralizationType] : null, lang),
    ticks('offsetMethods', label('offsetMethods'), FORM_OFFSET_LABELS, input.offsetMethods, lang, { other: input.offsetOther }),
    field('plannedOffset', label('plannedOffset'), input.plannedOffsetTco2e, (q) => tonnes(q, lang)),
    field('neutralityDate', label('neutralityDate'), input.neutralityDate),
    contactField(label('contact'), input.contact, lang),
    ticks('confirmationMethod', label('confirmationMethod'), FORM_CONFIRMATION_LABELS, input.confirmationMethod ? [input.confirmationMethod] : null, lang, {
      'independent-body': bodyName(input.confirmationBody, lang),
    }),
  ];
  return {
    document: 'sichuan-registration',
    lang,
    title: titleOf('sichuan-registration', lang),
    source: DOCUMENT_SOURCES.sichuanRegistration,
    citations: [DOCUMENT_SOURCES.sichuanForm],
    fields,
    blank: blankLabels(fields),
    notes: [say(DOCUMENT_WORDS.blankNote, lang), label('attachment'), ...(lang === 'en' ? [say(DOCUMENT_WORDS.translationNote, lang)] : [])],
  };
}
