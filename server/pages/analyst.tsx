// The analyst's page: choose packs and a report; the report (generated from the packs' data) is shown and can be
// downloaded as HTML, Markdown, CSV or JSON from the API.
import { REPORT_FORMATS, REPORT_KINDS, type ReportKind } from '../../adapters/reports/index.js';
import type { Lang } from '../../engine/index.js';
import { t } from './i18n.js';

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
  event: string;
  error?: string;
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
        <div class="field">
          <label for="f-event">{lang === 'zh' ? '活动（JSON，仅用于单个活动比较）' : 'The event (JSON, for the side-by-side report only)'}</label>
          <textarea id="f-event" name="event" rows={4} cols={70}>
            {state.event}
          </textarea>
        </div>
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
