// The analyst's page: choose packs and a report; the compare report's event is asked with the organizers'
// questionnaire (the same questions, in the packs' words, with units and types); the report (generated from the
// packs' data) is shown in the page itself and can be downloaded as HTML, Markdown, CSV or JSON from the API.
import { REPORT_KINDS, type ReportKind } from '../../adapters/reports/index.js';
import { clauses, type InterfaceWord, problemText } from '../../engine/index.js';
import { EVENT_FIELD_PREFIX, type AnalystState } from './analyst-state.js';
import { fieldOf } from './event-form.js';
import { t } from './i18n.js';
import { QuestionField } from './question-field.js';
import { ReportView } from './report-view.js';

const KIND_WORDS: Record<ReportKind, InterfaceWord> = { matrix: 'reportMatrix', sweep: 'reportSweep', compare: 'reportCompare' };

function EventQuestions(props: { state: AnalystState }) {
  const { lang, questions, values, problems, facts } = props.state;
  const shown = new Set(questions.map((q) => q.fact));
  // A problem of a fact that is not asked here (the form cannot show it beside a field) is listed above.
  const elsewhere = problems.filter((p) => !shown.has(fieldOf(p)));
  return (
    <fieldset>
      <legend>{t('reportEvent', lang)}</legend>
      <p class="hint">{t('reportEventHint', lang)}</p>
      {elsewhere.length ? (
        <p class="error" role="alert">
          {clauses(
            elsewhere.map((p) => problemText(p, lang, facts)),
            lang,
          )}
        </p>
      ) : null}
      {questions.map((q) => (
        <QuestionField question={q} value={values[q.fact]} lang={lang} problems={problems} facts={facts} prefix={EVENT_FIELD_PREFIX} />
      ))}
    </fieldset>
  );
}

export function AnalystPage(props: { state: AnalystState }) {
  const { state } = props;
  const { lang } = state;
  return (
    <>
      <h1>{t('reportsTitle', lang)}</h1>
      <p class="lead">{t('reportsIntro', lang)}</p>
      <form class="card" method="get" action="/reports#report-h">
        <input type="hidden" name="lang" value={lang} />
        <fieldset>
          <legend>{t('reportPacks', lang)}</legend>
          {state.packs.map((p) => (
            <label class="check">
              <input type="checkbox" name="packs" value={p.id} checked={state.chosen.includes(p.id)} />
              <span>{p.name}</span>
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="f-report">{t('report', lang)}</label>
          <select id="f-report" name="kind">
            {REPORT_KINDS.map((k) => (
              <option value={k} selected={state.kind === k}>
                {t(KIND_WORDS[k], lang)}
              </option>
            ))}
          </select>
        </div>
        <EventQuestions state={state} />
        <button type="submit">{t('show', lang)}</button>
      </form>
      {state.error ? (
        <p class="errors" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.report && !state.error ? <ReportView report={state.report} packs={state.chosen} event={state.event} /> : null}
    </>
  );
}
