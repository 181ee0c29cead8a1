// Jining's self-commitment (济环字〔2023〕40号 三（二）): every item the text lists, in its order, each cited, and the
// organizer's sentence answering for its truth. An item not known yet is blank and named in `blank`.
import {
  BOUNDARY_LABELS,
  clauses,
  COMMITMENT_ITEM_LABELS,
  DOCUMENT_WORDS,
  INSTRUMENT_LABELS,
  type Lang,
  list,
  labelled,
  REGISTRATION_FIELDS,
  say,
  sayFilled,
} from '../../../engine/index.js';
import type { CommitmentItem } from '../case-view.js';
import { blankLabels, type CaseDocument, dateRange, type DocumentField, labelOf, sizeValue, sizeWords, titleOf, tonnes } from './case-document.js';
import type { SelfCommitmentInput } from './inputs.js';
import { DOCUMENT_SOURCES } from './sources.js';

type Item = Omit<DocumentField, 'key' | 'label' | 'citation'>;

const blank: Item = { value: null, text: null };

export function selfCommitment(input: SelfCommitmentInput, lang: Lang): CaseDocument {
  const { event } = input;
  const items: Record<CommitmentItem, Item> = {
    'event-name': event.name ? { value: event.name, text: event.name } : blank,
    organizers: event.organizers.length ? { value: event.organizers, text: list(event.organizers, lang) } : blank,
    scale: sizeWords(event, lang) ? { value: sizeValue(event), text: sizeWords(event, lang) } : blank,
    dates: dateRange(event, lang) ? { value: [event.startDate as string, event.endDate as string], text: dateRange(event, lang) } : blank,
    'boundary-and-emissions': boundaryAndEmissions(input, lang),
    'offset-method-and-date': offsetAndDate(input, lang),
    'confirmation-method': input.confirmationLabel ? { value: input.confirmationLabel, text: input.confirmationLabel } : blank,
  };
  const fields: DocumentField[] = (Object.keys(COMMITMENT_ITEM_LABELS) as CommitmentItem[]).map((key) => ({
    key,
    label: labelOf(COMMITMENT_ITEM_LABELS, key, lang),
    ...items[key],
    citation: DOCUMENT_SOURCES.jiningItems,
  }));
  const missing = blankLabels(fields);
  const signature = [
    { key: 'signatory', label: say(DOCUMENT_WORDS.signatory, lang), value: input.signatory, text: input.signatory },
    { key: 'committedOn', label: say(DOCUMENT_WORDS.committedOn, lang), value: input.committedOn, text: input.committedOn },
  ];
  return {
    document: 'jining-self-commitment',
    lang,
    title: titleOf('jining-self-commitment', lang),
    source: DOCUMENT_SOURCES.jiningCommitment,
    citations: [DOCUMENT_SOURCES.jiningItems],
    fields: [...fields, ...signature],
    blank: blankLabels([...fields, ...signature]),
    statement: say(DOCUMENT_WORDS.commitmentStatement, lang),
    notes: [
      missing.length ? sayFilled(DOCUMENT_WORDS.commitmentMissing, lang, { items: list(missing, lang) }) : say(DOCUMENT_WORDS.commitmentComplete, lang),
      say(DOCUMENT_WORDS.blankNote, lang),
    ],
  };
}

/** 温室气体核算边界和排放量: both parts, or blank when either is unknown (the item is one of the text's). */
function boundaryAndEmissions(input: SelfCommitmentInput, lang: Lang): Item {
  if (!input.boundary?.length || input.emissionsTco2e === null) return blank;
  const phases = list(
    input.boundary.map((p) => BOUNDARY_LABELS[p][lang]),
    lang,
  );
  const which = say(input.emissionsAccounted ? DOCUMENT_WORDS.accounted : DOCUMENT_WORDS.estimated, lang);
  return {
    value: [...input.boundary, input.emissionsTco2e],
    text: clauses([phases, labelled(which, tonnes(input.emissionsTco2e, lang), lang)], lang),
  };
}

/** 碳中和的抵消方式及实现碳中和日期: both parts, or blank when either is unknown. */
function offsetAndDate(input: SelfCommitmentInput, lang: Lang): Item {
  const methods = [...(input.offsetInstruments ?? []).map((i) => INSTRUMENT_LABELS[i][lang]), ...(input.offsetOther ? [input.offsetOther] : [])];
  if (!methods.length || !input.neutralityDate) return blank;
  return {
    value: [...(input.offsetInstruments ?? []), ...(input.offsetOther ? [input.offsetOther] : []), input.neutralityDate],
    text: clauses([list(methods, lang), labelled(REGISTRATION_FIELDS.neutralityDate[lang], input.neutralityDate, lang)], lang),
  };
}
