// The analyst's page: choose packs and a report; the report (generated from the packs' data) is shown and can be
// downloaded as HTML, Markdown, CSV or JSON from the API.
import { REPORT_FORMATS, REPORT_KINDS, type ReportKind } from '../../adapters/reports/index.js';
import { factTitle } from '../../adapters/reports/fact-words.js';
import { ui } from '../../engine/index.js';
import { FACT_CATALOG, type Lang, valueName } from '../../engine/index.js';
import { t } from './i18n.js';
import { fieldId } from './question-field.js';

const KIND_WORDS: Record<ReportKind, { zh: string; en: string }> = {
  matrix: { zh: '政策矩阵：适用范围、门槛、期限、抵消顺序、确认方式', en: 'Policy matrix: scope, thresholds, deadlines, offsets, confirmation' },
  sweep: { zh: '扫描：不同规模和主办单位的义务', en: 'Sweep: the obligation across sizes and organizers' },
  compare: { zh: '单个活动在各地政策下的比较', en: 'One event under each policy, side by side' },
};

export interface AnalystState {
  lang: Lang;
  packs: { id: string; name: string }[];
  chosen: string[];
  kind?: ReportKind;
  /** The compare report's event as its form fields: fact -> value (organizer.type, startDate...). */
  fields: Record<string, string>;
  /** The same event as the API takes it (JSON). */
  event: string;
  error?: string;
}

/** The facts of the event the side-by-side report compares, as form fields named `e.<fact>`. */
export const EVENT_FIELDS = ['kind', 'attendees', 'floorAreaM2', 'organizer.type', 'organizer.level', 'startDate', 'endDate'] as const;
export const EVENT_FIELD_PREFIX = 'e.';

/** The event the fields describe: numbers as numbers, the organizer's fields under `organizer`; blanks left out. */
export function eventOfFields(fields: Record<string, string>): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  for (const fact of EVENT_FIELDS) {
    const raw = fields[fact]?.trim();
    if (!raw) continue;
    const type = FACT_CATALOG.find((f) => f.name === fact)?.type;
    const value = (type === 'integer' || type === 'number') && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (fact.startsWith('organizer.')) ((event.organizer ??= {}) as Record<string, unknown>)[fact.slice('organizer.'.length)] = value;
    else event[fact] = value;
  }
  return event;
}

/** The fields of an event given as JSON (the API's form), for filling the form in. */
export function fieldsOfEvent(event: Record<string, unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const fact of EVENT_FIELDS) {
    const value = fact.startsWith('organizer.') ? (event.organizer as Record<string, unknown> | undefined)?.[fact.slice('organizer.'.length)] : event[fact];
    // A form field holds a text, a number or yes/no: an object or a list in the address's JSON is left out (String()
    // of {"toString": 1} throws, and JSON.stringify of one nested 10,000 deep overflows the stack).
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[fact] = String(value);
  }
  return fields;
}

function EventFields(props: { state: AnalystState }) {
  const { lang, fields } = props.state;
  return (
    <fieldset>
      <legend>{ui('compareEvent', lang)}</legend>
      {EVENT_FIELDS.map((fact) => {
        const name = `${EVENT_FIELD_PREFIX}${fact}`;
        const spec = FACT_CATALOG.find((f) => f.name === fact);
        const value = fields[fact] ?? '';
        let control;
        if (spec?.values) {
          control = (
            <select id={fieldId(name)} name={name}>
              <option value="">{t('choose', lang)}</option>
              {spec.values.map((v) => (
                <option value={String(v)} selected={value === String(v)}>
                  {valueName(fact, v, lang)}
                </option>
              ))}
            </select>
          );
        } else if (spec?.type === 'date') control = <input id={fieldId(name)} name={name} type="date" value={value} />;
        else control = <input id={fieldId(name)} name={name} type="number" min="0" value={value} />;
        return (
          <div class="field">
            <label for={fieldId(name)}>{factTitle(fact, lang)}</label>
            {control}
          </div>
        );
      })}
    </fieldset>
  );
}

export function reportUrl(state: AnalystState, format: string, download = false): string {
  const params = new URLSearchParams({ packs: state.chosen.join(','), format, lang: state.lang });
  if (state.kind === 'compare') params.set('event', state.event);
  if (download) params.set('download', '1');
  return `/v1/reports/${state.kind}?${params.toString()}`;
}

export function AnalystPage(props: { state: AnalystState }) {
  const { state } = props;
  const { lang } = state;
  return (
    <>
      <h1>{t('reportsTitle', lang)}</h1>
      <p class="lead">{t('reportsIntro', lang)}</p>
      <form class="card" method="get" action="/reports">
        <input type="hidden" name="lang" value={lang} />
        <fieldset>
          <legend>{lang === 'zh' ? '政策包' : 'Packs'}</legend>
          {state.packs.map((p) => (
            <div>
              <label>
                <input type="checkbox" name="packs" value={p.id} checked={state.chosen.includes(p.id)} /> {p.name}
              </label>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="f-report">{t('report', lang)}</label>
          <select id="f-report" name="kind">
            {REPORT_KINDS.map((k) => (
              <option value={k} selected={state.kind === k}>
                {KIND_WORDS[k][lang]}
              </option>
            ))}
          </select>
        </div>
        <EventFields state={state} />
        <button type="submit">{t('show', lang)}</button>
      </form>
      {state.error ? (
        <p class="errors" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.kind && !state.error ? (
        <section aria-labelledby="report-h">
          <h2 id="report-h">{KIND_WORDS[state.kind][lang]}</h2>
          <p>
            {t('download', lang)}:{' '}
            {REPORT_FORMATS.map((f) => (
              <>
                <a href={reportUrl(state, f, true)} download>
                  {f.toUpperCase()}
                </a>{' '}
              </>
            ))}
          </p>
          <iframe class="report-frame" title={KIND_WORDS[state.kind][lang]} src={reportUrl(state, 'html')} />
        </section>
      ) : null}
    </>
  );
}
